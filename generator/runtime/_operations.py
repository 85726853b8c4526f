"""Static descriptions of an API that the generated package fills in.

The generated ``_api`` module builds the `ApiDescription`, and each tag's ``_api_<tag>``
module one `OperationSpec` per operation, from the spec; the request machinery reads only these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._exceptions import ErrorTable


@dataclass(frozen=True, slots=True)
class Limits:
    """The bounds a value must keep: numbers, string lengths, array sizes, a pattern (None: no bound)."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_items: int | None = None
    max_items: int | None = None
    pattern: str | None = None
    """A regular expression the string must contain a match of (JSON Schema ``pattern``)."""


@dataclass(frozen=True, slots=True)
class ValueRule:
    """What one value must be, as JSON: its kind, closed enum, bounds, and its items' or fields' rules.

    ``kind`` is ``string``, ``decimal`` (a string holding a plain decimal number),
    ``integer``, ``number``, ``boolean``, ``array``, ``object`` or ``any`` (no type stated;
    ``items`` and ``fields`` then apply only to an array or an object).
    """

    kind: str = "any"
    nullable: bool = False
    enum: tuple[Any, ...] = ()
    """The allowed values (empty: any value of the kind)."""
    limits: Limits | None = None
    items: ValueRule | None = None
    fields: ObjectRules | None = None


@dataclass(frozen=True, slots=True)
class FieldRule:
    """One named field (or parameter) and its rule."""

    name: str
    value: ValueRule


@dataclass(frozen=True, slots=True)
class Condition:
    """A test of a sibling field in a conditional rule: it holds one of ``values`` (empty: any value).

    ``required``: an absent field fails the test; otherwise an absent field passes it, as in
    JSON Schema, where ``properties`` says nothing about absent fields.
    """

    field: str
    values: tuple[Any, ...] = ()
    required: bool = True


@dataclass(frozen=True, slots=True)
class ConditionalRule:
    """``if``/``then``: when every test of ``when`` holds (``negated``: unless they all hold), the
    ``required`` fields must be given and the ``fields`` rules hold."""

    when: tuple[Condition, ...]
    negated: bool = False
    required: tuple[str, ...] = ()
    fields: tuple[FieldRule, ...] = ()


@dataclass(frozen=True, slots=True)
class RequiredSets:
    """``anyOf``/``oneOf`` of required sets: at least one (``exactly_one``: exactly one) of the
    ``options`` has all its fields given."""

    options: tuple[tuple[str, ...], ...]
    exactly_one: bool = False


@dataclass(frozen=True, slots=True)
class ObjectRules:
    """The rules of a JSON object: its fields, the required ones, conditional rules, alternatives."""

    fields: tuple[FieldRule, ...] = ()
    required: tuple[str, ...] = ()
    conditionals: tuple[ConditionalRule, ...] = ()
    alternatives: tuple[RequiredSets, ...] = ()


@dataclass(frozen=True, slots=True)
class RequestChecks:
    """What a request must meet before it is sent (see the ``_checks`` module, which applies it).

    ``parameters`` are the path, query and header parameters by wire name, read as the text the
    wire carries; ``body`` is the JSON body's rule (None: not checked); ``require_any_of`` are
    groups of which at least one name must be given, among parameters and top-level body fields.
    """

    parameters: ObjectRules = ObjectRules()
    body: ValueRule | None = None
    body_required: bool = False
    require_any_of: tuple[RequiredSets, ...] = ()


