"""``ecwid_async.webhooks``: verified, typed, de-duplicated Ecwid webhooks.

Usage::

    from ecwid_async.webhooks import WebhookRouter, webhook_app

    router = WebhookRouter()                     # in-memory de-duplication by event_id

    @router.on("order.created", "order.updated")
    async def on_order(event):                   # WebhookEvent
        order = await event.fetch(ecwid)         # the signature covers ids, not data
        ...

    app = webhook_app(router, client_secret=CLIENT_SECRET)   # aiohttp.web.Application
    asgi = asgi_app(router, client_secret=CLIENT_SECRET)     # Starlette / FastAPI mount

``parse_webhook(body, headers, client_secret=...)`` is the pure core; ``make_webhook``
and ``sign_webhook`` build signed deliveries for your own tests; ``RedisDedupe`` shares
the de-duplication between processes (``[redis]`` extra, imported only when used).
"""

from __future__ import annotations

from ._event import (
    DEFAULT_MAX_AGE,
    SIGNATURE_HEADER,
    EventType,
    WebhookData,
    WebhookError,
    WebhookEvent,
    WebhookExpiredError,
    WebhookPayloadError,
    WebhookSignatureError,
    make_webhook,
    parse_webhook,
    sign_webhook,
)
from .aiohttp_app import RECEIVER_KEY, webhook_app
from .asgi import WebhookASGIApp, asgi_app
from .dedupe import Claim, DedupeStore, MemoryDedupe, RedisDedupe
from .receiver import ReceiverOptions, Reply, WebhookReceiver
from .router import Handler, Outcome, WebhookRouter

__all__ = [
    "DEFAULT_MAX_AGE",
    "RECEIVER_KEY",
    "SIGNATURE_HEADER",
    "Claim",
    "DedupeStore",
    "EventType",
    "Handler",
    "MemoryDedupe",
    "Outcome",
    "ReceiverOptions",
    "RedisDedupe",
    "Reply",
    "WebhookASGIApp",
    "WebhookData",
    "WebhookError",
    "WebhookEvent",
    "WebhookExpiredError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookRouter",
    "WebhookSignatureError",
    "asgi_app",
    "make_webhook",
    "parse_webhook",
    "sign_webhook",
    "webhook_app",
]
