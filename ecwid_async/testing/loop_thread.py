"""``LoopThread``: a daemon thread with its own event loop, for ``FakeEcwid.start_in_thread``."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

__all__ = ["LoopThread"]

R = TypeVar("R")


class LoopThread:
    """Runs ``start()`` in a fresh event loop on a daemon thread, then the loop until
    ``stop()``, which runs ``close()`` there before the loop is closed."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def start(
        self,
        start: Callable[[], Coroutine[Any, Any, object]],
        close: Callable[[], Coroutine[Any, Any, None]],
        timeout: float,
    ) -> None:
        """Start the thread; returns once ``start()`` is done, or raises what it raised."""
        if self.thread is not None:
            raise RuntimeError("FakeEcwid is already running in a thread")
        loop = asyncio.new_event_loop()
        started = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(start())
            except BaseException as exc:  # reported to the starting thread
                errors.append(exc)
                started.set()
                loop.close()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(close())
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        thread = threading.Thread(target=run, name="FakeEcwid", daemon=True)
        thread.start()
        if not started.wait(timeout):
            raise RuntimeError("FakeEcwid did not start in time")
        if errors:
            thread.join()
            raise errors[0]
        self.thread, self.loop = thread, loop

    def stop(self, timeout: float) -> None:
        """Stop the loop and join the thread (idempotent)."""
        thread, loop = self.thread, self.loop
        self.thread = self.loop = None
        if thread is None or loop is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError("FakeEcwid thread did not stop in time")

    @property
    def running(self) -> bool:
        """Whether the thread was started and not stopped."""
        return self.thread is not None

    def call(self, fn: Callable[[], R]) -> R:
        """``fn()`` on the thread's loop (waiting for it), or right here when the thread is
        not running or this is the thread itself."""
        loop, thread = self.loop, self.thread
        if loop is None or thread is None or threading.current_thread() is thread:
            return fn()

        async def on_loop() -> R:
            return fn()

        return asyncio.run_coroutine_threadsafe(on_loop(), loop).result()
