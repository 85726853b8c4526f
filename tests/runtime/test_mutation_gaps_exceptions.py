"""What an error says and which class it is: gaps found by `make mutation` (issue 17).

Nothing read the text of an API or transport error, and no test asked for a code that no
entry or range of the error table names.
"""

from __future__ import annotations

import pytest

from sixmm import APIConnectionError, APIError, APITimeoutError, OutcomeUnknownError, RequestValidationError
from sixmm._errors import ERRORS, AuthenticationError, BusinessError, RateLimitError, ServerError


def test_an_api_error_states_code_status_and_request_id() -> None:
    error = BusinessError("insufficient balance", code=3001, http_status=200, request_id="r-1")
    assert str(error) == "insufficient balance (code 3001, HTTP 200, request_id=r-1)"
    assert repr(error) == (
        "BusinessError(code=3001, message='insufficient balance', http_status=200, request_id='r-1')"
    )
    assert error.args == ("insufficient balance",)


def test_an_api_error_without_an_envelope_code_says_so() -> None:
    error = ServerError(
        "HTTP 503 Service Unavailable: request failed", code=None, http_status=503, request_id="r-2"
    )
    assert str(error) == "HTTP 503 Service Unavailable: request failed (no code, HTTP 503, request_id=r-2)"


@pytest.mark.parametrize("cls", [APIConnectionError, APITimeoutError])
def test_a_transport_error_states_its_request_id(cls: type[APIConnectionError]) -> None:
    error = cls("connection lost", request_id="r-3")
    assert str(error) == "connection lost (request_id=r-3)"
    assert (error.request_id, error.request_sent) == ("r-3", True)  # sent unless said otherwise
    # The message is the exception's argument however it is passed, so repr() shows it.
    by_name = cls(message="connection lost", request_id="r-3")
    assert by_name.args == ("connection lost",)
    assert repr(by_name) == f"{cls.__name__}('connection lost')"
    assert cls("refused", request_id=None, request_sent=False).request_sent is False


def test_an_unknown_outcome_names_the_write_and_the_failed_lookup() -> None:
    cause = APITimeoutError("read timed out", request_id="r-write")
    error = OutcomeUnknownError(
        message="placing the order may have taken effect",
        request_id="r-write",
        lookup_request_id="r-look",
        error=cause,
    )
    assert str(error) == (
        "placing the order may have taken effect (request_id=r-write, lookup request_id=r-look)"
    )
    assert (error.request_id, error.lookup_request_id, error.error) == ("r-write", "r-look", cause)
    assert error.args == ("placing the order may have taken effect",)


def test_a_refused_request_names_its_first_problem_and_counts_the_others() -> None:
    problems = (("orders[0].price", "price is required"), ("orders[1].side", "side must be BUY or SELL"))
    error = RequestValidationError(problems, operation_id="placeOrders", request_id="r-4")
    assert (error.field, error.rule) == ("orders[0].price", "price is required")
    assert (error.operation_id, error.problems, error.request_id) == ("placeOrders", problems, "r-4")
    assert str(error) == "placeOrders: price is required (and 1 more); nothing was sent (request_id=r-4)"
    alone = RequestValidationError(problems[1:], operation_id="placeOrder", request_id=None)
    assert (alone.field, alone.rule) == ("orders[1].side", "side must be BUY or SELL")
    assert alone.message == "placeOrder: side must be BUY or SELL; nothing was sent"


@pytest.mark.parametrize(
    ("code", "status", "cls"),
    [
        (1001, 200, AuthenticationError),  # an exact code
        (3999, 200, BusinessError),  # a code range, inclusive
        (3000, 500, BusinessError),  # the code wins over the status
        (9999, 200, APIError),  # a code nothing names, with a status nothing names
        (9999, 429, RateLimitError),  # an unnamed code falls back to the status
        (None, 401, AuthenticationError),
        (None, 599, ServerError),  # a status range, inclusive
        (None, 600, APIError),
        (None, 404, APIError),
    ],
)
def test_the_error_class_is_the_code_s_then_the_status_s_then_api_error(
    code: int | None, status: int, cls: type[APIError]
) -> None:
    assert ERRORS.class_for(code, status) is cls
