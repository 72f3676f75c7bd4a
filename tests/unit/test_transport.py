"""Transport: auth, session ownership, decoding, error mapping, hooks, secrets."""

from __future__ import annotations

import asyncio
import logging
import pickle
from typing import Any

import aiohttp
import msgspec
import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import (
    ApiError,
    BadRequestError,
    BatchError,
    CloneFailedError,
    CloneRejectedError,
    ConflictError,
    DecodeError,
    EcwidClient,
    EcwidError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    TransportError,
    __version__,
)
from ecwid_async.batch import NOT_EXECUTED
from ecwid_async.models.common import CreateStatus
from tests.vtime import virtual_time

from .conftest import BASE, TOKEN, url

NO_RETRY = RetryPolicy.never()


def client(**kwargs: Any) -> EcwidClient:
    kwargs.setdefault("rate_limit", None)
    return EcwidClient(1003, TOKEN, **kwargs)


def sent(m: aioresponses) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, str(u), call.kwargs) for (method, u), calls in m.requests.items() for call in calls
    ]


@virtual_time
async def test_bearer_header_user_agent_and_no_token_in_url(mocked: aioresponses) -> None:
    mocked.get(url("/latest-stats"), payload={"productsUpdated": "2014-10-19 18:56:21 +0400"})
    async with client() as ecwid:
        stats = await ecwid.request("GET", "/latest-stats")
    assert stats == {"productsUpdated": "2014-10-19 18:56:21 +0400"}
    [(method, u, kwargs)] = sent(mocked)
    assert method == "GET"
    assert TOKEN not in u
    assert kwargs["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert kwargs["headers"]["User-Agent"] == f"ecwid-async/{__version__}"


@virtual_time
async def test_user_agent_prefix_is_kept_before_ours(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), payload={})
    async with client(user_agent="shop-sync/2.1") as ecwid:
        await ecwid.request("GET", "/profile")
    [(_, _, kwargs)] = sent(mocked)
    assert kwargs["headers"]["User-Agent"] == f"shop-sync/2.1 ecwid-async/{__version__}"


@virtual_time
async def test_json_body_is_encoded_with_content_type(mocked: aioresponses) -> None:
    mocked.post(url("/products"), payload={"id": 77})
    async with client() as ecwid:
        created = await ecwid.request(
            "POST", "/products", json={"name": "Tea"}, result_type=CreateStatus
        )
    assert created == CreateStatus(id=77)
    [(_, _, kwargs)] = sent(mocked)
    assert msgspec.json.decode(kwargs["data"]) == {"name": "Tea"}
    assert kwargs["headers"]["Content-Type"].startswith("application/json")


@virtual_time
async def test_query_params_are_formatted_and_joined(mocked: aioresponses) -> None:
    mocked.get(
        url("/products"), payload={"total": 0, "count": 0, "offset": 0, "limit": 5, "items": []}
    )
    async with client() as ecwid:
        await ecwid.request(
            "GET", "/products", params={"enabled": True, "productId": [1, 2, 3], "keyword": None}
        )
    [(_, u, _)] = sent(mocked)
    assert u == f"{BASE}/products?enabled=true&productId=1,2,3"


@virtual_time
async def test_raw_gives_status_headers_bytes_value_and_retries(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=503)
    mocked.get(url("/profile"), payload={"a": 1}, headers={"X-Thing": "yes"})
    async with client(retry=RetryPolicy(base_delay=1)) as ecwid:
        raw = await ecwid.request("GET", "/profile").raw()
    assert raw.status == 200
    assert raw.headers["X-Thing"] == "yes"
    assert msgspec.json.decode(raw.content) == {"a": 1}
    assert raw.value == {"a": 1}
    assert raw.retries_taken == 1


