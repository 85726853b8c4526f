"""Jinja rendering of the client modules, with filters that keep spec text inert.

Spec text reaches generated code only through four filters: `pyrepr` (a Python
literal), `pyvalue` (a runtime spec value as a constructor call, its fields
rendered by `pyrepr`; `SharedValues` writes the values met more than once in a module as
module constants), `docstring` (an escaped triple-quoted string) and `comment`
(one comment line). Nothing from the spec is ever pasted into code unescaped.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from generator import cache, naming
from generator.ir import Api, Operation
from generator.runtime._checks import rule_words

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]")
_DOC_WIDTH = 96


def pyrepr(value: Any) -> str:
    """A Python literal for plain data (str, int, float, bool, None, lists, dicts)."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({str(value)!r})"
    if isinstance(value, (str, int, float, bool)) or value is None:
        return repr(value)
    if isinstance(value, tuple):
        return _tuple([pyrepr(v) for v in value])
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(str(k))}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot render {type(value).__name__} as a literal")


def _tuple(items: list[str]) -> str:
    # No comma after the last of several items: black would read it as "one item a line".
    return f"({items[0]},)" if len(items) == 1 else "(" + ", ".join(items) + ")"


_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_TOML_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml(value: Any) -> str:
    """A TOML value (basic string, integer, boolean, array, inline table) for plain data.

    Strings keep every printable character as it is (``>=3.11``, not ``\\u003e=3.11``);
    quotes, backslashes and control characters are escaped, as TOML 1.0 requires.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        out = []
        for char in value:
            if char in _TOML_ESCAPES:
                out.append(_TOML_ESCAPES[char])
            elif ord(char) < 0x20 or ord(char) == 0x7F:
                out.append(f"\\u{ord(char):04X}")
            else:
                out.append(char)
        return '"' + "".join(out) + '"'
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(toml(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_key(str(k))} = {toml(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot render {type(value).__name__} as TOML")


def toml_key(key: str) -> str:
    """A TOML key: bare when it can be, else a quoted basic string."""
    return key if _TOML_BARE_KEY.fullmatch(key) else toml(key)


def pyvalue(value: Any, **code: str) -> str:
    """A frozen runtime value (a dataclass of the runtime) as the call that rebuilds it.

    Fields at their default are left out (the runtime's dataclass states them); frozensets
    are sorted, so the output is stable. ``code`` gives, by field name of the outermost value,
    Python expressions to use instead of a field's value (names defined by the generated
    module, such as its error table).
    """
    return _call(value, pyvalue, code) if _is_instance(value) else _container(value, pyvalue)


def _is_instance(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, type)


_NO_DEFAULT = object()


_FIELDS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _fields_of(cls: type) -> tuple[tuple[str, Any], ...]:
    """``(name, default)`` of each field of a dataclass (`_NO_DEFAULT` when it has none)."""
    known = _FIELDS.get(cls)
    if known is not None:
        return known
    found = []
    for item in dataclasses.fields(cls):
        if item.default is not dataclasses.MISSING:
            found.append((item.name, item.default))
        elif item.default_factory is not dataclasses.MISSING:
            found.append((item.name, item.default_factory()))
        else:
            found.append((item.name, _NO_DEFAULT))
    _FIELDS[cls] = tuple(found)
    return _FIELDS[cls]


def _call(value: Any, part: Callable[[Any], str], code: dict[str, str]) -> str:
    """``Class(field=...)`` for a dataclass instance, its fields rendered by ``part``."""
    arguments = []
    for name, default in _fields_of(type(value)):
        if name in code:
            arguments.append(f"{name}={code[name]}")
            continue
        field_value = getattr(value, name)
        # The type too: 0 == False and 1 == True, but they are different values to write.
        if type(field_value) is not type(default) or field_value != default:
            arguments.append(f"{name}={part(field_value)}")
    return f"{type(value).__name__}({', '.join(arguments)})"


def _container(value: Any, part: Callable[[Any], str]) -> str:
    """A frozenset (sorted) or tuple with its items rendered by ``part``; plain data by `pyrepr`."""
    if isinstance(value, frozenset):
        items = sorted(value, key=lambda v: (type(v).__name__, v))
        return "frozenset({" + ", ".join(part(v) for v in items) + "})" if items else "frozenset()"
    if isinstance(value, tuple):
        return _tuple([part(v) for v in value])
    return pyrepr(value)


class SharedValues:
    """Frozen runtime values rendered for one module, each value met more than once written once.

    Every dataclass instance that occurs more than once among ``values`` (whole, or inside
    another one) becomes a module constant, named after its class and a digest of its text,
    so that a name does not depend on what else the module holds; `constants` lists
    ``(name, expression)`` in an order where each follows the constants it refers to. Values
    render as `pyvalue` renders them, with the constants in place of the values they hold.
    """

    def __init__(self, values: Iterable[Any]) -> None:
        # id → (the value, its full text): the value is held so that its id is not reused.
        self._plain: dict[int, tuple[Any, str]] = {}
        self._values = list(values)
        self._counts: Counter[str] = Counter()
        seen: set[str] = set()
        for value in self._values:
            self._count(value, seen)
        self._names: dict[str, str] = {}
        self._taken: dict[str, str] = {}
        self._texts: dict[str, str] = {}
        self.constants: list[tuple[str, str]] = []
        for value in self._values:
            self.expr(value)

    def _key(self, value: Any) -> str:
        """The value's full text: equal texts are equal values (unlike ``==``, where 1 == True)."""
        known = self._plain.get(id(value))
        if known is not None and known[0] is value:
            return known[1]
        key = _call(value, self._plain_part, {})
        self._plain[id(value)] = (value, key)
        return key

    def _plain_part(self, value: Any) -> str:
        return self._key(value) if _is_instance(value) else _container(value, self._plain_part)

    def _count(self, value: Any, seen: set[str]) -> None:
        if _is_instance(value):
            key = self._key(value)
            self._counts[key] += 1
            if key in seen:  # its parts were counted when it was first met
                return
            seen.add(key)
            for name, _ in _fields_of(type(value)):
                self._count(getattr(value, name), seen)
        elif isinstance(value, (tuple, frozenset)):
            for item in value:
                self._count(item, seen)

    def expr(self, value: Any) -> str:
        """The expression of ``value`` in this module: a constant's name, or the value's call."""
        if not _is_instance(value):
            return _container(value, self.expr)
        key = self._key(value)
        known = self._names.get(key) or self._texts.get(key)
        if known is not None:
            return known
        text = _call(value, self.expr, {})
        if self._counts[key] < 2:
            self._texts[key] = text
            return text
        # Named after the full text (``key``), not ``text``: whether a part became a constant
        # depends on the rest of the module, and the name must not.
        name = self._name(type(value).__name__, key)
        self._names[key] = name
        self.constants.append((name, text))
        return name

    def _name(self, class_name: str, key: str) -> str:
        prefix = "_" + re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).upper() + "_"
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        size = 8
        while self._taken.get(prefix + digest[:size], key) != key:  # a digest prefix collision
            size += 4
        self._taken[prefix + digest[:size]] = key
        return prefix + digest[:size]


