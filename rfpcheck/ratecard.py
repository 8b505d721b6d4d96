"""Load and check the rate card: hours per unit of work, each with its source."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import RuleError
from .model import ThreePoint

@dataclass(frozen=True)
class Unit:
    hours: ThreePoint
    source: str


@dataclass(frozen=True)
class Cadence:
    posts_per_week: float
    unit: str  # a key of `content`, or "none"
    source: str


# Entries the estimate reads; a card without them is refused at load, not mid-check.
REQUIRED = {
    "setup": ("profile_overhaul_per_platform", "google_business_profile", "onboarding_discovery"),
    "content": ("social_post", "adapt_post_extra_platform", "graphic", "video", "youtube_video", "article_1000_words",
                "article_per_500_words_more_or_less", "proofreading_per_1000_words", "email_campaign", "report",
                "meeting", "ad_campaign"),
    "per_platform_per_month": ("community_management", "monitoring", "google_business_upkeep"),
    "overhead_share": ("planning_strategy", "coordination_approvals"),
    "response": ("continuous_below_hours", "check_hours"),
}


@dataclass(frozen=True)
class Pricing:
    """The hourly rate a fee is priced at when the agency has not set its own."""

    rate: float
    currency: str
    source: str


@dataclass(frozen=True)
class RateCard:
    setup: dict[str, Unit]
    content: dict[str, Unit]
    per_platform: dict[str, Unit]
    overhead: dict[str, Unit]  # shares of delivery hours, as a ThreePoint of fractions
    cadence: dict[str, Cadence]
    response: dict[str, float]
    path: str
    pricing: Pricing | None = None
    overrides: tuple[str, ...] = ()  # the keys an agency's settings changed


# The card's sections by their YAML names, as settings and `rfpcheck ratecard` name them.
SECTIONS = {"setup": "setup", "content": "content", "per_platform_per_month": "per_platform",
            "overhead_share": "overhead", "cadence": "cadence", "response": "response"}


def default_path() -> Path:
    """The rate card installed with the package."""
    from importlib.resources import files

    return Path(str(files("rfpcheck.default_rules").joinpath("ratecard.yaml")))


def load(path: Path | None = None) -> RateCard:
    """Read a rate card, failing with the file and the bad entry named."""
    import yaml

    from . import yaml_file

    path = path or default_path()
    try:
        data = yaml_file.read(Path(path))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise RuleError(path, f"cannot read the rate card ({getattr(e, 'strerror', None) or e})") from None
    except RecursionError:
        raise RuleError(path, "the rate card nests too deeply") from None
    except yaml.YAMLError as e:
        raise RuleError(path, f"the rate card is not valid YAML ({_first_line(e)})") from None
    if not isinstance(data, dict):
        raise RuleError(path, "the rate card must be a YAML mapping")
    try:
        _check_required(data)
        card = RateCard(
            setup=_units(data, "setup", "hours"),
            content=_units(data, "content", "hours"),
            per_platform=_units(data, "per_platform_per_month", "hours"),
            overhead=_units(data, "overhead_share", "share"),
            cadence={k: Cadence(float(v["posts_per_week"]), str(v["unit"]), str(v.get("source", "")))
                     for k, v in data["cadence"].items()},
            response={k: float(v) for k, v in data["response"].items()},
            path=str(path),
            pricing=_pricing(data.get("pricing")),
        )
        _check_cadence(card)
        return card
    except KeyError as e:
        raise RuleError(path, f"the rate card lacks {e.args[0]}") from None
    except (TypeError, ValueError, AttributeError) as e:
        raise RuleError(path, f"the rate card has a bad entry: {e}") from None


def _pricing(entry: Any) -> Pricing | None:
    if entry is None:
        return None
    rate = float(entry["rate"])
    if rate <= 0:
        raise ValueError("pricing.rate must be above 0")
    return Pricing(rate, str(entry.get("currency", "USD")).upper(), str(entry.get("source", "")))


def with_overrides(card: RateCard, overrides: tuple[tuple[str, tuple[float, ...]], ...], origin: str) -> RateCard:
    """The card with an agency's own figures in place; `origin` (the settings file) becomes their source.

    One number is the expected figure, low and high scaled with it; three are [low, expected, high].
    An unknown key raises KeyError naming it, for the settings loader to report.
    """
    sections = {name: dict(getattr(card, attr)) for name, attr in SECTIONS.items()}
    for key, values in overrides:
        section, _, name = key.partition(".")
        if section not in sections or name not in sections[section]:
            raise KeyError(key)
        old = sections[section][name]
        if isinstance(old, Unit):
            if section == "overhead_share" and max(values) > 1:
                raise ValueError(f"ratecard.{key} is a share of delivery hours, from 0 to 1 (0.2 is 20%)")
            if len(values) == 3:
                new = ThreePoint(*values)
            else:
                k = values[0] / old.hours.expected if old.hours.expected else 0.0
                new = ThreePoint(old.hours.low * k, values[0], old.hours.high * k) if k else ThreePoint(*values * 3)
            sections[section][name] = Unit(new, f"your figure ({origin}), in place of {old.hours.expected:g} "
                                                 f"({old.source or 'no source'})")
        elif len(values) != 1:
            raise ValueError(f"ratecard.{key} takes one number")
        elif isinstance(old, Cadence):
            sections[section][name] = Cadence(values[0], old.unit, f"your figure ({origin}), in place of "
                                                                    f"{old.posts_per_week:g} a week")
        else:
            sections[section][name] = values[0]
    return replace(card, **{attr: sections[name] for name, attr in SECTIONS.items()},
                   overrides=card.overrides + tuple(k for k, _ in overrides))


def _check_required(data: dict[str, Any]) -> None:
    for section, names in REQUIRED.items():
        if not isinstance(data.get(section), dict):
            raise KeyError(f"the section {section}")
        for name in names:
            if name not in data[section]:
                raise KeyError(f"{section}.{name}")


def _check_cadence(card: RateCard) -> None:
    for name, c in card.cadence.items():
        if c.unit != "none" and c.unit not in card.content:
            raise ValueError(f"cadence.{name}.unit {c.unit!r} is not an entry of content")
        if c.posts_per_week < 0:
            raise ValueError(f"cadence.{name}.posts_per_week must not be negative")


def _units(data: dict[str, Any], section: str, key: str) -> dict[str, Unit]:
    out = {}
    for name, entry in data[section].items():
        values = entry[key]
        if not (isinstance(values, list) and len(values) == 3 and all(isinstance(v, int | float) for v in values)
                and 0 <= values[0] <= values[1] <= values[2]):
            raise ValueError(f"{section}.{name}.{key} must be [low, expected, high], not negative, in rising order")
        out[name] = Unit(ThreePoint(*(float(v) for v in values)), str(entry.get("source", "")))
    return out


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0]
