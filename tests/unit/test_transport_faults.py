"""The transport under hostile servers: redirects, unknown outcomes, leaks, deadlines, caps."""

from __future__ import annotations

import asyncio
import gc
import re
import warnings
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aioresponses import CallbackResult, aioresponses

from ecwid_async import (
    ApiError,
    DecodeError,
    EcwidClient,
    PartnerClient,
    RequestTimeoutError,
    Response,
    RetryPolicy,
    ServerError,
    TransportError,
)
from tests.vtime import virtual_time

from .conftest import BASE, TOKEN, url
from .test_limiter import max_in_window

NO_RETRY = RetryPolicy.never()
OAUTH = "https://my.ecwid.com/api/oauth"
V3 = "https://app.ecwid.com/api/v3"


def client(**kwargs: Any) -> EcwidClient:
    kwargs.setdefault("rate_limit", None)
    return EcwidClient(1003, TOKEN, **kwargs)


def sent(m: aioresponses) -> list[tuple[str, str, dict[str, Any]]]:
    return [(meth, str(u), c.kwargs) for (meth, u), calls in m.requests.items() for c in calls]


# --- 1. redirects ------------------------------------------------------------------------------


@virtual_time
async def test_post_answered_with_a_redirect_is_an_api_error_not_a_followed_get(
    mocked: aioresponses,
) -> None:
    mocked.post(url("/products"), status=303, headers={"Location": BASE + "/products/5"})
    mocked.get(url("/products/5"), payload={"id": 5})  # what following would have found
    async with client() as ecwid:
        with pytest.raises(ApiError) as caught:
            await ecwid.request("POST", "/products", json={"name": "Tea"})
    assert caught.value.status == 303
    assert "redirect" in str(caught.value) and "not followed" in str(caught.value)
    assert caught.value.outcome_unknown is True  # a 303 after a POST may mean "created"
    assert [(m, kw["allow_redirects"]) for m, _, kw in sent(mocked)] == [("POST", False)]


@virtual_time
async def test_a_redirect_loop_is_one_clear_error_and_not_retried(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=302, headers={"Location": BASE + "/profile"}, repeat=True)
    async with client(retry=RetryPolicy(base_delay=0)) as ecwid:
        with pytest.raises(ApiError, match=r"302.*redirect to .*/profile not followed"):
            await ecwid.request("GET", "/profile")
    assert len(sent(mocked)) == 1


@virtual_time
async def test_partner_reseller_and_oauth_calls_never_follow_redirects() -> None:
    elsewhere = "https://attacker.example/steal"
    with aioresponses() as m:
        m.post(
            re.compile(re.escape(OAUTH) + r"/token.*"), status=307, headers={"Location": elsewhere}
        )
        m.post(re.compile(r"https://my\.ecwid\.com/resellerapi/v1/.*"), status=307,
               headers={"Location": elsewhere})  # fmt: skip
        m.post(
            re.compile(re.escape(V3) + r"/stores.*"), status=307, headers={"Location": elsewhere}
        )
        m.post(elsewhere, payload={})
        async with PartnerClient("app", "secret_app", "secret_key", rate_limit=None) as p:
            with pytest.raises(ApiError):
                await p.exchange_code("secret_code", "https://example.com/cb")
            with pytest.raises(ApiError):
                await p.reseller.status(1003)
            with pytest.raises(ApiError):
                await p.stores.create("ann@example.com", "Ann")
        calls = sent(m)
    assert len(calls) == 3
    assert all(kw["allow_redirects"] is False for _, _, kw in calls)
    assert not any(u.startswith(elsewhere) for _, u, _ in calls)


# --- 2. a POST that may have been applied says so ------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 500},
        {"exception": asyncio.TimeoutError()},
        {"exception": aiohttp.ServerDisconnectedError()},
    ],
    ids=["500", "read-timeout", "reset"],
)
@virtual_time
async def test_post_that_may_have_been_applied_says_the_outcome_is_unknown(
    mocked: aioresponses, answer: dict[str, Any]
) -> None:
    mocked.post(url("/products"), **answer)
    async with client() as ecwid:
        with pytest.raises((ServerError, TransportError)) as caught:
            await ecwid.request("POST", "/products", json={"sku": "TEA-1"})
    error = caught.value
    assert error.outcome_unknown is True
    assert "outcome is unknown" in str(error) and "may have been applied" in str(error)
    assert len(sent(mocked)) == 1  # and never sent twice