def _escape_doc_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\")
    text = _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )
    return text.replace('"""', '\\"\\"\\"')


_LIST_ITEM = re.compile(r"^\s*([-*+|>]|\d+[.)])\s")


def _wrap(text: str, width: int) -> list[str]:
    """Reflow prose paragraphs to ``width``; lists, tables and indented blocks keep their lines."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip("\n")):
        raw = [line.rstrip() for line in paragraph.split("\n")]
        if lines:
            lines.append("")
        structured = any(_LIST_ITEM.match(line) or line.startswith(" ") for line in raw[1:])
        if structured or _LIST_ITEM.match(raw[0]):
            for line in raw:
                indent = " " * (len(line) - len(line.lstrip()))
                more = indent + ("    " if _ARG_LINE.match(line) else "  " if _LIST_ITEM.match(line) else "")
                lines.extend(_fill(line, width, more))
        else:
            indent = " " * (len(raw[0]) - len(raw[0].lstrip()))
            lines.extend(_fill(" ".join(line.strip() for line in raw), width, indent, indent))
    return lines


_ARG_LINE = re.compile(r"^\s+[A-Za-z_][A-Za-z0-9_]*: ")


def _fill(text: str, width: int, subsequent: str, initial: str = "") -> list[str]:
    if len(initial + text) <= width:
        return [initial + text if text.strip() else ""]
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=initial,
        subsequent_indent=subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]


def docstring(text: str, indent: int = 4) -> str:
    """A triple-quoted docstring for ``text``, escaped, wrapped and indented for the body."""
    lines = _wrap(_escape_doc_text(str(text)), max(40, _DOC_WIDTH - indent))
    if not lines or not any(lines):
        lines = ["(No description.)"]
    pad = " " * indent
    if len(lines) == 1:
        # A closing quote of the text must not run into the closing triple quote.
        space = " " if lines[0].endswith('"') else ""
        return f'"""{lines[0]}{space}"""'
    body = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{pad}"""'


