"""Agency settings: `rfpcheck.toml`, found in the current folder or a parent, or given by `--config`.

Settings change what a check costs and flags, never what it reads: the
hourly rate and currency, rules switched off or re-graded, extra rule
folders, rate-card figures the agency knows better, and the thresholds of
the bid/no-bid checklist. Every key is validated on load, so a typo fails
with the file and the key named instead of being silently ignored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import SettingsError
from .limits import MB, Limits, limit
from .model import Severity

FILE_NAME = "rfpcheck.toml"


@dataclass(frozen=True)
class Thresholds:
    """Where the pre-bid checklist and the counter-proposal draw their lines."""

    suffice_chance: float = 0.5  # hours (or what the money buys) pass when at least this likely to cover the work
    no_bid_chance: float = 0.05  # hours less likely than this to cover the work are a reason not to bid
    no_bid_failures: int = 4  # this many failed checklist items are a reason not to bid
    max_unknowns: int = 3  # more unknown checklist items than this make the bid conditional
    min_posts_per_week: float = 1.0  # the keep-budget option drops a platform rather than post less often


@dataclass(frozen=True)
class Settings:
    rate: float | None = None  # the agency's hourly rate; None: the rate card's default
    currency: str | None = None
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    rules: tuple[Path, ...] = ()
    ratecard: tuple[tuple[str, tuple[float, ...]], ...] = ()  # "content.article_1000_words" -> (5,) or (4, 5, 7)
    thresholds: Thresholds = field(default_factory=Thresholds)
    limits: Limits = field(default_factory=Limits)
    path: str | None = None  # the file these came from


def find(start: Path | None = None) -> Path | None:
    """The nearest rfpcheck.toml in `start` (default: the current folder) or one of its parents."""
    folder = (start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / FILE_NAME
        if path.is_file():
            return path
    return None


def load(path: Path) -> Settings:
    """Read and validate a settings file; every error names the file and the key."""
    import tomllib

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise SettingsError(path, f"cannot read the settings file ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise SettingsError(path, "the settings file is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise SettingsError(path, f"not valid TOML ({e})") from None
    return parse(data, path)


def parse(data: dict[str, Any], path: Path | str = FILE_NAME) -> Settings:
    """Settings from parsed TOML; relative rule folders are taken from the file's folder."""
    allowed = [f.name for f in fields(Settings) if f.name != "path"]
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise SettingsError(path, f"unknown key {unknown[0]!r}; the keys are {', '.join(allowed)}")
    base = Path(path).parent
    return Settings(
        rate=_rate(path, data.get("rate")),
        currency=_currency(path, data.get("currency")),
        disable=tuple(_strings(path, "disable", data.get("disable", []))),
        severity=_severities(path, data.get("severity", {})),
        rules=tuple(base / p for p in _strings(path, "rules", data.get("rules", []))),
        ratecard=_overrides(path, data.get("ratecard", {})),
        thresholds=_thresholds(path, data.get("thresholds", {})),
        limits=_limits(path, data.get("limits", {})),
        path=str(path),
    )


