"""Events passed to the ``on_request``, ``on_response`` and ``on_retry`` hooks.

A hook is any callable taking the event; it may be a coroutine function. URLs in events
are redacted and headers are never included, so hooks can log events as they are.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["Hook", "RequestEvent", "ResponseEvent", "RetryEvent"]


@dataclasses.dataclass(frozen=True)
class RequestEvent:
    """An attempt is about to be sent (``attempt`` starts at 1)."""

    method: str
    url: str
    attempt: int


@dataclasses.dataclass(frozen=True)
class ResponseEvent:
    """An attempt got an HTTP answer after ``elapsed`` seconds."""

    method: str
    url: str
    attempt: int
    status: int
    elapsed: float


@dataclasses.dataclass(frozen=True)
class RetryEvent:
    """An attempt failed and will be retried after ``delay`` seconds."""

    method: str
    url: str
    attempt: int
    delay: float
    status: int | None
    error: str


Hook = Callable[[Any], Awaitable[None] | None]


async def call_hook(hook: Callable[..., Awaitable[None] | None] | None, *args: Any) -> None:
    """Run one hook or callback with ``args``, awaiting it if it is asynchronous."""
    if hook is None:
        return
    result = hook(*args)
    if inspect.isawaitable(result):
        await result
