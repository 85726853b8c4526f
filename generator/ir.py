"""The intermediate model: what the templates need, with every name already decided.

Built from the spec by `generator.build_ir`; templates never look at the raw spec.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NO_DEFAULT: Any = type("NoDefault", (), {"__repr__": lambda self: "NO_DEFAULT"})()
"""Marks a parameter without a default (distinct from a default of ``None``)."""


@dataclass(frozen=True)
class Argument:
    """A keyword argument of a client method: a parameter or a body field."""

    wire_name: str
    py_name: str
    location: str  # "query", "path", "header" or "body"
    required: bool
    type_hint: str
    default: Any = NO_DEFAULT
    description: str = ""
    enum_values: tuple[Any, ...] = ()
    kind: str = "str"  # for command-line parsing: str, int, float, bool, decimal or list
    example: Any = NO_DEFAULT

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
    """A JSON request body whose top-level properties become keyword arguments."""

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
class Operation:
    """One API operation, ready for templates."""

    operation_id: str
    py_name: str
    constant_name: str
    cli_name: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    arguments: tuple[Argument, ...]
    body: RequestBody | None
    result_type: str | None
    auth_required: bool
    retry_safe: bool
    deprecated: bool = False
    pagination: Pagination | None = None
    response_example: Any = None

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
    def body_arguments(self) -> tuple[Argument, ...]:
        """Arguments that are fields of the JSON body."""
        return tuple(a for a in self.arguments if a.location == "body")


@dataclass(frozen=True)
class Tag:
    """A group of operations, exposed as ``client.<py_name>``."""

    name: str
    py_name: str
    class_name: str
    description: str
    operations: tuple[Operation, ...]


@dataclass(frozen=True)
class Envelope:
    """The response wrapper every operation shares."""

    code_field: str
    message_field: str
    data_field: str
    request_id_field: str
    success_code: int
    request_id_header: str


@dataclass(frozen=True)
class Signature:
    """An HMAC signing scheme for API-key requests."""

    key_header: str
    timestamp_parameter: str
    signature_parameter: str
    tolerance_ms: int
    digest: str


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
class RetryRules:
    """What is transient: HTTP statuses and envelope codes worth another attempt."""

    http_statuses: tuple[int, ...] = ()
    codes: tuple[int, ...] = ()


@dataclass(frozen=True)
class ErrorSignals:
    """Errors the client reacts to itself: an expired token, a timestamp the server rejects."""

    token_expired_codes: tuple[int, ...] = ()
    timestamp_codes: tuple[int, ...] = ()
    timestamp_messages: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClockSync:
    """The public operation that reads the server clock, and the field with Unix milliseconds."""

    path: str
    field: str


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
class Api:
    """Everything the templates render."""

    title: str
    version: str
    description: str
    default_base_url: str
    tags: tuple[Tag, ...]
    envelope: Envelope | None
    signature: Signature | None
    bearer: bool
    api_key_header: str | None
    error_families: tuple[ErrorFamily, ...]
    model_names: tuple[str, ...]
    retry: RetryRules = RetryRules()
    signals: ErrorSignals = ErrorSignals()
    clock_sync: ClockSync | None = None
    keepalives: tuple[Keepalive, ...] = ()
    model_document: dict[str, Any] = field(repr=False, default_factory=dict)

    @property
    def operations(self) -> tuple[Operation, ...]:
        """All operations, grouped by tag in tag order."""
        return tuple(op for tag in self.tags for op in tag.operations)
