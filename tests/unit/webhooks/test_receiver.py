"""WebhookReceiver: statuses, once per event_id, when handlers run, bounded concurrency."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from ecwid_async.webhooks import (
    SIGNATURE_HEADER,
    Reply,
    WebhookEvent,
    WebhookReceiver,
    WebhookRouter,
)

from .conftest import SECRET, delivery


def status_of(reply: Reply) -> tuple[int, dict[str, Any]]:
    return reply.status, json.loads(reply.body)


class Recorder:
    """An async handler that records events and fails the first ``fail`` times."""

    def __init__(self, fail: int = 0) -> None:
        self.events: list[WebhookEvent] = []
        self.fail = fail

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)
        if len(self.events) <= self.fail:
            raise RuntimeError("handler broke")


async def test_a_valid_event_is_handled_and_its_redelivery_acknowledged_not_rehandled() -> None:
    handler = Recorder()
    receiver = WebhookReceiver(handler, client_secret=SECRET)
    body, headers = delivery("ev-1")

    first = await receiver.receive(body, headers)
    again = await receiver.receive(body, headers)

    assert status_of(first) == (200, {"status": "handled", "eventId": "ev-1"})
    assert status_of(again) == (200, {"status": "duplicate", "eventId": "ev-1"})
    assert [e.event_id for e in handler.events] == ["ev-1"]


@pytest.mark.parametrize(
    ("headers", "error"),
    [
        ({}, "no X-Ecwid-Webhook-Signature header"),
        ({SIGNATURE_HEADER: "garbage!"}, "not Base64"),
        ({SIGNATURE_HEADER: "MeV28XtFal4HCkYFvdilwckJinc6Dtp4ZWpPhm/pzd4="}, "does not match"),
    ],
)
async def test_a_bad_signature_gets_401_and_never_reaches_a_handler(
    headers: dict[str, str], error: str
) -> None:
    handler = Recorder()
    receiver = WebhookReceiver(handler, client_secret=SECRET)
    body, _ = delivery()
    status, answer = status_of(await receiver.receive(body, headers))
    assert status == 401 and error in answer["error"]
    assert handler.events == []


async def test_a_stale_event_gets_401() -> None:
    handler = Recorder()
    receiver = WebhookReceiver(handler, client_secret=SECRET, max_age=60)
    body, headers = delivery(event_created=1_000_000)
    status, answer = status_of(await receiver.receive(body, headers))
    assert status == 401 and "replay" in answer["error"]
    assert handler.events == []


async def test_a_body_that_is_not_json_gets_400() -> None:
    handler = Recorder()
    receiver = WebhookReceiver(handler, client_secret=SECRET)
    _, headers = delivery()
    status, answer = status_of(await receiver.receive(b"<html>", headers))
    assert (status, answer) == (400, {"error": "webhook body is not valid JSON"})
    assert handler.events == []


async def test_a_body_over_max_body_gets_413() -> None:
    receiver = WebhookReceiver(Recorder(), client_secret=SECRET, max_body=100)
    body, headers = delivery()
    assert len(body) > 100
    assert (await receiver.receive(body, headers)).status == 413


async def test_a_failing_handler_gets_500_then_the_redelivery_runs_it_again() -> None:
    handler = Recorder(fail=1)
    errors: list[tuple[str, str]] = []
    receiver = WebhookReceiver(
        handler, client_secret=SECRET, on_error=lambda e, exc: errors.append((e.event_id, str(exc)))
    )
    body, headers = delivery("ev-1")

    failed = await receiver.receive(body, headers)
    retried = await receiver.receive(body, headers)
    third = await receiver.receive(body, headers)

    assert status_of(failed) == (500, {"error": "webhook handler failed", "eventId": "ev-1"})
    assert status_of(retried)[1]["status"] == "handled"
    assert status_of(third)[1]["status"] == "duplicate"
    assert len(handler.events) == 2
    assert errors == [("ev-1", "handler broke")]


async def test_the_500_body_never_shows_the_handlers_error(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def leaky(event: WebhookEvent) -> None:
        raise RuntimeError("password=letmein")

    receiver = WebhookReceiver(leaky, client_secret=SECRET)
    with caplog.at_level(logging.ERROR, logger="ecwid_async.webhooks"):
        reply = await receiver.receive(*delivery())
    assert reply.status == 500 and b"letmein" not in reply.body
    assert "webhook handler failed for order.created event ev-1" in caplog.text


async def test_an_event_no_handler_wants_is_acknowledged() -> None:
    router = WebhookRouter()
    router.add("product.*", Recorder())
    receiver = WebhookReceiver(router, client_secret=SECRET)
    assert status_of(await receiver.receive(*delivery()))[1]["status"] == "ignored"


async def test_a_slow_handler_is_acknowledged_at_ack_timeout_and_runs_on() -> None:
    release = asyncio.Event()
    done: list[str] = []

    async def slow(event: WebhookEvent) -> None:
        await release.wait()
        done.append(event.event_id)

    receiver = WebhookReceiver(slow, client_secret=SECRET, ack_timeout=0.01)
    body, headers = delivery("ev-1")
    reply = await receiver.receive(body, headers)
    assert status_of(reply) == (200, {"status": "accepted", "eventId": "ev-1"})
    assert receiver.running == 1 and done == []

    # a redelivery while it runs is refused, so Ecwid tries again later
    assert (await receiver.receive(body, headers)).status == 409

    release.set()
    await receiver.aclose()
    assert done == ["ev-1"] and receiver.running == 0
    assert status_of(await receiver.receive(body, headers))[1]["status"] == "duplicate"


async def test_ack_timeout_zero_answers_before_the_handler_runs() -> None:
    handler = Recorder()
    receiver = WebhookReceiver(handler, client_secret=SECRET, ack_timeout=0)
    reply = await receiver.receive(*delivery())
    assert status_of(reply)[1]["status"] == "accepted"
    assert handler.events == []
    await receiver.aclose()
    assert len(handler.events) == 1


async def test_a_background_failure_is_reported_to_an_async_on_error() -> None:
    release = asyncio.Event()
    reported: list[str] = []

    async def slow_failure(event: WebhookEvent) -> None:
        await release.wait()
        raise RuntimeError("late")

    async def on_error(event: WebhookEvent, exc: BaseException) -> None:
        reported.append(f"{event.event_id}: {exc}")

    receiver = WebhookReceiver(
        slow_failure, client_secret=SECRET, ack_timeout=0.01, on_error=on_error
    )
    assert (await receiver.receive(*delivery("ev-9"))).status == 200
    release.set()
    await receiver.aclose()
    assert reported == ["ev-9: late"]
    # the claim was released: a later redelivery would run it again
    assert (await receiver.router.dedupe.claim("ev-9")).state == "new"


async def test_past_max_concurrency_a_delivery_gets_503_without_running() -> None:
    release = asyncio.Event()
    started: list[str] = []

    async def slow(event: WebhookEvent) -> None:
        started.append(event.event_id)
        await release.wait()

    receiver = WebhookReceiver(slow, client_secret=SECRET, ack_timeout=0, max_concurrency=2)
    for name in ("a", "b"):
        assert (await receiver.receive(*delivery(name))).status == 200
    busy = await receiver.receive(*delivery("c"))
    assert busy.status == 503 and busy.headers["Retry-After"] == "60"
    release.set()
    await receiver.aclose()
    assert sorted(started) == ["a", "b"]


async def test_aclose_with_a_timeout_cancels_what_is_left() -> None:
    async def forever(event: WebhookEvent) -> None:
        await asyncio.Event().wait()

    receiver = WebhookReceiver(forever, client_secret=SECRET, ack_timeout=0)
    await receiver.receive(*delivery())
    await receiver.aclose(timeout=0.01)
    assert receiver.running == 0


async def test_ack_timeout_none_waits_for_the_handler() -> None:
    async def slowish(event: WebhookEvent) -> None:
        await asyncio.sleep(0.02)

    receiver = WebhookReceiver(slowish, client_secret=SECRET, ack_timeout=None)
    assert status_of(await receiver.receive(*delivery()))[1]["status"] == "handled"


def test_the_repr_hides_the_secret() -> None:
    receiver = WebhookReceiver(Recorder(), client_secret=SECRET)
    assert SECRET not in repr(receiver) and "client_secret='***'" in repr(receiver)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"client_secret": ""}, "client_secret"),
        ({"client_secret": SECRET, "ack_timeout": -1}, "ack_timeout"),
        ({"client_secret": SECRET, "max_concurrency": 0}, "max_concurrency"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, Any], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        WebhookReceiver(Recorder(), **kwargs)


def test_something_that_is_neither_a_router_nor_callable_is_refused() -> None:
    with pytest.raises(TypeError, match="WebhookRouter or an async handler"):
        WebhookReceiver("handler", client_secret=SECRET)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["plain", "async"])
async def test_a_failing_on_error_is_logged_and_the_receiver_goes_on(
    kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    def plain(event: WebhookEvent, exc: BaseException) -> None:
        raise ValueError("on_error broke")

    async def in_a_task(event: WebhookEvent, exc: BaseException) -> None:
        raise ValueError("on_error broke")

    handler = Recorder(fail=1)
    hook = plain if kind == "plain" else in_a_task
    receiver = WebhookReceiver(handler, client_secret=SECRET, on_error=hook)
    with caplog.at_level(logging.ERROR, logger="ecwid_async.webhooks"):
        assert (await receiver.receive(*delivery("ev-1"))).status == 500
        await receiver.aclose()
        assert (await receiver.receive(*delivery("ev-1"))).status == 200
    assert "on_error broke" in caplog.text
    assert any(
        r.name == "ecwid_async.webhooks" and "on_error failed" in r.getMessage()
        for r in caplog.records
    )


async def test_a_delivery_whose_handler_is_cancelled_by_shutdown_gets_503() -> None:
    started = asyncio.Event()

    async def forever(event: WebhookEvent) -> None:
        started.set()
        await asyncio.Event().wait()

    receiver = WebhookReceiver(forever, client_secret=SECRET, ack_timeout=None)
    answer = asyncio.create_task(receiver.receive(*delivery("ev-1")))
    await started.wait()
    await receiver.aclose(timeout=0)
    reply = await answer
    assert reply.status == 503 and b"shutting down" in reply.body
    assert (await receiver.router.dedupe.claim("ev-1")).state == "new"
