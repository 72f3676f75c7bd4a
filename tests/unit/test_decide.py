"""The pure decision of what follows an attempt: no network, no clock, no limiter."""

from __future__ import annotations

from typing import Any

import pytest

from ecwid_async import RetryPolicy
from ecwid_async._decide import Decision, decide
from ecwid_async.retry import Failure, Outcome

POLICY = RetryPolicy(max_attempts=3, base_delay=1.0, max_delay=8.0, deadline=60.0)


def top(lo: float, hi: float) -> float:
    return hi


def after(outcome: Outcome, **kwargs: Any) -> Decision:
    kwargs.setdefault("idempotent", True)
    kwargs.setdefault("attempt", 1)
    kwargs.setdefault("elapsed", 0.0)
    return decide(POLICY, outcome, rand=top, **kwargs)


def test_a_429_pauses_the_token_and_queues_again_without_a_wait_of_its_own() -> None:
    assert after(Outcome(status=429, retry_after=7), idempotent=False) == Decision(
        retry=True, delay=0.0, pause_token=7.0, retry_after=7.0
    )


def test_a_429_without_a_limiter_waits_on_its_own() -> None:
    assert after(Outcome(status=429), paced=False) == Decision(
        retry=True, delay=10.0, pause_token=None, retry_after=10.0
    )


def test_a_429_asking_more_than_max_retry_after_gives_up_but_pauses_the_token() -> None:
    # the caller gets RateLimitError at once; everyone else on the token waits the pause out
    # instead of drawing 429s of their own (across processes, with a shared limiter)
    assert after(Outcome(status=429, retry_after=500)) == Decision(
        retry=False, pause_token=500.0, retry_after=500
    )


def test_a_429_past_the_attempts_still_pauses_the_token() -> None:
    decision = after(Outcome(status=429, retry_after=3), attempt=3)
    assert decision.retry is False and decision.pause_token == 3.0


def test_a_401_refuses_the_token_and_is_never_retried() -> None:
    assert after(Outcome(status=401)) == Decision(retry=False, reject_token=300.0)


@pytest.mark.parametrize("status", [400, 403, 404, 409, 422])
def test_client_errors_give_up_knowing_nothing_was_applied(status: int) -> None:
    assert after(Outcome(status=status), idempotent=False) == Decision(retry=False)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_never_retried_and_leave_a_posts_outcome_unknown(status: int) -> None:
    assert after(Outcome(status=status)) == Decision(retry=False)
    assert after(Outcome(status=status), idempotent=False) == Decision(
        retry=False, outcome_unknown=True
    )


@pytest.mark.parametrize(
    "outcome",
    [Outcome(status=500), Outcome(failure=Failure.TIMEOUT), Outcome(failure=Failure.CONNECTION)],
)
def test_a_post_that_was_sent_and_failed_is_not_repeated_and_may_have_been_applied(
    outcome: Outcome,
) -> None:
    assert after(outcome, idempotent=False) == Decision(retry=False, outcome_unknown=True)


def test_a_post_that_could_not_connect_is_retried_with_backoff() -> None:
    assert after(Outcome(failure=Failure.CONNECT), idempotent=False) == Decision(
        retry=True, delay=1.0
    )


def test_idempotent_calls_back_off_exponentially_up_to_the_attempts() -> None:
    assert after(Outcome(status=503), attempt=1).delay == 1.0
    assert after(Outcome(status=503), attempt=2).delay == 2.0
    assert after(Outcome(status=503), attempt=3) == Decision(retry=False)


def test_the_deadline_and_a_one_shot_body_stop_retries() -> None:
    assert after(Outcome(status=503), elapsed=59.5) == Decision(retry=False)
    assert after(Outcome(status=503), replayable=False) == Decision(retry=False)
    assert after(Outcome(status=429, retry_after=5), elapsed=58.0).retry is False
