"""The one road every request takes: gate -> limiter -> aiohttp -> errors -> msgspec.

Resources build :class:`~ecwid_async.call.Call` values; the :class:`Transport` sends them.
Auth, pacing, retries, timeouts, error mapping, decoding and logging live here once; what
follows a failed attempt is decided by the pure :func:`ecwid_async._decide.decide`, the
session and its gate belong to :class:`ecwid_async._session.SessionOwner`, the options
are one frozen :class:`ecwid_async._options.ClientOptions`.

Redirects are never followed: the Ecwid API does not redirect, and a secret in a form or
header must not follow a 3xx to another host. A 3xx raises :class:`ApiError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

import msgspec

from ._decide import Decision, decide
from ._failures import classify_failure
from ._options import DEFAULT_TIMEOUT, ClientOptions, RateLimitOption
from ._redact import redact_url
from ._session import SessionOwner
from ._wire import client_timeout, read_body, transport_failures
from .auth import Auth
from .call import Call, Response
from .codec import decode, encode
from .errors import (
    DecodeError,
    EcwidError,
    RateLimitError,
    RequestTimeoutError,
    TransportError,
    error_from_response,
    excerpt,
)
from .hooks import FailureEvent, RequestEvent, ResponseEvent, RetryEvent, call_hook
from .limiter import PerTokenLimiter, RateLimiter, TokenBucket, shared_limiter, token_key
from .retry import IDEMPOTENT_METHODS, Outcome

if TYPE_CHECKING:
    import aiohttp

__all__ = ["DEFAULT_TIMEOUT", "RateLimitOption", "Transport"]

logger = logging.getLogger("ecwid_async")

T = TypeVar("T")

_timeout = getattr(asyncio, "timeout", None)  # 3.11+: a cheap timer, no extra task


class _Attempts:
    """The state of one call across its attempts (slots: one is built per call)."""

    __slots__ = (
        "_safe_url",
        "attempt",
        "call",
        "idempotent",
        "last_error",
        "limiter",
        "per_attempt",
        "replayable",
        "started",
        "url",
        "waited",
    )

    def __init__(
        self,
        call: Call[Any],
        url: str,
        replayable: bool,
        per_attempt: float,
        limiter: RateLimiter | None,
        started: float,
    ) -> None:
        self.call = call
        self.url = url
        self._safe_url: str | None = None
        self.replayable = replayable
        self.idempotent = call.idempotent or call.method in IDEMPOTENT_METHODS
        self.per_attempt = per_attempt
        self.limiter = limiter
        self.started = started
        self.attempt = 0
        self.last_error: EcwidError | None = None
        #: Seconds the current attempt queued for the gate and the limiter.
        self.waited = 0.0

    @property
    def safe_url(self) -> str:
        """The URL with secrets hidden: built on first use (logs, hooks, errors), not per call."""
        return self.redacted_url()

    def redacted_url(self) -> str:
        """:attr:`safe_url`, as a method (for code that takes a callable)."""
        if self._safe_url is None:
            self._safe_url = redact_url(self.url)
        return self._safe_url


#: What :meth:`Transport._exchange` returns: the decoded value, the Response, or for a
#: stream the unread response with the call's attempts.
_VALUE, _RESPONSE, _STREAM = 0, 1, 2


class _DeadlinePassed(Exception):
    """Internal: the call's deadline passed while it was queued."""