@pytest.mark.parametrize(
    ("method", "answer"),
    [
        ("POST", {"exception": aiohttp.ClientConnectorError(None, OSError(111, "refused"))}),  # type: ignore[arg-type]
        ("POST", {"status": 429, "headers": {"Retry-After": "1"}}),
        ("POST", {"status": 400}),
        ("GET", {"status": 500}),
        ("PUT", {"exception": asyncio.TimeoutError()}),
    ],
    ids=["connect", "429", "400", "get-500", "put-timeout"],
)
@virtual_time
async def test_not_sent_refused_or_repeatable_is_not_an_unknown_outcome(
    mocked: aioresponses, method: str, answer: dict[str, Any]
) -> None:
    mocked.add(url("/products"), method, repeat=True, **answer)
    async with client(retry=RetryPolicy(max_attempts=2, base_delay=0)) as ecwid:
        with pytest.raises((ApiError, TransportError)) as caught:
            await ecwid.request(method, "/products", json={"sku": "TEA-1"})
    assert caught.value.outcome_unknown is False
    assert "outcome is unknown" not in str(caught.value)


# --- 3. secrets in excerpts and reprs ------------------------------------------------------


@virtual_time
async def test_decode_error_of_an_oauth_answer_does_not_show_the_issued_token() -> None:
    body = b'{"access_token":"secret_issued_XYZ","token_type":"bearer","store_id":"not-a-number"}'
    with aioresponses() as m:
        m.post(re.compile(re.escape(OAUTH) + r"/token.*"), body=body)
        async with PartnerClient("app", "secret_app", rate_limit=None) as p:
            with pytest.raises(DecodeError) as caught:
                await p.exchange_code("code123")
    error = caught.value
    assert "secret_issued_XYZ" not in str(error)
    assert "secret_issued_XYZ" not in error.excerpt
    assert "secret_issued_XYZ" not in repr(error)
    assert '"access_token":"***"' in error.excerpt


@virtual_time
async def test_decode_error_of_a_created_store_does_not_show_its_api_token() -> None:
    body = b'{"id": "x", "apiToken": "secret_store_TOKEN", "Token": "secret_other"'  # cut off
    with aioresponses() as m:
        m.post(re.compile(re.escape(V3) + r"/stores.*"), body=body)
        async with PartnerClient("app", "secret_app", rate_limit=None) as p:
            with pytest.raises(DecodeError) as caught:
                await p.stores.create("ann@example.com", "Ann", return_api_token=True)
    assert "secret_store_TOKEN" not in str(caught.value)
    assert "secret_other" not in str(caught.value)


