# Copied from generator/runtime/_cli.py.
# Generated from spec/sixmm.yaml (6MM REST API 1.0.0) by the generator in generator/.
# Do not edit: change the spec or templates/ and run `make generate`.
"""The command line, built from a table of commands that the generated ``cli`` module declares.

One subcommand group per tag and one command per operation; options are typed
from the spec (defaults, required flags, enum choices). Output is JSON with wire
names and exact decimals, or a table; errors go to stderr with the server's code,
message and request id, and the exit status tells the error family.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TextIO, cast

from pydantic import BaseModel, SecretStr

from ._decimal import to_decimal
from ._exceptions import CredentialsError, SDKError

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CREDENTIALS = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a Unix tool reports when its reader went away


@dataclass(frozen=True)
class OptionSpec:
    """One ``--option`` of a command: a parameter or a body field of the operation."""

    flag: str
    dest: str
    kind: str  # "str", "int", "float", "bool", "decimal", "list" or "objects" (a list of JSON objects)
    required: bool
    help: str
    default: Any = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class PagingSpec:
    """How ``--all`` walks a paged listing."""

    page_dest: str
    size_dest: str
    items_attr: str
    total_attr: str


@dataclass(frozen=True)
class CommandSpec:
    """One operation as ``<group> <name>``."""

    group: str
    name: str
    resource: str
    method: str
    summary: str
    description: str
    options: tuple[OptionSpec, ...]
    paging: PagingSpec | None = None


@dataclass(frozen=True)
class CommandGroup:
    """``<group>``: the commands of one tag, declared as ``COMMANDS`` by their own module."""

    name: str
    module: str
    """The absolute name of the module declaring the group's commands, imported when needed."""

    def commands(self) -> tuple[CommandSpec, ...]:
        """The group's commands (imports their module)."""
        return cast("tuple[CommandSpec, ...]", importlib.import_module(self.module).COMMANDS)


@dataclass(frozen=True)
class KeepaliveSpec:
    """``<group> keepalive``: run a keepalive manager in the foreground."""

    group: str
    manager: Callable[..., Any]
    summary: str
    default_interval: float


@dataclass(frozen=True)
class LoginSpec:
    """A login the command line makes first when the environment holds its arguments."""

    resource: str
    method: str
    environment: tuple[tuple[str, str], ...]
    """(environment variable, argument) pairs: every one must be set for a login."""
    logout: tuple[str, str] | None = None
    """(resource, method) of the logout that ends the session when the command is done."""


@dataclass(frozen=True)
class CliSpec:
    """Everything the command line needs, declared by the generated module."""

    prog: str
    description: str
    env_prefix: str
    client_factory: Callable[..., Any]
    groups: tuple[CommandGroup, ...]
    exit_codes: tuple[tuple[type[BaseException], int, str], ...]
    keepalives: tuple[KeepaliveSpec, ...] = field(default=())
    streams: bool = False
    """Whether the package has ``client.stream`` (adds the ``stream`` group)."""
    login: LoginSpec | None = None


def _decimal(text: str) -> Decimal:
    try:
        return to_decimal(text, "decimal")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("decimal: ")) from exc


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise argparse.ArgumentTypeError(f"not a boolean (true/false): {text!r}")


def _json_object(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON: {text!r}") from exc
    if not isinstance(value, dict):
        raise argparse.ArgumentTypeError(f"not a JSON object: {text!r}")
    return value


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": _boolean,
    "decimal": _decimal,
    "list": str,
    "objects": _json_object,
}


def _exit_code_help(spec: CliSpec) -> str:
    lines = [
        "exit status:",
        "  0  success",
        "  2  usage error",
        f"  {EXIT_CREDENTIALS}  missing or invalid credentials",
    ]
    lines += [f"  {code}  {meaning}" for _, code, meaning in spec.exit_codes]
    lines.append(f"  {EXIT_INTERRUPTED}  interrupted")
    lines.append(f"  {EXIT_BROKEN_PIPE}  output closed early (for example piped into head)")
    return "\n".join(lines)


def _environment_help(spec: CliSpec) -> str:
    prefix = spec.env_prefix
    login = ""
    if spec.login is not None:
        names = " and ".join(name for name, _ in spec.login.environment)
        login = f"; with {names} set, the command runs logged in (login first, logout after)"
    return (
        f"credentials: --access-token, or --api-key and --api-secret, or the environment variables "
        f"{prefix}ACCESS_TOKEN, {prefix}API_KEY, {prefix}API_SECRET{login}; {prefix}BASE_URL sets the server."
    )


