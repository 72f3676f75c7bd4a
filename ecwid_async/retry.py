"""Retry policy as data, retry decisions as pure functions.

What is retried (and why):

* GET, PUT and DELETE are idempotent: they are retried on 429, 449 ("import in
  progress"), any 5xx, connection errors and timeouts.
* POST creates things. It is retried only when the server cannot have acted on it: a 429
  (Ecwid refused it before doing anything) or a failure to connect. Never after a 5xx or
  a read timeout, so a create is never performed twice.
* 401 and 403 are never retried: Ecwid blocks a failing token and IP for good.
* A redirect (3xx) is never followed nor retried: the Ecwid API does not redirect.

Delays are exponential with full jitter (``uniform(0, min(max_delay, base * 2**n))``),
except after a 429 where the ``Retry-After`` wait is applied to the whole token by the
limiter. Attempts stop at ``max_attempts`` or when the next try would start after the
call's total ``deadline``.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from enum import Enum

__all__ = [
    "Failure",
    "Outcome",
    "RetryPolicy",
    "backoff_delay",
    "is_retryable",
    "may_have_applied",
    "may_repeat",
    "next_delay",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({429, 449, 500, 502, 503, 504})
NEVER_RETRIED_STATUSES = frozenset({401, 403})


class Failure(str, Enum):
    """How an attempt failed when no HTTP status came back."""

    CONNECT = "connect"
    """The connection could not be opened: the request never reached the server."""
    TIMEOUT = "timeout"
    """No complete answer in time: the server may have acted on the request."""
    CONNECTION = "connection"
    """The connection broke after the request was sent (reset, truncated body)."""


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What one attempt produced: an HTTP ``status`` or a transport ``failure``."""

    status: int | None = None
    failure: Failure | None = None
    retry_after: float | None = None


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempt count, backoff bounds, and a total deadline across attempts.

    ``deadline`` counts from the moment the call is sent and bounds every wait in it:
    the queue of the limiter and of the connection gate, the attempts, the backoffs.
    ``max_retry_after`` caps how long a 429 may pause the token: a longer ``Retry-After``
    raises ``RateLimitError`` at once.
    ``default_retry_after`` is the pause after a 429 that names no wait.
    ``rejected_token_pause`` is how long a limiter that can (``TokenRejecting``) refuses
    every request on a token after a 401, so a bad token is not sent again and again.
    """

    max_attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    deadline: float = 300.0
    max_retry_after: float = 120.0
    default_retry_after: float = 10.0
    rejected_token_pause: float = 300.0
    retry_statuses: frozenset[int] = RETRYABLE_STATUSES

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("RetryPolicy.max_attempts must be at least 1")
        for name in (
            "base_delay",
            "max_delay",
            "deadline",
            "max_retry_after",
            "default_retry_after",
            "rejected_token_pause",
        ):
            value = getattr(self, name)
            if not value >= 0:
                raise ValueError(f"RetryPolicy.{name} must be a number >= 0, got {value!r}")

    @classmethod
    def never(cls) -> RetryPolicy:
        """A policy that makes exactly one attempt."""
        return cls(max_attempts=1)


def is_retryable(policy: RetryPolicy, method: str, outcome: Outcome) -> bool:
    """Whether an attempt that ended in ``outcome`` may be repeated for ``method``."""
    return may_repeat(policy, outcome, idempotent=method.upper() in IDEMPOTENT_METHODS)


def may_repeat(policy: RetryPolicy, outcome: Outcome, *, idempotent: bool) -> bool:
    """Whether an attempt that ended in ``outcome`` may be repeated.

    ``idempotent`` is True for GET, PUT, DELETE and for a POST the server de-duplicates.
    """
    if outcome.status is not None:
        status = outcome.status
        if status in NEVER_RETRIED_STATUSES or status not in policy.retry_statuses:
            return False
        return idempotent or status == 429
    if outcome.failure is None:
        return False
    return idempotent or outcome.failure is Failure.CONNECT


def may_have_applied(outcome: Outcome, *, idempotent: bool) -> bool:
    """Whether a request that is not safe to repeat was sent and may have been carried out.

    A 5xx, a redirect (a ``303 See Other`` classically follows a create), a read timeout
    or a broken connection after sending leave the outcome unknown; a failure to connect,
    a 429 and a 4xx mean the server did nothing.
    """
    if idempotent:
        return False
    if outcome.status is not None:
        return outcome.status >= 500 or 300 <= outcome.status < 400
    return outcome.failure in (Failure.TIMEOUT, Failure.CONNECTION)


def backoff_delay(
    policy: RetryPolicy, attempt: int, rand: Callable[[float, float], float] = random.uniform
) -> float:
    """Full-jitter exponential delay before retry number ``attempt`` (1 = first retry)."""
    ceiling = min(policy.max_delay, policy.base_delay * (2 ** (attempt - 1)))
    return rand(0.0, ceiling)


def next_delay(
    policy: RetryPolicy,
    method: str,
    outcome: Outcome,
    attempt: int,
    elapsed: float,
    rand: Callable[[float, float], float] = random.uniform,
) -> float | None:
    """Seconds to wait before the next attempt, or None to give up.

    ``attempt`` is the number of attempts made so far, ``elapsed`` the seconds since the
    first one started. A 429 waits 0 here: its pause is applied by the limiter to every
    request on the token, so this attempt only has to queue again. (The transport asks
    :func:`ecwid_async._decide.decide`, which says this and more.)
    """
    from ._decide import decide  # it builds on this module

    decision = decide(
        policy,
        outcome,
        idempotent=method.upper() in IDEMPOTENT_METHODS,
        attempt=attempt,
        elapsed=elapsed,
        rand=rand,
    )
    return decision.delay if decision.retry else None
