"""What an aiohttp exception means: an :class:`~ecwid_async.retry.Outcome` and the error to raise.

Pure (no I/O), so it is tested without a network. aiohttp is imported when the first
failure is classified; by then the session has imported it anyway.
"""

from __future__ import annotations

import asyncio

from .errors import EcwidError, RequestTimeoutError, TransportError
from .retry import Failure, Outcome

__all__ = ["classify_failure"]


def classify_failure(
    exc: BaseException, bound: float, method: str, safe_url: str
) -> tuple[Outcome, EcwidError]:
    """What an aiohttp exception means for retries, and the error that wraps it.

    Failing to connect means the server never saw the request; a timeout or a broken
    connection after sending means it may have acted on it.
    """
    import aiohttp

    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        error: EcwidError = RequestTimeoutError("timed out connecting", method=method, url=safe_url)
        return Outcome(failure=Failure.CONNECT), error
    if isinstance(exc, aiohttp.ClientConnectorError):
        error = TransportError(f"cannot connect: {exc.os_error}", method=method, url=safe_url)
        return Outcome(failure=Failure.CONNECT), error
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError)):
        error = RequestTimeoutError(
            f"no complete answer within {bound:g}s", method=method, url=safe_url
        )
        return Outcome(failure=Failure.TIMEOUT), error
    error = TransportError(
        f"connection failed: {type(exc).__name__}: {exc}", method=method, url=safe_url
    )
    return Outcome(failure=Failure.CONNECTION), error
