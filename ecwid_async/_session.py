"""Who owns the aiohttp session: one per event loop, its concurrency gate, closing it.

A client's transport and the transports derived from it (reseller, OAuth) share one
:class:`SessionOwner`. The session is created lazily inside the running loop (aiohttp is
imported then, not when ``ecwid_async`` is). When a client's event loop ends without the
client being closed (a second ``asyncio.run`` with the same client), the session is
closed as that loop shuts down its async generators, so nothing is left unclosed and the
next loop gets a fresh session. A session passed in by the user is never closed.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import aiohttp

__all__ = ["SessionOwner"]


async def _close_when_the_loop_ends(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    # Parked at its first ``yield``: the loop's ``shutdown_asyncgens()`` (``asyncio.run``
    # calls it) runs this ``finally`` inside the loop, while the session can still close.
    try:
        yield
    finally:
        if not session.closed:
            await session.close()


class SessionOwner:
    """The session and gate of one client, for whichever event loop is running it."""

    __slots__ = ("_gate", "_loop", "_max_concurrency", "_owns", "_sentinel", "_session", "closed")

    def __init__(self, session: aiohttp.ClientSession | None, max_concurrency: int) -> None:
        self._session = session
        self._owns = session is None
        self._max_concurrency = max_concurrency
        self._loop: asyncio.AbstractEventLoop | None = None
        self._gate: asyncio.Semaphore | None = None
        self._sentinel: AsyncGenerator[None, None] | None = None
        self.closed = False

    @property
    def session(self) -> aiohttp.ClientSession | None:
        """The current session, if one was created or given."""
        return self._session

    def get(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore]:
        """The running loop's session and gate (created on first use in that loop)."""
        if self.closed:
            raise RuntimeError("this client is closed; create a new one")
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._session is None or self._gate is None:
            self._enter(loop)
        assert self._session is not None
        assert self._gate is not None
        return self._session, self._gate

    def _enter(self, loop: asyncio.AbstractEventLoop) -> None:
        old = self._session
        if self._owns and old is not None and not old.closed:
            if self._loop is not None and not self._loop.is_closed():
                raise RuntimeError(
                    "this client's session belongs to another event loop; "
                    "use one client per event loop"
                )
            raise RuntimeError(
                "this client's session was left open by an event loop that ended without "
                "shutting down (loop.shutdown_asyncgens()); close the client before its loop ends"
            )
        if self._owns:
            import aiohttp

            connector = aiohttp.TCPConnector(limit=self._max_concurrency, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(connector=connector)
            sentinel = _close_when_the_loop_ends(self._session)
            with contextlib.suppress(StopIteration):  # parked at its yield, known to the loop
                sentinel.asend(None).send(None)
            self._sentinel = sentinel
        self._loop = loop
        self._gate = asyncio.Semaphore(self._max_concurrency)

    async def aclose(self) -> None:
        """Close the session if it was created here (a session passed in is left open)."""
        if self.closed:
            return
        self.closed = True
        session, self._session = self._session, None
        sentinel, self._sentinel = self._sentinel, None
        if session is not None and self._owns and not session.closed:
            await session.close()
        if sentinel is not None:
            await sentinel.aclose()

    def __repr__(self) -> str:
        state: Any = "closed" if self.closed else ("open" if self._session else "idle")
        return f"SessionOwner({state})"
