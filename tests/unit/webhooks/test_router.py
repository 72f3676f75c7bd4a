"""WebhookRouter: handlers per event type, each event once per event_id, a failure
leaves the event for the redelivery."""

from __future__ import annotations

import asyncio

import pytest

from ecwid_async.webhooks import EventType, MemoryDedupe, Outcome, WebhookEvent, WebhookRouter

from .conftest import event


def test_handlers_match_exact_types_prefixes_and_everything_in_registration_order() -> None:
    router = WebhookRouter()
    calls: list[str] = []

    @router.on("order.created")
    async def created(e: WebhookEvent) -> None:
        calls.append("created")

    @router.on("order.*", EventType.CUSTOMER_DELETED)
    async def orders(e: WebhookEvent) -> None:
        calls.append("orders")

    @router.on("*")
    async def everything(e: WebhookEvent) -> None:
        calls.append("all")

    assert router.handlers_for("order.created") == [created, orders, everything]
    assert router.handlers_for(EventType.ORDER_UPDATED) == [orders, everything]
    assert router.handlers_for("customer.deleted") == [orders, everything]
    assert router.handlers_for("unfinished_order.created") == [everything]
    assert router.handlers_for("invoice.created") == [everything]


def test_a_handler_registered_twice_for_overlapping_patterns_runs_once() -> None:
    router = WebhookRouter()

    @router.on("order.*", "order.created", "*")
    async def handler(e: WebhookEvent) -> None: ...

    assert router.handlers_for("order.created") == [handler]


@pytest.mark.parametrize("pattern", ["", "order", "*.created", "order.*.x", "or*der.created", ".*"])
def test_a_malformed_pattern_is_refused_when_registered(pattern: str) -> None:
    router = WebhookRouter()
    with pytest.raises(ValueError, match="event pattern must be"):
        router.on(pattern)


def test_on_needs_a_pattern() -> None:
    with pytest.raises(ValueError, match="at least one"):
        WebhookRouter().on()


async def test_an_event_is_handled_once_and_its_redelivery_is_a_duplicate() -> None:
    router = WebhookRouter()
    seen: list[str] = []

    @router.on("order.created")
    async def handler(e: WebhookEvent) -> None:
        seen.append(e.event_id)

    assert await router.dispatch(event("a")) is Outcome.HANDLED
    assert await router.dispatch(event("a")) is Outcome.DUPLICATE
    assert await router.dispatch(event("b")) is Outcome.HANDLED
    assert seen == ["a", "b"]


async def test_an_event_without_a_handler_is_ignored_and_not_remembered() -> None:
    store = MemoryDedupe()
    router = WebhookRouter(dedupe=store)
    assert await router.dispatch(event("a", "product.updated")) is Outcome.IGNORED
    assert len(store) == 0


async def test_a_failing_handler_leaves_the_event_for_the_redelivery() -> None:
    router = WebhookRouter()
    attempts: list[int] = []

    @router.on("*")
    async def flaky(e: WebhookEvent) -> None:
        attempts.append(1)
        if len(attempts) < 3:
            raise RuntimeError("database down")

    for _ in range(2):
        with pytest.raises(RuntimeError, match="database down"):
            await router.dispatch(event("a"))
    assert await router.dispatch(event("a")) is Outcome.HANDLED
    assert await router.dispatch(event("a")) is Outcome.DUPLICATE
    assert len(attempts) == 3


async def test_when_a_later_handler_fails_every_handler_runs_again() -> None:
    router = WebhookRouter()
    calls: list[str] = []

    @router.on("*")
    async def first(e: WebhookEvent) -> None:
        calls.append("first")

    @router.on("*")
    async def second(e: WebhookEvent) -> None:
        calls.append("second")
        if calls.count("second") == 1:
            raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await router.dispatch(event("a"))
    assert await router.dispatch(event("a")) is Outcome.HANDLED
    assert calls == ["first", "second", "first", "second"]


async def test_a_concurrent_delivery_of_a_running_event_is_in_progress() -> None:
    router = WebhookRouter()
    started, release = asyncio.Event(), asyncio.Event()
    runs: list[str] = []

    @router.on("*")
    async def slow(e: WebhookEvent) -> None:
        runs.append(e.event_id)
        started.set()
        await release.wait()

    first = asyncio.create_task(router.dispatch(event("a")))
    await started.wait()
    assert await router.dispatch(event("a")) is Outcome.IN_PROGRESS
    release.set()
    assert await first is Outcome.HANDLED
    assert runs == ["a"]


async def test_a_cancelled_handler_releases_its_claim() -> None:
    router = WebhookRouter()
    started = asyncio.Event()

    @router.on("*")
    async def hangs(e: WebhookEvent) -> None:
        started.set()
        await asyncio.Event().wait()

    task = asyncio.create_task(router.dispatch(event("a")))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    claim = await router.dedupe.claim("a")
    assert claim.state == "new"


def test_the_router_repr_names_its_routes() -> None:
    router = WebhookRouter()
    router.add("order.created", lambda e: asyncio.sleep(0))
    assert repr(router).startswith("WebhookRouter(routes=1, dedupe=")