class Transport:
    """Sends Calls for one client: owns (or borrows) the aiohttp session and the limiter."""

    def __init__(
        self,
        base_url: str,
        auth: Auth,
        options: ClientOptions | None = None,
        *,
        owner: SessionOwner | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth
        self.options = options if options is not None else ClientOptions()
        self._root = owner is None
        self._owner = owner or SessionOwner(self.options.session, self.options.max_concurrency)
        self._limiter: RateLimiter | None = None
        self._limiter_ready = False
        self._closed = False
        #: Set when a credential these calls need was not given: calls fail before sending.
        self.missing_credentials: str | None = None
        #: The store a store client's transport talks to (None for partner calls).
        self.store_id: int | None = None
        self._headers = self.options.headers
        auth.apply(self._headers)
        self._json_headers = {**self._headers, "Content-Type": "application/json;charset=utf-8"}

    @property
    def timeout(self) -> float:
        """The per-attempt timeout, in seconds."""
        return self.options.timeout

    @property
    def retry(self) -> Any:
        """The :class:`~ecwid_async.retry.RetryPolicy` in use."""
        return self.options.retry

    @property
    def limiter(self) -> RateLimiter | None:
        """The limiter in use, or None.

        A limiter object given as ``rate_limit`` is used as it is; a
        :class:`~ecwid_async.limiter.PerTokenLimiter` is asked for this token's limiter.
        For a rate in requests per minute it is the process-wide bucket of this token,
        shared by every client, thread and event loop of the process that uses it.
        """
        if not self._limiter_ready:
            self._limiter = self._make_limiter()
            self._limiter_ready = True
        return self._limiter

    def _make_limiter(self) -> RateLimiter | None:
        rate = self.options.rate_limit
        key = self.auth.limiter_key
        if isinstance(rate, float):  # first: a Protocol isinstance check is slow
            return TokenBucket(rate) if key is None else shared_limiter(key, rate, owner=self)
        if isinstance(rate, PerTokenLimiter):
            return rate.for_token(token_key(key or ""))
        return rate  # type: ignore[no-any-return]

    @property
    def closed(self) -> bool:
        """Whether :meth:`aclose` was called (on this transport or the one it derives from)."""
        return self._closed or self._owner.closed

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        return self._owner.session

    def derive(self, base_url: str, auth: Auth) -> Transport:
        """A transport to another API root that shares this one's session, gate and options."""
        return Transport(base_url, auth, self.options, owner=self._owner)

    async def aclose(self) -> None:
        """Close the session if this client created it (a session passed in is left open)."""
        self._closed = True
        if self._root:
            await self._owner.aclose()

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

    def send(self, call: Call[T]) -> Coroutine[Any, Any, Response[T]]:
        """Send ``call`` with pacing and retries: a coroutine of the decoded response."""
        return self._exchange(call, _RESPONSE)

    def value(self, call: Call[T]) -> Coroutine[Any, Any, T]:
        """Send ``call`` with pacing and retries: a coroutine of the decoded value alone
        (what ``await call`` returns; no :class:`Response` is built)."""
        return self._exchange(call, _VALUE)

    def _decode(self, state: _Attempts, status: int, content: bytes) -> Any:
        """An answer's body as the call's ``result_type``; ``DecodeError`` if it is not one."""
        call = state.call
        try:
            return decode(content, call.result_type)
        except (
            msgspec.DecodeError,
            msgspec.ValidationError,
            UnicodeDecodeError,
            RecursionError,
        ) as exc:
            raise DecodeError(
                f"cannot decode the answer: {type(exc).__name__}: {exc}"[:500],
                status=status,
                excerpt=excerpt(content),
                method=call.method,
                url=state.safe_url,
            ) from None

    @contextlib.asynccontextmanager
    async def stream(
        self, call: Call[Any], chunk_size: int = 65536
    ) -> AsyncIterator[AsyncIterator[bytes]]:
        """Send ``call`` (paced, retried until the headers arrive) and stream its body.

        A download is never capped by ``max_response_bytes``.
        """
        response: aiohttp.ClientResponse
        state: _Attempts
        response, state = await self._exchange(call, _STREAM)

        async def chunks() -> AsyncIterator[bytes]:
            try:
                async for chunk in response.content.iter_chunked(chunk_size):
                    yield chunk
            except transport_failures() as exc:
                raise TransportError(
                    f"download broke off: {type(exc).__name__}: {exc}",
                    method=call.method,
                    url=state.safe_url,
                ) from None

        try:
            yield chunks()
        finally:
            response.release()

    async def _exchange(self, call: Call[Any], mode: int) -> Any:
        """Attempt ``call`` until it succeeds, fails for good, or runs out of attempts;
        return what ``mode`` asks for (the value, the :class:`Response`, or for a stream
        the unread response and the call's :class:`_Attempts`).

        Each attempt takes the gate first, then the limiter slot, then sends at once and
        reads the body. It all runs in this one coroutine, so a request in flight keeps
        few objects alive (each one that lives through a few collections is promoted
        toward the next full collection, which hundreds of requests in flight make
        frequent).
        """
        if self.missing_credentials:
            raise ValueError(f"{call.method} {call.path} needs {self.missing_credentials}")
        if self._closed:
            raise RuntimeError("this client is closed; create a new one")
        session, gate = self._owner.get()
        loop = asyncio.get_running_loop()
        headers, body, replayable = self._prepare(call)
        now = loop.time()
        limiter = self.limiter
        options = self.options
        stream = mode == _STREAM
        state = _Attempts(
            call,
            self.url_for(call),
            replayable,
            call.timeout or options.timeout,
            limiter,
            now,
        )
        method = call.method
        deadline = options.retry.deadline
        failed: tuple[Outcome, EcwidError] | None
        while True:
            state.attempt += 1
            if state.attempt > 1:
                now = loop.time()
            queued = now
            try:
                if gate.locked():
                    await self._bounded(gate.acquire(), state)
                    now = loop.time()
                else:
                    await gate.acquire()  # free: does not wait
            except _DeadlinePassed:
                raise self._deadline_error(state, "queued") from state.last_error
            try:
                if limiter is not None and not (
                    isinstance(limiter, TokenBucket) and limiter.try_acquire()
                ):
                    try:
                        await self._bounded(limiter.acquire(), state)
                    except _DeadlinePassed:
                        raise self._deadline_error(state, "queued") from state.last_error
                    now = loop.time()
                state.waited = now - queued
                remaining = deadline - (now - state.started)
                if remaining <= 0:
                    raise self._deadline_error(state, "waiting") from state.last_error
                bound = min(state.per_attempt, remaining)
                if options.on_request is not None:
                    await self._announce_request(state)
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug(
                        "%s %s: sending (%s, store %s, attempt %d, %.3fs queued)",
                        method, state.safe_url, call.operation, self.store_id, state.attempt,
                        state.waited,
                    )  # fmt: skip
                sent = loop.time()
                try:
                    resp = await session.request(
                        method,
                        state.url,
                        data=body() if callable(body) else body,
                        headers=headers,
                        timeout=client_timeout(bound, stream),
                        allow_redirects=False,
                    )
                    status = resp.status
                    if stream and status < 300:  # a stream that succeeded: only its headers
                        content = b""
                    else:
                        try:
                            content = await read_body(
                                resp, options.max_response_bytes, method, state.redacted_url
                            )
                        finally:
                            resp.release()
                except transport_failures() as exc:
                    failed = classify_failure(exc, bound, method, state.safe_url)
                    await self._tell_failure(state, failed[1], loop.time() - sent)
                else:
                    failed = None
                    if logger.isEnabledFor(logging.INFO):
                        logger.info(
                            "%s %s -> %d in %.3fs (%s, store %s, %d retries, %.3fs queued)",
                            method, state.safe_url, status, loop.time() - sent, call.operation,
                            self.store_id, state.attempt - 1, state.waited,
                        )  # fmt: skip
                    if options.on_response is not None:
                        await self._announce_response(state, resp, status, loop.time() - sent)
                    if status >= 300:
                        error = error_from_response(
                            status, resp.headers, content, method=method, url=state.safe_url,
                            reason=resp.reason,
                        )  # fmt: skip
                        retry_after = (
                            error.retry_after if isinstance(error, RateLimitError) else None
                        )
                        failed = Outcome(status=status, retry_after=retry_after), error
            finally:
                gate.release()
            if failed is None:
                if stream:
                    return resp, state
                value = self._decode(state, status, content)
                if mode == _VALUE:
                    return value
                return Response(status, resp.headers, content, value, state.attempt - 1)
            await self._after_failure(state, *failed)

    async def _announce_request(self, state: _Attempts) -> None:
        """Call the ``on_request`` hook (only when one is set)."""
        call = state.call
        event = RequestEvent(
            call.method, state.safe_url, state.attempt, self.store_id, call.operation,
            state.waited,
        )  # fmt: skip
        await call_hook(self.options.on_request, event)

    async def _announce_response(
        self, state: _Attempts, resp: aiohttp.ClientResponse, status: int, elapsed: float
    ) -> None:
        """Call the ``on_response`` hook (only when one is set)."""
        call = state.call
        event = ResponseEvent(
            call.method, state.safe_url, state.attempt, status, elapsed,
            self.store_id, call.operation, state.waited,
        )  # fmt: skip
        try:
            await call_hook(self.options.on_response, event)
        except BaseException:
            resp.release()  # a streamed body nobody will read must not hold its connection
            raise

    async def _bounded(self, waiting: Awaitable[Any], state: _Attempts) -> None:
        """Await ``waiting`` (the gate or the limiter) within what is left of the deadline."""
        elapsed = asyncio.get_running_loop().time() - state.started
        remaining = self.options.retry.deadline - elapsed
        if remaining <= 0:
            if asyncio.iscoroutine(waiting):
                waiting.close()
            raise _DeadlinePassed
        try:
            if _timeout is not None:
                async with _timeout(remaining):
                    await waiting
            else:  # pragma: no cover - Python 3.10
                await asyncio.wait_for(waiting, remaining)
        except asyncio.TimeoutError:
            raise _DeadlinePassed from None

    def _deadline_error(self, state: _Attempts, where: str) -> RequestTimeoutError:
        deadline = self.options.retry.deadline
        last = state.last_error
        message = (
            f"gave up after {state.attempt - 1} attempts: the {deadline:g}s deadline "
            f"(RetryPolicy.deadline) passed while {where}"
        )
        if last is not None:
            where = f" ({state.call.method} {state.safe_url})"
            message += f"; the last failure: {str(last).replace(where, '')}"
        return RequestTimeoutError(message, method=state.call.method, url=state.safe_url)

    async def _tell_failure(self, state: _Attempts, error: EcwidError, elapsed: float) -> None:
        """Log and announce an attempt that got no HTTP answer."""
        call = state.call
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "%s %s failed after %.3fs (%s, store %s, attempt %d): %s",
                call.method, state.safe_url, elapsed, call.operation, self.store_id,
                state.attempt, type(error).__name__,
            )  # fmt: skip
        if self.options.on_failure is not None:
            event = FailureEvent(
                call.method, state.safe_url, state.attempt, str(error), elapsed,
                self.store_id, call.operation, type(error).__name__,
            )  # fmt: skip
            await call_hook(self.options.on_failure, event)

    async def _after_failure(self, state: _Attempts, outcome: Outcome, error: EcwidError) -> None:
        """Obey the decision for a failed attempt: raise ``error``, or wait and go again."""
        loop = asyncio.get_running_loop()
        decision = decide(
            self.options.retry,
            outcome,
            idempotent=state.idempotent,
            attempt=state.attempt,
            elapsed=loop.time() - state.started,
            paced=state.limiter is not None,
            replayable=state.replayable,
        )
        await self._tell_limiter(state.limiter, decision)
        if decision.outcome_unknown:
            error.outcome_unknown = True
        if not decision.retry:
            if isinstance(error, RateLimitError) and error.retry_after is None:
                error.retry_after = decision.retry_after
            raise error
        state.last_error = error
        await self._announce_retry(state, outcome, error, decision.delay)
        if decision.delay > 0:
            await asyncio.sleep(decision.delay)

    async def _tell_limiter(self, limiter: RateLimiter | None, decision: Decision) -> None:
        if limiter is None:
            return
        if decision.pause_token is not None:
            await limiter.pause_until(time.time() + decision.pause_token)
        reject = getattr(limiter, "reject_token", None)  # optional: TokenRejecting
        if decision.reject_token is not None and reject is not None:
            await reject(time.time() + decision.reject_token)

    async def _announce_retry(
        self, state: _Attempts, outcome: Outcome, error: EcwidError, delay: float
    ) -> None:
        method = state.call.method
        what = outcome.status if outcome.failure is None else outcome.failure.value
        logger.info(
            "retrying %s %s after %s (attempt %d of %d) in %.2fs",
            method,
            state.safe_url,
            what,
            state.attempt,
            self.options.retry.max_attempts,
            delay,
        )
        if self.options.on_retry is not None:
            event = RetryEvent(
                method, state.safe_url, state.attempt, delay, outcome.status, str(error),
                self.store_id, state.call.operation,
            )  # fmt: skip
            await call_hook(self.options.on_retry, event)

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r}, auth={self.auth!r})"
