"""Load and validate rules: one YAML file per rule, conditions in CEL.

A rule is data: `when` is a CEL expression over `facts` and `estimate`,
shaped as in the JSON report; `message` is a template whose `{...}` fields
are filled from the same data. Every rule is compiled once and tried at
load time against a full and an empty set of facts, so a typo, an unknown
field or an int/double mix-up fails with the file and rule named, not in
the middle of a check.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import RuleError
from .model import Severity

REQUIRED = ("id", "severity", "title", "when", "message", "question")
OPTIONAL = ("why", "instead", "examples", "severity_when", "evidence", "theme")
# The groups the questions to the issuer are numbered in, in this order.
THEMES = ("access", "scope", "hours-and-money", "process")
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str
    when: str
    message: str
    question: str
    why: str | None
    instead: str | None
    severity_when: tuple[tuple[Severity, str], ...]  # the first that holds overrides `severity`
    evidence: tuple[str, ...]  # fact paths whose quotes the finding shows, e.g. "facts.hours"
    examples: dict[str, Any]
    path: str
    program: Any  # compiled CEL for `when`
    severity_programs: tuple[tuple[Severity, Any], ...]
    theme: str = "scope"  # one of THEMES: where its question is listed


def default_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("rfpcheck.default_rules")))


def load_rules(folders: list[Path] | None = None) -> tuple[Rule, ...]:
    """Load every rule file from the folders (the default rules when none are given)."""
    import celpy

    from .cel_parser import prepare

    prepare()
    env = celpy.Environment()
    rules: dict[str, Rule] = {}
    for folder in folders or [default_dir()]:
        folder = Path(folder)
        if not folder.is_dir():
            raise RuleError(folder, "not a folder of rule files")
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "ratecard.yaml":
                continue
            rule = _load_one(path, env)
            rules[rule.id] = rule  # a user's rule replaces a default rule of the same id
    return tuple(rules.values())


def _load_one(path: Path, env: Any) -> Rule:
    import yaml

    from . import yaml_file

    try:
        data = yaml_file.read(path)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise RuleError(path, f"cannot read the rule file ({e})") from None
    except RecursionError:
        raise RuleError(path, "the rule file nests too deeply") from None
    except yaml.YAMLError as e:
        raise RuleError(path, f"not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise RuleError(path, "a rule file must be a YAML mapping")
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise RuleError(path, f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(REQUIRED + OPTIONAL)}")
    missing = [k for k in REQUIRED if not data.get(k)]
    if missing:
        raise RuleError(path, f"missing required field(s) {', '.join(missing)}")
    rid = str(data["id"])
    if not ID.match(rid) or path.stem != rid:
        raise RuleError(path, f"rule id {rid!r} must be kebab-case and equal to the file name {path.stem!r}")
    try:
        return _rule(path, env, rid, data)
    except RecursionError:  # a chain such as 1+1+1... or !!!!true: each operator is a level of the parser's recursion
        raise RuleError(path, f"rule {rid}: a condition nests its operators too deeply") from None


def _rule(path: Path, env: Any, rid: str, data: dict[str, Any]) -> Rule:
    _check_shapes(path, rid, data)
    severity = _severity(path, rid, data["severity"])
    overrides = tuple((_severity(path, rid, s), str(expr)) for s, expr in (data.get("severity_when") or {}).items())
    program = _compile(env, path, rid, "when", str(data["when"]))
    sev_programs = tuple((s, _compile(env, path, rid, f"severity_when.{s}", e)) for s, e in overrides)
    paths = data.get("evidence") or []
    rule = Rule(rid, severity, str(data["title"]).strip(), str(data["when"]), str(data["message"]).strip(),
                str(data["question"]).strip(), _opt(data, "why"), _opt(data, "instead"), overrides, tuple(paths),
                data.get("examples") or {}, str(path), program, sev_programs, data.get("theme") or "scope")
    _try(rule)
    return rule


def _check_shapes(path: Path, rid: str, data: dict[str, Any]) -> None:
    """Fields of the wrong YAML type fail here, not as a crash later."""
    for key in REQUIRED[1:] + ("why", "instead"):
        if key in data and not isinstance(data[key], str):
            raise RuleError(path, f"rule {rid}: {key} must be text")
    theme = data.get("theme")
    if theme is not None and theme not in THEMES:
        raise RuleError(path, f"rule {rid}: theme {theme!r} is not one of {', '.join(THEMES)}")
    sev = data.get("severity_when")
    if sev is not None and not (isinstance(sev, dict) and all(isinstance(v, str) for v in sev.values())):
        raise RuleError(path, f"rule {rid}: severity_when must map a severity to a CEL condition")
    ev = data.get("evidence")
    if ev is not None and not (isinstance(ev, list) and all(isinstance(p, str) and p.startswith(("facts.", "estimate.", "price."))
                                                          for p in ev)):
        raise RuleError(path, f"rule {rid}: evidence must be a list of paths such as facts.hours")
    ex = data.get("examples")
    if ex is not None and not (isinstance(ex, dict) and set(ex) <= {"fires", "passes"}
                               and all(isinstance(v, list) and all(isinstance(t, str) for t in v) for v in ex.values())):
        raise RuleError(path, f"rule {rid}: examples must be {{fires: [text, ...], passes: [text, ...]}}")


def _opt(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    return str(value).strip() if value else None


def _severity(path: Path, rid: str, value: object) -> Severity:
    try:
        return Severity(str(value))
    except ValueError:
        raise RuleError(path, f"rule {rid}: severity {value!r} is not one of critical, major, minor, info") from None


@dataclass(frozen=True)
class _NullSafe:
    """CEL compares anything with null; cel-python 0.5 raises for `map != null` and `1.0 == null`.

    A class, not a closure, so that compiled rules pickle (a worker may be sent them).
    """

    equal: bool  # `==` when true, `!=` when false

    def __call__(self, a: Any, b: Any) -> Any:
        import celpy
        from celpy import celtypes

        if isinstance(a, celpy.CELEvalError) or isinstance(b, celpy.CELEvalError):
            return a if isinstance(a, celpy.CELEvalError) else b  # an unknown field stays an error
        if a is None or b is None:
            return celtypes.BoolType((a is None) == (b is None) if self.equal else (a is None) != (b is None))
        return celtypes.BoolType(a == b if self.equal else a != b)


# What a condition may cost: CEL has no loops, but macros over lists nest, and each nesting level
# multiplies the work; deep brackets recurse in the parser. These bounds keep every condition cheap
# (about 10,000 steps at most) while leaving room for far more than any real rule needs.
MAX_EXPRESSION = 2000  # characters
MAX_DEPTH = 16  # brackets inside brackets
MAX_MACRO_NESTING = 2  # all/exists/map/filter inside one another
MAX_LIST_LITERAL = 100  # items in a list written in the condition
_MACROS = {"all", "exists", "exists_one", "map", "filter"}


def _compile(env: Any, path: Path, rid: str, field: str, expr: str) -> Any:
    import celpy

    def refuse(why: str) -> RuleError:
        return RuleError(path, f"rule {rid}: {field} {why}")

    if len(expr) > MAX_EXPRESSION:
        raise refuse(f"is {len(expr):,} characters long; a condition may have at most {MAX_EXPRESSION:,}")
    if _depth(expr) > MAX_DEPTH:
        raise refuse(f"nests brackets more than {MAX_DEPTH} deep")
    functions = {"_==_": _NullSafe(equal=True), "_!=_": _NullSafe(equal=False)}
    try:
        tree = env.compile(expr)
    except celpy.CELParseError as e:
        first = str(e).strip().splitlines()[0]
        raise refuse(f"is not a valid CEL expression ({first})") from None
    if _macro_nesting(tree) > MAX_MACRO_NESTING:
        raise refuse(f"nests list macros (all, exists, map, filter) more than {MAX_MACRO_NESTING} deep")
    if _longest_list(tree) > MAX_LIST_LITERAL:
        raise refuse(f"writes a list of more than {MAX_LIST_LITERAL} items")
    return env.program(tree, functions=functions)


def _depth(expr: str) -> int:
    """How deep the brackets nest, outside string literals."""
    code = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', expr)
    depth = deepest = 0
    for c in code:
        depth += (c in "([{") - (c in ")]}")
        deepest = max(deepest, depth)
    return deepest


def _macro_nesting(tree: Any) -> int:
    """How many list macros nest inside one another in a parsed condition."""
    from lark import Token, Tree

    def walk(node: Any) -> int:
        if not isinstance(node, Tree):
            return 0
        here = node.data == "member_dot_arg" and any(isinstance(c, Token) and c in _MACROS for c in node.children)
        return int(here) + max((walk(c) for c in node.children), default=0)

    return walk(tree)


def _longest_list(tree: Any) -> int:
    """The most items of any list literal in a parsed condition."""
    from lark import Tree

    lists = tree.find_data("list_lit") if isinstance(tree, Tree) else ()
    return max((len(e.children) for lit in lists for e in lit.children if isinstance(e, Tree)), default=0)


def _try(rule: Rule) -> None:
    """Evaluate the rule against sample data, so type errors show at load time."""
    for name, data in _trial_data().items():
        try:
            if condition(rule, data):
                severity(rule, data)
            for template in (rule.message, rule.question, rule.instead or ""):
                fill(rule, template, data)
            for p in rule.evidence:
                lookup(rule, data, p)
        except RuleError as e:
            raise RuleError(rule.path, f"{e.cause} (on {name} facts)") from None


def activation(data: dict[str, Any]) -> Any:
    """The report data as CEL values; every number a double, so `max < 10.0` never mixes types."""
    from celpy import celtypes

    def to_cel(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return celtypes.BoolType(value)
        if isinstance(value, int | float):
            return celtypes.DoubleType(value)
        if isinstance(value, str):
            return celtypes.StringType(value)
        if isinstance(value, dict):
            return celtypes.MapType({celtypes.StringType(k): to_cel(v) for k, v in value.items()})
        if isinstance(value, list | tuple):
            return celtypes.ListType([to_cel(v) for v in value])
        raise TypeError(f"cannot give {type(value).__name__} to CEL")

    return {k: to_cel(v) for k, v in data.items()}


def _run(rule: Rule, program: Any, data: dict[str, Any], field: str) -> bool:
    import celpy

    try:
        result = program.evaluate(activation(data))
    except celpy.CELEvalError as e:
        raise RuleError(rule.path, f"rule {rule.id}: {field} failed: {_cel_error(e)}") from None
    if isinstance(result, celpy.CELEvalError):
        raise RuleError(rule.path, f"rule {rule.id}: {field} failed: {_cel_error(result)}")
    if not isinstance(result, bool | celpy.celtypes.BoolType):
        raise RuleError(rule.path, f"rule {rule.id}: {field} must give true or false, not {type(result).__name__}")
    return bool(result)


def _cel_error(e: Exception) -> str:
    text = str(e.args[0]) if e.args else str(e)
    if undeclared := re.match(r"undeclared reference to '([^']*)'", text):
        return (f"{undeclared[1]!r} is not a field or function a rule can use; conditions read facts, "
                "estimate and price, with CEL's own functions (size, has, all, exists ...)")
    if "IntType" in text and "DoubleType" in text:
        return "a whole number met a decimal; numbers in facts are doubles, so write 10.0, not 10"
    if "NoneType" in text:
        return "a field is null here; guard it, e.g. `facts.hours != null && ...`"
    return text.splitlines()[0]


def condition(rule: Rule, data: dict[str, Any]) -> bool:
    """Does the rule fire on this report data (facts and estimate)?"""
    return _run(rule, rule.program, data, "when")


def severity(rule: Rule, data: dict[str, Any]) -> Severity:
    for sev, program in rule.severity_programs:
        if _run(rule, program, data, f"severity_when.{sev}"):
            return sev
    return rule.severity


class _Fields(string.Formatter):
    """Fill `{facts.hours.per_month.max}` from nested dicts; numbers print plainly."""

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        value: Any = kwargs
        for part in field_name.split("."):
            if value is None:
                break  # a fact not stated: printed as "not stated"
            if isinstance(value, dict) and part in value:
                value = value[part]
            elif isinstance(value, list) and part.isdigit():
                value = value[int(part)] if int(part) < len(value) else None
            elif isinstance(value, list):
                # facts.platforms.youtube: the items of that id, type or kind
                value = [v for v in value if isinstance(v, dict) and part in (v.get("id"), v.get("type"), v.get("kind"))]
            else:
                raise KeyError(field_name)
        return value, field_name

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is None:
            return "not stated"
        if isinstance(value, float) and not format_spec:
            return f"{value:g}" if abs(value) >= 1 or value == 0 else f"{value:.2f}"
        return super().format_field(value, format_spec)


def lookup(rule: Rule, data: dict[str, Any], path: str) -> Any:
    """The value at a dotted path such as facts.hours; a path outside the report is a rule error."""
    try:
        return _Fields().get_field(path, (), data)[0]
    except KeyError:
        raise RuleError(rule.path, f"rule {rule.id}: unknown evidence path {path}") from None


def fill(rule: Rule, template: str, data: dict[str, Any]) -> str:
    """Fill one of the rule's templates; a field that does not exist is a rule error."""
    try:
        return _Fields().format(template, **data)
    except KeyError as e:
        raise RuleError(rule.path, f"rule {rule.id}: unknown field {e.args[0]} in a message") from None
    except (ValueError, IndexError, TypeError) as e:
        raise RuleError(rule.path, f"rule {rule.id}: bad message template ({e})") from None