def _number(path: Path | str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise SettingsError(path, f"{key} must be a number, not negative (got {value!r})")
    return float(value)


def _rate(path: Path | str, value: Any) -> float | None:
    if value is None:
        return None
    rate = _number(path, "rate", value)
    if not 1 <= rate <= 100_000:
        raise SettingsError(path, f"rate must be your hourly rate, from 1 to 100000 (got {value!r})")
    return rate


def _currency(path: Path | str, value: Any) -> str | None:
    if value is None:
        return None
    if not (isinstance(value, str) and value.isalpha() and len(value) == 3):
        raise SettingsError(path, f"currency must be a three-letter code such as USD, EUR or GBP (got {value!r})")
    return value.upper()


def _strings(path: Path | str, key: str, value: Any) -> list[str]:
    if not (isinstance(value, list) and all(isinstance(v, str) and v for v in value)):
        raise SettingsError(path, f"{key} must be a list of text, e.g. {key} = [\"...\"]")
    return value


def _severities(path: Path | str, value: Any) -> tuple[tuple[str, Severity], ...]:
    if not isinstance(value, dict):
        raise SettingsError(path, "severity must be a table of rule id = \"critical|major|minor|info\"")
    out = []
    for rid, sev in value.items():
        try:
            out.append((rid, Severity(sev)))
        except ValueError:
            raise SettingsError(path, f"severity.{rid} must be critical, major, minor or info (got {sev!r})") from None
    return tuple(out)


def _overrides(path: Path | str, value: Any) -> tuple[tuple[str, tuple[float, ...]], ...]:
    if not isinstance(value, dict):
        raise SettingsError(path, "ratecard must be a table such as \"content.article_1000_words\" = 5.0")
    out = []
    for key, figure in _flatten(value):
        numbers = figure if isinstance(figure, list) else [figure]
        values = tuple(_number(path, f"ratecard.{key}", n) for n in numbers)
        if len(values) not in (1, 3) or len(values) == 3 and not values[0] <= values[1] <= values[2]:
            raise SettingsError(path, f"ratecard.{key} must be one number (the expected figure) or "
                                      "[low, expected, high] in rising order")
        out.append((key, values))
    return tuple(out)


def _flatten(table: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """`[ratecard.content] article_1000_words = 5` and `"content.article_1000_words" = 5` are the same key."""
    out = []
    for key, value in table.items():
        name = f"{prefix}{key}"
        out.extend(_flatten(value, f"{name}.") if isinstance(value, dict) else [(name, value)])
    return out


def _thresholds(path: Path | str, value: Any) -> Thresholds:
    if not isinstance(value, dict):
        raise SettingsError(path, "thresholds must be a table")
    known = {f.name: f for f in fields(Thresholds)}
    given = {}
    for key, figure in value.items():
        if key not in known:
            raise SettingsError(path, f"unknown key thresholds.{key}; the thresholds are {', '.join(known)}")
        number = _number(path, f"thresholds.{key}", figure)
        if known[key].type == "int":
            if number != int(number):
                raise SettingsError(path, f"thresholds.{key} must be a whole number (got {figure!r})")
            number = int(number)
        elif key in ("no_bid_chance", "suffice_chance") and number > 1:
            raise SettingsError(path, f"thresholds.{key} is a probability between 0 and 1 (got {figure!r})")
        given[key] = number
    return replace(Thresholds(), **given)


LIMIT_KEYS = {"max_size_mb": "max_bytes", "max_pages": "max_pages", "max_chars": "max_chars", "timeout": "timeout"}


def _limits(path: Path | str, value: Any) -> Limits:
    if not isinstance(value, dict):
        raise SettingsError(path, "limits must be a table")
    given: dict[str, Any] = {}
    for key, figure in value.items():
        if key not in LIMIT_KEYS:
            raise SettingsError(path, f"unknown key limits.{key}; the limits are {', '.join(LIMIT_KEYS)}")
        number = _number(path, f"limits.{key}", figure)
        if number > 1e9:
            raise SettingsError(path, f"limits.{key} is too large to mean anything (got {figure!r}); 0 means no limit")
        if key in ("max_pages", "max_chars") and number != int(number):
            raise SettingsError(path, f"limits.{key} must be a whole number (got {figure!r})")
        given[LIMIT_KEYS[key]] = limit(number * MB if key == "max_size_mb" else number)
    return replace(Limits(), **{k: int(v) if v is not None and k != "timeout" else v for k, v in given.items()})


def apply_to_rules(rules: tuple[Any, ...], settings: Settings) -> tuple[Any, ...]:
    """The rules with the settings' `disable` and `severity` applied; an unknown rule id is an error."""
    ids = {r.id for r in rules}
    for key, rid in [("disable", r) for r in settings.disable] + [("severity", r) for r, _ in settings.severity]:
        if rid not in ids:
            raise SettingsError(settings.path or FILE_NAME, f"{key} names {rid!r}, which is not a rule; "
                                                            "`rfpcheck rules` lists them")
    graded = dict(settings.severity)
    # a severity set by the agency is final: the rule's own severity_when no longer applies
    return tuple(replace(r, severity=graded[r.id], severity_when=(), severity_programs=()) if r.id in graded else r
                 for r in rules if r.id not in settings.disable)


TEMPLATE = '''\
# rfpcheck settings for this agency. rfpcheck reads the nearest rfpcheck.toml
# in the current folder or a parent folder; `--config FILE` names another.
# Every key is optional: delete what you do not need.

# Your hourly rate and its currency: the fee the scope needs is priced at it,
# and a money budget is turned into the hours it buys.
rate = {rate:g}
currency = "{currency}"

# Rules to switch off, by id (`rfpcheck rules` lists them).
disable = []
# disable = ["hours-unstated"]

# Extra folders of rule files, relative to this file (one <rule-id>.yaml per rule).
rules = []
# rules = ["our-rules"]

# A rule's severity, by id: critical, major, minor or info.
[severity]
# "open-ended-scope" = "minor"

# Rate-card figures your timesheets know better (`rfpcheck ratecard` lists the
# keys and their sources). One number is the expected hours, the low and high
# figures scaled with it; or give [low, expected, high].
[ratecard]
# "content.article_1000_words" = 5.0
# "per_platform_per_month.community_management" = [3.0, 6.0, 12.0]
# "cadence.instagram" = 5          # posts a week assumed when the plan names none

# Where the pre-bid checklist and the counter-proposal draw their lines.
[thresholds]
suffice_chance = {t.suffice_chance:g}      # hours pass the checklist when at least this likely to cover the work
no_bid_chance = {t.no_bid_chance:g}      # a smaller chance that the hours suffice is a reason not to bid
no_bid_failures = {t.no_bid_failures}       # this many failed checklist items are a reason not to bid
max_unknowns = {t.max_unknowns}          # more unknown items than this make the bid conditional
min_posts_per_week = {t.min_posts_per_week:g}    # the keep-budget option drops a platform rather than post less often

# How much one document may take; 0 means no limit. The command line's flags
# (--max-size, --max-pages, --max-chars, --timeout) override these.
[limits]
max_size_mb = {size:g}       # the file's size
max_pages = {l.max_pages}        # pages of a PDF
max_chars = {l.max_chars}   # characters of text extracted
timeout = {l.timeout:g}          # seconds to check one document; a hung parser is stopped
'''


def template(rate: float, currency: str) -> str:
    """The commented settings file `rfpcheck init` writes."""
    limits = Limits()
    return TEMPLATE.format(rate=rate, currency=currency, t=Thresholds(), l=limits, size=limits.max_bytes / MB)


def rules_and_card(settings: Settings, rule_dirs: tuple[Path, ...] = (), ratecard: Path | None = None) -> tuple[Any, Any]:
    """The rules and rate card a check uses: the installed ones, the settings' and the command line's folders,
    the agency's overrides applied."""
    from . import ratecard as cards
    from . import rules as rulebook

    for folder in settings.rules:
        if not folder.is_dir():
            raise SettingsError(settings.path or FILE_NAME, f"rules names {str(folder)!r}, which is not a folder "
                                                            "(rule folders are relative to the settings file)")
    rules = apply_to_rules(rulebook.load_rules([rulebook.default_dir(), *settings.rules, *rule_dirs]), settings)
    card = cards.load(ratecard)
    try:
        card = cards.with_overrides(card, settings.ratecard, settings.path or FILE_NAME)
    except KeyError as e:
        raise SettingsError(settings.path or FILE_NAME, f"ratecard.{e.args[0]} is not a rate-card figure; "
                                                        "`rfpcheck ratecard` lists them") from None
    except ValueError as e:
        raise SettingsError(settings.path or FILE_NAME, str(e)) from None
    return rules, card
