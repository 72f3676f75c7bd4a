"""A virtual clock for tests: an event loop whose time jumps to the next timer when idle.

With no real I/O pending (aioresponses mocks HTTP in-process), waiting costs no wall
time, so tests of pacing, backoff and Retry-After run instantly and deterministically.
"""

from __future__ import annotations

import asyncio
import functools
import selectors
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class _VirtualSelector(selectors.DefaultSelector):
    def __init__(self) -> None:
        super().__init__()
        self.loop: VirtualClockLoop | None = None

    def select(self, timeout: float | None = None) -> list[Any]:
        events = super().select(0)
        if events or timeout is None or timeout <= 0:
            return events if events or timeout is not None else super().select(None)
        assert self.loop is not None
        self.loop.advance(timeout)
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An asyncio loop on virtual time: ``loop.time()`` only moves when every task waits."""

    def __init__(self) -> None:
        selector = _VirtualSelector()
        self._virtual_now = 1000.0
        super().__init__(selector)
        selector.loop = self

    def time(self) -> float:
        return self._virtual_now

    def advance(self, seconds: float) -> None:
        self._virtual_now += seconds


def virtual_time(fn: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., T]:
    """Run an async test on a fresh VirtualClockLoop (the test itself stays a plain function)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        loop = VirtualClockLoop()
        try:
            asyncio.set_event_loop(loop)
            return loop.run_until_complete(fn(*args, **kwargs))
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            asyncio.set_event_loop(None)
            loop.close()

    return wrapper
