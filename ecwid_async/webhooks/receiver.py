"""``WebhookReceiver``: what a webhook endpoint does, free of any web framework.

The aiohttp app and the ASGI app are thin shells around :meth:`WebhookReceiver.receive`,
which turns ``(body, headers)`` into a status and a small JSON body:

* 401: bad, missing or stale signature (no handler ever sees it); 400: not a webhook.
* 200: the event was handled, is a redelivery of a handled event, or has no handler.
* 500: a handler failed within ``ack_timeout``; its claim is released so Ecwid's
  redelivery runs it again. 409: the same event is being handled right now (Ecwid
  retries later, when it is done). 413: a body over ``max_body`` bytes.
  503: ``max_concurrency`` handlers are running, or the receiver shut down mid-handler.

When the handler runs: at once, in a task; the answer waits for it up to
``ack_timeout`` seconds (``None``: until it is done; ``0``: not at all), so a failure
still gets a non-200 and a redelivery. A handler slower than that is answered 200 and
runs on in the background (bounded by ``max_concurrency``); if it then fails, the event
is lost to Ecwid's retries: keep handlers short, or make them enqueue to a durable queue.
``on_error(event, exc)`` (plain or async) is called for every handler failure, and each
is logged on the ``ecwid_async.webhooks`` logger.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict

import msgspec

from ._event import (
    DEFAULT_MAX_AGE,
    WebhookEvent,
    WebhookPayloadError,
    WebhookSignatureError,
    parse_webhook,
    secret_bytes,
)
from .router import Handler, Outcome, WebhookRouter

__all__ = [
    "DEFAULT_ACK_TIMEOUT",
    "DEFAULT_MAX_BODY",
    "ErrorHook",
    "ReceiverOptions",
    "Reply",
    "WebhookReceiver",
    "as_router",
    "json_reply",
]

#: Ecwid's bodies are a few hundred bytes; anything near this is not a webhook.
DEFAULT_MAX_BODY = 64 * 1024
DEFAULT_ACK_TIMEOUT = 5.0
_log = logging.getLogger("ecwid_async.webhooks")
_encoder = msgspec.json.Encoder()

ErrorHook = Callable[[WebhookEvent, BaseException], "Awaitable[None] | None"]


class ReceiverOptions(TypedDict, total=False):
    """The keyword options of a receiver, shared by ``webhook_app`` and ``asgi_app``."""

    max_age: float | None
    ack_timeout: float | None
    max_concurrency: int
    max_body: int
    on_error: ErrorHook | None


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status and JSON body."""

    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)


def json_reply(
    status: int, fields: Mapping[str, str], headers: Mapping[str, str] | None = None
) -> Reply:
    """A ``Reply`` whose body is the JSON object of ``fields``."""
    return Reply(status, _encoder.encode(fields), headers or {})


def as_router(handler_or_router: WebhookRouter | Handler) -> WebhookRouter:
    """A router as given, or one running ``handler`` for every event."""
    if isinstance(handler_or_router, WebhookRouter):
        return handler_or_router
    if not callable(handler_or_router):
        raise TypeError(
            f"expected a WebhookRouter or an async handler, got {type(handler_or_router).__name__}"
        )
    router = WebhookRouter()
    router.add("*", handler_or_router)
    return router


