"""The feed's values: its state (JSON-safe, kept by the sink), what a batch carries, and the
pure helpers that read an item's id, time and fingerprint from its raw JSON."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import msgspec

from ..models._base import EcwidDateTime
from .entities import EntitySpec

__all__ = [
    "ChangeBatch",
    "Key",
    "Page",
    "SyncState",
    "Upsert",
    "decode_state",
    "encode_state",
    "item_head",
]

#: An entity's id as Ecwid gives it: a number, or a string for orders and carts.
Key = int | str

_STATE_VERSION = 1


class SyncState(msgspec.Struct, kw_only=True, omit_defaults=True, frozen=True):
    """Where one entity's feed stands; store it and pass it back to resume.

    Times are the server's UNIX seconds. ``cursor``: every change up to it was delivered;
    ``deleted_cursor``: every deletion up to it; ``stats_seen``: the entity's
    ``latest-stats`` stamp when the last run finished, ``settled`` when that run read it
    at least ``overlap`` seconds after it (so an unchanged stamp means nothing to read);
    ``recent``: what was delivered near the cursor (id -> [fingerprint, time]), so the
    overlap of the next window delivers nothing twice; ``snapshot``: id -> fingerprint of
    every item of a snapshot entity; ``reconciled_at``: the last full id reconcile.
    """

    version: int = _STATE_VERSION
    cursor: int | None = None
    deleted_cursor: int | None = None
    stats_seen: int | None = None
    settled: bool = False
    recent: dict[str, tuple[str, int]] = msgspec.field(default_factory=dict)
    snapshot: dict[str, str] = msgspec.field(default_factory=dict)
    reconciled_at: int | None = None


def encode_state(state: SyncState) -> bytes:
    """The state as JSON bytes."""
    return msgspec.json.encode(state)


def decode_state(data: bytes | str) -> SyncState:
    """A state from ``encode_state`` output; ``ValueError`` for anything else."""
    try:
        state = msgspec.json.decode(data, type=SyncState)
    except msgspec.DecodeError as exc:
        raise ValueError(f"not a mirror feed state: {exc}") from None
    if state.version != _STATE_VERSION:
        raise ValueError(f"feed state version {state.version} is not {_STATE_VERSION}")
    return state


@dataclass(frozen=True)
class Upsert:
    """An item that is new or changed: its id, its JSON exactly as the API sent it, and
    its update time (UNIX seconds; ``None`` when the entity has none)."""

    key: Key
    data: bytes
    updated: int | None


@dataclass(frozen=True)
class ChangeBatch:
    """What to apply, in one transaction with ``state``: ``upserts``, then ``deletions``
    (ids); with ``reset``, first drop every row of the entity (a first full load); with
    ``keep``, afterwards drop every row whose id is not in it (a reconcile)."""

    entity: str
    state: SyncState
    upserts: list[Upsert] = field(default_factory=list)
    deletions: list[Key] = field(default_factory=list)
    reset: bool = False
    keep: frozenset[Key] | None = None


class Page(msgspec.Struct):
    """A search answer with its items kept as raw JSON."""

    total: int = 0
    count: int = 0
    offset: int = 0
    items: list[msgspec.Raw] = msgspec.field(default_factory=list)


class _Head(msgspec.Struct):
    id: Any = None
    cartId: Any = None
    orderId: Any = None
    updateTimestamp: float | None = None
    updated: str | None = None
    updateDate: str | None = None


_head_decoder = msgspec.json.Decoder(_Head)


def _seconds(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return int(EcwidDateTime.parse(text).timestamp())
    except ValueError:
        return None


def item_head(spec: EntitySpec, raw: bytes, *, deleted: bool = False) -> tuple[Key, int | None]:
    """An item's id and update time from its raw JSON (for a deletion record: the id field
    that names the deleted item, falling back to ``id``, and no time)."""
    head = _head_decoder.decode(raw)
    if deleted:
        key = getattr(head, spec.deleted_key, None)
        return (key if key is not None else head.id), None
    key = getattr(head, spec.key)
    if key is None:
        raise ValueError(f"a {spec.name} item without {spec.key!r}: {bytes(raw)[:80]!r}")
    if head.updateTimestamp is not None:
        return key, int(head.updateTimestamp)
    return key, _seconds(head.updated) or _seconds(head.updateDate)


def fingerprint(raw: bytes) -> str:
    """A short digest of an item's JSON: equal for an item read twice unchanged."""
    return hashlib.blake2b(raw, digest_size=8).hexdigest()
