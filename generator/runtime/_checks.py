"""Checks of a request against its operation's rule table (`RequestChecks`), before it is sent.

The table is compiled from the spec by the generator: required fields, closed enums, types,
bounds and patterns, conditional rules (``if``/``then``), alternatives (``anyOf``/``oneOf`` of
required sets) and ``x-require-any-of``. Parameters are checked as the text the wire carries;
a JSON body as the JSON it is encoded to. Each violation names the field by its path
(``orders[2].price``) and the rule in words; a given value is never repeated in a message.
The same table serves the local exchange, which answers a violation with the documented
error code of its `Violation.kind`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Literal

from ._operations import (
    Condition,
    ConditionalRule,
    Limits,
    ObjectRules,
    RequestChecks,
    RequiredSets,
    ValueRule,
)

__all__ = ["Violation", "check_request", "check_value", "rule_words"]

ViolationKind = Literal["missing", "invalid", "range"]

_DECIMAL = re.compile(r"\A-?[0-9]+(\.[0-9]+)?\Z")
_INTEGER_TEXT = re.compile(r"\A-?[0-9]+\Z")
_NUMBER_TEXT = re.compile(r"\A-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?\Z")
_KIND_WORDS = {
    "string": "a string",
    "decimal": "a decimal string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "array": "an array",
    "object": "an object",
}


@dataclass(frozen=True, slots=True)
class Violation:
    """One rule a request breaks: where (``path``), what (``message``), and its ``kind``:
    ``missing`` (a required field), ``invalid`` (type, enum, pattern) or ``range`` (bounds)."""

    path: str
    message: str
    kind: ViolationKind


def check_request(
    checks: RequestChecks,
    parameters: Mapping[str, str | Sequence[str]],
    body: Any,
    *,
    body_given: bool,
) -> list[Violation]:
    """Every violation of ``checks`` by a request.

    ``parameters`` are the given path, query and header parameters as wire text by wire
    name (a repeated one as a list); ``body`` is the decoded JSON body, looked at only when
    ``body_given`` and the operation has a JSON body rule.
    """
    found: list[Violation] = []
    typed: dict[str, Any] = {}
    rules = {rule.name: rule.value for rule in checks.parameters.fields}
    for name, text in parameters.items():
        rule = rules.get(name)
        value, problem = _from_text(rule, text, name) if rule is not None else (text, None)
        if problem is not None:
            found.append(problem)
        else:
            typed[name] = value
    _check_object(checks.parameters, typed, "", found, skip=frozenset(parameters) - frozenset(typed))
    given = set(parameters)
    if checks.body is not None:
        if not body_given:
            if checks.body_required:
                found.append(Violation("body", "the request body is required", "missing"))
        else:
            _check(checks.body, body, "", found)
            if isinstance(body, Mapping):
                given |= set(body)
    for group in checks.require_any_of:
        _alternatives(group, given, "", found)
    return found


def check_value(rule: ValueRule, value: Any, path: str = "") -> list[Violation]:
    """Every violation of ``rule`` by the JSON ``value``."""
    found: list[Violation] = []
    _check(rule, value, path, found)
    return found


def rule_words(checks: RequestChecks) -> list[str]:
    """The rules across fields in ``checks`` (conditional rules, alternatives), in the words a
    refusal uses; fields of list items are written ``orders[].price``."""
    words: list[str] = []
    for group in checks.require_any_of:
        words.append(_alternatives_words(group, ""))
    _object_words(checks.parameters, "", words)
    if checks.body is not None:
        _value_words(checks.body, "", words)
    return words


def _value_words(rule: ValueRule, path: str, words: list[str]) -> None:
    if rule.fields is not None:
        _object_words(rule.fields, path, words)
    if rule.items is not None:
        _value_words(rule.items, f"{path}[]", words)


def _object_words(rules: ObjectRules, path: str, words: list[str]) -> None:
    for conditional in rules.conditionals:
        reason = ("unless " if conditional.negated else "when ") + " and ".join(
            _describe(test) for test in conditional.when
        )
        for name in conditional.required:
            words.append(f"{_join(path, name)} is required {reason}")
        for field in conditional.fields:
            for violation_words in _constraint_words(field.value):
                words.append(f"{_join(path, field.name)} must {violation_words} {reason}")
    for group in rules.alternatives:
        words.append(_alternatives_words(group, path))
    for field in rules.fields:
        _value_words(field.value, _join(path, field.name), words)


def _constraint_words(rule: ValueRule) -> list[str]:
    if rule.enum:
        values = ", ".join(_text(v) for v in rule.enum)
        return [f"be {values}" if len(rule.enum) == 1 else f"be one of {values}"]
    return ["meet its rules"]


def _alternatives_words(group: RequiredSets, path: str) -> str:
    words = ", ".join(" and ".join(option) for option in group.options)
    one = "exactly one" if group.exactly_one else "one"
    return f"{path}: {one} of {words} is required" if path else f"{one} of {words} is required"


# -- parameters: wire text to values -------------------------------------------------------------


def _from_text(rule: ValueRule, text: str | Sequence[str], path: str) -> tuple[Any, Violation | None]:
    if rule.kind == "array":
        texts = [text] if isinstance(text, str) else list(text)
        items = rule.items or ValueRule()
        values = []
        for index, item in enumerate(texts):
            value, problem = _from_text(items, item, f"{path}[{index}]")
            if problem is not None:
                return None, problem
            values.append(value)
        return values, None
    if not isinstance(text, str):
        return None, Violation(path, f"{path} must be given once", "invalid")
    if rule.kind == "integer":
        if not _INTEGER_TEXT.match(text):
            return None, _type_violation(path, rule)
        return int(text), None
    if rule.kind == "number":
        if not _NUMBER_TEXT.match(text):
            return None, _type_violation(path, rule)
        return Decimal(text), None
    if rule.kind == "boolean":
        if text not in ("true", "false"):
            return None, _type_violation(path, rule)
        return text == "true", None
    if rule.enum and rule.kind == "any":
        # No type: the wire text is compared with the enum values written as the wire writes them.
        matches = [value for value in rule.enum if _text(value) == text]
        return (matches[0] if matches else text), None
    return text, None


# -- values --------------------------------------------------------------------------------------


def _check(rule: ValueRule, value: Any, path: str, found: list[Violation]) -> None:
    if value is None:
        allowed = any(v is None for v in rule.enum) if rule.enum else rule.nullable
        if not allowed:
            found.append(Violation(path, f"{_name(path)} must not be null", "invalid"))
        return
    if not _is_kind(rule.kind, value):
        found.append(_type_violation(path, rule))
        return
    if rule.enum and not any(_same(value, allowed) for allowed in rule.enum):
        words = ", ".join(_text(v) for v in rule.enum)
        one = f"be {words}" if len(rule.enum) == 1 else f"be one of {words}"
        found.append(Violation(path, f"{_name(path)} must {one}", "invalid"))
        return
    if rule.limits is not None:
        _check_limits(rule.limits, value, path, found)
    if rule.items is not None and isinstance(value, list):
        for index, item in enumerate(value):
            _check(rule.items, item, f"{path}[{index}]", found)
    if rule.fields is not None and isinstance(value, Mapping):
        _check_object(rule.fields, value, path, found)


def _is_kind(kind: str, value: Any) -> bool:
    if kind in ("string", "decimal"):
        return isinstance(value, str) and (kind == "string" or bool(_DECIMAL.match(value)))
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def _type_violation(path: str, rule: ValueRule) -> Violation:
    return Violation(path, f"{_name(path)} must be {_KIND_WORDS.get(rule.kind, 'a value')}", "invalid")


def _check_limits(limits: Limits, value: Any, path: str, found: list[Violation]) -> None:
    name = _name(path)
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = _number(value)
        if number.is_nan():
            found.append(Violation(path, f"{name} must be a number", "invalid"))
            return
        for bound, words, holds in (
            (limits.minimum, "at least", operator.ge),
            (limits.maximum, "at most", operator.le),
            (limits.exclusive_minimum, "greater than", operator.gt),
            (limits.exclusive_maximum, "less than", operator.lt),
        ):
            if bound is not None and not holds(number, _number(bound)):
                found.append(Violation(path, f"{name} must be {words} {_text(bound)}", "range"))
    if isinstance(value, str):
        if limits.min_length is not None and len(value) < limits.min_length:
            found.append(
                Violation(path, f"{name} must be at least {limits.min_length} characters long", "range")
            )
        if limits.max_length is not None and len(value) > limits.max_length:
            found.append(
                Violation(path, f"{name} must be at most {limits.max_length} characters long", "range")
            )
        if limits.pattern is not None and not _matches(limits.pattern, value):
            found.append(Violation(path, f"{name} must match the pattern {limits.pattern}", "invalid"))
    if isinstance(value, list):
        if limits.min_items is not None and len(value) < limits.min_items:
            found.append(Violation(path, f"{name} must hold at least {limits.min_items} items", "range"))
        if limits.max_items is not None and len(value) > limits.max_items:
            found.append(Violation(path, f"{name} must hold at most {limits.max_items} items", "range"))


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern)
    except re.error:
        return None  # the generator records patterns Python cannot read; never refuse on one


def _matches(pattern: str, value: str) -> bool:
    compiled = _compiled(pattern)
    return compiled is None or compiled.search(value) is not None


# -- objects -------------------------------------------------------------------------------------


def _check_object(
    rules: ObjectRules,
    value: Mapping[str, Any],
    path: str,
    found: list[Violation],
    skip: frozenset[str] = frozenset(),
) -> None:
    """``skip``: fields already refused (a parameter whose text is not of its kind)."""
    given = set(value) | skip  # as in JSON Schema, a field given as null is given (and null is checked)
    for name in rules.required:
        if name not in given:
            found.append(Violation(_join(path, name), f"{_join(path, name)} is required", "missing"))
    for field in rules.fields:
        if field.name in value and field.name not in skip:
            _check(field.value, value[field.name], _join(path, field.name), found)
    for conditional in rules.conditionals:
        _check_conditional(conditional, value, given, path, found)
    for group in rules.alternatives:
        _alternatives(group, given, path, found)


def _check_conditional(
    rule: ConditionalRule, value: Mapping[str, Any], given: set[str], path: str, found: list[Violation]
) -> None:
    holds = all(_condition_holds(test, value) for test in rule.when)
    if holds == rule.negated:
        return
    reason = ("unless " if rule.negated else "when ") + " and ".join(_describe(test) for test in rule.when)
    for name in rule.required:
        if name not in given:
            where = _join(path, name)
            found.append(Violation(where, f"{where} is required {reason}", "missing"))
    for field in rule.fields:
        if field.name in value:
            before = len(found)
            _check(field.value, value[field.name], _join(path, field.name), found)
            for index in range(before, len(found)):
                problem = found[index]
                found[index] = Violation(problem.path, f"{problem.message} {reason}", problem.kind)


def _condition_holds(test: Condition, value: Mapping[str, Any]) -> bool:
    if test.field not in value:
        return not test.required
    return not test.values or any(_same(value[test.field], allowed) for allowed in test.values)


def _describe(test: Condition) -> str:
    if not test.values:
        return f"{test.field} is given"
    if len(test.values) == 1:
        return f"{test.field} is {_text(test.values[0])}"
    return f"{test.field} is one of {', '.join(_text(v) for v in test.values)}"


def _alternatives(group: RequiredSets, given: set[str], path: str, found: list[Violation]) -> None:
    met = sum(1 for option in group.options if all(name in given for name in option))
    words = ", ".join(" and ".join(option) for option in group.options)
    where = path or _join(path, group.options[0][0])
    prefix = f"{path}: " if path else ""
    if met == 0:
        found.append(Violation(where, _alternatives_words(group, path), "missing"))
    elif group.exactly_one and met > 1:
        found.append(Violation(where, f"{prefix}only one of {words} may be given", "invalid"))


# -- words ---------------------------------------------------------------------------------------


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _name(path: str) -> str:
    return path or "the body"


def _same(value: Any, allowed: Any) -> bool:
    """JSON equality: true is not 1, "1" is not 1, and 1 is 1.0."""
    if isinstance(value, bool) or isinstance(allowed, bool):
        return isinstance(value, bool) and isinstance(allowed, bool) and value == allowed
    if isinstance(value, str) or isinstance(allowed, str):
        return isinstance(value, str) and isinstance(allowed, str) and value == allowed
    if isinstance(value, Decimal) and isinstance(allowed, float):
        try:
            return value == Decimal(repr(allowed))
        except InvalidOperation:
            return False
    return bool(value == allowed)


def _number(value: float | Decimal) -> Decimal:
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _text(value: Any) -> str:
    """A value as JSON writes it: true, null, 1, BUY."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    return str(value)
