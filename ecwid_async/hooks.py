"""Events passed to the ``on_request``, ``on_response``, ``on_retry`` and ``on_failure``
hooks.

A hook is any callable taking the event; it may be a coroutine function. URLs in events
are redacted and headers are never included, so hooks can log events as they are. Every
event says which ``store_id`` (None on partner calls) and ``operation``
(``"products.search"``; None for ``client.request``) it belongs to; request and response
events also carry ``limiter_wait``, the seconds the attempt queued for a connection and a
rate-limit slot before it was sent.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["FailureEvent", "Hook", "RequestEvent", "ResponseEvent", "RetryEvent"]


@dataclasses.dataclass(frozen=True)
class RequestEvent:
    """An attempt is about to be sent (``attempt`` starts at 1)."""

    method: str
    url: str
    attempt: int
    store_id: int | None = None
    operation: str | None = None
    limiter_wait: float = 0.0


@dataclasses.dataclass(frozen=True)
class ResponseEvent:
    """An attempt got an HTTP answer after ``elapsed`` seconds."""

    method: str
    url: str
    attempt: int
    status: int
    elapsed: float
    store_id: int | None = None
    operation: str | None = None
    limiter_wait: float = 0.0


@dataclasses.dataclass(frozen=True)
class FailureEvent:
    """An attempt got no HTTP answer (a connection error, a timeout, a broken body) after
    ``elapsed`` seconds; ``error`` says what happened and ``error_type`` names the error's
    class (``TransportError``, ``RequestTimeoutError``); it may still be retried."""

    method: str
    url: str
    attempt: int
    error: str
    elapsed: float
    store_id: int | None = None
    operation: str | None = None
    error_type: str = ""


@dataclasses.dataclass(frozen=True)
class RetryEvent:
    """An attempt failed and will be retried after ``delay`` seconds."""

    method: str
    url: str
    attempt: int
    delay: float
    status: int | None
    error: str
    store_id: int | None = None
    operation: str | None = None


Hook = Callable[[Any], Awaitable[None] | None]


async def call_hook(hook: Callable[..., Awaitable[None] | None] | None, *args: Any) -> None:
    """Run one hook or callback with ``args``, awaiting it if it is asynchronous."""
    if hook is None:
        return
    result = hook(*args)
    if inspect.isawaitable(result):
        await result
