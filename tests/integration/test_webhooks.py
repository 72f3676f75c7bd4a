"""Round trip: FakeEcwid changes data, signs and sends webhooks; our aiohttp and ASGI
receivers verify them, handle each event once (retries included) and fetch the entity."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from aiohttp import web

from ecwid_async import EcwidClient
from ecwid_async.models import Order, Product
from ecwid_async.testing import FakeEcwid
from ecwid_async.webhooks import (
    EventType,
    WebhookEvent,
    WebhookRouter,
    asgi_app,
    webhook_app,
)

SECRET = "integration-client-secret"


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


def asgi_over_aiohttp(asgi: Any) -> web.Application:
    """A minimal ASGI server: each aiohttp request becomes one ASGI http call."""

    async def bridge(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "path": request.path,
            "root_path": "",
            "query_string": request.query_string.encode(),
            "headers": [(k.lower().encode(), v.encode()) for k, v in request.headers.items()],
        }
        messages = [{"type": "http.request", "body": body, "more_body": False}]
        answer: dict[str, Any] = {}

        async def receive() -> dict[str, Any]:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
                answer["headers"] = [(k.decode(), v.decode()) for k, v in message["headers"]]
            else:
                answer["body"] = message.get("body", b"")

        await asgi(scope, receive, send)
        headers = [(k, v) for k, v in answer["headers"] if k != "content-length"]
        return web.Response(status=answer["status"], body=answer["body"], headers=headers)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", bridge)

    async def shutdown(_: web.Application) -> None:
        await asgi.aclose()

    app.on_cleanup.append(shutdown)
    return app


Receiver = Callable[[WebhookRouter], Awaitable[tuple[web.AppRunner, str]]]


async def aiohttp_receiver(router: WebhookRouter) -> tuple[web.AppRunner, str]:
    runner, root = await serve(webhook_app(router, client_secret=SECRET, path="/hooks"))
    return runner, f"{root}/hooks"


async def asgi_receiver(router: WebhookRouter) -> tuple[web.AppRunner, str]:
    app = asgi_app(router, client_secret=SECRET, path="/hooks")
    runner, root = await serve(asgi_over_aiohttp(app))
    return runner, f"{root}/hooks"


@pytest.fixture(params=[aiohttp_receiver, asgi_receiver], ids=["aiohttp", "asgi"])
def make_receiver(request: pytest.FixtureRequest) -> Receiver:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
async def fake() -> AsyncIterator[FakeEcwid]:
    async with FakeEcwid() as server:
        yield server


async def test_round_trip_every_change_reaches_its_handler_and_fetches_its_entity(
    fake: FakeEcwid, make_receiver: Receiver
) -> None:
    router = WebhookRouter()
    seen: list[tuple[str, int | str]] = []
    fetched: list[Any] = []

    async with fake.client() as ecwid:

        @router.on("product.created", "order.*")
        async def load(event: WebhookEvent) -> None:
            fetched.append(await event.fetch(ecwid))

        @router.on("*")
        async def record(event: WebhookEvent) -> None:
            seen.append((str(event.event_type), event.entity_id))

        runner, url = await make_receiver(router)
        try:
            fake.register_webhook(url, client_secret=SECRET, retry_schedule=(0.01,))
            product = await ecwid.products.create({"name": "Tea", "price": 5})
            category = await ecwid.categories.create({"name": "Teas"})
            customer = await ecwid.customers.create({"email": "ann@example.com"})
            order = await ecwid.orders.create(
                {"email": "ann@example.com", "items": [{"productId": product.id, "quantity": 1}]}
            )
            await ecwid.orders.update(order.id, {"paymentStatus": "PAID"})
            await ecwid.customers.delete(customer.id)
            await fake.drain_webhooks()
        finally:
            await runner.cleanup()

    assert sorted(seen) == sorted(
        [
            ("product.created", product.id),
            ("category.created", category.id),
            ("customer.created", customer.id),
            ("order.created", order.id),
            ("order.updated", order.id),
            ("customer.deleted", customer.id),
        ]
    )
    assert sorted(type(e).__name__ for e in fetched) == ["Order", "Order", "Product"]
    # fetch loads the entity as it is now (the docs: webhooks are not actionable items)
    assert {e.order_number for e in fetched if isinstance(e, Order)} == {order.id}
    assert next(e for e in fetched if isinstance(e, Product)).name == "Tea"
    assert all(d.ok and d.attempt == 1 for d in fake.webhook_deliveries)


async def test_a_failing_handler_is_redelivered_by_the_fake_and_handled_once(
    fake: FakeEcwid, make_receiver: Receiver
) -> None:
    router = WebhookRouter()
    calls: list[str] = []

    @router.on(EventType.ORDER_CREATED)
    async def flaky(event: WebhookEvent) -> None:
        calls.append(event.event_id)
        if len(calls) < 3:
            raise ConnectionError("warehouse is down")

    runner, url = await make_receiver(router)
    try:
        fake.register_webhook(url, client_secret=SECRET, retry_schedule=(0.01, 0.01, 0.01))
        async with fake.client() as ecwid:
            await ecwid.orders.create({"items": [{"name": "Tea", "price": 5, "quantity": 1}]})
        await fake.drain_webhooks()
        (event_id,) = {d.event_id for d in fake.webhook_deliveries}
    finally:
        await runner.cleanup()

    assert [(d.attempt, d.status) for d in fake.webhook_deliveries] == [
        (1, 500),
        (2, 500),
        (3, 200),
    ]
    assert calls == [event_id] * 3


async def test_a_redelivery_after_success_is_acknowledged_not_handled(
    fake: FakeEcwid, make_receiver: Receiver
) -> None:
    router = WebhookRouter()
    calls: list[str] = []

    @router.on("*")
    async def record(event: WebhookEvent) -> None:
        calls.append(event.event_id)

    runner, url = await make_receiver(router)
    try:
        # two registrations of one URL: the same event delivered twice, as after a
        # lost 200 Ecwid would redeliver it
        fake.register_webhook(url, client_secret=SECRET)
        fake.register_webhook(url, client_secret=SECRET)
        async with fake.client() as ecwid:
            await ecwid.products.create({"name": "Tea"})
        await fake.drain_webhooks()
    finally:
        await runner.cleanup()

    assert len(fake.webhook_deliveries) == 2
    assert all(d.status == 200 for d in fake.webhook_deliveries)
    assert len(calls) == 1


async def test_a_receiver_with_the_wrong_secret_answers_401_and_the_fake_retries(
    fake: FakeEcwid, make_receiver: Receiver
) -> None:
    router = WebhookRouter()
    calls: list[WebhookEvent] = []

    @router.on("*")
    async def record(event: WebhookEvent) -> None:
        calls.append(event)

    runner, url = await make_receiver(router)
    try:
        fake.register_webhook(url, client_secret="not-the-apps-secret", retry_schedule=(0.01,))
        fake.send_webhook("application.installed")
        await fake.drain_webhooks()
    finally:
        await runner.cleanup()
    assert [d.status for d in fake.webhook_deliveries] == [401, 401]
    assert calls == []


async def test_the_aiohttp_receiver_mounts_as_a_subapp(fake: FakeEcwid) -> None:
    router = WebhookRouter()
    calls: list[str] = []

    @router.on("*")
    async def record(event: WebhookEvent) -> None:
        calls.append(str(event.event_type))

    outer = web.Application()
    outer.add_subapp("/ecwid", webhook_app(router, client_secret=SECRET))
    runner, root = await serve(outer)
    try:
        fake.register_webhook(f"{root}/ecwid/webhooks", client_secret=SECRET)
        fake.send_webhook("profile.updated")
        await fake.drain_webhooks()
    finally:
        await runner.cleanup()
    assert calls == ["profile.updated"]


async def test_a_client_for_another_store_cannot_fetch_the_event(fake: FakeEcwid) -> None:
    other = fake.add_store(2000)
    router = WebhookRouter()
    errors: list[str] = []

    async with EcwidClient(
        store_id=other.store_id, token=other.token, base_url=fake.base_url, rate_limit=None
    ) as wrong:

        @router.on("*")
        async def load(event: WebhookEvent) -> None:
            try:
                await event.fetch(wrong)
            except Exception as exc:
                errors.append(str(exc))

        runner, url = await aiohttp_receiver(router)
        try:
            fake.register_webhook(url, client_secret=SECRET, store=1003)
            async with fake.client() as ecwid:
                await ecwid.products.create({"name": "Tea"})
            await fake.drain_webhooks()
        finally:
            await runner.cleanup()
    assert len(errors) == 1 and "from store 1003, the client is for store 2000" in errors[0]


async def test_a_burst_of_changes_is_each_handled_once(
    fake: FakeEcwid, make_receiver: Receiver
) -> None:
    router = WebhookRouter()
    handled: list[int | str] = []

    @router.on("product.created")
    async def record(event: WebhookEvent) -> None:
        handled.append(event.entity_id)

    runner, url = await make_receiver(router)
    try:
        fake.register_webhook(url, client_secret=SECRET, retry_schedule=(0.01, 0.05))
        async with fake.client() as ecwid:
            created = await asyncio.gather(
                *(ecwid.products.create({"name": f"P{i}"}) for i in range(40))
            )
        await fake.drain_webhooks()
    finally:
        await runner.cleanup()
    ids = sorted(c.id for c in created)
    assert sorted(handled) == ids
    assert len(fake.webhook_deliveries) == 40 and all(d.ok for d in fake.webhook_deliveries)