def _login(spec: CliSpec, client: Any) -> bool:
    """Log in with the arguments the environment holds; False when it holds none of them."""
    login = spec.login
    if login is None:
        return False
    values = {argument: os.environ.get(name) or None for name, argument in login.environment}
    if all(value is None for value in values.values()):
        return False
    missing = [name for name, argument in login.environment if values[argument] is None]
    if missing:
        raise CredentialsError(f"a login needs {' and '.join(missing)} too")
    getattr(getattr(client, login.resource), login.method)(**values)
    return True


def _logout(spec: CliSpec, client: Any, err: TextIO) -> None:
    """End the session the command ran in; a failure is reported, the command's result stands."""
    logout = spec.login.logout if spec.login is not None else None
    if logout is None or not client._auth.logged_in:  # a `logout` command ended it already
        return
    try:
        getattr(getattr(client, logout[0]), logout[1])()
    except SDKError as error:
        err.write("logout failed: " + _error_line(error) + "\n")


def _add_global_options(parser: argparse.ArgumentParser, spec: CliSpec, *, suppress: bool) -> None:
    """Connection and output options; ``suppress`` keeps a later repetition from resetting them."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--base-url", default=default, help=f"server URL (default: ${spec.env_prefix}BASE_URL or the spec's)"
    )
    parser.add_argument("--access-token", default=default, help="JWT access token (sent as a bearer token)")
    parser.add_argument("--api-key", default=default, help="API key (requests are signed with --api-secret)")
    parser.add_argument("--api-secret", default=default, help="API secret for signing")
    parser.add_argument("--timeout", type=float, default=default, help="seconds to wait for each response")
    parser.add_argument(
        "--max-retries",
        type=int,
        default=default,
        help="retries of transient failures (safe operations only)",
    )
    parser.add_argument(
        "--output",
        choices=("json", "table"),
        default=argparse.SUPPRESS if suppress else "json",
        help="output format (default json)",
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="print the whole response envelope",
    )
    parser.add_argument(
        "--field",
        default=default,
        help="print only this field of the result: its wire name, dotted for a nested one (outer.inner)",
    )


def build_parser(spec: CliSpec, groups: Collection[str] | None = None) -> argparse.ArgumentParser:
    """The argparse parser for ``spec``: every group, with the commands of ``groups`` (None: all).

    A group whose commands are not loaded is still listed, so that ``--help`` shows it.
    """
    epilog = _environment_help(spec) + "\n\n" + _exit_code_help(spec)
    parser = argparse.ArgumentParser(
        prog=spec.prog,
        description=spec.description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_global_options(parser, spec, suppress=False)
    # The same options after the command name: `<program> <group> <command> --output table`.
    common = argparse.ArgumentParser(add_help=False)
    _add_global_options(common, spec, suppress=True)
    subparsers = parser.add_subparsers(dest="group", metavar="GROUP", required=True)
    by_group: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}
    group_names = list(dict.fromkeys([g.name for g in spec.groups] + [k.group for k in spec.keepalives]))
    for name in group_names:
        group_parser = subparsers.add_parser(
            name,
            help=f"{name} operations",
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        by_group[name] = group_parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    loaded = [g for g in spec.groups if groups is None or g.name in groups]
    for command in (command for group in loaded for command in group.commands()):
        sub = by_group[command.group].add_parser(
            command.name,
            parents=[common],
            help=command.summary,
            description=f"{command.summary}\n\n{command.description}".strip(),
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        for option in command.options:
            kwargs: dict[str, Any] = {
                "dest": option.dest,
                "help": option.help,
                "type": _CONVERTERS[option.kind],
            }
            if option.kind in ("list", "objects"):
                kwargs["nargs"] = "*"
            if option.choices:
                # argparse compares the converted value: integer enums need integer choices.
                kwargs["choices"] = tuple(_CONVERTERS[option.kind](choice) for choice in option.choices)
            if option.required:
                kwargs["required"] = True
            elif option.default is not None:
                kwargs["default"] = option.default
                kwargs["help"] = f"{option.help} (default: {option.default})"
            sub.add_argument(option.flag, **kwargs)
        if command.paging is not None:
            sub.add_argument("--all", action="store_true", help="fetch every page, streaming the items")
        sub.set_defaults(_command=command)
    for keepalive in spec.keepalives:
        sub = by_group[keepalive.group].add_parser(
            "keepalive",
            parents=[common],
            help=keepalive.summary,
            description=keepalive.summary,
            epilog=epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "--renew-interval",
            type=float,
            default=keepalive.default_interval,
            help=f"seconds between renewals (default: {keepalive.default_interval})",
        )
        sub.add_argument("--close-on-exit", action="store_true", help="close the key when stopping")
        sub.set_defaults(_keepalive=keepalive)
    if spec.streams:
        from ._stream_cli import add_stream_commands  # noqa: PLC0415

        add_stream_commands(subparsers, common, epilog, f"{spec.env_prefix}STREAM_URL")
    return parser


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return _revealed(value, value.model_dump(mode="json", by_alias=True, exclude_unset=True))
    return value


def _revealed(model: BaseModel, dumped: Any) -> Any:
    """``dumped`` with the values of ``model``'s secret fields in clear.

    A command's result is what its user asked for: the API secret that key creation returns
    only once, a login's token. Pydantic masks secrets in every dump; only this output shows
    them (logs, reprs and errors never do).
    """
    if not isinstance(dumped, dict):
        return dumped
    for name, info in type(model).model_fields.items():
        key = info.alias or name
        if key not in dumped:
            continue
        value = getattr(model, name)
        if isinstance(value, SecretStr):
            dumped[key] = value.get_secret_value()
        elif isinstance(value, BaseModel):
            dumped[key] = _revealed(value, dumped[key])
        elif isinstance(value, list) and isinstance(dumped[key], list):
            dumped[key] = [
                _revealed(item, out) if isinstance(item, BaseModel) else out
                for item, out in zip(value, dumped[key], strict=False)
            ]
    return dumped


class _NoSuchFieldError(LookupError):
    """``--field`` names a field the result does not have."""


def _pick(data: Any, path: str) -> Any:
    """The value at a dotted ``path`` (``userAsset.walletBalance``) of a JSON result."""
    value = data
    for name in path.split("."):
        if not (isinstance(value, Mapping) and name in value):
            raise _NoSuchFieldError(path)
        value = value[name]
    return value


def _flatten(value: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects as dotted keys (``userAsset.walletBalance``); lists and scalars as they are."""
    flat: dict[str, Any] = {}
    for key, item in value.items():
        name = f"{prefix}{key}"
        if isinstance(item, Mapping) and item:
            flat.update(_flatten(item, name + "."))
        else:
            flat[name] = item
    return flat


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(row, Mapping) for row in value)