@pytest.mark.parametrize(
    ("status", "body", "cls", "message", "code"),
    [
        (400, b'{"errorMessage":"Wrong parameter \'inStock\'"}', BadRequestError, "Wrong parameter 'inStock'", None),
        (402, b"", PaymentRequiredError, "Payment Required", None),
        (403, b'{"error_message":"Token has no scope"}', PermissionDeniedError, "Token has no scope", None),
        (404, b'{"errorMessage":"Product not found","errorCode":"PRODUCT_NOT_FOUND"}', NotFoundError, "Product not found", "PRODUCT_NOT_FOUND"),
        (409, b'{"errorCode":"SKU_EXISTS"}', ConflictError, "SKU_EXISTS", "SKU_EXISTS"),
        (418, b"<html><body>teapot</body></html>", ApiError, "I'm a Teapot", None),
        (502, b"<html><body>Bad gateway</body></html>", ServerError, "Bad Gateway", None),
        (500, b'{"errorMessage": "trunc', ServerError, "Internal Server Error", None),
    ],
)  # fmt: skip
@virtual_time
async def test_error_mapping(
    mocked: aioresponses,
    status: int,
    body: bytes,
    cls: type[ApiError],
    message: str,
    code: str | None,
) -> None:
    mocked.get(url("/products/1"), status=status, body=body, reason=None)
    async with client(retry=NO_RETRY) as ecwid:
        with pytest.raises(cls) as info:
            await ecwid.request("GET", "/products/1")
    err = info.value
    assert type(err) is cls
    assert err.status == status
    assert err.message == message
    assert err.error_code == code
    assert err.method == "GET"
    assert err.url == f"{BASE}/products/1"
    assert str(status) in str(err)


@virtual_time
async def test_status_line_reason_is_the_message_when_body_is_empty(mocked: aioresponses) -> None:
    mocked.get(url("/products"), status=400, body=b"", reason="Wrong parameter 'limit'")
    async with client(retry=NO_RETRY) as ecwid:
        with pytest.raises(BadRequestError, match="Wrong parameter 'limit'"):
            await ecwid.request("GET", "/products")


@pytest.mark.parametrize(
    "body", [b"", b"<html>502 Bad Gateway</html>", b'{"id": 12', b'{"id": "not a number"}']
)
@virtual_time
async def test_success_body_that_does_not_decode_raises_decode_error(
    mocked: aioresponses, body: bytes
) -> None:
    mocked.post(url("/products"), status=200, body=body)
    async with client(retry=NO_RETRY) as ecwid:
        with pytest.raises(DecodeError) as info:
            await ecwid.request("POST", "/products", json={}, result_type=CreateStatus)
    assert info.value.status == 200
    assert info.value.excerpt == body[:200].decode()


@virtual_time
async def test_aiohttp_errors_are_always_wrapped(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), exception=aiohttp.ClientPayloadError("cut short"))
    async with client(retry=NO_RETRY) as ecwid:
        with pytest.raises(TransportError, match="ClientPayloadError") as info:
            await ecwid.request("GET", "/profile")
    assert info.value.method == "GET"


@virtual_time
async def test_rate_limit_error_carries_retry_after_when_over_cap(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=429, headers={"Retry-After": "3600"})
    async with client(retry=RetryPolicy(max_retry_after=60)) as ecwid:
        with pytest.raises(RateLimitError) as info:
            await ecwid.request("GET", "/profile")
    assert info.value.retry_after == 3600
    assert len(sent(mocked)) == 1


# --- session ownership -------------------------------------------------------------------


@virtual_time
async def test_own_session_is_created_lazily_and_closed_once() -> None:
    ecwid = client()
    assert ecwid.transport._session is None
    with aioresponses() as m:
        m.get(url("/profile"), payload={})
        await ecwid.request("GET", "/profile")
    session = ecwid.transport._session
    assert session is not None and not session.closed
    await ecwid.aclose()
    assert session.closed
    await ecwid.close()  # idempotent alias
    with pytest.raises(RuntimeError, match="closed"):
        await ecwid.request("GET", "/profile")


@virtual_time
async def test_user_session_is_used_and_never_closed() -> None:
    async with aiohttp.ClientSession() as session:
        with aioresponses() as m:
            m.get(url("/profile"), payload={"ok": True})
            async with client(session=session) as ecwid:
                assert await ecwid.request("GET", "/profile") == {"ok": True}
        assert not session.closed


