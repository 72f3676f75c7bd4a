"""FakeEcwid sends signed webhooks, as Ecwid does, to receivers on 127.0.0.1.

A test registers a URL and a client secret (``fake.register_webhook(...)``), changes
data through the API, and the fake POSTs the matching events (``webhook_events`` maps
routes to events) to ``URL?eventtype=<type>``, signed with
``X-Ecwid-Webhook-Signature``. Anything but a 200 is retried on ``retry_schedule``
(Ecwid's by default: every 15 minutes four times, then hourly up to a day; pass short
delays in tests). Every attempt is kept in ``fake.webhook_deliveries``.

Pieces: ``WebhookHub`` (subscriptions, deliveries, the retry loop), ``ObservedRouter``
(wraps the fake's router so every mutating store route, including the items a Batch API
ticket runs, reports its effects), ``WebhookKnobs`` (the ``FakeEcwid`` methods).
"""

from __future__ import annotations

import asyncio
import dataclasses
import inspect
import logging
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import aiohttp
from multidict import CIMultiDict

from ecwid_async.webhooks import EventType, make_webhook
from ecwid_async.webhooks.router import check_pattern, pattern_matches

from .routing import Ctx, Handler, Match, Route, Router, Scope
from .webhook_events import Change, changes, snapshot

if TYPE_CHECKING:
    from .app import ServerState
    from .loop_thread import LoopThread
    from .models import StoreState

__all__ = [
    "ECWID_RETRY_SCHEDULE",
    "ObservedRouter",
    "WebhookDelivery",
    "WebhookHub",
    "WebhookKnobs",
    "WebhookSubscription",
]

#: Ecwid's schedule after a failed delivery: 4 retries 15 minutes apart, then hourly
#: until 24 hours have passed since the first attempt.
ECWID_RETRY_SCHEDULE: tuple[float, ...] = (900.0,) * 4 + (3600.0,) * 23
_ALLOWED_HOSTS = frozenset({"127.0.0.1"})
_log = logging.getLogger("ecwid_async.testing")


