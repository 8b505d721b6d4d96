"""Load and check the rate card: hours per unit of work, each with its source."""

from __future__ import annotations

from dataclasses import dataclass
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
class RateCard:
    setup: dict[str, Unit]
    content: dict[str, Unit]
    per_platform: dict[str, Unit]
    overhead: dict[str, Unit]  # shares of delivery hours, as a ThreePoint of fractions
    cadence: dict[str, Cadence]
    response: dict[str, float]
    path: str


def default_path() -> Path:
    """The rate card installed with the package."""
    from importlib.resources import files

    return Path(str(files("rfpcheck.default_rules").joinpath("ratecard.yaml")))


def load(path: Path | None = None) -> RateCard:
    """Read a rate card, failing with the file and the bad entry named."""
    import yaml

    path = path or default_path()
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise RuleError(path, f"cannot read the rate card ({e.strerror})") from None
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
        )
        _check_cadence(card)
        return card
    except KeyError as e:
        raise RuleError(path, f"the rate card lacks {e.args[0]}") from None
    except (TypeError, ValueError, AttributeError) as e:
        raise RuleError(path, f"the rate card has a bad entry: {e}") from None


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