def _table(rows: Sequence[Mapping[str, Any]], out: TextIO) -> None:
    flat = [_flatten(row) for row in rows]
    columns = list(dict.fromkeys(key for row in flat for key in row))
    cells = [[_cell(row.get(column)) for column in columns] for row in flat]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _key_values(value: Mapping[str, Any], out: TextIO) -> None:
    flat = _flatten(value)
    width = max(len(key) for key in flat)
    for key, item in flat.items():
        out.write(f"{key.ljust(width)}  {_cell(item)}".rstrip() + "\n")


def _print_table(value: Any, out: TextIO) -> None:
    """Every field: an object's fields as a key/value block, then each list of objects as rows."""
    if _is_rows(value):
        _table(value, out)
        return
    if not isinstance(value, Mapping):
        out.write(_cell(value) + "\n")
        return
    lists = {key: item for key, item in value.items() if _is_rows(item)}
    rest = {key: item for key, item in value.items() if key not in lists}
    blocks = 0
    if rest:
        _key_values(rest, out)
        blocks += 1
    for key, rows in lists.items():
        if blocks:
            out.write("\n")
        if len(lists) > 1 or rest:
            out.write(f"{key}:\n")
        _table(rows, out)
        blocks += 1


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


class _Printer:
    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        self.output: str = args.output
        self.field: str | None = args.field
        self.out = out

    def result(self, data: Any) -> None:
        if data is None:
            return  # an operation without data: success says nothing, as Unix tools do
        value = _jsonable(data)
        if self.field is not None:
            value = _pick(value, self.field)
            if isinstance(value, str):
                self.out.write(value + "\n")
                return
        if self.output == "table":
            _print_table(value, self.out)
            return
        self.out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _call_arguments(command: CommandSpec, args: argparse.Namespace) -> dict[str, Any]:
    return {option.dest: getattr(args, option.dest) for option in command.options}


