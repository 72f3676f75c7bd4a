"""The client options as one frozen value, checked once, shared by everything below the client.

``EcwidClient`` and ``PartnerClient`` build a :class:`ClientOptions` from their keywords;
their transports, and the transports derived from them (reseller, OAuth), read it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from .hooks import Hook
from .limiter import AioLimiterAdapter, PerTokenLimiter, RateLimiter
from .retry import RetryPolicy

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "RateLimitOption",
]

DEFAULT_TIMEOUT = 30.0
#: Answers longer than this raise ``ResponseTooLargeError`` (64 MiB; downloads stream).
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

#: What ``rate_limit=`` accepts: requests per minute, a limiter object, or None (off).
RateLimitOption = float | int | RateLimiter | PerTokenLimiter | None


@dataclasses.dataclass(frozen=True)
class ClientOptions:
    """Every transport option, validated: build it with the client's keyword arguments.

    ``rate_limit`` becomes requests per minute as a float, a limiter object, or None.
    """

    timeout: float = DEFAULT_TIMEOUT
    retry: RetryPolicy = dataclasses.field(default_factory=RetryPolicy)
    rate_limit: Any = 600.0
    session: aiohttp.ClientSession | None = None
    user_agent: str | None = None
    max_concurrency: int = 32
    max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
    on_request: Hook | None = None
    on_response: Hook | None = None
    on_retry: Hook | None = None
    on_failure: Hook | None = None

    def __post_init__(self) -> None:
        fix = object.__setattr__
        fix(self, "timeout", _check_timeout(self.timeout))
        if not isinstance(self.retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy or None, got {self.retry!r}")
        fix(self, "rate_limit", _check_rate_limit(self.rate_limit))
        if isinstance(self.max_concurrency, bool) or not isinstance(self.max_concurrency, int):
            raise TypeError(f"max_concurrency must be an int, got {self.max_concurrency!r}")
        if self.max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, got {self.max_concurrency!r}")
        cap = self.max_response_bytes
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
            raise ValueError(
                f"max_response_bytes must be a positive int (bytes) or None, got {cap!r}"
            )

    @property
    def headers(self) -> dict[str, str]:
        """The headers every request carries (before auth): User-Agent and Accept."""
        from ._version import __version__

        ours = f"ecwid-async/{__version__}"
        agent = ours if not self.user_agent else f"{self.user_agent} {ours}"
        return {"User-Agent": agent, "Accept": "application/json"}


def _check_timeout(timeout: Any) -> float:
    if timeout is None or isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise ValueError(
            f"timeout must be a number of seconds > 0, got {timeout!r} "
            "(requests never wait forever; RetryPolicy.deadline bounds all attempts)"
        )
    if not timeout > 0:
        raise ValueError(f"timeout must be a number of seconds > 0, got {timeout!r}")
    return float(timeout)


def _check_rate_limit(rate_limit: Any) -> float | RateLimiter | PerTokenLimiter | None:
    if type(rate_limit) in (int, float) and 0 < rate_limit < float("inf"):
        return float(rate_limit)  # the common case, before the slow Protocol checks
    if rate_limit is None or isinstance(rate_limit, (RateLimiter, PerTokenLimiter)):
        return rate_limit
    if type(rate_limit).__name__ == "AsyncLimiter":  # aiolimiter, without importing it eagerly
        return AioLimiterAdapter(rate_limit)
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, (int, float)):
        raise TypeError(
            "rate_limit must be requests per minute (a number), a RateLimiter, or None; "
            f"got {type(rate_limit).__name__}"
        )
    if not rate_limit > 0 or rate_limit == float("inf"):
        raise ValueError(f"rate_limit must be > 0 requests per minute, got {rate_limit!r}")
    return float(rate_limit)
