"""The one road every request takes: limiter -> retry loop -> aiohttp -> errors -> msgspec.

Resources build :class:`~ecwid_async.call.Call` values; the :class:`Transport` sends them.
Auth, pacing, retries, timeouts, error mapping, decoding and logging live here once.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any, TypeVar
from urllib.parse import urlencode

import aiohttp
import msgspec
from yarl import URL

from ._redact import redact_url
from ._version import __version__
from .auth import Auth
from .call import Call, Response
from .codec import decode, encode
from .errors import (
    ApiError,
    DecodeError,
    EcwidError,
    RateLimitError,
    RequestTimeoutError,
    TransportError,
    classify_failure,
    error_from_response,
    excerpt,
)
from .hooks import Hook, RequestEvent, ResponseEvent, RetryEvent, call_hook
from .limiter import (
    AioLimiterAdapter,
    PerTokenLimiter,
    RateLimiter,
    TokenBucket,
    shared_limiter,
    token_key,
)
from .retry import Outcome, RetryPolicy, next_delay

__all__ = ["DEFAULT_TIMEOUT", "RateLimitOption", "Transport"]

logger = logging.getLogger("ecwid_async")

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0
USER_AGENT = f"ecwid-async/{__version__}"

#: What ``rate_limit=`` accepts: requests per minute, a limiter object, or None (off).
RateLimitOption = float | int | RateLimiter | PerTokenLimiter | None


def _check_timeout(timeout: float) -> float:
    if timeout is None or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ValueError(
            f"timeout must be a number of seconds > 0, got {timeout!r} "
            "(requests never wait forever; RetryPolicy.deadline bounds all attempts)"
        )
    return float(timeout)


@dataclasses.dataclass(frozen=True)
class _Answer:
    status: int
    headers: Mapping[str, str]
    content: bytes
    retries: int
    safe_url: str
    response: aiohttp.ClientResponse | None


@dataclasses.dataclass
class _Attempts:
    """The state of one call across its attempts."""

    call: Call[Any]
    stream: bool
    safe_url: str
    request_url: URL
    headers: dict[str, str]
    body: Any
    replayable: bool
    per_attempt: float
    limiter: RateLimiter | None
    started: float | None = None
    attempt: int = 0


class Transport:
    """Sends Calls for one client: owns (or borrows) the aiohttp session and the limiter."""

    def __init__(
        self,
        base_url: str,
        auth: Auth,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitOption = 600,
        session: aiohttp.ClientSession | None = None,
        user_agent: str | None = None,
        max_concurrency: int = 32,
        on_request: Hook | None = None,
        on_response: Hook | None = None,
        on_retry: Hook | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.timeout = _check_timeout(timeout)
        self.retry = retry if retry is not None else RetryPolicy()
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {max_concurrency!r}")
        self._max_concurrency = max_concurrency
        self._rate_limit = self._check_rate_limit(rate_limit)
        self._limiter: RateLimiter | None = None
        self._limiter_loop: asyncio.AbstractEventLoop | None = None
        self._session = session
        self._owns_session = session is None
        self._session_loop: asyncio.AbstractEventLoop | None = None
        self._gate: asyncio.Semaphore | None = None
        self._closed = False
        self._on_request = on_request
        self._on_response = on_response
        self._on_retry = on_retry
        self._user_agent = user_agent
        self._parent: Transport | None = None
        #: Set when a credential these calls need was not given: calls fail before sending.
        self.missing_credentials: str | None = None
        ua = USER_AGENT if not user_agent else f"{user_agent} {USER_AGENT}"
        self._headers: dict[str, str] = {"User-Agent": ua, "Accept": "application/json"}
        auth.apply(self._headers)
        self._json_headers = {**self._headers, "Content-Type": "application/json;charset=utf-8"}

    @staticmethod
    def _check_rate_limit(rate_limit: Any) -> float | RateLimiter | PerTokenLimiter | None:
        if rate_limit is None or isinstance(rate_limit, (RateLimiter, PerTokenLimiter)):
            return rate_limit
        if type(rate_limit).__name__ == "AsyncLimiter":  # aiolimiter, without importing it eagerly
            return AioLimiterAdapter(rate_limit)
        if isinstance(rate_limit, bool) or not isinstance(rate_limit, (int, float)):
            raise TypeError(
                "rate_limit must be requests per minute (a number), a RateLimiter, or None; "
                f"got {type(rate_limit).__name__}"
            )
        if not rate_limit > 0:
            raise ValueError(f"rate_limit must be > 0 requests per minute, got {rate_limit!r}")
        return float(rate_limit)

    @property
    def limiter(self) -> RateLimiter | None:
        """The limiter in use, or None.

        A limiter object given as ``rate_limit`` is used as it is. For a rate in requests
        per minute it is the running loop's bucket for this token, so a client used again
        in a new event loop gets that loop's bucket, as it gets a new session.
        """
        if isinstance(self._rate_limit, PerTokenLimiter):
            if self._limiter is None:
                self._limiter = self._rate_limit.for_token(token_key(self.auth.limiter_key or ""))
            return self._limiter
        if not isinstance(self._rate_limit, float):
            return self._rate_limit
        loop = asyncio.get_running_loop()
        if self._limiter is None or self._limiter_loop is not loop:
            key = self.auth.limiter_key
            self._limiter = (
                shared_limiter(key, self._rate_limit)
                if key is not None
                else TokenBucket(self._rate_limit)
            )
            self._limiter_loop = loop
        return self._limiter

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` was called."""
        return self._closed

    def derive(self, base_url: str, auth: Auth) -> Transport:
        """A transport to another API root that shares this one's session and policies."""
        child = Transport(
            base_url,
            auth,
            timeout=self.timeout,
            retry=self.retry,
            rate_limit=self._rate_limit,
            user_agent=self._user_agent,
            max_concurrency=self._max_concurrency,
            on_request=self._on_request,
            on_response=self._on_response,
            on_retry=self._on_retry,
        )
        child._parent = self
        child._owns_session = False
        return child

    def _ensure_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("this client is closed; create a new one")
        if self._parent is not None:
            session = self._parent._ensure_session()
            self._gate = self._parent._gate
            return session
        loop = asyncio.get_running_loop()
        if self._session is not None and self._owns_session and self._session_loop is not loop:
            if not self._session.closed and not (
                self._session_loop and self._session_loop.is_closed()
            ):
                raise RuntimeError(
                    "this client's session belongs to another event loop; "
                    "use one client per event loop"
                )
            self._session = None
        if self._session is None:
            connector = aiohttp.TCPConnector(limit=self._max_concurrency, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector)
            self._session_loop = loop
            self._gate = None
        if self._gate is None:
            self._gate = asyncio.Semaphore(self._max_concurrency)
        return self._session

    async def aclose(self) -> None:
        """Close the session if this transport created it (a session passed in is left open)."""
        if self._closed:
            return
        self._closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session and not session.closed:
            await session.close()

    def url_for(self, call: Call[Any]) -> str:
        """The absolute URL of a call (query string included)."""
        return self.base_url + call.relative_url

    def _prepare(self, call: Call[Any]) -> tuple[dict[str, str], Any, bool]:
        """Headers, body and whether the body can be sent again on a retry."""
        if call.form is not None:
            form = urlencode(call.form + self.auth.form_fields())
            headers = {**self._headers, "Content-Type": "application/x-www-form-urlencoded"}
            return headers, form.encode(), True
        if call.content is not None:
            headers = {
                **self._headers,
                "Content-Type": call.content_type or "application/octet-stream",
            }
            content = call.content
            return headers, content, isinstance(content, bytes) or callable(content)
        if call.body is not None:
            return self._json_headers, encode(call.body), True
        return self._headers, None, True

    async def send(self, call: Call[T]) -> Response[T]:
        """Send ``call`` with pacing and retries; return the decoded response or raise."""
        answer = await self._exchange(call, stream=False)
        content = answer.content
        try:
            value = decode(content, call.result_type)
        except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError) as exc:
            raise DecodeError(
                f"cannot decode the answer: {exc}",
                status=answer.status,
                excerpt=excerpt(content),
                method=call.method,
                url=answer.safe_url,
            ) from None
        return Response(answer.status, answer.headers, content, value, answer.retries)

    @contextlib.asynccontextmanager
    async def stream(
        self, call: Call[Any], chunk_size: int = 65536
    ) -> AsyncIterator[AsyncIterator[bytes]]:
        """Send ``call`` (paced, retried until the headers arrive) and stream its body."""
        answer = await self._exchange(call, stream=True)
        response = answer.response
        assert response is not None

        async def chunks() -> AsyncIterator[bytes]:
            try:
                async for chunk in response.content.iter_chunked(chunk_size):
                    yield chunk
            except (asyncio.TimeoutError, aiohttp.ClientError) as exc:
                raise TransportError(
                    f"download broke off: {type(exc).__name__}: {exc}",
                    method=call.method,
                    url=answer.safe_url,
                ) from None

        try:
            yield chunks()
        finally:
            response.release()

    async def _exchange(self, call: Call[Any], *, stream: bool) -> _Answer:
        """Attempt ``call`` until it succeeds, fails for good, or runs out of attempts."""
        if self.missing_credentials:
            raise ValueError(f"{call.method} {call.path} needs {self.missing_credentials}")
        session = self._ensure_session()
        url = self.url_for(call)
        headers, body, replayable = self._prepare(call)
        state = _Attempts(
            call=call,
            stream=stream,
            safe_url=redact_url(url),
            request_url=URL(url, encoded=True),
            headers=headers,
            body=body,
            replayable=replayable,
            per_attempt=call.timeout or self.timeout,
            limiter=self.limiter,
        )
        while True:
            result = await self._attempt(session, state)
            if isinstance(result, _Answer):
                return result
            await self._before_retry(state, *result)

    async def _attempt(
        self, session: aiohttp.ClientSession, state: _Attempts
    ) -> _Answer | tuple[Outcome, EcwidError]:
        """One paced attempt: the answer, or what went wrong and the error to raise."""
        loop = asyncio.get_running_loop()
        method, safe_url = state.call.method, state.safe_url
        state.attempt += 1
        if state.limiter is not None:
            await state.limiter.acquire()
        now = loop.time()
        if state.started is None:
            state.started = now
        remaining = self.retry.deadline - (now - state.started)
        if remaining <= 0:
            raise RequestTimeoutError(
                f"gave up after {state.attempt - 1} attempts: "
                f"the {self.retry.deadline:g}s deadline passed",
                method=method,
                url=safe_url,
            )
        await call_hook(self._on_request, RequestEvent(method, safe_url, state.attempt))
        bound = min(state.per_attempt, remaining)
        try:
            resp, content = await self._roundtrip(session, state, bound)
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            return classify_failure(exc, bound, method, safe_url)
        status = resp.status
        keep = state.stream and status < 400
        if not keep:
            resp.release()
        event = ResponseEvent(method, safe_url, state.attempt, status, loop.time() - now)
        try:
            await call_hook(self._on_response, event)
        except BaseException:
            resp.release()  # a streamed body nobody will read must not hold its connection
            raise
        if status < 400:
            kept = resp if keep else None
            return _Answer(status, resp.headers, content, state.attempt - 1, safe_url, kept)
        error = error_from_response(
            status, resp.headers, content, method=method, url=safe_url, reason=resp.reason
        )
        return await self._failed_status(error, state.limiter)

    async def _roundtrip(
        self, session: aiohttp.ClientSession, state: _Attempts, bound: float
    ) -> tuple[aiohttp.ClientResponse, bytes]:
        """Send one attempt and read its body (only the headers, for a stream that succeeded)."""
        timeout = (
            aiohttp.ClientTimeout(total=None, connect=bound, sock_read=bound)
            if state.stream
            else aiohttp.ClientTimeout(total=bound)
        )
        data = state.body() if callable(state.body) else state.body
        assert self._gate is not None
        async with self._gate:
            resp = await session.request(
                state.call.method,
                state.request_url,
                data=data,
                headers=state.headers,
                timeout=timeout,
            )
            if state.stream and resp.status < 400:
                return resp, b""
            try:
                return resp, await resp.read()
            except BaseException:
                resp.release()
                raise

    async def _failed_status(
        self, error: ApiError, limiter: RateLimiter | None
    ) -> tuple[Outcome, EcwidError]:
        """The outcome of an error status; a 429 pauses the whole token (or raises if too long)."""
        if not isinstance(error, RateLimitError):
            reject = getattr(limiter, "reject_token", None)  # optional: TokenRejecting
            if error.status == 401 and reject is not None:
                await reject(time.time() + self.retry.rejected_token_pause)
            return Outcome(status=error.status), error
        retry_after = error.retry_after
        wait = retry_after if retry_after is not None else self.retry.default_retry_after
        if wait > self.retry.max_retry_after:
            error.retry_after = wait
            raise error
        if limiter is not None:
            await limiter.pause_until(time.time() + wait)
        return Outcome(status=error.status, retry_after=retry_after), error

    async def _before_retry(self, state: _Attempts, outcome: Outcome, error: EcwidError) -> None:
        """Raise ``error`` if this outcome is final; else log, tell the hook, and wait."""
        policy = self.retry
        method = state.call.method
        retry_as = "PUT" if state.call.idempotent else method
        assert state.started is not None
        elapsed = asyncio.get_running_loop().time() - state.started
        delay = next_delay(policy, retry_as, outcome, state.attempt, elapsed)
        if delay is None or not state.replayable:
            raise error
        if outcome.status == 429 and state.limiter is None:
            delay = outcome.retry_after
            if delay is None:
                delay = policy.default_retry_after
        what = outcome.status if outcome.failure is None else outcome.failure.value
        logger.info(
            "retrying %s %s after %s (attempt %d of %d) in %.2fs",
            method,
            state.safe_url,
            what,
            state.attempt,
            policy.max_attempts,
            delay,
        )
        event = RetryEvent(method, state.safe_url, state.attempt, delay, outcome.status, str(error))
        await call_hook(self._on_retry, event)
        if delay > 0:
            await asyncio.sleep(delay)

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r}, auth={self.auth!r})"
