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

import dataclasses
import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import msgspec
from aiohttp import web
from multidict import MultiDict, MultiDictProxy

from ..errors import bad_request, conflict, error_body, not_found
from ..models import Backend
from ..params import q_bool
from ..routing import Ctx, RouteTable, call

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


def state_of(backend: Backend) -> BatchState:
    """The batch state kept in the backend (created on first use, emptied by reset)."""
    state: BatchState = backend.extra.setdefault("batch", BatchState())
    return state


def _flag(ctx: Ctx, name: str, default: bool) -> bool:
    value = q_bool(ctx.query, name)
    return default if value is None else value


def _invalid(index: int, field: str | None = None) -> Exception:
    where = f"$[{index}]" if field is None else f"$[{index}].{field} contains bad value"
    return bad_request(f"Can't create batch. Batch request body is invalid. Path {where}")


def _validate(items: Any) -> list[dict[str, Any]]:
    if not isinstance(items, list) or not items:
        raise bad_request("Can't create batch. Batch request body must be a non-empty array")
    if len(items) > MAX_ITEMS:
        raise bad_request(f"Batch request can't contain more than {MAX_ITEMS} requests")
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise _invalid(index)
        for name in ("path", "method"):
            if not isinstance(item.get(name), str):
                raise _invalid(index, name)
        if item["method"].upper() not in METHODS or not item["path"].startswith("/"):
            raise _invalid(index, "path")
        if "id" in item and not isinstance(item["id"], (str, int)):
            raise _invalid(index, "id")
    return items


@routes.post("/batch")
def create_batch(ctx: Ctx) -> Any:
    """Create new batch request: queue the items and answer a ticket."""
    state = state_of(ctx.backend)
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
    ticket = state_of(ctx.backend).tickets.get(ticket_id)
    if ticket is None or ticket.store_id != ctx.store.store_id:
        raise not_found(f"Batch ticket {ticket_id} not found")
    return ticket


def _item_id(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": str(item["id"])} if "id" in item else {}


async def _execute(ctx: Ctx, item: dict[str, Any]) -> dict[str, Any]:
    """Run one item through the store routes, as the app runs a request; its
    RequestDetails entry."""
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
    status: int
    payload: Any
    if match.route is None:
        status, payload = 404, error_body(f"Resource not found: {parts.path}")
    else:
        sub = dataclasses.replace(
            ctx,
            path=parts.path,
            params=dict(match.params),
            query=MultiDictProxy(MultiDict(parse_qsl(parts.query, keep_blank_values=True))),
            body=raw,
            _json=None,
        )
        status, payload = await call(match.route.handler, sub)
        if method != "GET":
            ctx.store.bump()
    if isinstance(payload, web.Response):  # e.g. an HTML invoice
        raw_body = payload.body
        payload = raw_body.decode("utf-8", "replace") if isinstance(raw_body, bytes) else ""
    return {
        **_item_id(item),
        "status": "COMPLETED" if status == 200 else "FAILED",
        "httpStatusCode": status,
        "httpStatusLine": HTTPStatus(status).phrase,
        "httpBody": payload,
    }


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
            entry = {"status": "NOT_EXECUTED", **_item_id(item)}
        else:
            entry = await _execute(ctx, item)
            stopped = entry["status"] == "FAILED" and ticket.stop_on_first_failure
        ticket.results.append(entry)


@routes.get("/batch")
async def batch_status(ctx: Ctx) -> Any:
    """Get batch request status: progress over polls; escapedJson turns bodies to strings."""
    ticket = _ticket(ctx, "ticket")
    await _advance(ctx, ticket, state_of(ctx.backend).polls_to_complete)
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
    for ticket in state_of(ctx.backend).tickets.values():
        if (
            ticket.group_id == group
            and ticket.store_id == ctx.store.store_id
            and not ticket.started
        ):
            ticket.cancelled = True
            cancelled += 1
    return {"cancelledCount": cancelled}
