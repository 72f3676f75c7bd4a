"""What follows an attempt, decided by one pure function (like gidgethub's ``sansio``).

:func:`decide` takes the policy and what the attempt produced and returns a
:class:`Decision` value: retry after N seconds, pause the token for N seconds, refuse the
token for N seconds, give up, and whether the request may have been applied. The
transport only obeys it, so every rule is tested without a network.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable

from .retry import Outcome, RetryPolicy, backoff_delay, may_have_applied, may_repeat

__all__ = ["Decision", "decide"]


@dataclasses.dataclass(frozen=True)
class Decision:
    """What to do after a failed attempt.

    ``retry`` says whether to send again; ``delay`` is this call's own wait before that.
    ``pause_token`` (seconds) holds every request on the token (a 429), ``reject_token``
    (seconds) refuses the token (a 401). ``outcome_unknown`` marks a request that was
    sent, is not safe to repeat, and may have been applied. ``retry_after`` is the wait a
    429 asked for (or the policy's default when it named none).
    """

    retry: bool
    delay: float = 0.0
    pause_token: float | None = None
    reject_token: float | None = None
    outcome_unknown: bool = False
    retry_after: float | None = None


_GIVE_UP = Decision(retry=False)


def decide(
    policy: RetryPolicy,
    outcome: Outcome,
    *,
    idempotent: bool,
    attempt: int,
    elapsed: float,
    paced: bool = True,
    replayable: bool = True,
    rand: Callable[[float, float], float] = random.uniform,
) -> Decision:
    """Decide what follows attempt number ``attempt`` (1 = the first) that ended in ``outcome``.

    ``elapsed`` is the seconds since the call was sent; ``paced`` whether a limiter
    carries the token's pauses (else a 429 waits on its own); ``replayable`` whether the
    body can be sent again (a one-shot stream cannot).
    """
    status = outcome.status
    if status == 401:
        return Decision(retry=False, reject_token=policy.rejected_token_pause)
    if status == 429:
        return _after_429(policy, outcome, attempt, elapsed, paced, replayable)
    unknown = may_have_applied(outcome, idempotent=idempotent)
    give_up = Decision(retry=False, outcome_unknown=unknown) if unknown else _GIVE_UP
    if (
        attempt >= policy.max_attempts
        or not replayable
        or not may_repeat(policy, outcome, idempotent=idempotent)
    ):
        return give_up
    delay = backoff_delay(policy, attempt, rand)
    if elapsed + delay >= policy.deadline:
        return give_up
    return Decision(retry=True, delay=delay)


def _after_429(
    policy: RetryPolicy,
    outcome: Outcome,
    attempt: int,
    elapsed: float,
    paced: bool,
    replayable: bool,
) -> Decision:
    """A 429: Ecwid did nothing; pause the token, and retry unless the wait is too long.

    A wait past ``max_retry_after`` is not waited out here (the call raises
    ``RateLimitError`` at once), but the token still pauses: every other request on it,
    in this process or (with a shared limiter) in any other, would only draw 429s too."""
    wait = outcome.retry_after if outcome.retry_after is not None else policy.default_retry_after
    pause = wait if paced else None
    if wait > policy.max_retry_after:
        return Decision(retry=False, pause_token=pause, retry_after=wait)
    retry = (
        replayable
        and attempt < policy.max_attempts
        and 429 in policy.retry_statuses
        and elapsed + wait <= policy.deadline
    )
    return Decision(retry=retry, delay=0.0 if paced else wait, pause_token=pause, retry_after=wait)