# --- hooks, logs, reprs --------------------------------------------------------------------


@virtual_time
async def test_hooks_see_every_attempt_without_secrets(
    mocked: aioresponses, caplog: pytest.LogCaptureFixture
) -> None:
    events: list[Any] = []

    async def on_retry(event: Any) -> None:
        events.append(event)

    mocked.get(url("/profile"), status=500, body=b'{"errorMessage":"boom"}')
    mocked.get(url("/profile"), payload={})
    caplog.set_level(logging.DEBUG, logger="ecwid_async")
    async with client(
        on_request=events.append, on_response=events.append, on_retry=on_retry
    ) as ecwid:
        await ecwid.request("GET", "/profile", params={"token": TOKEN})
    kinds = [type(e).__name__ for e in events]
    assert kinds == ["RequestEvent", "ResponseEvent", "RetryEvent", "RequestEvent", "ResponseEvent"]
    assert events[2].status == 500 and events[2].attempt == 1
    assert all(TOKEN not in repr(e) for e in events)
    assert "retrying GET" in caplog.text and "500" in caplog.text
    assert TOKEN not in caplog.text


def test_reprs_never_show_secrets() -> None:
    ecwid = client()
    assert TOKEN not in repr(ecwid)
    assert TOKEN not in repr(ecwid.transport)
    assert TOKEN not in repr(ecwid.transport.auth)
    assert TOKEN not in repr(ecwid.request("GET", "/profile"))
    err = NotFoundError(404, "nope", method="GET", url=f"{BASE}/x?token={TOKEN}&a=1")
    assert TOKEN not in str(err) and TOKEN not in repr(err)
    assert "a=1" in err.url


@virtual_time
async def test_error_from_url_with_secret_query_is_redacted(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=404, body=b"{}")
    async with client(retry=NO_RETRY) as ecwid:
        with pytest.raises(NotFoundError) as info:
            await ecwid.request("GET", "/profile", params={"token": TOKEN})
    assert TOKEN not in str(info.value)
    assert "token=***" in info.value.url


# --- bad input fails before sending ------------------------------------------------------


def test_bad_constructor_input_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ECWID_STORE_ID", raising=False)
    monkeypatch.delenv("ECWID_TOKEN", raising=False)
    with pytest.raises(ValueError, match="store_id is required"):
        EcwidClient(token="t")
    with pytest.raises(ValueError, match="token is required"):
        EcwidClient(1003)
    with pytest.raises(ValueError, match="store_id must be an integer"):
        EcwidClient("abc", "t")
    with pytest.raises(ValueError, match="timeout"):
        EcwidClient(1003, "t", timeout=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="timeout"):
        EcwidClient(1003, "t", timeout=0)
    with pytest.raises(TypeError, match="rate_limit"):
        EcwidClient(1003, "t", rate_limit="fast")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="base_url"):
        EcwidClient(1003, "t", base_url="ftp://x")


def test_env_fallbacks_and_explicit_arguments_win(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ECWID_STORE_ID", "555")
    monkeypatch.setenv("ECWID_TOKEN", "secret_env")
    monkeypatch.setenv("ECWID_BASE_URL", "http://127.0.0.1:9/api/v3")
    from_env = EcwidClient()
    assert from_env.store_id == 555
    assert from_env.transport.base_url == "http://127.0.0.1:9/api/v3/555"
    explicit = EcwidClient(1003, "secret_x", base_url="https://example.test/api/v3/")
    assert explicit.store_id == 1003
    assert explicit.transport.base_url == "https://example.test/api/v3/1003"


def test_request_refuses_bad_method_and_path() -> None:
    ecwid = client()
    with pytest.raises(ValueError, match="method"):
        ecwid.request("PATCH", "/profile")
    with pytest.raises(ValueError, match="start with '/'"):
        ecwid.request("GET", "profile")
    with pytest.raises(ValueError, match="params="):
        ecwid.request("GET", "/profile?x=1")
    with pytest.raises(TypeError, match="query parameter"):
        ecwid.request("GET", "/profile", params={"x": object()})


@virtual_time
async def test_call_is_not_sent_until_awaited(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), payload={}, repeat=True)
    async with client() as ecwid:
        call = ecwid.request("GET", "/profile")
        assert sent(mocked) == []
        await call
        await call  # a Call is a value: awaiting it again sends it again
    assert len(sent(mocked)) == 2


