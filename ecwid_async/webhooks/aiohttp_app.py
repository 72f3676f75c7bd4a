"""``webhook_app``: an ``aiohttp.web.Application`` receiving Ecwid webhooks."""

from __future__ import annotations

from aiohttp import web

from .._typing import Unpack
from .receiver import ReceiverOptions, WebhookReceiver
from .router import Handler, WebhookRouter

__all__ = ["RECEIVER_KEY", "webhook_app"]

#: Where the app keeps its ``WebhookReceiver`` (``app[RECEIVER_KEY]``).
RECEIVER_KEY = web.AppKey("ecwid_webhook_receiver", WebhookReceiver)


def webhook_app(
    handler_or_router: WebhookRouter | Handler,
    *,
    client_secret: str,
    path: str = "/webhooks",
    **options: Unpack[ReceiverOptions],
) -> web.Application:
    """An app answering ``POST path`` as :class:`WebhookReceiver` does (other methods get
    405, other paths 404, a body over ``max_body`` 413). Run it, or add it to yours with
    ``app.add_subapp("/ecwid", webhook_app(...))``; its cleanup waits for handlers."""
    if not path.startswith("/"):
        raise ValueError(f"path must start with '/', got {path!r}")
    receiver = WebhookReceiver(handler_or_router, client_secret=client_secret, **options)

    async def receive(request: web.Request) -> web.Response:
        reply = await receiver.receive(await request.read(), request.headers)
        return web.Response(
            status=reply.status,
            body=reply.body,
            headers=reply.headers,
            content_type="application/json",
        )

    async def cleanup(_app: web.Application) -> None:
        await receiver.aclose()

    app = web.Application(client_max_size=receiver.max_body)
    app[RECEIVER_KEY] = receiver
    app.router.add_post(path, receive)
    app.on_cleanup.append(cleanup)
    return app
