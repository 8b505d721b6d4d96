"""Render a report as text, JSON, Markdown or HTML: one small module per format."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Protocol

from typing import TYPE_CHECKING

from rfpcheck.model import Report

if TYPE_CHECKING:
    from jinja2 import Environment

FORMATS = ("text", "json", "markdown", "html")


class Renderer(Protocol):
    def __call__(self, report: Report, *, color: bool = False) -> str: ...


@cache
def environment() -> Environment:
    """Return the one Jinja environment: HTML templates autoescaped, undefined names fatal."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(
        loader=PackageLoader("rfpcheck", "templates"),
        # "html.j2", not "j2": Markdown templates must not get HTML escaping
        autoescape=select_autoescape(["html", "html.j2"], default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # jinja's `capitalize` lowercases the rest ("nextdoor", "linkedin"); this only raises the first letter
    env.filters["sentence"] = lambda text: text[:1].upper() + text[1:]
    return env


def renderer(fmt: str) -> Renderer:
    """Return the render function for `fmt`, one of FORMATS."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    # imported on demand: the format modules import environment() from here
    return importlib.import_module(f"rfpcheck.render.{fmt}").render


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """Render `report` in `fmt`; `color` adds terminal colours to the text format only."""
    return renderer(fmt)(report, color=color)