def _check_url(url: str) -> str:
    """Only loopback receivers, on a port Ecwid would send to (80, 443, 1024-65535)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or parts.hostname not in _ALLOWED_HOSTS:
        raise ValueError(f"FakeEcwid sends webhooks only to http(s)://127.0.0.1 URLs, got {url!r}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if port not in (80, 443) and not 1024 <= port <= 65535:
        raise ValueError(f"Ecwid sends webhooks only to ports 80, 443 or 1024-65535, not {port}")
    return url


def _with_event_type(url: str, event_type: str) -> str:
    parts = urlsplit(url)
    query = [*parse_qsl(parts.query, keep_blank_values=True), ("eventtype", event_type)]
    return urlunsplit(parts._replace(query=urlencode(query)))


@dataclass
class WebhookSubscription:
    """A registered receiver: URL, secret, event patterns (``order.*``, ``*``), store
    (``None``: every store), retry delays, extra headers and per-attempt timeout."""

    url: str
    client_secret: str = field(repr=False)
    events: tuple[str, ...] = ("*",)
    store_id: int | None = None
    retry_schedule: tuple[float, ...] = ECWID_RETRY_SCHEDULE
    headers: Mapping[str, str] = field(default_factory=dict)
    timeout: float = 10.0

    def wants(self, store_id: int, event_type: str) -> bool:
        """Whether this receiver gets ``event_type`` events of ``store_id``."""
        if self.store_id is not None and self.store_id != store_id:
            return False
        return any(pattern_matches(p, event_type) for p in self.events)


@dataclass(frozen=True)
class WebhookDelivery:
    """One delivery attempt: ``status`` is the receiver's answer (0: none, see
    ``error``); ``attempt`` counts from 1; ``at`` is the fake's wall clock."""

    event_id: str
    event_type: str
    url: str
    attempt: int
    status: int
    at: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the receiver answered 200 (anything else is retried, as by Ecwid)."""
        return self.status == 200


class WebhookHub:
    """Subscriptions, the events sent, every delivery attempt and the running deliveries."""

    def __init__(self) -> None:
        self.subscriptions: list[WebhookSubscription] = []
        self.events: list[dict[str, Any]] = []
        self.deliveries: list[WebhookDelivery] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    def emit(self, store: StoreState, change: Change) -> dict[str, Any] | None:
        """Send ``change`` of ``store`` to every subscription that wants it; the payload
        (``None`` when nobody wants it). Must run on the fake's event loop."""
        wanted = [s for s in self.subscriptions if s.wants(store.store_id, change.event_type)]
        if not wanted:
            return None
        payload: dict[str, Any] = {
            "eventId": str(uuid.uuid4()),
            "eventCreated": store.now(),
            "storeId": store.store_id,
            "entityId": change.entity_id,
            "eventType": change.event_type,
        }
        if change.data is not None:
            payload["data"] = change.data
        self.events.append(payload)
        loop = asyncio.get_running_loop()
        for sub in wanted:
            task = loop.create_task(self._deliver(sub, payload, store))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return payload

    async def _deliver(
        self, sub: WebhookSubscription, payload: dict[str, Any], store: StoreState
    ) -> None:
        body, signed = make_webhook(
            payload["eventType"],
            payload["entityId"],
            client_secret=sub.client_secret,
            store_id=payload["storeId"],
            data=payload.get("data"),
            event_id=payload["eventId"],
            event_created=payload["eventCreated"],
        )
        headers = CIMultiDict(signed)
        headers["Cache-Control"] = "no-cache"  # as in the docs' header example
        for name, value in sub.headers.items():
            headers.add(name, value)  # added to the default ones, as Ecwid does
        url = _with_event_type(sub.url, payload["eventType"])
        for attempt, delay in enumerate((0.0, *sub.retry_schedule), start=1):
            if delay > 0:
                await asyncio.sleep(delay)
            status, error = await self._attempt(url, body, headers, sub.timeout)
            record = WebhookDelivery(
                event_id=payload["eventId"],
                event_type=payload["eventType"],
                url=sub.url,
                attempt=attempt,
                status=status,
                at=float(store.now()),
                error=error,
            )
            self.deliveries.append(record)
            if status == 200:
                return

    async def _attempt(
        self, url: str, body: bytes, headers: CIMultiDict[str], timeout: float
    ) -> tuple[int, str | None]:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        try:
            async with self._session.post(
                url,
                data=body,
                headers=headers,
                allow_redirects=False,
                timeout=aiohttp.ClientTimeout(total=timeout),
            ) as resp:
                await resp.read()
                return resp.status, None
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            return 0, f"{type(exc).__name__}: {exc}"

    @property
    def pending(self) -> int:
        """Deliveries still running or waiting to retry."""
        return len(self._tasks)

    async def drain(self, timeout: float) -> None:
        """Wait until every delivery succeeded or ran out of retries."""
        deadline = time.monotonic() + timeout
        while self._tasks:
            left = deadline - time.monotonic()
            _, pending = await asyncio.wait(set(self._tasks), timeout=max(left, 0))
            if pending and time.monotonic() >= deadline:
                raise TimeoutError(f"{len(pending)} webhook deliveries still pending")

    def reset(self) -> None:
        """Forget subscriptions, events and attempts; cancel running deliveries."""
        for task in self._tasks:
            task.cancel()
        self.subscriptions.clear()
        self.events.clear()
        self.deliveries.clear()

    async def aclose(self) -> None:
        """Cancel running deliveries and close the HTTP session."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        session, self._session = self._session, None
        if session is not None:
            await session.close()


class ObservedRouter(Router):
    """The fake's router, with every mutating store route reporting its effects to a
    ``WebhookHub`` (nothing changes while no receiver is registered)."""

    def __init__(self, inner: Router, hub: WebhookHub) -> None:
        super().__init__([])
        self.inner, self.hub = inner, hub

    def resolve(self, scope: Scope, method: str, path: str) -> Match:
        """``inner.resolve``, with the handler observed when webhooks may follow."""
        match = self.inner.resolve(scope, method, path)
        route = match.route
        if route is None or scope != "store" or method == "GET" or not self.hub.subscriptions:
            return match
        observed = dataclasses.replace(route, handler=self._observed(route))
        return Match(observed, match.params, match.allowed)

    def _observed(self, route: Route) -> Handler:
        handler, hub = route.handler, self.hub

        async def observed(ctx: Ctx) -> Any:
            before = snapshot(route.method, route.template, ctx.params, ctx.store)
            result = handler(ctx)
            if inspect.isawaitable(result):
                result = await result
            try:
                found = changes(route.method, route.template, ctx.params, ctx.store, before, result)
                for change in found:
                    hub.emit(ctx.store, change)
            except Exception:  # a bug here must not fail the API call it follows
                _log.exception("FakeEcwid could not send webhooks for %s", route.template)
            return result

        return observed


class WebhookKnobs:
    """The webhook knobs of ``FakeEcwid`` (a base class of it)."""

    _state: ServerState
    _loop_thread: LoopThread

    if TYPE_CHECKING:

        def _store(self, store: StoreState | int | None) -> StoreState: ...

    def register_webhook(
        self,
        url: str,
        *,
        client_secret: str,
        events: Iterable[EventType | str] = ("*",),
        store: StoreState | int | None = None,
        retry_schedule: Iterable[float] = ECWID_RETRY_SCHEDULE,
        headers: Mapping[str, str] | None = None,
        timeout: float = 10.0,
    ) -> WebhookSubscription:
        """Send events matching ``events`` (``order.created``, ``order.*``, ``*``) of
        ``store`` (``None``: every store) to ``url`` (127.0.0.1 only), signed with
        ``client_secret``; a non-200 answer is retried after each ``retry_schedule``
        delay in turn (Ecwid's by default); ``headers`` are sent as well. Deliveries run
        concurrently, in no promised order (as Ecwid's); ``eventCreated`` is the fake's
        ``wall_clock``, so a receiver checking ``max_age`` needs a real-time one."""
        if not client_secret:
            raise ValueError("client_secret must be a non-empty string")
        delays = tuple(float(d) for d in retry_schedule)
        if any(d < 0 for d in delays):
            raise ValueError("retry_schedule delays must be >= 0")
        sub = WebhookSubscription(
            url=_check_url(url),
            client_secret=client_secret,
            events=tuple(check_pattern(str(e)) for e in events) or ("*",),
            store_id=None if store is None else self._store(store).store_id,
            retry_schedule=delays,
            headers=dict(headers or {}),
            timeout=timeout,
        )
        self._loop_thread.call(lambda: self._state.webhooks.subscriptions.append(sub))
        return sub

    def clear_webhooks(self) -> None:
        """Unregister every receiver (deliveries already running go on)."""
        self._loop_thread.call(self._state.webhooks.subscriptions.clear)

    def send_webhook(
        self,
        event_type: EventType | str,
        entity_id: int | str | None = None,
        *,
        data: Mapping[str, Any] | None = None,
        store: StoreState | int | None = None,
    ) -> dict[str, Any] | None:
        """Send an event no API call causes here (``application.installed``...) as Ecwid
        would: ``entity_id`` defaults to the store id (a string for ``application.*``).
        Returns the payload (``None``: no receiver wants it). The fake must be started."""
        state = self._store(store)
        kind = str(event_type)
        if entity_id is None:
            entity_id = str(state.store_id) if kind.startswith("application.") else state.store_id
        change = Change(kind, entity_id, None if data is None else dict(data))

        async def emit() -> dict[str, Any] | None:
            return self._state.webhooks.emit(state, change)

        loop = self._loop_thread.loop
        if loop is not None:
            return asyncio.run_coroutine_threadsafe(emit(), loop).result()
        return self._state.webhooks.emit(state, change)

    @property
    def webhook_events(self) -> list[dict[str, Any]]:
        """Every event sent, as its JSON payload, oldest first (a copy)."""
        return list(self._state.webhooks.events)

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        """Every delivery attempt, oldest first (a copy)."""
        return list(self._state.webhooks.deliveries)

    async def drain_webhooks(self, timeout: float = 10.0) -> None:
        """Wait (in the fake's loop) until every delivery succeeded or gave up."""
        await self._state.webhooks.drain(timeout)

    def wait_for_webhooks(self, timeout: float = 10.0) -> None:
        """Block until every delivery succeeded or gave up (``start_in_thread`` fakes)."""
        loop = self._loop_thread.loop
        if loop is None:
            raise RuntimeError("wait_for_webhooks is for a fake started in a thread")
        future = asyncio.run_coroutine_threadsafe(self._state.webhooks.drain(timeout), loop)
        future.result(timeout + 1)
