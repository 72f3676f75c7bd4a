"""Receive Ecwid webhooks end to end, offline.

Starts a FakeEcwid store and an aiohttp webhook receiver on 127.0.0.1, registers the
receiver with the fake (as an app's webhook URL is registered with Ecwid), changes a
product and an order through the API, prints each event as its handler sees it, exits.

    python examples/webhook_receiver.py
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from ecwid_async.models import Order
from ecwid_async.testing import FakeEcwid
from ecwid_async.webhooks import WebhookEvent, WebhookRouter, webhook_app

#: Your app's client_secret (not a ``secret_*`` access token).
CLIENT_SECRET = "example-client-secret"


async def main() -> list[str]:
    """Run the demo; returns the lines it printed."""
    handled: list[str] = []
    print("(running against an embedded fake Ecwid store that sends signed webhooks)")
    async with FakeEcwid() as fake, fake.client() as ecwid:
        router = WebhookRouter()

        @router.on("order.*")
        async def on_order(event: WebhookEvent) -> None:
            # The signature covers eventId and eventCreated only: load the order itself.
            order = await event.fetch(ecwid)
            assert isinstance(order, Order)
            data = event.data
            handled.append(
                f"{event.event_type} #{event.entity_id}: payment "
                f"{data.old_payment_status or '-'} -> {data.new_payment_status}, "
                f"total {order.total}"
            )
            print(handled[-1])

        @router.on("product.*")
        async def on_product(event: WebhookEvent) -> None:
            handled.append(f"{event.event_type} {event.entity_id}")
            print(handled[-1])

        runner = web.AppRunner(webhook_app(router, client_secret=CLIENT_SECRET))
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/webhooks"
        try:
            fake.register_webhook(url, client_secret=CLIENT_SECRET, retry_schedule=(0.1, 1.0))
            product = await ecwid.products.create({"name": "Green tea", "price": 5})
            await fake.drain_webhooks()
            order = await ecwid.orders.create(
                {
                    "email": "ann@example.com",
                    "items": [{"productId": product.id, "price": 5, "quantity": 2}],
                }
            )
            await fake.drain_webhooks()
            await ecwid.orders.update(order.id, {"paymentStatus": "PAID"})
            await fake.drain_webhooks()
        finally:
            await runner.cleanup()
        attempts = fake.webhook_deliveries
        handled.append(
            f"{len(attempts)} deliveries, all answered 200: {all(d.ok for d in attempts)}"
        )
        print(handled[-1])
    return handled


if __name__ == "__main__":
    asyncio.run(main())