class WebhookReceiver:
    """Verifies, de-duplicates and dispatches deliveries; see the module docs for the
    statuses and when handlers run. ``aclose()`` waits for background handlers."""

    def __init__(
        self,
        handler_or_router: WebhookRouter | Handler,
        *,
        client_secret: str,
        max_age: float | None = DEFAULT_MAX_AGE,
        ack_timeout: float | None = DEFAULT_ACK_TIMEOUT,
        max_concurrency: int = 32,
        max_body: int = DEFAULT_MAX_BODY,
        on_error: ErrorHook | None = None,
    ) -> None:
        secret_bytes(client_secret)
        if ack_timeout is not None and ack_timeout < 0:
            raise ValueError(f"ack_timeout must be >= 0, got {ack_timeout!r}")
        if max_concurrency < 1 or max_body < 1:
            raise ValueError("max_concurrency and max_body must be >= 1")
        self.router = as_router(handler_or_router)
        self._secret = client_secret
        self.max_age, self.ack_timeout = max_age, ack_timeout
        self.max_concurrency, self.max_body = max_concurrency, max_body
        self._on_error = on_error
        self._running: dict[asyncio.Task[Outcome], WebhookEvent] = {}
        self._detached: set[asyncio.Task[Outcome]] = set()
        self._hooks: set[asyncio.Future[Any]] = set()

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(router={self.router!r}, client_secret='***', "
            f"ack_timeout={self.ack_timeout}, max_concurrency={self.max_concurrency})"
        )

    @property
    def running(self) -> int:
        """Handlers running now (answered or not)."""
        return len(self._running)

    async def receive(self, body: bytes, headers: Mapping[str, str]) -> Reply:
        """Answer one delivery (see the module docs for the statuses)."""
        if len(body) > self.max_body:
            return json_reply(413, {"error": f"body larger than {self.max_body} bytes"})
        try:
            event = parse_webhook(body, headers, client_secret=self._secret, max_age=self.max_age)
        except WebhookSignatureError as exc:
            return json_reply(401, {"error": str(exc)})
        except WebhookPayloadError as exc:
            return json_reply(400, {"error": str(exc)})
        if len(self._running) >= self.max_concurrency:
            return json_reply(
                503, {"error": "too many webhooks in progress"}, {"Retry-After": "60"}
            )
        task = asyncio.ensure_future(self.router.dispatch(event))
        self._running[task] = event
        task.add_done_callback(self._finished)
        try:
            if self.ack_timeout != 0:  # 0: answer before the handler even starts
                await asyncio.wait({task}, timeout=self.ack_timeout)
        finally:
            if not task.done():
                self._detached.add(task)
        if not task.done():
            return json_reply(200, {"status": "accepted", "eventId": event.event_id})
        if task.cancelled():  # shut down while it ran: not handled, Ecwid will retry
            return json_reply(503, {"error": "receiver is shutting down"}, {"Retry-After": "60"})
        if task.exception() is not None:
            return json_reply(500, {"error": "webhook handler failed", "eventId": event.event_id})
        outcome = task.result()
        if outcome is Outcome.IN_PROGRESS:
            return json_reply(409, {"error": "event is being handled", "eventId": event.event_id})
        return json_reply(200, {"status": outcome.value, "eventId": event.event_id})

    def _finished(self, task: asyncio.Task[Outcome]) -> None:
        event = self._running.pop(task)
        detached = task in self._detached
        self._detached.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        _log.error(
            "webhook handler failed for %s event %s%s",
            event.event_type,
            event.event_id,
            " after it was acknowledged" if detached else "",
            exc_info=exc,
        )
        if self._on_error is not None:
            self._report(self._on_error, event, exc)

    def _report(self, on_error: ErrorHook, event: WebhookEvent, exc: BaseException) -> None:
        """Call ``on_error``; its own failure is logged, never raised into the loop."""
        try:
            result = on_error(event, exc)
        except Exception:
            _log.exception("on_error failed for webhook event %s", event.event_id)
            return
        if inspect.isawaitable(result):
            hook = asyncio.ensure_future(result)
            self._hooks.add(hook)
            hook.add_done_callback(self._hook_done)

    def _hook_done(self, hook: asyncio.Future[Any]) -> None:
        self._hooks.discard(hook)
        if not hook.cancelled() and hook.exception() is not None:
            _log.error("async on_error failed", exc_info=hook.exception())

    async def aclose(self, timeout: float | None = None) -> None:
        """Wait for running handlers (``timeout``: then cancel the rest)."""
        tasks: list[asyncio.Future[Any]] = [*self._running, *self._hooks]
        if not tasks:
            return
        _, pending = await asyncio.wait(tasks, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