def comment(text: str) -> str:
    """One comment line's worth of ``text`` (newlines and control characters removed)."""
    return _CONTROL.sub(" ", str(text).replace("\r", " ").replace("\n", " "))


def method_docstring(op: Operation, indent: int = 8) -> str:
    """The docstring of a client method: summary, description, arguments and result."""
    parts = [op.summary or op.operation_id]
    if op.description and op.description.strip() != op.summary.strip():
        parts += ["", op.description.strip()]
    parts += ["", f"``{op.method} {op.path}``"]
    if op.arguments:
        parts += ["", "Args:"]
        for arg in op.arguments:
            facts = []
            if arg.required:
                facts.append("required")
            if arg.has_default:
                facts.append(f"default {arg.default!r}")
            if arg.enum_values:
                facts.append("one of " + ", ".join(repr(v) for v in arg.enum_values))
            where = f"``{arg.wire_name}`` in the {arg.location}"
            detail = " ".join(arg.description.split())
            line = f"    {arg.py_name}: {where}" + (f" ({'; '.join(facts)})" if facts else "") + "."
            parts.append(line + (f" {detail}" if detail else ""))
    parts += [
        "",
        "Per call, ``extra_headers``, ``request_id`` (sent as the request id header), ``timeout``",
        "(seconds or httpx.Timeout) and ``max_retries`` override the client's settings.",
    ]
    result = op.result_type or "None"
    parts += ["", "Returns:", f"    {result}" + (": the envelope's ``data``." if op.result_type else ".")]
    return docstring("\n".join(parts), indent)


def credential_arguments(api: Api) -> str:
    """The keyword arguments a client of this API is made with, for examples: only real options."""
    if api.signature is not None:
        return 'api_key="...", api_secret="..."'
    if api.api_key_header is not None:
        return 'api_key="..."'
    return 'access_token="..."' if api.bearer else ""


def credential_environment(api: Api, prefix: str) -> list[str]:
    """The environment variables that can hold this API's credentials."""
    names = [f"{prefix}ACCESS_TOKEN"] if api.bearer else []
    if api.api_key_header is not None:
        names.append(f"{prefix}API_KEY")
    if api.signature is not None:
        names.append(f"{prefix}API_SECRET")
    return names


def _credentials_text(api: Api, prefix: str) -> str:
    ways = ["``access_token`` (sent as a bearer token)"] if api.bearer else []
    if api.signature is not None:
        ways.append("``api_key`` and ``api_secret`` (every request signed)")
    elif api.api_key_header is not None:
        ways.append(f"``api_key`` (sent in the {api.api_key_header} header)")
    names = credential_environment(api, prefix)
    if not ways:
        return "This API takes no credentials. "
    variables = ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1]
    plural = "s" if len(names) > 1 else ""
    return f"Credentials: {', or '.join(ways)}, or the environment variable{plural} {variables}. "


