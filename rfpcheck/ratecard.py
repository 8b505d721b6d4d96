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


@dataclass(frozen=True)
class RateCard:
    rate: float
    currency: str
    fte_hours_per_month: float
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
        return RateCard(
            rate=float(data["rate"]["hourly"]),
            currency=str(data["rate"]["currency"]),
            fte_hours_per_month=float(data["fte_hours_per_month"]),
            setup=_units(data, "setup", "hours"),
            content=_units(data, "content", "hours"),
            per_platform=_units(data, "per_platform_per_month", "hours"),
            overhead=_units(data, "overhead_share", "share"),
            cadence={k: Cadence(float(v["posts_per_week"]), str(v["unit"]), str(v.get("source", "")))
                     for k, v in data["cadence"].items()},
            response={k: float(v) for k, v in data["response"].items()},
            path=str(path),
        )
    except (KeyError, TypeError, ValueError) as e:
        raise RuleError(path, f"the rate card is missing or has a bad entry: {e}") from None


def _units(data: dict[str, Any], section: str, key: str) -> dict[str, Unit]:
    out = {}
    for name, entry in data[section].items():
        values = entry[key]
        if not (isinstance(values, list) and len(values) == 3 and values[0] <= values[1] <= values[2]):
            raise ValueError(f"{section}.{name}.{key} must be [low, expected, high] in rising order")
        out[name] = Unit(ThreePoint(*(float(v) for v in values)), str(entry.get("source", "")))
    return out


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0]
