"""Keep a local copy of a store current: the change feed and ``mirror()`` into SQLite.

``await mirror(client, "sqlite:///shop.db", entities=["products", "orders"])`` copies the
store on its first run and afterwards only what changed (see :mod:`.feed`). The feed
itself, ``ChangeFeed``, yields batches of upserts and deletions with the state to store
alongside them, for any other sink (``ecwid_async.contrib.dlt`` is one).
"""

from __future__ import annotations

from .entities import ENTITIES, EntitySpec
from .feed import ChangeFeed, FeedError, StoreStats, read_stats
from .runner import DEFAULT_ENTITIES, EntityReport, MirrorReport, mirror
from .state import ChangeBatch, SyncState, Upsert, decode_state, encode_state

__all__ = [
    "DEFAULT_ENTITIES",
    "ENTITIES",
    "ChangeBatch",
    "ChangeFeed",
    "EntityReport",
    "EntitySpec",
    "FeedError",
    "MirrorReport",
    "StoreStats",
    "SyncState",
    "Upsert",
    "decode_state",
    "encode_state",
    "mirror",
    "read_stats",
]