@virtual_time
async def test_repr_of_a_raw_response_does_not_show_a_token_bearing_body(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/profile"), payload={"token": "secret_in_body", "id": 1})
    async with client() as ecwid:
        response = await ecwid.request("GET", "/profile").raw()
    assert isinstance(response, Response)
    assert "secret_in_body" not in repr(response)
    assert "status=200" in repr(response)
    assert b"secret_in_body" in response.content  # the bytes themselves are still there


# --- 5. the deadline bounds every wait -------------------------------------------------------


@virtual_time
async def test_deadline_bounds_the_time_queued_in_the_limiter(mocked: aioresponses) -> None:
    loop = asyncio.get_running_loop()
    mocked.get(url("/profile"), payload={}, repeat=True)
    ends: list[float] = []

    async with client(rate_limit=60, retry=RetryPolicy(deadline=2.0)) as ecwid:
        start = loop.time()

        async def one() -> Any:
            try:
                return await ecwid.request("GET", "/profile")
            finally:
                ends.append(loop.time() - start)

        results = await asyncio.gather(*(one() for _ in range(10)), return_exceptions=True)
    assert max(ends) <= 2.0 + 1e-6  # today: 9 s against a 2 s deadline
    failed = [r for r in results if isinstance(r, BaseException)]
    assert failed and all(isinstance(r, RequestTimeoutError) for r in failed)
    assert "deadline" in str(failed[0]) and "queued" in str(failed[0])
    assert 2 <= len(results) - len(failed) <= 3  # those that could start in time did


@virtual_time
async def test_deadline_error_chains_the_last_real_failure(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=503, body=b'{"errorMessage":"busy"}', repeat=True)
    policy = RetryPolicy(max_attempts=10, base_delay=0, deadline=3.0)
    async with client(rate_limit=60, retry=policy) as ecwid:
        results = await asyncio.gather(
            *(ecwid.request("GET", "/profile") for _ in range(4)), return_exceptions=True
        )
    timeouts = [r for r in results if isinstance(r, RequestTimeoutError)]
    tried = [r for r in timeouts if "after 0 attempts" not in str(r)]
    assert tried
    for error in tried:
        assert isinstance(error.__cause__, ServerError)
        assert "busy" in str(error)  # the real failure is named, not only "gave up"
    for error in results:
        assert isinstance(error, (RequestTimeoutError, ServerError))


# --- 6. max_response_bytes -------------------------------------------------------------------


@virtual_time
async def test_an_answer_over_max_response_bytes_is_a_clear_error(mocked: aioresponses) -> None:
    from ecwid_async.errors import ResponseTooLargeError

    mocked.get(url("/products"), body=b"[" + b"1," * 1000 + b"1]", repeat=True)
    async with client(max_response_bytes=1000) as ecwid:
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes=1000") as caught:
            await ecwid.request("GET", "/products")
        assert isinstance(caught.value, TransportError)
        assert len(sent(mocked)) == 1  # not retried
        async with ecwid.request("GET", "/products", result_type=bytes).stream() as chunks:
            body = b"".join([c async for c in chunks])  # downloads are never capped
    assert len(body) == 2003


def test_max_response_bytes_is_validated() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        client(max_response_bytes=0)
    with pytest.raises(ValueError, match="max_response_bytes"):
        PartnerClient(max_response_bytes=-1)
    assert client(max_response_bytes=None).transport.options.max_response_bytes is None
    assert client().transport.options.max_response_bytes == 64 * 1024 * 1024


async def _endless(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse()
    response.enable_chunked_encoding()
    await response.prepare(request)
    chunk = b"x" * 65536
    while True:
        await response.write(chunk)


async def _huge_declared(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Length": str(100 * 1024 * 1024)})
    await response.prepare(request)
    await response.write(b"[")
    return response  # the client must refuse it from the header alone


@pytest.fixture
async def hostile() -> AsyncIterator[str]:
    app = web.Application()
    app.router.add_get("/api/v3/1003/endless", _endless)
    app.router.add_get("/api/v3/1003/huge", _huge_declared)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/api/v3"
    finally:
        await runner.cleanup()


@pytest.mark.parametrize("path", ["/endless", "/huge"])
async def test_an_endless_or_huge_answer_is_not_buffered(hostile: str, path: str) -> None:
    from ecwid_async.errors import ResponseTooLargeError

    async with EcwidClient(
        1003, TOKEN, base_url=hostile, rate_limit=None, max_response_bytes=1024 * 1024
    ) as ecwid:
        with pytest.raises(ResponseTooLargeError):
            await asyncio.wait_for(ecwid.request("GET", path), 20)


# --- 7. the gate first, then the limiter ---------------------------------------------------


@virtual_time
async def test_no_burst_when_a_stalled_server_answers(mocked: aioresponses) -> None:
    loop = asyncio.get_running_loop()
    starts: list[float] = []
    stall_until = loop.time() + 5.0

    async def stalled(u: Any, **kwargs: Any) -> CallbackResult:
        starts.append(loop.time())
        await asyncio.sleep(max(0.0, stall_until - loop.time()))  # every answer at t=5
        return CallbackResult(payload={})

    mocked.get(url("/profile"), callback=stalled, repeat=True)
    async with client(rate_limit=600, max_concurrency=8) as ecwid:
        await asyncio.gather(*(ecwid.request("GET", "/profile") for _ in range(40)))
    assert len(starts) == 40
    assert max_in_window(starts, 0.05) == 1  # today: 8 start at once at t=5


# --- 10. a client reused in a second asyncio.run --------------------------------------------


def test_a_client_reused_in_a_second_asyncio_run_leaves_no_session_unclosed() -> None:
    ecwid = EcwidClient(1003, TOKEN, rate_limit=None)

    async def fetch() -> Any:
        with aioresponses() as m:
            m.get(url("/profile"), payload={"ok": True})
            return await ecwid.request("GET", "/profile")

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(fetch()) == {"ok": True}
        first = ecwid.transport._session
        assert asyncio.run(fetch()) == {"ok": True}
        assert first is not None and first.closed  # closed as its loop ended
        assert ecwid.transport._session is not first
        asyncio.run(ecwid.aclose())
        del first
        gc.collect()
    unclosed = [w for w in caught if "Unclosed" in str(w.message)]
    assert unclosed == []


# --- 11. one options value, shared by the derived transports ---------------------------------


@virtual_time
async def test_partner_client_takes_max_concurrency_and_its_transports_share_options() -> None:
    p = PartnerClient("app", "secret_app", "secret_key", max_concurrency=3, timeout=7)
    reseller, oauth = p._reseller, p._oauth
    assert p.transport.options.max_concurrency == 3
    assert reseller.options is p.transport.options is oauth.options
    with aioresponses() as m:
        m.post(re.compile(re.escape(OAUTH) + r"/token.*"), payload={"access_token": "t"})
        await p.exchange_code("code123")
        session = p.transport._session
        assert session is not None and oauth._session is session  # one session, one gate
    await p.aclose()
    assert session.closed and reseller.closed and oauth.closed


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ('{"access_token":"s1","token_type":"bearer"}', ["s1"]),
        ('{"id": 1, "apiToken" : "s2", "name": "kept"}', ["s2"]),
        ('{"ACCESS_TOKEN": "s3", "client_secret": "s4", "Password": 77}', ["s3", "s4", "77"]),
        ('{"token": "s5', ["s5"]),  # cut off by the excerpt
        ('{"token": "a\\"s6", "x": 1}', ["s6"]),  # an escaped quote inside the value
        ("<store><apiToken>s7</apiToken><key>s8</key></store>", ["s7", "s8"]),
        ("grant_type=code&client_secret=s9&code=s10", ["s9", "s10"]),
    ],
)
def test_excerpts_hide_the_values_of_token_bearing_keys(text: str, hidden: list[str]) -> None:
    from ecwid_async.errors import excerpt

    shown = excerpt(text.encode())
    for secret in hidden:
        assert secret not in shown
    assert "***" in shown


def test_excerpts_keep_what_is_not_secret() -> None:
    from ecwid_async.errors import excerpt

    body = b'{"errorMessage":"Product not found","errorCode":"PRODUCT_NOT_FOUND","name":"kept"}'
    assert excerpt(body) == body.decode()


# --- 13c. nothing built per request for a hook that is not set ------------------------------


@virtual_time
async def test_no_hook_events_are_built_when_no_hook_is_set(
    mocked: aioresponses, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecwid_async import transport

    built: list[str] = []
    for name in ("RequestEvent", "ResponseEvent", "RetryEvent"):
        original = getattr(transport, name)

        def counting(*args: Any, _name: str = name, _original: Any = original) -> Any:
            built.append(_name)
            return _original(*args)

        monkeypatch.setattr(transport, name, counting)
    mocked.get(url("/profile"), status=500)
    mocked.get(url("/profile"), payload={})
    async with client(retry=RetryPolicy(base_delay=0)) as ecwid:
        await ecwid.request("GET", "/profile")
    assert built == []


# --- a hostile body on an error or a success is a clear error, and a 5xx is still retried ------


@virtual_time
async def test_a_5xx_with_a_deeply_nested_body_is_still_retried(mocked: aioresponses) -> None:
    deep = b"[" * 50_000 + b"]" * 50_000  # past every Python's C recursion limit
    mocked.get(url("/profile"), status=503, body=deep)
    mocked.get(url("/profile"), body=deep)
    async with client(retry=RetryPolicy(base_delay=0)) as ecwid:
        with pytest.raises(DecodeError, match="nested too deeply"):
            await ecwid.request("GET", "/profile")
    assert len(sent(mocked)) == 2
