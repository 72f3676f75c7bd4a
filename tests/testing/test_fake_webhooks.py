"""FakeEcwid sends signed webhooks: which API changes cause which documented events,
signatures and query, filters, retries on a schedule, the delivery log, knobs."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.webhooks import ECWID_RETRY_SCHEDULE, WebhookDelivery
from ecwid_async.webhooks import EventType, parse_webhook

from .fake_http import Api

SECRET = "fake-webhook-secret"


@dataclass
class Received:
    query: dict[str, str]
    headers: dict[str, str]
    all_headers: list[tuple[str, str]]
    body: bytes

    @property
    def payload(self) -> dict[str, Any]:
        return json.loads(self.body)  # type: ignore[no-any-return]


@dataclass
class Sink:
    """A loopback receiver recording every request; answers ``script`` statuses in turn,
    then 200."""

    url: str = ""
    received: list[Received] = field(default_factory=list)
    script: list[int] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        self.received.append(
            Received(
                dict(request.query),
                dict(request.headers),
                list(request.headers.items()),
                await request.read(),
            )
        )
        status = self.script.pop(0) if self.script else 200
        if 300 <= status < 400:
            raise web.HTTPFound("/elsewhere")
        return web.Response(status=status)

    def types(self) -> list[str]:
        return [r.payload["eventType"] for r in self.received]


@pytest.fixture
async def sink() -> AsyncIterator[Sink]:
    sink = Sink()
    app = web.Application()
    app.router.add_post("/hook", sink.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    sink.url = f"http://127.0.0.1:{runner.addresses[0][1]}/hook"
    yield sink
    await runner.cleanup()


@pytest.fixture
def hooked(fake: FakeEcwid, sink: Sink) -> FakeEcwid:
    fake.register_webhook(sink.url, client_secret=SECRET, retry_schedule=(0.01, 0.01))
    return fake


async def events_after(fake: FakeEcwid, sink: Sink) -> list[dict[str, Any]]:
    """What the sink received, each event once, in the order the fake sent them (Ecwid
    promises no delivery order, and concurrent deliveries may arrive in any)."""
    await fake.drain_webhooks(5)
    sent = {e["eventId"]: i for i, e in enumerate(fake.webhook_events)}
    received = [r.payload for r in sink.received]
    assert sorted(sent[p["eventId"]] for p in received) == list(range(len(sent)))
    return sorted(received, key=lambda p: sent[p["eventId"]])


def strip(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if k not in ("eventId", "eventCreated")}


# -- what causes which event ---------------------------------------------------------------------
async def test_product_create_update_inventory_media_and_delete(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    pid = (await api.ok("POST", "/products", json={"name": "Tea", "price": 5}))["id"]
    await api.ok("PUT", f"/products/{pid}", json={"price": 6})
    await api.ok("PUT", f"/products/{pid}/inventory", json={"quantityDelta": 3})
    await api.ok("POST", f"/products/{pid}/image", data=b"\x89PNG fake")
    await api.ok("DELETE", f"/products/{pid}")
    store = hooked.store.store_id
    assert [strip(p) for p in await events_after(hooked, sink)] == [
        {"storeId": store, "entityId": pid, "eventType": "product.created"},
        {"storeId": store, "entityId": pid, "eventType": "product.updated"},
        {"storeId": store, "entityId": pid, "eventType": "product.updated"},
        {"storeId": store, "entityId": pid, "eventType": "product.updated"},
        {"storeId": store, "entityId": pid, "eventType": "product.deleted"},
    ]


async def test_category_create_update_delete(hooked: FakeEcwid, sink: Sink, api: Api) -> None:
    cid = (await api.ok("POST", "/categories", json={"name": "Teas"}))["id"]
    await api.ok("PUT", f"/categories/{cid}", json={"name": "Green teas"})
    await api.ok("DELETE", f"/categories/{cid}")
    events = await events_after(hooked, sink)
    assert [(e["eventType"], e["entityId"]) for e in events] == [
        ("category.created", cid),
        ("category.updated", cid),
        ("category.deleted", cid),
    ]
    assert all("data" not in e for e in events)


async def test_moving_a_product_between_categories_updates_both_categories(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    teas = (await api.ok("POST", "/categories", json={"name": "Teas"}))["id"]
    gifts = (await api.ok("POST", "/categories", json={"name": "Gifts"}))["id"]
    pid = (await api.ok("POST", "/products", json={"name": "Tea", "categoryIds": [teas]}))["id"]
    await api.ok("PUT", f"/products/{pid}", json={"categoryIds": [gifts]})
    await api.ok("PUT", f"/products/{pid}", json={"price": 3})
    await api.ok("DELETE", f"/products/{pid}")
    events = await events_after(hooked, sink)
    assert [(e["eventType"], e["entityId"]) for e in events[2:]] == [
        ("product.created", pid),
        ("category.updated", teas),
        ("product.updated", pid),
        *sorted([("category.updated", teas), ("category.updated", gifts)], key=lambda c: c[1]),
        ("product.updated", pid),
        ("product.deleted", pid),
        ("category.updated", gifts),
    ]


async def test_customer_events_carry_the_customer_email(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    cid = (await api.ok("POST", "/customers", json={"email": "ann@example.com"}))["id"]
    await api.ok("PUT", f"/customers/{cid}", json={"email": "ann@example.org"})
    await api.ok("DELETE", f"/customers/{cid}")
    assert [
        (e["eventType"], e["entityId"], e["data"]) for e in await events_after(hooked, sink)
    ] == [
        ("customer.created", cid, {"customerEmail": "ann@example.com"}),
        ("customer.updated", cid, {"customerEmail": "ann@example.org"}),
        ("customer.deleted", cid, {"customerEmail": "ann@example.org"}),
    ]


async def test_order_events_carry_old_and_new_statuses_as_documented(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    order = {"email": "a@b.c", "items": [{"name": "Tea", "price": 5, "quantity": 1}]}
    number = (await api.ok("POST", "/orders", json=order))["id"]
    await api.ok("PUT", f"/orders/{number}", json={"paymentStatus": "PAID"})
    await api.ok("PUT", f"/orders/{number}", json={"fulfillmentStatus": "SHIPPED"})
    await api.ok("DELETE", f"/orders/{number}")
    assert [strip(e) for e in await events_after(hooked, sink)] == [
        {
            "storeId": 1003,
            "entityId": number,
            "eventType": "order.created",
            "data": {
                "newPaymentStatus": "AWAITING_PAYMENT",
                "newFulfillmentStatus": "AWAITING_PROCESSING",
            },
        },
        {
            "storeId": 1003,
            "entityId": number,
            "eventType": "order.updated",
            "data": {
                "oldPaymentStatus": "AWAITING_PAYMENT",
                "newPaymentStatus": "PAID",
                "oldFulfillmentStatus": "AWAITING_PROCESSING",
                "newFulfillmentStatus": "AWAITING_PROCESSING",
            },
        },
        {
            "storeId": 1003,
            "entityId": number,
            "eventType": "order.updated",
            "data": {
                "oldPaymentStatus": "PAID",
                "newPaymentStatus": "PAID",
                "oldFulfillmentStatus": "AWAITING_PROCESSING",
                "newFulfillmentStatus": "SHIPPED",
            },
        },
        {"storeId": 1003, "entityId": number, "eventType": "order.deleted"},
    ]


async def test_an_unfinished_order_then_paid_is_unfinished_then_created(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    order = {"paymentStatus": "INCOMPLETE", "items": [{"name": "Tea", "price": 5, "quantity": 1}]}
    number = (await api.ok("POST", "/orders", json=order))["id"]
    await api.ok("PUT", f"/orders/{number}", json={"email": "late@example.com"})
    await api.ok("PUT", f"/orders/{number}", json={"paymentStatus": "PAID"})
    other = (await api.ok("POST", "/orders", json=order))["id"]
    await api.ok("DELETE", f"/orders/{other}")
    events = await events_after(hooked, sink)
    assert [(e["eventType"], e["entityId"]) for e in events] == [
        ("unfinished_order.created", number),
        ("unfinished_order.updated", number),
        ("order.created", number),
        ("unfinished_order.created", other),
        ("unfinished_order.deleted", other),
    ]
    assert events[2]["data"]["newPaymentStatus"] == "PAID"


async def test_abandoned_cart_update_and_place(hooked: FakeEcwid, sink: Sink, api: Api) -> None:
    cart_id = hooked.add_cart(
        {"email": "c@d.e", "items": [{"name": "Tea", "price": 5, "quantity": 1}]}
    )
    await api.ok("PUT", f"/carts/{cart_id}", json={"hidden": True})
    placed = await api.ok("POST", f"/carts/{cart_id}/place")
    events = await events_after(hooked, sink)
    assert [(e["eventType"], e["entityId"]) for e in events] == [
        ("unfinished_order.updated", -1),  # newer stores: no order number yet
        ("order.created", placed["orderNumber"]),
    ]


async def test_profile_update_and_logo(hooked: FakeEcwid, sink: Sink, api: Api) -> None:
    await api.ok("PUT", "/profile", json={"settings": {"storeName": "New name"}})
    await api.ok("POST", "/profile/logo", data=b"\x89PNG fake")
    events = await events_after(hooked, sink)
    assert [(e["eventType"], e["entityId"]) for e in events] == [
        ("profile.updated", 1003),
        ("profile.updated", 1003),
    ]


async def test_batch_items_cause_their_own_events_when_executed(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    hooked.set_batch_polls(1)
    items = [
        {"id": "a", "method": "POST", "path": "/products", "body": {"name": "A"}},
        {"id": "b", "method": "POST", "path": "/categories", "body": {"name": "B"}},
    ]
    ticket = (await api.ok("POST", "/batch", json=items))["ticket"]
    assert await events_after(hooked, sink) == []  # queued, nothing ran yet
    await api.ok("GET", "/batch", params={"ticket": ticket})
    assert [e["eventType"] for e in await events_after(hooked, sink)] == [
        "product.created",
        "category.created",
    ]


async def test_failed_calls_reads_and_undocumented_areas_cause_no_event(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    assert (await api.put("/products/999999", json={"price": 1}))[0] == 404
    assert (await api.post("/customers", json={}))[0] == 400
    await api.ok("GET", "/products")
    await api.ok("POST", "/discount_coupons", json={"name": "C", "code": "C1", "discount": 5})
    await api.ok("POST", "/customer_groups", json={"name": "VIP"})
    assert await events_after(hooked, sink) == []
    assert hooked.webhook_events == []


# -- the delivery itself ---------------------------------------------------------------------------
async def test_a_delivery_is_signed_json_with_the_event_type_in_the_query(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    pid = (await api.ok("POST", "/products", json={"name": "Tea"}))["id"]
    await hooked.drain_webhooks()
    (got,) = sink.received
    assert got.query == {"eventtype": "product.created"}
    assert got.headers["Content-Type"] == "application/json; charset=UTF-8"
    event = parse_webhook(got.body, got.headers, client_secret=SECRET, max_age=60)
    assert (event.event_type, event.entity_id, event.store_id) == ("product.created", pid, 1003)
    assert event.event_created == hooked.store.now()
    assert hooked.webhook_events == [got.payload]
    assert [d.ok for d in hooked.webhook_deliveries] == [True]


async def test_custom_headers_are_added_next_to_the_default_ones(
    fake: FakeEcwid, sink: Sink, api: Api
) -> None:
    fake.register_webhook(
        sink.url,
        client_secret=SECRET,
        headers={"X-App": "mine", "Cache-Control": "max-age=0"},
        retry_schedule=(0.01,),
    )
    await api.ok("POST", "/products", json={"name": "Tea"})
    await fake.drain_webhooks()
    (got,) = sink.received
    assert got.headers["X-App"] == "mine"
    # a custom header duplicating a default one: Ecwid sends both
    assert [v for k, v in got.all_headers if k.lower() == "cache-control"] == [
        "no-cache",
        "max-age=0",
    ]


async def test_events_and_store_filters(fake: FakeEcwid, sink: Sink, api: Api) -> None:
    other = fake.add_store(2000)
    fake.register_webhook(
        sink.url, client_secret=SECRET, events=["order.*", EventType.PRODUCT_DELETED], store=1003
    )
    pid = (await api.ok("POST", "/products", json={"name": "Tea"}))["id"]
    await api.ok("DELETE", f"/products/{pid}")
    await api.ok("POST", "/orders", json={"items": [{"name": "T", "price": 1, "quantity": 1}]})
    async with fake.client(other) as ecwid:
        await ecwid.orders.create({"items": [{"name": "T", "price": 1, "quantity": 1}]})
    assert [(e["eventType"], e["storeId"]) for e in await events_after(fake, sink)] == [
        ("product.deleted", 1003),
        ("order.created", 1003),
    ]


async def test_each_registration_gets_its_own_signed_copy(
    fake: FakeEcwid, sink: Sink, api: Api
) -> None:
    fake.register_webhook(sink.url, client_secret="first")
    fake.register_webhook(sink.url, client_secret="second")
    await api.ok("POST", "/products", json={"name": "Tea"})
    await fake.drain_webhooks()
    signatures = {r.headers["X-Ecwid-Webhook-Signature"] for r in sink.received}
    assert len(sink.received) == 2 and len(signatures) == 2
    ids = {r.payload["eventId"] for r in sink.received}
    assert len(ids) == 1  # one event, two receivers


# -- retries ---------------------------------------------------------------------------------------
async def test_a_5xx_answer_is_retried_on_the_schedule_until_200(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    sink.script = [503, 500]
    await api.ok("POST", "/products", json={"name": "Tea"})
    await hooked.drain_webhooks()
    attempts = hooked.webhook_deliveries
    assert [(d.attempt, d.status, d.ok) for d in attempts] == [
        (1, 503, False),
        (2, 500, False),
        (3, 200, True),
    ]
    assert len({d.event_id for d in attempts}) == 1
    assert len({r.body for r in sink.received}) == 1  # the same signed body each time


async def test_delivery_gives_up_when_the_schedule_runs_out(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    sink.script = [500] * 10
    await api.ok("POST", "/products", json={"name": "Tea"})
    await hooked.drain_webhooks()
    assert [d.status for d in hooked.webhook_deliveries] == [500, 500, 500]  # 1 + 2 retries


async def test_a_redirect_is_a_failed_delivery_and_is_not_followed(
    hooked: FakeEcwid, sink: Sink, api: Api
) -> None:
    sink.script = [302]
    await api.ok("POST", "/products", json={"name": "Tea"})
    await hooked.drain_webhooks()
    assert [d.status for d in hooked.webhook_deliveries] == [302, 200]
    assert len(sink.received) == 2


async def test_an_unreachable_receiver_is_recorded_with_status_0(fake: FakeEcwid, api: Api) -> None:
    with socket.socket() as bound:  # bound, never listening: connections are refused
        bound.bind(("127.0.0.1", 0))
        port = bound.getsockname()[1]
        fake.register_webhook(
            f"http://127.0.0.1:{port}/none", client_secret=SECRET, retry_schedule=(0.01,)
        )
        await api.ok("POST", "/products", json={"name": "Tea"})
        await fake.drain_webhooks()
    deliveries = fake.webhook_deliveries
    assert [(d.attempt, d.status) for d in deliveries] == [(1, 0), (2, 0)]
    assert all(d.error and "Connect" in d.error for d in deliveries)


def test_the_default_schedule_is_ecwids() -> None:
    # every 15 minutes for 4 more tries, then hourly until the 24-hour limit
    assert ECWID_RETRY_SCHEDULE[:4] == (900.0,) * 4
    assert set(ECWID_RETRY_SCHEDULE[4:]) == {3600.0}
    assert sum(ECWID_RETRY_SCHEDULE) == 24 * 3600


async def test_drain_times_out_while_a_retry_waits(hooked: FakeEcwid, sink: Sink, api: Api) -> None:
    hooked.clear_webhooks()
    hooked.register_webhook(sink.url, client_secret=SECRET, retry_schedule=(30,))
    sink.script = [500]
    await api.ok("POST", "/products", json={"name": "Tea"})
    with pytest.raises(TimeoutError, match="1 webhook deliveries still pending"):
        await hooked.drain_webhooks(timeout=0.2)
    hooked.reset()  # cancels the waiting retry


# -- knobs -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("http://example.com/hook", "only to http"),
        ("http://10.0.0.1:8080/hook", "only to http"),
        ("ftp://127.0.0.1/hook", "only to http"),
        ("http://127.0.0.1:22/hook", "ports 80, 443 or 1024-65535"),
        ("http://127.0.0.1:1023/hook", "ports 80, 443 or 1024-65535"),
    ],
)
def test_register_refuses_urls_ecwid_would_not_or_we_must_not_call(
    fake: FakeEcwid, url: str, match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        fake.register_webhook(url, client_secret=SECRET)


def test_register_refuses_a_malformed_event_pattern(fake: FakeEcwid) -> None:
    with pytest.raises(ValueError, match="event pattern must be"):
        fake.register_webhook("http://127.0.0.1:8080/", client_secret=SECRET, events=["order*"])


def test_register_refuses_an_empty_secret_or_negative_delays(fake: FakeEcwid) -> None:
    with pytest.raises(ValueError, match="client_secret"):
        fake.register_webhook("http://127.0.0.1:8080/", client_secret="")
    with pytest.raises(ValueError, match="retry_schedule"):
        fake.register_webhook("http://127.0.0.1:8080/", client_secret=SECRET, retry_schedule=(-1,))


def test_the_subscription_repr_hides_the_secret(fake: FakeEcwid) -> None:
    sub = fake.register_webhook("http://127.0.0.1:8080/", client_secret=SECRET)
    assert SECRET not in repr(sub)


async def test_send_webhook_sends_events_no_api_call_causes(hooked: FakeEcwid, sink: Sink) -> None:
    hooked.send_webhook("application.installed")
    hooked.send_webhook(
        EventType.APPLICATION_SUBSCRIPTION_STATUS_CHANGED,
        data={"oldSubscriptionStatus": "TRIAL", "newSubscriptionStatus": "ACTIVE"},
    )
    hooked.send_webhook("profile.subscriptionStatusChanged", data={"newSubscriptionName": "X"})
    events = await events_after(hooked, sink)
    assert [(e["eventType"], e["entityId"]) for e in events] == [
        ("application.installed", "1003"),
        ("application.subscriptionStatusChanged", "1003"),
        ("profile.subscriptionStatusChanged", 1003),
    ]
    assert events[1]["data"]["newSubscriptionStatus"] == "ACTIVE"


async def test_without_receivers_no_handler_is_wrapped_and_nothing_is_sent(
    fake: FakeEcwid, api: Api
) -> None:
    router = fake._state.router
    match = router.resolve("store", "POST", "/products")
    assert match.route is not None
    assert match.route.handler is router.inner.resolve("store", "POST", "/products").route.handler  # type: ignore[attr-defined, union-attr]
    await api.ok("POST", "/products", json={"name": "Tea"})
    assert fake.webhook_events == [] and fake.webhook_deliveries == []


async def test_reset_and_clear_forget_receivers(hooked: FakeEcwid, sink: Sink, api: Api) -> None:
    await api.ok("POST", "/products", json={"name": "Tea"})
    await hooked.drain_webhooks()
    hooked.reset()
    assert hooked.webhook_events == [] and hooked.webhook_deliveries == []
    await api.ok("POST", "/products", json={"name": "Tea"})
    hooked.register_webhook(sink.url, client_secret=SECRET)
    hooked.clear_webhooks()
    await api.ok("POST", "/products", json={"name": "Coffee"})
    await hooked.drain_webhooks()
    assert len(sink.received) == 1


def test_a_threaded_fake_delivers_and_wait_for_webhooks_blocks_until_done() -> None:
    import asyncio
    import threading

    received: list[dict[str, Any]] = []
    ready = threading.Event()
    port: list[int] = []

    async def serve(stop: asyncio.Event) -> None:
        async def handle(request: web.Request) -> web.Response:
            received.append(json.loads(await request.read()))
            return web.Response()

        app = web.Application()
        app.router.add_post("/", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        port.append(runner.addresses[0][1])
        ready.set()
        await stop.wait()
        await runner.cleanup()

    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    thread = threading.Thread(target=loop.run_until_complete, args=(serve(stop),))
    thread.start()
    try:
        ready.wait(5)
        with FakeEcwid().start_in_thread() as fake:
            fake.register_webhook(f"http://127.0.0.1:{port[0]}/", client_secret=SECRET)
            fake.seed_products(1)  # knobs cause no events: only API calls do
            from ecwid_async.sync import EcwidClient

            with EcwidClient(
                store_id=1003, token=fake.store.token, base_url=fake.base_url
            ) as ecwid:
                ecwid.products.create({"name": "Tea"})
            fake.wait_for_webhooks(5)
            assert [e["eventType"] for e in received] == ["product.created"]
            assert isinstance(fake.webhook_deliveries[0], WebhookDelivery)
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(5)
        loop.close()


async def test_wait_for_webhooks_needs_a_threaded_fake(fake: FakeEcwid) -> None:
    with pytest.raises(RuntimeError, match="started in a thread"):
        fake.wait_for_webhooks()