@dataclass(frozen=True, slots=True)
class ReconcileSpec:
    """How an order write executes at most once (``x-reconcile``): after an ambiguous failure
    the client calls ``lookup`` with the request's ``keys`` (and the lookup's other query
    parameters, taken from the same-named request fields) and resends only when nothing is found,
    or what is found shows the write did not take effect (``done_*``)."""

    lookup: OperationSpec
    keys: tuple[str, ...]
    lookup_query: tuple[str, ...] = ()
    """Query parameters of the lookup, filled from the request fields of the same name."""
    items: str | None = None
    """Body field holding the orders of a batch write (None: one order)."""
    generate: str | None = None
    """Key generated when the request gives none (an idempotency field such as clientOrderId)."""
    not_found: frozenset[int] = frozenset()
    """Error codes of the lookup that mean the exchange does not have the order."""
    duplicate: frozenset[int] = frozenset()
    """Error codes of the write meaning its key is already used: after a resend, the first send
    took effect after all."""
    fields: tuple[tuple[str, str], ...] = ()
    """(result field, lookup record field) pairs: where a found record's values go in the write's result."""
    done_field: str | None = None
    """Record field whose value says the write took effect (None: a found order is done)."""
    done_in: frozenset[str] = frozenset()
    """Values of ``done_field`` that mean done."""
    done_equals: tuple[str, ...] = ()
    """Record fields that equal the request's same-named fields once the write took effect."""
    results: str | None = None
    """Result field listing a batch's per-order entries, in request order (None: not a batch result)."""
    success: tuple[tuple[str, object], ...] = ()
    """Values an entry built from a found record carries besides the record's fields."""
    success_counts: tuple[str, ...] = ()
    """Result counts that add the orders taken from the lookup to the resend's count."""
    failure_counts: tuple[str, ...] = ()
    """Result counts taken from the resend alone (0 when nothing was resent)."""


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """What the transport needs to know about one operation."""

    operation_id: str
    method: str
    path: str
    auth_required: bool
    retry_safe: bool
    content_type: str | None = None
    auth_optional: bool = False
    """Credentials are sent when the client has them; the call also works without."""
    reconcile: ReconcileSpec | None = None
    """At-most-once execution of an order write (None: an ordinary operation)."""
    accepts: frozenset[str] = frozenset()
    """Kinds of credentials the operation takes, ``"bearer"`` and/or ``"apiKey"`` (empty: any)."""
    checks: RequestChecks | None = None
    """The rules a request must meet, checked before it is sent (None: none are known)."""


@dataclass(frozen=True, slots=True)
class EnvelopeSpec:
    """Where the fields of a response envelope are, and the code meaning success."""

    code_field: str
    message_field: str
    data_field: str
    request_id_field: str
    success_code: int


@dataclass(frozen=True, slots=True)
class SignatureSpec:
    """An HMAC request-signing scheme: ``signature = HMAC(secret, query + body)``."""

    key_header: str
    timestamp_parameter: str
    signature_parameter: str
    tolerance_ms: int
    digest: str = "sha256"


@dataclass(frozen=True, slots=True)
class ErrorSignalSpec:
    """Errors the client handles itself before giving up."""

    token_expired_codes: frozenset[int] = frozenset()
    timestamp_codes: frozenset[int] = frozenset()
    timestamp_messages: tuple[str, ...] = ()

    def token_expired(self, code: int | None) -> bool:
        """The bearer token has expired: ask the token provider again."""
        return code is not None and code in self.token_expired_codes

    def timestamp_rejected(self, code: int | None, message: str) -> bool:
        """The server rejected the request time: re-sync the clock and re-sign."""
        if code is not None and code in self.timestamp_codes:
            return True
        lowered = message.lower()
        return any(m.lower() in lowered for m in self.timestamp_messages)


@dataclass(frozen=True, slots=True)
class ClockSyncSpec:
    """The public GET that returns the server clock, and the data field with Unix ms."""

    path: str
    field: str


@dataclass(frozen=True, slots=True)
class SessionSpec:
    """A login session (``x-session``): the operations that start, refresh and end it."""

    login: str
    """operationId of the login; its result's ``result_field`` becomes the client's bearer token."""
    refresh: OperationSpec
    """The public operation that returns a new token for the session's cookie."""
    logout: str | None = None
    """operationId of the logout, after which the client holds neither token nor cookie."""
    result_field: str = "accessToken"
    """Field of the login's and the refresh's result that holds the bearer token."""
    cookie: str | None = None
    """Name of the refresh cookie (None: every cookie the login sets is kept)."""

    def names(self) -> frozenset[str]:
        """The operations that send and receive the session's cookies."""
        return frozenset({self.login, self.refresh.operation_id} | ({self.logout} if self.logout else set()))


@dataclass(frozen=True, slots=True)
class ApiDescription:
    """Package-wide facts: base URL, environment variable prefix, auth, envelope, retries."""

    name: str
    default_base_url: str
    env_prefix: str
    user_agent: str
    request_id_header: str = "X-Request-ID"
    envelope: EnvelopeSpec | None = None
    signature: SignatureSpec | None = None
    bearer: bool = False
    api_key_header: str | None = None
    signals: ErrorSignalSpec = ErrorSignalSpec()
    clock_sync: ClockSyncSpec | None = None
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    retry_codes: frozenset[int] = frozenset()
    errors: ErrorTable = field(default_factory=ErrorTable)
    """Which exception class an error envelope or status raises."""
    credentials_required: bool = True
    """A client needs credentials; False when no operation needs a token or key the client sends."""
    secret_fields: frozenset[str] = frozenset()
    """Wire names of fields whose values are secrets (``format: password``): masked in the
    body excerpts that errors carry."""
    session: SessionSpec | None = None
    """How the client logs in, refreshes its token and logs out (None: it does not)."""