def client_docstring(api: Api, package: Any, is_async: bool) -> str:
    """The docstring text of the generated ``Client`` or ``AsyncClient``: what this API offers only."""
    prefix = package.env_prefix
    kind = "Asynchronous" if is_async else "Synchronous"
    tags = ", ".join(f"``client.{tag.py_name}``" for tag in api.tags)
    close = "await client.aclose()" if is_async else "client.close()"
    signing = (
        "Signed requests carry the server's time: the client measures its offset before the first "
        "signed request and every ``time_sync_interval`` seconds (``None``: only when the server "
        "rejects a timestamp), one measurement at a time however many threads or tasks need it; "
        "a server time more than ``max_clock_offset`` seconds (default a day; ``None``: no "
        "limit) from the local clock is refused and the previous offset kept. The signature is "
        "redacted from the package's log and from httpx's. "
        if api.signature is not None
        else ""
    )
    return (
        f"{kind} client for the {api.title}.\n\n"
        + _credentials_text(api, prefix)
        + f"``base_url`` defaults to {prefix}BASE_URL, else {api.default_base_url}.\n\n"
        + signing
        + "Transient failures are retried up to ``max_retries`` times on "
        "operations that are safe to repeat, with backoff that honours Retry-After.\n\n"
        "Deadlines: ``timeout`` (seconds, or an ``httpx.Timeout``) bounds each attempt as a whole, "
        "connecting, sending and reading the entire body (its largest part when an "
        "``httpx.Timeout``); ``total_timeout`` bounds the whole call, attempts and the waits "
        "between them (default: the attempt bound times ``max_retries + 1``). A retry whose wait "
        "would pass ``total_timeout`` is not made: the last error is raised. An attempt that runs "
        "out of time raises ``APITimeoutError``. ``clock`` "
        "(Unix ms) and ``sleep`` can be injected, e.g. in tests.\n\n"
        f"Each request is checked against the spec before it is {'signed or ' if api.signature else ''}sent "
        "(required fields, "
        "enums, types, bounds, conditional rules): a violation raises ``RequestValidationError`` "
        "naming the field and the rule. ``validate_requests=False`` sends requests unchecked, "
        "for the server's own answer.\n\n"
        f"Operations are grouped by tag: {tags}. Use the client as a context manager, or call "
        f"``{close}``, to release its connections."
    )


class _CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in the generator's cache (`generator.cache`), so that a run whose
    templates did not change compiles none of them.

    An entry's key holds the template's source (Jinja's checksum), Jinja's version and this
    module's and `naming`'s source: Jinja folds filters applied to constants at compile time,
    so the compiled code depends on the filters defined there.
    """

    def __init__(self) -> None:
        self._code = cache.code_digest(__file__, naming.__file__)

    def _entry(self, bucket: jinja2.bccache.Bucket) -> str:
        return cache.key("jinja", jinja2.__version__, self._code, bucket.key, bucket.checksum)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        text = cache.lookup(self._entry(bucket))
        if text is not None:
            try:
                bucket.bytecode_from_string(bytes.fromhex(text))
            except (ValueError, EOFError, TypeError):  # a damaged entry: compile again
                bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        cache.store(self._entry(bucket), bucket.bytecode_to_string().hex())


def make_environment(template_dir: Path) -> jinja2.Environment:
    """A strict Jinja environment over ``template_dir`` with the escaping filters."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - the output is Python, escaped by the filters above
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
        bytecode_cache=_CompiledTemplates(),
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["pyvalue"] = pyvalue
    env.globals["shared_values"] = SharedValues
    env.filters["toml"] = toml
    env.filters["toml_key"] = toml_key
    env.filters["docstring"] = docstring
    env.filters["comment"] = comment
    env.filters["method_docstring"] = method_docstring
    env.globals["client_docstring"] = client_docstring
    env.globals["credential_arguments"] = credential_arguments
    env.globals["credential_environment"] = credential_environment
    env.globals["rule_words"] = lambda checks: rule_words(checks) if checks is not None else []
    env.filters["cli_name"] = naming.kebab
    env.filters["oneline"] = lambda text: " ".join(str(text).split())
    env.filters["tuple"] = tuple
    env.filters["md_cell"] = lambda text: " ".join(str(text).split()).replace("|", "\\|")
    env.filters["md_code"] = lambda text: "`" + str(text).replace("`", "") + "`"
    return env


def render(env: jinja2.Environment, template: str, api: Api, **context: Any) -> str:
    """Render one template with the intermediate model as ``api``."""
    return env.get_template(template).render(api=api, **context)
