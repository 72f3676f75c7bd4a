"""A dlt source fed by the change feed (extra ``ecwid-async[dlt]``): every destination dlt
has (DuckDB, Postgres, BigQuery, ...), without SQL per dialect here.

``ecwid_source([(1003, "secret_..."), (2004, "secret_...")])`` gives one resource per
entity (``products``, ``orders``, ...) with primary key ``(store_id, <id field>)``, the
``merge`` write disposition and hard deletes: rows are the items as the API sent them
plus ``store_id``; a deletion is a row with ``ecwid_deleted`` true. Each store's feed
state lives in the resource's dlt state, committed by dlt with the load it describes, so a
failed run loads nothing and the next one starts where the last good one ended.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any

import anyio.from_thread
import dlt
import msgspec
from dlt.sources import DltResource

from ..client import EcwidClient
from ..mirror import DEFAULT_ENTITIES, ChangeBatch, ChangeFeed, StoreStats, SyncState, read_stats
from ..mirror.entities import EntitySpec, entity_spec
from ..mirror.state import Key

__all__ = ["DELETED", "STORE_ID", "ecwid_source"]

#: The column naming the store of a row (part of every primary key).
STORE_ID = "store_id"
#: The hard-delete column: true on the row that deletes an item.
DELETED = "ecwid_deleted"
#: Orders the rows of one load, so the last word on an item wins its merge.
_SEQUENCE = "ecwid_seq"
_log = logging.getLogger("ecwid_async.contrib.dlt")

Store = tuple[int, str]


@dlt.source(name="ecwid", max_table_nesting=0)
def ecwid_source(
    stores: Sequence[Store],
    entities: Sequence[str] = DEFAULT_ENTITIES,
    *,
    base_url: str | None = None,
    rate_limit: float | None = 600,
    overlap: int = 60,
) -> Iterator[DltResource]:
    """One merge resource per entity over every ``(store_id, token)`` of ``stores``.

    Nested objects and lists stay JSON columns (``max_table_nesting=0``); raise it with
    ``ecwid_source(...).max_table_nesting = n`` to get dlt's child tables instead."""
    if not stores:
        raise ValueError("stores must name at least one (store_id, token)")
    options = {"base_url": base_url, "rate_limit": rate_limit}
    stats: dict[int, StoreStats] = {}  # one /latest-stats per store and run, for all
    for name in dict.fromkeys(entities):
        spec = entity_spec(name)
        yield dlt.resource(
            _rows(spec, list(stores), _Feeds(options, overlap, stats)),
            name=spec.name,
            primary_key=(STORE_ID, spec.key),
            write_disposition={"disposition": "merge", "strategy": "delete-insert"},
            columns={
                DELETED: {"data_type": "bool", "hard_delete": True},
                _SEQUENCE: {"data_type": "bigint", "dedup_sort": "desc"},
            },
        )


@dataclass(frozen=True)
class _Feeds:
    """How the resources of one source build their feeds, and the stats they share."""

    options: dict[str, Any]
    overlap: int
    stats: dict[int, StoreStats]


def _rows(spec: EntitySpec, stores: list[Store], feeds: _Feeds) -> Iterator[list[dict[str, Any]]]:
    """The rows of one entity for every store, a page per feed batch; the stores' feed
    states go to the resource state as each batch is handed over."""
    states: dict[str, Any] = dlt.current.resource_state().setdefault("stores", {})
    sequence = 0
    with anyio.from_thread.start_blocking_portal() as portal:
        for store_id, token in stores:
            saved = states.get(str(store_id))
            state = None if saved is None else msgspec.convert(saved, SyncState)
            # closing(): if dlt stops early, the client still closes while the portal runs
            with closing(_batches(portal, spec, store_id, token, state, feeds)) as batches:
                for batch in batches:
                    rows = _batch_rows(spec, store_id, batch, sequence)
                    sequence += len(rows)
                    states[str(store_id)] = msgspec.to_builtins(batch.state)
                    if rows:
                        yield rows


def _batches(
    portal: Any,
    spec: EntitySpec,
    store_id: int,
    token: str,
    state: SyncState | None,
    feeds: _Feeds,
) -> Generator[ChangeBatch, None, None]:
    """The feed's batches, read on the portal's event loop one at a time."""
    client = EcwidClient(store_id, token, **feeds.options)
    try:
        stats = feeds.stats.get(store_id)
        if stats is None:
            stats = feeds.stats[store_id] = portal.call(read_stats, client)
        feed = ChangeFeed(client, spec.name, state, stats=stats, overlap=feeds.overlap)
        batches = aiter(feed)
        while True:
            try:
                yield portal.call(anext, batches)
            except StopAsyncIteration:
                return
    finally:
        portal.call(client.aclose)


def _batch_rows(
    spec: EntitySpec, store_id: int, batch: ChangeBatch, start: int
) -> list[dict[str, Any]]:
    """A batch as rows: deletions of stale rows (a reset or reconcile), upserts, deletions."""
    gone: list[Key] = list(batch.deletions)
    if batch.reset or batch.keep is not None:
        keep = batch.keep if batch.keep is not None else frozenset()
        gone.extend(key for key in _known_keys(spec, store_id) if key not in keep)
    rows: list[dict[str, Any]] = []
    for upsert in batch.upserts:
        item = msgspec.json.decode(upsert.data)
        item[STORE_ID], item[DELETED] = store_id, False
        rows.append(item)
    rows.extend({STORE_ID: store_id, spec.key: key, DELETED: True} for key in gone)
    if batch.reset:  # the stale rows go first, so this load's own rows win the merge
        rows = rows[len(batch.upserts) :] + rows[: len(batch.upserts)]
    for offset, row in enumerate(rows):
        row[_SEQUENCE] = start + offset
    return rows


def _known_keys(spec: EntitySpec, store_id: int) -> list[Key]:
    """The ids the destination holds for the store (none when there is no table yet)."""
    pipeline = dlt.current.pipeline()
    try:
        naming = pipeline.default_schema.naming
        key, store = naming.normalize_identifier(spec.key), naming.normalize_identifier(STORE_ID)
        with pipeline.sql_client() as client:
            table = client.make_qualified_table_name(naming.normalize_table_identifier(spec.name))
            query = f"SELECT {key} FROM {table} WHERE {store} = %s"
            with client.execute_query(query, store_id) as cursor:
                return [row[0] for row in cursor.fetchall()]
    except Exception as exc:  # no schema or table yet, or a destination without SQL
        _log.debug("no %s rows to reconcile for store %s: %s", spec.name, store_id, exc)
        return []
