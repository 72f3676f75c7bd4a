"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

import asyncio

from aiohttp import web

from ecwid_async.testing import FakeEcwid
from ecwid_async.webhooks import WebhookEvent, WebhookRouter, webhook_app


async def main() -> None:
    router = WebhookRouter()

    @router.on("order.*")
    async def show(event: WebhookEvent) -> None:
        print("received", event.event_type, event.entity_id)

    runner = web.AppRunner(webhook_app(router, client_secret="s3cret"))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/webhooks"
    async with FakeEcwid() as fake, fake.client() as ecwid:
        fake.register_webhook(url, client_secret="s3cret", retry_schedule=(0.01, 0.05))
        item = {"name": "Tea", "price": 5, "quantity": 1}
        order = await ecwid.orders.create({"email": "ann@example.com", "items": [item]})
        await ecwid.orders.update(order.id, {"paymentStatus": "PAID"})
        await fake.drain_webhooks()
        print([(d.event_type, d.status) for d in fake.webhook_deliveries])
    await runner.cleanup()


asyncio.run(main())