def _run_command(
    client: Any, command: CommandSpec, args: argparse.Namespace, out: TextIO, err: TextIO
) -> None:
    resource = getattr(client, command.resource)
    arguments = _call_arguments(command, args)
    printer = _Printer(args, out)
    if args.raw:
        raw = getattr(resource.with_raw_response, command.method)(**arguments)
        out.write(json.dumps(json.loads(raw.content), indent=2, ensure_ascii=False) + "\n")
        return
    if command.paging is not None and getattr(args, "all", False):
        _stream_pages(resource, command=command, arguments=arguments, args=args, out=out, err=err)
        return
    printer.result(getattr(resource, command.method)(**arguments))


def _stream_pages(
    resource: Any,
    *,
    command: CommandSpec,
    arguments: dict[str, Any],
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
) -> None:
    paging = command.paging
    assert paging is not None
    method = getattr(resource, command.method)
    page = int(arguments[paging.page_dest])
    seen = (page - 1) * int(arguments[paging.size_dest])
    progress = err.isatty()
    table_rows: list[Mapping[str, Any]] = []
    while True:
        data = method(**{**arguments, paging.page_dest: page})
        items = getattr(data, paging.items_attr) or []
        total = getattr(data, paging.total_attr)
        for item in items:
            row = _jsonable(item)
            if args.output == "table":
                table_rows.append(row)
            else:
                out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        seen += len(items)
        if progress:
            err.write(f"\rpage {page}: {seen} of {total} items")
            err.flush()
        if not items or (total is not None and seen >= total):
            break
        page += 1
    if progress:
        err.write("\n")
    if args.output == "table" and table_rows:
        _table(table_rows, out)


def _run_keepalive(client: Any, keepalive: KeepaliveSpec, args: argparse.Namespace, out: TextIO) -> None:
    stopped = threading.Event()

    def printed(event: str) -> Callable[[str], None]:
        def report(key: str) -> None:
            out.write(f"{event} {key}\n")
            out.flush()

        return report

    manager = keepalive.manager(
        client,
        renew_interval=args.renew_interval,
        on_new_key=printed("key"),
        on_renew=printed("renewed"),
        on_error=lambda error: (out.write(f"renewal failed: {type(error).__name__}: {error}\n"), out.flush()),
        close_on_exit=args.close_on_exit,
    )
    previous = signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        with manager:
            while not stopped.wait(0.5):
                pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        out.write("stopped\n")
        out.flush()


def _error_line(error: BaseException) -> str:
    parts = [type(error).__name__]
    for attribute in ("code", "http_status", "request_id"):
        value = getattr(error, attribute, None)
        if value is not None:
            parts.append(f"{attribute}={value}")
    message = getattr(error, "message", None) or str(error)
    return f"error: {' '.join(parts)}: {message}"


def _exit_code(spec: CliSpec, error: BaseException) -> int:
    for cls, code, _ in spec.exit_codes:
        if isinstance(error, cls):
            return code
    return 1


def run(
    spec: CliSpec, argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Parse ``argv`` and run the command; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    arguments = list(argv) if argv is not None else sys.argv[1:]
    # Only the groups named load their commands: a word that names a group anywhere (even an
    # option's value) loads it, which costs a module import and is never wrong.
    named = {word for word in arguments if any(word == group.name for group in spec.groups)}
    args = build_parser(spec, named).parse_args(arguments)
    options: dict[str, Any] = {
        "base_url": args.base_url,
        "access_token": args.access_token,
        "api_key": args.api_key,
        "api_secret": args.api_secret,
        "timeout": args.timeout,
    }
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    try:
        with spec.client_factory(**options) as client:
            logged_in = _login(spec, client)
            try:
                keepalive = getattr(args, "_keepalive", None)
                if getattr(args, "_stream", None) is not None:
                    from ._stream_cli import run_stream  # noqa: PLC0415

                    run_stream(client, args, out, options)
                elif keepalive is not None:
                    _run_keepalive(client, keepalive, args, out)
                else:
                    _run_command(client, args._command, args, out, err)
            finally:
                if logged_in:
                    _logout(spec, client, err)
    except CredentialsError as error:
        err.write(_error_line(error) + "\n")
        return EXIT_CREDENTIALS
    except SDKError as error:
        err.write(_error_line(error) + "\n")
        return _exit_code(spec, error)
    except _NoSuchFieldError as error:
        err.write(f"error: the result has no field {error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence(out)
        return EXIT_BROKEN_PIPE
    return EXIT_OK


def _silence(out: TextIO) -> None:
    """Point ``out`` at /dev/null, so the interpreter's final flush does not fail again."""
    try:
        fileno = out.fileno()
    except (OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)
