"""``WebhookRouter``: handlers per event type, each event handled once per ``event_id``."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import TypeVar

from ._event import EventType, WebhookEvent
from .dedupe import DedupeStore, MemoryDedupe

__all__ = ["Handler", "Outcome", "WebhookRouter", "check_pattern", "pattern_matches"]

Handler = Callable[[WebhookEvent], Awaitable[object]]
H = TypeVar("H", bound=Handler)


class Outcome(str, enum.Enum):
    """What ``WebhookRouter.dispatch`` did with an event."""

    HANDLED = "handled"
    DUPLICATE = "duplicate"
    IN_PROGRESS = "in_progress"
    IGNORED = "ignored"


def check_pattern(pattern: str) -> str:
    """``pattern`` if it is an event type, ``<entity>.*`` or ``*``; else ``ValueError``."""
    text = str(pattern)
    head, dot, tail = text.rpartition(".")
    stars_ok = "*" not in head and (tail == "*" or "*" not in tail)
    if not text or (text != "*" and not (dot and head and tail and stars_ok)):
        raise ValueError(
            f"event pattern must be an event type ('order.created'), 'order.*' or '*', "
            f"got {pattern!r}"
        )
    return text


def pattern_matches(pattern: str, event_type: str) -> bool:
    """Whether ``event_type`` matches a pattern that ``check_pattern`` accepted."""
    if pattern == "*":
        return True
    if pattern.endswith(".*"):
        return event_type.startswith(pattern[:-1])
    return pattern == event_type


class WebhookRouter:
    """Routes events to the handlers registered for their type.

    ``@router.on("order.created")``, ``@router.on("order.*", "customer.deleted")`` or
    ``@router.on("*")`` registers an ``async def handler(event)``. Every matching handler
    runs, in registration order. An event is claimed in ``dedupe`` (default: a
    ``MemoryDedupe``) before its handlers run and marked handled only when all of them
    succeed; if one raises, the claim is released and the error propagates, so Ecwid's
    redelivery runs the handlers again (make them idempotent).
    """

    def __init__(self, *, dedupe: DedupeStore | None = None) -> None:
        self.dedupe: DedupeStore = MemoryDedupe() if dedupe is None else dedupe
        self._routes: list[tuple[str, Handler]] = []

    def __repr__(self) -> str:
        return f"WebhookRouter(routes={len(self._routes)}, dedupe={self.dedupe!r})"

    def add(self, pattern: EventType | str, handler: Handler) -> None:
        """Register ``handler`` for events matching ``pattern``."""
        self._routes.append((check_pattern(str(pattern)), handler))

    def on(self, *patterns: EventType | str) -> Callable[[H], H]:
        """Decorator: register the handler for each of ``patterns``."""
        if not patterns:
            raise ValueError("on() needs at least one event pattern")
        checked = [check_pattern(str(p)) for p in patterns]

        def register(handler: H) -> H:
            for pattern in checked:
                self._routes.append((pattern, handler))
            return handler

        return register

    def handlers_for(self, event_type: EventType | str) -> list[Handler]:
        """The handlers an event of ``event_type`` runs, each once, in registration order."""
        found: list[Handler] = []
        for pattern, handler in self._routes:
            if pattern_matches(pattern, str(event_type)) and handler not in found:
                found.append(handler)
        return found

    async def dispatch(self, event: WebhookEvent) -> Outcome:
        """Run the handlers for ``event`` unless it was handled (``DUPLICATE``) or is
        being handled (``IN_PROGRESS``); ``IGNORED`` when no handler matches."""
        handlers = self.handlers_for(event.event_type)
        if not handlers:
            return Outcome.IGNORED
        claim = await self.dedupe.claim(event.event_id)
        if claim.state == "done":
            return Outcome.DUPLICATE
        if claim.state == "busy":
            return Outcome.IN_PROGRESS
        try:
            for handler in handlers:
                await handler(event)
        except BaseException:
            await self.dedupe.release(claim)
            raise
        await self.dedupe.complete(claim)
        return Outcome.HANDLED
