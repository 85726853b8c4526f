"""The intermediate model: what the templates need, with every name already decided.

Built from the spec by `generator.ir.build`; templates never look at the raw spec.
What the package's request machinery needs at run time is held here as the runtime's
own frozen values (`OperationSpec`, `ApiDescription` and what it contains), which the
templates render with the `pyvalue` filter: a field added to one of them reaches the
generated package with no template change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.runtime._operations import (
    ApiDescription,
    EnvelopeSpec,
    OperationSpec,
    SignatureSpec,
)

NO_DEFAULT: Any = type("NoDefault", (), {"__repr__": lambda self: "NO_DEFAULT"})()
"""Marks a parameter without a default (distinct from a default of ``None``)."""


@dataclass(frozen=True)
class Argument:
    """A keyword argument of a client method: a parameter or a body field."""

    wire_name: str
    py_name: str
    location: str  # "query", "path", "header", "cookie", "body" (a field of it) or "payload" (the whole body)
    required: bool
    type_hint: str
    default: Any = NO_DEFAULT
    description: str = ""
    enum_values: tuple[Any, ...] = ()
    kind: str = "str"  # for command-line parsing: str, int, float, bool, decimal or list
    example: Any = NO_DEFAULT
    unix_time: str | None = None  # x-unix-time: "ms" or "s" when the integer is a point in time
    in_body_example: bool = False
    """A body field the operation's request-body example gives (the example meets the spec's
    conditional rules, so a call with these fields is a valid one)."""

    @property
    def cli_flag(self) -> str:
        """``--page-size`` for ``page_size``."""
        return "--" + self.py_name.rstrip("_").replace("_", "-")

    @property
    def has_default(self) -> bool:
        """True when the spec gives a default value."""
        return self.default is not NO_DEFAULT


@dataclass(frozen=True)
class RequestBody:
    """A request body: the media type it is sent as, and its object schema's class, if any.

    The top-level properties of a JSON, form or multipart object become keyword arguments;
    any other body (an array, a string, bytes to upload) is the one argument ``body``.
    """

    content_type: str
    schema_name: str | None
    required: bool


@dataclass(frozen=True)
class Pagination:
    """Page-numbered listing: the parameters to advance and the fields to read."""

    page_param: str
    size_param: str
    items_field: str
    total_field: str
    item_type: str


@dataclass(frozen=True)
class CursorPagination:
    """Cursor listing (``x-cursor-pagination``): the parameters to pass and the fields to read."""

    limit_param: str
    cursor_param: str
    items_field: str
    cursor_field: str
    item_type: str
    cursor_type: str
    """The cursor argument's Python type (``int``, ``str``): the item's field is converted to it."""


@dataclass(frozen=True)
class Operation:
    """One API operation, ready for templates."""

    spec: OperationSpec
    py_name: str
    constant_name: str
    cli_name: str
    tag: str
    summary: str
    description: str
    arguments: tuple[Argument, ...]
    body: RequestBody | None
    result_type: str | None
    deprecated: bool = False
    pagination: Pagination | None = None
    cursor_pagination: CursorPagination | None = None
    response_example: Any = None
    models_used: frozenset[str] = frozenset()
    """Model classes the method's signature and result refer to."""
    checks_skipped: tuple[str, ...] = ()
    """Parts of the operation's schemas its request checks leave out, each with the reason."""

    @property
    def operation_id(self) -> str:
        """The spec's operationId."""
        return self.spec.operation_id

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return self.spec.method

    @property
    def path(self) -> str:
        """The path template."""
        return self.spec.path

    @property
    def auth_required(self) -> bool:
        """Credentials must be sent."""
        return self.spec.auth_required

    @property
    def auth_optional(self) -> bool:
        """Credentials are sent when the client has them, and the call works without."""
        return self.spec.auth_optional

    @property
    def retry_safe(self) -> bool:
        """Repeating the operation is harmless."""
        return self.spec.retry_safe

    @property
    def iterator_name(self) -> str:
        """``iter_account_change_log`` for ``get_account_change_log``: the all-pages iterator."""
        for prefix in ("get_", "list_"):
            if self.py_name.startswith(prefix) and len(self.py_name) > len(prefix):
                return "iter_" + self.py_name[len(prefix) :]
        return "iter_" + self.py_name

    @property
    def path_arguments(self) -> tuple[Argument, ...]:
        """Arguments substituted into the path."""
        return tuple(a for a in self.arguments if a.location == "path")

    @property
    def query_arguments(self) -> tuple[Argument, ...]:
        """Arguments sent in the query string, in declared order."""
        return tuple(a for a in self.arguments if a.location == "query")

    @property
    def header_arguments(self) -> tuple[Argument, ...]:
        """Arguments sent as headers."""
        return tuple(a for a in self.arguments if a.location == "header")

    @property
    def cookie_arguments(self) -> tuple[Argument, ...]:
        """Arguments sent as cookies (one ``Cookie`` header)."""
        return tuple(a for a in self.arguments if a.location == "cookie")

    @property
    def body_arguments(self) -> tuple[Argument, ...]:
        """Arguments that are fields of the JSON body."""
        return tuple(a for a in self.arguments if a.location == "body")

    @property
    def payload_argument(self) -> Argument | None:
        """The argument that is the whole request body, when it is not spread into fields."""
        return next((a for a in self.arguments if a.location == "payload"), None)


