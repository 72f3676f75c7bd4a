"""The aiohttp side of one attempt: its timeout, reading a capped body, what counts as a
failure in transit. aiohttp is imported on first use, never when ``ecwid_async`` is."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import ResponseTooLargeError

if TYPE_CHECKING:
    import aiohttp

__all__ = ["client_timeout", "read_body", "transport_failures"]

_FAILURES: tuple[type[BaseException], ...] | None = None
_TIMEOUTS: dict[tuple[float, bool], Any] = {}


def transport_failures() -> tuple[type[BaseException], ...]:
    """The exceptions that mean an attempt failed in transit (aiohttp's, and timeouts)."""
    global _FAILURES
    if _FAILURES is None:
        import aiohttp

        _FAILURES = (aiohttp.ClientError, asyncio.TimeoutError)
    return _FAILURES


def client_timeout(bound: float, stream: bool) -> Any:
    """An ``aiohttp.ClientTimeout`` for one attempt (cached: most calls share a few bounds).

    A stream bounds the connect and each read, not the whole download.
    """
    key = (bound, stream)
    cached = _TIMEOUTS.get(key)
    if cached is None:
        import aiohttp

        cached = (
            aiohttp.ClientTimeout(total=None, connect=bound, sock_read=bound)
            if stream
            else aiohttp.ClientTimeout(total=bound)
        )
        if len(_TIMEOUTS) < 64:
            _TIMEOUTS[key] = cached
    return cached


async def read_body(
    resp: aiohttp.ClientResponse, cap: int | None, method: str, url: Callable[[], str]
) -> bytes:
    """The body, stopping as soon as it is longer than ``cap`` bytes (None: no cap).

    A declared ``Content-Length`` over the cap is refused before reading; a compressed or
    chunked body is counted as it arrives, decompressed. ``url`` gives the (redacted) URL
    for the error, only when there is one.
    """
    if cap is None:
        return await resp.read()
    length = resp.content_length
    if length is not None and length > cap:
        raise ResponseTooLargeError(cap, method=method, url=url())
    if length is not None and "Content-Encoding" not in resp.headers:
        return await resp.read()
    body = bytearray()
    async for chunk in resp.content.iter_any():
        body += chunk
        if len(body) > cap:
            raise ResponseTooLargeError(cap, method=method, url=url())
    return bytes(body)