@virtual_time
async def test_per_call_timeout_override(mocked: aioresponses) -> None:
    seen: list[float] = []

    def record(u: Any, **kwargs: Any) -> CallbackResult:
        seen.append(kwargs["timeout"].total)
        return CallbackResult(payload={})

    mocked.get(url("/profile"), callback=record, repeat=True)
    async with client(timeout=20) as ecwid:
        await ecwid.request("GET", "/profile")
        await ecwid.request("GET", "/profile").with_options(timeout=2.5)
    assert seen == [20.0, 2.5]
    with pytest.raises(ValueError, match="timeout"):
        ecwid.request("GET", "/profile").with_options(timeout=0)


# --- binary uploads and streamed downloads ----------------------------------------------------


@virtual_time
async def test_streamed_download_yields_the_body_in_chunks(mocked: aioresponses) -> None:
    mocked.get(url("/products/1/files/2"), body=b"0123456789", status=200)
    async with client() as ecwid:
        call = ecwid.request("GET", "/products/1/files/2", result_type=bytes)
        async with call.stream(chunk_size=4) as chunks:
            parts = [chunk async for chunk in chunks]
    assert b"".join(parts) == b"0123456789"


@virtual_time
async def test_streamed_download_error_status_raises_before_streaming(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/products/1/files/2"), status=404, body=b'{"errorMessage":"no file"}')
    async with client(retry=NO_RETRY) as ecwid:
        call = ecwid.request("GET", "/products/1/files/2", result_type=bytes)
        with pytest.raises(NotFoundError, match="no file"):
            async with call.stream():
                pass


@virtual_time
async def test_replayable_upload_is_sent_again_on_retry(mocked: aioresponses) -> None:
    from ecwid_async.call import Call

    opened: list[int] = []

    async def chunks() -> Any:
        opened.append(1)
        yield b"abc"

    mocked.put(url("/profile/logo"), status=503)
    mocked.put(url("/profile/logo"), payload={"id": 5})
    async with client() as ecwid:
        call: Call[Any] = Call(
            "PUT", "/profile/logo", Any, content=chunks, content_type="image/png",
            transport=ecwid.transport,
        )  # fmt: skip
        assert await call == {"id": 5}
    assert len(opened) == 2
    assert [kwargs["headers"]["Content-Type"] for _, _, kwargs in sent(mocked)] == ["image/png"] * 2


@virtual_time
async def test_one_shot_stream_upload_is_never_retried(mocked: aioresponses) -> None:
    from ecwid_async.call import Call

    async def chunks() -> Any:
        yield b"abc"

    mocked.put(url("/profile/logo"), status=503, repeat=True)
    async with client() as ecwid:
        call: Call[Any] = Call(
            "PUT", "/profile/logo", Any, content=chunks(), transport=ecwid.transport
        )
        with pytest.raises(ServerError):
            await call
    assert len(sent(mocked)) == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x/p?limit=5&offset=10", "https://x/p?limit=5&offset=10"),
        ("https://x/p?keyword=a%20b&productId=1,2", "https://x/p?keyword=a%20b&productId=1,2"),
        ("https://x/p?token=abc&limit=5", "https://x/p?token=***&limit=5"),
        ("https://x/p?Token=abc", "https://x/p?Token=***"),
        ("https://x/token?key=k1&couponCode=X", "https://x/token?key=***&couponCode=X"),
        ("https://x/p?deduplicationKey=u1", "https://x/p?deduplicationKey=u1"),
        ("https://x/o?client_secret=s&code=c", "https://x/o?client_secret=***&code=***"),
    ],
)
def test_redact_url_hides_secret_values_and_leaves_the_rest_as_sent(
    url: str, expected: str
) -> None:
    from ecwid_async._redact import redact_url

    assert redact_url(url) == expected