@dataclass(frozen=True)
class Tag:
    """A group of operations, exposed as ``client.<py_name>``."""

    name: str
    py_name: str
    class_name: str
    description: str
    operations: tuple[Operation, ...]

    @property
    def models_used(self) -> tuple[str, ...]:
        """Model classes the tag's resource module imports, sorted."""
        return tuple(sorted({name for op in self.operations for name in op.models_used}))


@dataclass(frozen=True)
class ErrorFamily:
    """Envelope codes and HTTP statuses that raise one exception class."""

    name: str
    class_name: str
    docstring: str
    codes: tuple[int, ...] = ()
    code_ranges: tuple[tuple[int, int], ...] = ()
    http_statuses: tuple[int, ...] = ()
    http_status_ranges: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Keepalive:
    """A key that must be renewed: the operations that create, renew and close it."""

    class_name: str
    tag: str
    create: Operation
    renew: Operation
    close: Operation
    key_field: str
    key_argument: str
    renew_interval_seconds: float
    lifetime_seconds: float


@dataclass(frozen=True)
class Session:
    """The login session's operations (``x-session``), for the reference's examples."""

    login: Operation
    refresh: Operation
    logout: Operation | None
    login_tag: str
    """Attribute of the client holding the login operation's group."""


@dataclass(frozen=True)
class Models:
    """The component schemas that become model classes, as datamodel-code-generator reads them."""

    document: dict[str, Any] = field(repr=False, default_factory=dict)
    """An OpenAPI document holding only those schemas, renamed to their class names."""
    field_aliases: dict[str, str] = field(default_factory=dict)
    """Wire name → attribute for properties whose own names cannot be attributes."""

    @property
    def schemas(self) -> dict[str, Any]:
        """Class name → schema."""
        schemas: dict[str, Any] = self.document.get("components", {}).get("schemas", {})
        return schemas

    @property
    def names(self) -> tuple[str, ...]:
        """The class names, sorted."""
        return tuple(sorted(self.schemas))


@dataclass(frozen=True)
class ProjectInfo:
    """Package metadata the spec states: ``info.license``, ``info.contact`` and ``externalDocs``."""

    license: str | None = None
    """An SPDX expression (``info.license.identifier``), else the licence's name."""
    authors: tuple[dict[str, str], ...] = ()
    """``{"name": ..., "email": ...}`` entries, as pyproject.toml spells them."""
    urls: tuple[tuple[str, str], ...] = ()
    """``(label, URL)`` pairs: the documentation, the licence text, the contact page."""


@dataclass(frozen=True)
class Api:
    """Everything the templates render."""

    title: str
    version: str
    description: str
    tags: tuple[Tag, ...]
    runtime: ApiDescription
    """Package-wide facts the request machinery reads (envelope, signing, retries, ...)."""
    error_families: tuple[ErrorFamily, ...]
    models: Models
    keepalives: tuple[Keepalive, ...] = ()
    project: ProjectInfo = ProjectInfo()
    session: Session | None = None

    @property
    def operations(self) -> tuple[Operation, ...]:
        """All operations, grouped by tag in tag order."""
        return tuple(op for tag in self.tags for op in tag.operations)

    @property
    def default_base_url(self) -> str:
        """Where the client connects unless told otherwise."""
        return self.runtime.default_base_url

    @property
    def envelope(self) -> EnvelopeSpec | None:
        """The response envelope, when the API wraps its responses in one."""
        return self.runtime.envelope

    @property
    def signature(self) -> SignatureSpec | None:
        """The request-signing scheme of API-key requests, if any."""
        return self.runtime.signature

    @property
    def bearer(self) -> bool:
        """The API accepts a bearer token."""
        return self.runtime.bearer

    @property
    def api_key_header(self) -> str | None:
        """The header carrying an API key, if the API takes one."""
        return self.runtime.api_key_header

    @property
    def example_call(self) -> str:
        """A call for the package docstring: an operation without arguments if there is one."""
        for tag in self.tags:
            for op in tag.operations:
                if not op.arguments:
                    return f"{tag.py_name}.{op.py_name}()"
        for tag in self.tags:
            for op in tag.operations:
                return f"{tag.py_name}.{op.py_name}(...)"
        return "..."
