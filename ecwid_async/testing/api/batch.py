"""Batch requests (docs: batch-api.txt, supplement/batch_api.md, and the newer parameters
``deduplicationKey``, ``allowParallelMode``, ``groupId``, ``cancel-group`` and ticket delete).

A ticket runs its items against the fake's own store routes, progressing over status
polls: QUEUED on the first poll, IN_PROGRESS (about half done) on the next, COMPLETED
on the one after (``FakeEcwid.set_batch_polls`` changes the count). With
``stopOnFirstFailure`` (the default) the items after the first failure are
NOT_EXECUTED. ``escapedJson=true`` on a status poll answers ``escapedHttpBody`` strings
instead of ``httpBody`` objects. A repeated ``deduplicationKey`` returns the first ticket.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import msgspec
from multidict import MultiDict, MultiDictProxy

from ..errors import FakeApiError, bad_request, conflict, not_found
from ..routing import Ctx, RouteTable

routes = RouteTable()

MAX_ITEMS = 500
METHODS = frozenset({"GET", "POST", "PUT", "DELETE"})
_encoder = msgspec.json.Encoder()


@dataclass
class Ticket:
    """One batch ticket: its items, options, progress and results."""

    id: str
    store_id: int
    items: list[dict[str, Any]]
    stop_on_first_failure: bool
    group_id: str | None
    parallel: bool
    polls: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def started(self) -> bool:
        """Whether any item ran (or the ticket was polled past QUEUED)."""
        return self.polls > 1 or bool(self.results)


@dataclass
class BatchState:
    """Every ticket of the fake, by id and by deduplication key; the poll script."""

    tickets: dict[str, Ticket] = field(default_factory=dict)
    by_key: dict[str, str] = field(default_factory=dict)
    polls_to_complete: int = 3


def state_of(ctx: Ctx) -> BatchState:
    """The batch state kept in the backend (created on first use, emptied by reset)."""
    state = ctx.backend.extra.get("batch")
    if state is None:
        state = ctx.backend.extra["batch"] = BatchState()
    assert isinstance(state, BatchState)
    return state


def _flag(ctx: Ctx, name: str, default: bool) -> bool:
    raw = ctx.query.get(name)
    if raw is None:
        return default
    if raw.lower() in ("true", "1", "yes"):
        return True
    if raw.lower() in ("false", "0", "no"):
        return False
    raise bad_request(f"Wrong parameter '{name}' value: expected true or false")


def _validate(items: Any) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not items:
        raise bad_request("Can't create batch. Batch request body must be a non-empty array")
    if len(items) > MAX_ITEMS:
        raise bad_request(f"Batch request can't contain more than {MAX_ITEMS} requests")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad_request(f"Can't create batch. Batch request body is invalid. Path $[{index}]")
        for name in ("path", "method"):
            if not isinstance(item.get(name), str):
                raise bad_request(
                    "Can't create batch. Batch request body is invalid. "
                    f"Path $[{index}].{name} contains bad value"
                )
        if item["method"].upper() not in METHODS or not item["path"].startswith("/"):
            raise bad_request(
                "Can't create batch. Batch request body is invalid. "
                f"Path $[{index}].path contains bad value"
            )
        if "id" in item and not isinstance(item["id"], (str, int)):
            raise bad_request(
                "Can't create batch. Batch request body is invalid. "
                f"Path $[{index}].id contains bad value"
            )
    return items


@routes.post("/batch")
def create_batch(ctx: Ctx) -> Any:
    """Create new batch request: queue the items and answer a ticket."""
    state = state_of(ctx)
    key = ctx.query.get("deduplicationKey")
    if key and key in state.by_key:
        return {"ticket": state.by_key[key]}
    items = _validate(ctx.json())
    ticket = Ticket(
        id=str(uuid.uuid4()),
        store_id=ctx.store.store_id,
        items=items,
        stop_on_first_failure=_flag(ctx, "stopOnFirstFailure", True),
        group_id=ctx.query.get("groupId") or None,
        parallel=_flag(ctx, "allowParallelMode", False),
    )
    state.tickets[ticket.id] = ticket
    if key:
        state.by_key[key] = ticket.id
    return {"ticket": ticket.id}


def _ticket(ctx: Ctx, name: str) -> Ticket:
    ticket_id = ctx.query.get(name)
    if not ticket_id:
        raise bad_request(f"Required parameter '{name}' is missing")
    ticket = state_of(ctx).tickets.get(ticket_id)
    if ticket is None or ticket.store_id != ctx.store.store_id:
        raise not_found(f"Batch ticket {ticket_id} not found")
    return ticket


async def _execute(ctx: Ctx, item: dict[str, Any]) -> dict[str, Any]:
    """Run one item through the store routes; its RequestDetails entry."""
    assert ctx.router is not None
    method = item["method"].upper()
    parts = urlsplit(item["path"])
    match = ctx.router.resolve("store", method, parts.path)
    body = item.get("body")
    raw = (
        b""
        if body in (None, "")
        else body.encode()
        if isinstance(body, str)
        else _encoder.encode(body)
    )
    entry: dict[str, Any] = {"id": str(item["id"])} if "id" in item else {}
    status: int = 200
    payload: Any = None
    if match.route is None:
        status, payload = 404, {"errorMessage": f"Resource not found: {parts.path}"}
    else:
        sub = Ctx(
            request=ctx.request,
            params={k: unquote(v) for k, v in match.params.items()},
            query=MultiDictProxy(MultiDict(parse_qsl(parts.query, keep_blank_values=True))),
            body=raw,
            backend=ctx.backend,
            base_url=ctx.base_url,
            store_state=ctx.store,
            router=ctx.router,
        )
        try:
            payload = match.route.handler(sub)
            if hasattr(payload, "__await__"):
                payload = await payload
        except FakeApiError as exc:
            status = exc.status
            payload = {"errorMessage": exc.message, **({"errorCode": exc.code} if exc.code else {})}
        if method != "GET":
            ctx.store.bump()
    if hasattr(payload, "body"):  # an aiohttp Response (e.g. an HTML invoice)
        payload = bytes(payload.body or b"").decode("utf-8", "replace")
    entry.update(
        status="COMPLETED" if status == 200 else "FAILED",
        httpStatusCode=status,
        httpStatusLine=HTTPStatus(status).phrase,
        httpBody=payload,
    )
    return entry


async def _advance(ctx: Ctx, ticket: Ticket, polls_to_complete: int) -> None:
    """Run the share of items this poll is due to run."""
    if ticket.cancelled:
        return
    ticket.polls += 1
    total = len(ticket.items)
    if ticket.polls <= 1 and polls_to_complete > 1:
        due = 0
    elif ticket.polls >= polls_to_complete:
        due = total
    else:
        due = total * (ticket.polls - 1) // (polls_to_complete - 1)
    stopped = any(r["status"] == "FAILED" for r in ticket.results) and ticket.stop_on_first_failure
    while len(ticket.results) < due:
        item = ticket.items[len(ticket.results)]
        if stopped:
            entry = {"status": "NOT_EXECUTED", **({"id": str(item["id"])} if "id" in item else {})}
        else:
            entry = await _execute(ctx, item)
            stopped = entry["status"] == "FAILED" and ticket.stop_on_first_failure
        ticket.results.append(entry)


@routes.get("/batch")
async def batch_status(ctx: Ctx) -> Any:
    """Get batch request status: progress over polls; escapedJson turns bodies to strings."""
    ticket = _ticket(ctx, "ticket")
    await _advance(ctx, ticket, state_of(ctx).polls_to_complete)
    done = len(ticket.results)
    total = len(ticket.items)
    status = "COMPLETED" if done == total else ("IN_PROGRESS" if done else "QUEUED")
    if ticket.cancelled:
        status = "CANCELLED"
    answer: dict[str, Any] = {"status": status, "totalRequests": total, "completedRequests": done}
    if ticket.results:
        escaped = _flag(ctx, "escapedJson", False)
        answer["responses"] = _escape(ticket.results) if escaped else list(ticket.results)
    return answer


def _escape(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The results with each ``httpBody`` turned into an ``escapedHttpBody`` string."""
    out = []
    for entry in results:
        if "httpBody" in entry:
            entry = {k: v for k, v in entry.items() if k != "httpBody"} | {
                "escapedHttpBody": _encoder.encode(entry["httpBody"]).decode()
            }
        out.append(entry)
    return out


@routes.delete("/batch")
def cancel_ticket(ctx: Ctx) -> Any:
    """Cancel a batch request that has not started (409 once it has)."""
    ticket = _ticket(ctx, "ticketId")
    if ticket.started:
        raise conflict(f"Batch ticket {ticket.id} has already started")
    ticket.cancelled = True
    return {"deleteCount": 1}


@routes.post("/batch/cancel-group")
def cancel_group(ctx: Ctx) -> Any:
    """Cancel every not-yet-started ticket of a group."""
    group = ctx.query.get("groupId")
    if not group:
        raise bad_request("Required parameter 'groupId' is missing")
    cancelled = 0
    for ticket in state_of(ctx).tickets.values():
        if (
            ticket.group_id == group
            and ticket.store_id == ctx.store.store_id
            and not ticket.started
        ):
            ticket.cancelled = True
            cancelled += 1
    return {"cancelledCount": cancelled}