# --- found in review ---------------------------------------------------------------------


def test_client_used_again_in_a_new_event_loop_keeps_its_tokens_one_budget() -> None:
    ecwid = EcwidClient(1003, TOKEN)  # the default rate limit: one bucket per token

    async def fetch() -> Any:
        with aioresponses() as m:
            m.get(url("/profile"), payload={"ok": True})
            return await ecwid.request("GET", "/profile")

    async def fetch_and_drop_session() -> Any:
        value = await fetch()
        assert ecwid.transport._session is not None
        await ecwid.transport._session.close()  # as its loop ends, the session goes
        return value

    assert asyncio.run(fetch_and_drop_session()) == {"ok": True}
    bucket = ecwid.transport.limiter
    # The next loop gets a new session and the same budget (the bucket is process-wide).
    assert asyncio.run(fetch()) == {"ok": True}
    assert ecwid.transport.limiter is bucket
    asyncio.run(ecwid.aclose())


@virtual_time
async def test_streamed_response_is_released_when_the_response_hook_fails(
    mocked: aioresponses, monkeypatch: pytest.MonkeyPatch
) -> None:
    released: list[int] = []
    original = aiohttp.ClientResponse.release

    def release(self: aiohttp.ClientResponse) -> Any:
        released.append(self.status)
        return original(self)

    def on_response(event: Any) -> None:
        raise RuntimeError("hook broke")

    monkeypatch.setattr(aiohttp.ClientResponse, "release", release)
    mocked.get(url("/products/1/files/2"), body=b"0123456789", status=200)
    async with client(on_response=on_response) as ecwid:
        call = ecwid.request("GET", "/products/1/files/2", result_type=bytes)
        with pytest.raises(RuntimeError, match="hook broke"):
            async with call.stream():
                pass
    assert released == [200]


@pytest.mark.parametrize(
    "error",
    [
        NotFoundError(404, "no such product", error_code="NOT_FOUND", method="GET", url="/x"),
        RateLimitError(429, "slow down", retry_after=3.0),
        TransportError("cannot connect", method="GET", url="/x"),
        DecodeError("cannot decode", status=200, excerpt="{", method="GET", url="/x"),
        BatchError("1 of 2 batch items failed", [1, NOT_EXECUTED]),
        CloneRejectedError("STORE_NOT_EMPTY", "the target store has products"),
        CloneFailedError("ticket-1", "boom"),
    ],
)
def test_errors_survive_pickling_with_their_message_and_fields(error: EcwidError) -> None:
    error.resume_offset = 200
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


class _Rejecting:
    """A per-token limiter that records what the transport tells it."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.rejected: list[float] = []
        self.acquired = 0

    def for_token(self, key: str) -> _Rejecting:
        self.keys.append(key)
        return self

    async def acquire(self) -> None:
        self.acquired += 1

    async def pause_until(self, deadline: float) -> None:
        raise AssertionError("no 429 here")

    async def reject_token(self, until: float) -> None:
        self.rejected.append(until)


async def test_a_per_token_limiter_is_asked_for_the_tokens_limiter_by_hash() -> None:
    import hashlib
    import time

    from aioresponses import aioresponses

    from ecwid_async import AuthenticationError, EcwidClient

    limiter = _Rejecting()
    async with EcwidClient(1003, "secret_pertoken", rate_limit=limiter) as ecwid:
        with aioresponses() as m:
            m.get("https://app.ecwid.com/api/v3/1003/profile", status=401, payload={})
            before = time.time()
            with pytest.raises(AuthenticationError):
                await ecwid.profile.get()
    assert limiter.keys == [hashlib.sha256(b"secret_pertoken").hexdigest()]
    assert "secret_pertoken" not in repr(limiter.keys)
    assert limiter.acquired == 1
    assert len(limiter.rejected) == 1 and limiter.rejected[0] >= before + 299
