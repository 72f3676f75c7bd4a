"""Test knobs kept apart from the API: injected faults, the per-token sliding-window rate
limit, the request log and counters."""

from __future__ import annotations

import fnmatch
import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Fault", "FaultKind", "RateLimit", "RequestRecord", "ServerStats"]

#: ``status``: the status with a JSON error body; ``empty``: the status with no body;
#: ``reset``: the connection is dropped before any answer; ``truncated``: a 200 whose body
#: stops short of its Content-Length; ``html``: a proxy's HTML 502 page.
FaultKind = Literal["status", "empty", "reset", "truncated", "html"]
FAULT_KINDS: tuple[str, ...] = ("status", "empty", "reset", "truncated", "html")


@dataclass
class Fault:
    """An injected failure for requests matching ``method`` and ``path`` (a glob over the
    store-relative path such as ``/products*``, or over the full path)."""

    method: str
    path: str
    status: int = 500
    times: int | None = 1
    kind: FaultKind = "status"
    hits: int = 0

    def matches(self, method: str, full_path: str, relative_path: str | None) -> bool:
        """Whether this fault applies to the request (and has uses left)."""
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method not in ("*", method):
            return False
        paths = (full_path,) if relative_path is None else (full_path, relative_path)
        return any(fnmatch.fnmatchcase(p, self.path) for p in paths)


class RateLimit:
    """At most ``per_window`` requests per token in any ``window`` seconds (sliding), timed
    by an injectable monotonic ``clock``."""

    def __init__(self, per_window: int, window: float, clock: Callable[[], float]) -> None:
        if per_window < 1 or window <= 0:
            raise ValueError("per_minute must be >= 1 and window > 0")
        self.per_window = per_window
        self.window = window
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}

    def check(self, key: str) -> float | None:
        """Admit a request (``None``) or give the seconds to wait before one is admitted."""
        now = self.clock()
        seen = self._seen.setdefault(key, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) < self.per_window:
            seen.append(now)
            return None
        return max(seen[0] + self.window - now, 0.0)

    @staticmethod
    def retry_after(wait: float) -> str:
        """The ``Retry-After`` header value: whole seconds, at least 1."""
        return str(max(1, math.ceil(wait)))


@dataclass(frozen=True)
class RequestRecord:
    """One request the fake answered (``status`` 0: connection dropped by a fault).
    Secrets are never kept: ``query`` drops ``token``, ``client_secret``, ``key`` and the
    like (in any letter case: ``Token=`` too), a JSON or form ``body`` has them redacted
    (batch items' bodies and the queries of their ``path`` included), and headers are not
    recorded."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int
    store_id: int | None


@dataclass
class ServerStats:
    """Counters: requests answered, 429s answered, faults injected."""

    requests: int = 0
    rate_limited: int = 0
    faults: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