def markdown_table(rules: tuple[Rule, ...]) -> str:
    """The rules as a Markdown table (the README's): id, severity and when it changes, title, question."""
    rows = ["| id | severity | what it flags | question to the issuer |", "| --- | --- | --- | --- |"]
    for r in rules:
        sev = r.severity.value + "".join(f", {s.value} when `{e}`" for s, e in r.severity_when)
        question = re.sub(r"\{([^}:]+)(?::[^}]*)?\}", r"`\1`", r.question)  # template fields shown as names
        rows.append(f"| `{r.id}` | {sev.replace('|', '&#124;')} | {r.title} | {question} |")
    return "\n".join(rows) + "\n"


@cache
def _trial_data() -> dict[str, dict[str, Any]]:
    """A report with every fact stated, and one with none, to try rules on (built once: nothing changes them)."""
    from .model import (Automation, ClientContact, Clients, Deliverable, Engagement, Estimate, Evidence, Facts,
                        Hours, Line, Money, Percentiles, Phrase, Platform, Price, Range, ResponseTime, Term, ThreePoint)
    from .report_data import template_data

    ev = (Evidence(1, "a sentence", 0, 10),)
    tp = ThreePoint(10.0, 20.0, 40.0)
    full = Facts(
        platforms=(Platform("linkedin", "LinkedIn", ("setup", "manage"), ev),),
        hours=Hours(8.0, 10.0, "month", Range(8.0, 10.0), ev),
        deliverables=(Deliverable("article", 2.0, "month", 2.0, 500, ev),),
        client_contact=ClientContact(False, ev, "cue"), clients=Clients(3, True, ev),
        open_ended_scope=(Phrase("any and all", ev),), automation=(Automation("bot", ev),),
        engagement=Engagement(True, True, ev, True), response_time=ResponseTime(1.0, 7, 24.0, ev),
        budget=Money(1000.0, "USD", "month", 1000.0, ev), term=Term(12.0, ev),
    )
    full_estimate = Estimate(tp, tp, (Line("Manage LinkedIn", "3 posts/week", tp, True),), 0.5, 100.0)
    empty_estimate = Estimate(ThreePoint(0, 0, 0), ThreePoint(0, 0, 0), (), None, None)
    price = Price(50.0, "USD", "the rate card", ThreePoint(500.0, 1000.0, 2000.0), tp, 1000.0, "USD", 20.0, 1.0, 0.5,
                  50.0, likely_fee_per_month=Percentiles(800.0, 1000.0, 1500.0))
    return {"full": template_data(full, full_estimate, price), "empty": template_data(Facts(), empty_estimate)}
