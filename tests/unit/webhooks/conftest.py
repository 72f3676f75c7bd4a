"""Shared helpers of the webhook unit tests: signed deliveries and a manual clock."""

from __future__ import annotations

import time
from typing import Any

from ecwid_async.webhooks import make_webhook, parse_webhook

SECRET = "unit-client-secret-42"


class ManualClock:
    """A monotonic clock that moves only when told."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def delivery(
    event_id: str = "ev-1", event_type: str = "order.created", entity_id: int | str = 103, **kw: Any
) -> tuple[bytes, dict[str, str]]:
    """A signed delivery created now."""
    return make_webhook(
        event_type,
        entity_id,
        client_secret=SECRET,
        store_id=kw.pop("store_id", 1003),
        event_id=event_id,
        event_created=kw.pop("event_created", int(time.time())),
        **kw,
    )


def event(event_id: str = "ev-1", event_type: str = "order.created", **kw: Any) -> Any:
    """A parsed ``WebhookEvent``."""
    body, headers = delivery(event_id, event_type, **kw)
    return parse_webhook(body, headers, client_secret=SECRET)
