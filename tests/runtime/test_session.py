"""The login session (``x-session``) against the local exchange, sync and async.

`client.public.login` keeps the access token as the client's credentials and the refresh
cookie in its own jar; a "token expired" answer (1002) makes the client call refresh-token
once, shared by every call that saw it, and repeat the call; a refresh that fails raises
the call's own error; logout forgets both, even when the server call fails. Tokens are
expired with the exchange's `expire_token` / `sessions.expire_tokens`, never by waiting.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest

import sixmm
from sixmm.testing import FakeExchange, RecordedRequest
from tests.support.clients import FLAVORS, Flavor, envelope

USERNAME, PASSWORD = "alice_trader", "correct-horse"
REFRESH = "refreshToken"


def _options(ex: FakeExchange, **extra: Any) -> dict[str, Any]:
    return {"base_url": ex.url, "max_retries": 0, "time_sync_interval": None, "clock": ex.clock.now, **extra}


def _requests(ex: FakeExchange, operation_id: str) -> list[RecordedRequest]:
    return [r for r in ex.requests if r.operation_id == operation_id]


def _cookie_set_by(request: RecordedRequest) -> str:
    assert request.response is not None
    header = dict(request.response.headers)["set-cookie"]
    return header.split(";")[0].split("=", 1)[1]


def run(flavor: Flavor, ex: FakeExchange, script: Any, **options: Any) -> Any:
    """Run ``script(client, call)`` with a sync or async client; ``call(name, **args)`` calls one method."""
    if flavor == "sync":
        with sixmm.Client(**_options(ex, **options)) as client:

            def call(name: str, **arguments: Any) -> Any:
                tag, method = name.split(".")
                return getattr(getattr(client, tag), method)(**arguments)

            return script(client, call)

    async def main() -> Any:
        async with sixmm.AsyncClient(**_options(ex, **options)) as client:
            loop = asyncio.get_running_loop()

            def call(name: str, **arguments: Any) -> Any:
                tag, method = name.split(".")
                coroutine = getattr(getattr(client, tag), method)(**arguments)
                # The script is synchronous: run it in a thread that waits on this loop.
                return asyncio.run_coroutine_threadsafe(coroutine, loop).result()

            return await asyncio.to_thread(script, client, call)

    return asyncio.run(main())


@pytest.mark.parametrize("flavor", FLAVORS)
def test_login_then_a_jwt_only_call(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        result = call("public.login", username=USERNAME, password=PASSWORD)
        assert isinstance(result, sixmm.models.AccessToken)
        assert call("api_key.list_keys") is not None  # JWT only: an API key would be refused
        (sent,) = _requests(ex, "listApiKeys")
        assert dict(sent.headers)["authorization"] == f"Bearer {result.access_token.get_secret_value()}"

    run(flavor, ex, script)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_an_expired_token_is_refreshed_once_and_the_call_repeated(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        login = call("public.login", username=USERNAME, password=PASSWORD)
        cookie = _cookie_set_by(_requests(ex, "login")[0])
        ex.expire_token(login.access_token.get_secret_value())
        assert call("user.get_info", request_id="r-expired").user_info.username == USERNAME
        (refresh,) = _requests(ex, "refreshToken")
        assert dict(refresh.headers)["cookie"] == f"{REFRESH}={cookie}"
        first, second = _requests(ex, "getInfo")
        assert first.request_id == second.request_id == "r-expired"
        assert first.response is not None and b'"code":1002' in first.response.body
        assert dict(second.headers)["authorization"] != f"Bearer {login.access_token.get_secret_value()}"
        call("user.get_info")  # the new token holds: no further refresh
        assert len(_requests(ex, "refreshToken")) == 1

    run(flavor, ex, script)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_failed_refresh_raises_the_call_s_error(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        login = call("public.login", username=USERNAME, password=PASSWORD)
        ex.sessions.reset()  # the session's cookie no longer refreshes
        ex.expire_token(login.access_token.get_secret_value())
        with pytest.raises(sixmm.AuthenticationError) as failed:
            call("user.get_info", request_id="r-call")
        assert (failed.value.code, failed.value.request_id) == (1002, "r-call")
        assert isinstance(failed.value.__cause__, sixmm.AuthenticationError)
        assert failed.value.__cause__.code == 1003
        assert len(_requests(ex, "refreshToken")) == 1 and len(_requests(ex, "getInfo")) == 1

    run(flavor, ex, script)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_logout_forgets_token_and_cookie(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        call("public.login", username=USERNAME, password=PASSWORD)
        cookie = _cookie_set_by(_requests(ex, "login")[0])
        call("user.logout")
        (logout,) = _requests(ex, "logout")
        assert dict(logout.headers)["cookie"] == f"{REFRESH}={cookie}"
        assert "authorization" in dict(logout.headers)
        with pytest.raises(sixmm.CredentialsError):
            call("user.get_info")
        with pytest.raises(sixmm.AuthenticationError):
            call("public.refresh_token")  # no cookie is sent any more
        assert "cookie" not in dict(_requests(ex, "refreshToken")[0].headers)

    run(flavor, ex, script)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_failed_logout_still_forgets_the_session_locally(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        call("public.login", username=USERNAME, password=PASSWORD)
        ex.faults.reply("logout", 503, envelope(5002, "service temporarily unavailable"))
        with pytest.raises(sixmm.ServerError):
            call("user.logout")
        with pytest.raises(sixmm.CredentialsError):
            call("user.get_info")
        assert repr(client).endswith("auth=None)")

    run(flavor, ex, script)


def test_concurrent_calls_share_one_refresh_sync(ex: FakeExchange) -> None:
    with sixmm.Client(**_options(ex)) as client:
        client.public.login(username=USERNAME, password=PASSWORD)
        ex.sessions.expire_tokens()
        start = threading.Barrier(6)
        results: list[str] = []

        def worker() -> None:
            start.wait()
            results.append(client.user.get_info().user_info.username)

        threads = [threading.Thread(target=worker) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [USERNAME] * 6
    assert len(_requests(ex, "refreshToken")) == 1


def test_concurrent_calls_share_one_refresh_async(ex: FakeExchange) -> None:
    async def main() -> list[str]:
        async with sixmm.AsyncClient(**_options(ex)) as client:
            await client.public.login(username=USERNAME, password=PASSWORD)
            ex.sessions.expire_tokens()
            infos = await asyncio.gather(*(client.user.get_info() for _ in range(6)))
            return [info.user_info.username for info in infos]

    assert asyncio.run(main()) == [USERNAME] * 6
    assert len(_requests(ex, "refreshToken")) == 1
    assert len(_requests(ex, "getInfo")) == 12  # each call: refused once, repeated once


@pytest.mark.parametrize("flavor", FLAVORS)
def test_secrets_stay_out_of_logs_reprs_and_errors(
    ex: FakeExchange, flavor: Flavor, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []

    def script(client: Any, call: Any) -> None:
        login = call("public.login", username=USERNAME, password=PASSWORD)
        ex.expire_token(login.access_token.get_secret_value())
        call("user.get_info")  # refreshed
        prepared = client.public._login_call(username=USERNAME, password=PASSWORD)
        seen.extend([repr(client), repr(client._auth), repr(client._credentials), repr(prepared)])
        call("user.logout")
        login = call("public.login", username=USERNAME, password=PASSWORD)
        ex.sessions.reset()
        ex.expire_token(login.access_token.get_secret_value())
        with pytest.raises(sixmm.AuthenticationError) as failed:
            call("user.get_info")
        seen.extend([str(failed.value), repr(failed.value), str(failed.value.__cause__)])

    with caplog.at_level(logging.DEBUG):
        run(flavor, ex, script)
    secrets = [PASSWORD, _cookie_set_by(_requests(ex, "login")[0])]
    secrets += [
        dict(r.headers)["authorization"].split()[1] for r in ex.requests if "authorization" in dict(r.headers)
    ]
    assert len(secrets) >= 4 and len(seen) == 7
    for text in [caplog.text, *seen]:
        for secret in secrets:
            assert secret not in text


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_copy_with_options_shares_the_session(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        copy = client.with_options(max_retries=1)
        call("public.login", username=USERNAME, password=PASSWORD)
        assert copy._credentials is client._credentials is not None
        call("user.logout")
        assert copy._credentials is None

    run(flavor, ex, script)


def test_an_api_key_client_keeps_its_key_across_a_session(ex: FakeExchange) -> None:
    with sixmm.Client(**_options(ex, api_key=ex.api_key, api_secret=ex.api_secret)) as client:
        assert client.user.get_info().user_info.username == USERNAME
        client.public.login(username=USERNAME, password=PASSWORD)
        assert client.api_key.list_keys() is not None  # JWT only: the login's token is used
        client.user.logout()
        assert repr(client).endswith("auth='api_key')")
        assert client.user.get_info().user_info.username == USERNAME
    assert "x-api-key" in dict(ex.requests[-1].headers)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_a_refresh_answered_token_expired_is_not_refreshed_in_turn(ex: FakeExchange, flavor: Flavor) -> None:
    def script(client: Any, call: Any) -> None:
        login = call("public.login", username=USERNAME, password=PASSWORD)
        ex.expire_token(login.access_token.get_secret_value())
        ex.faults.reply("refreshToken", 200, envelope(1002, "token expired"))
        with pytest.raises(sixmm.AuthenticationError) as failed:
            call("user.get_info", request_id="r-call")
        assert failed.value.request_id == "r-call"
        assert isinstance(failed.value.__cause__, sixmm.AuthenticationError)
        assert failed.value.__cause__.code == 1002
        assert len(_requests(ex, "refreshToken")) == 1

    run(flavor, ex, script)
