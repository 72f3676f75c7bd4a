"""The change feed: an entity's upserts and deletions since a ``SyncState``, in batches that
each carry the state to store with them.

A run asks ``/latest-stats`` once (``read_stats``) and stops there for an entity whose
stamp has not moved since a settled run. Otherwise it reads ``updatedFrom``/``updatedTo``
windows from ``cursor - overlap`` up to the server's clock, each window split until it
holds at most ``window_items`` (so offsets stay small) and read again whenever its
``total`` moves between pages; items already delivered unchanged are skipped. Deletions
come from the entity's ``/deleted`` history for the same span, or, when that history may
have expired (Ecwid keeps six months) or does not exist, from a full reconcile of ids
(``responseFields``, windows of ``createdFrom``/``createdTo``, which never move). A
failed run loses nothing: each batch's state covers only what it and earlier batches
delivered.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import anyio
import msgspec

from ..models.profile import UpdateStats
from .entities import EntitySpec, entity_spec
from .state import ChangeBatch, Key, Page, SyncState, Upsert, fingerprint, item_head
from .windows import Window, split

if TYPE_CHECKING:
    from ..client import EcwidClient

__all__ = ["ChangeFeed", "FeedError", "StoreStats", "read_stats"]

PAGE = 100
#: Ecwid keeps deletions six months; reconcile well before a state gets that old.
RECONCILE_AFTER = 175 * 86400
#: Entities without a deletion history reconcile their ids at most this often.
RECONCILE_EVERY = 86400
_REREADS = 5


class FeedError(Exception):
    """The feed could not read a consistent answer (nothing was delivered past it)."""


@dataclass(frozen=True)
class StoreStats:
    """One ``/latest-stats`` answer and the server's clock when it was given."""

    stats: UpdateStats
    server_time: int
    requests: int = 1

    def stamp(self, spec: EntitySpec) -> int | None:
        """The entity's stamp in UNIX seconds: the latest of its fields (``None`` when the
        answer lacks one, so a change could go unseen)."""
        stamps = []
        for name in spec.stats_fields:
            value = getattr(self.stats, name, None)
            if value is None:
                return None
            stamps.append(int(value.timestamp()))
        return max(stamps)


def _server_time(headers: Any) -> int:
    date = headers.get("Date")
    if date:
        try:
            return int(parsedate_to_datetime(date).timestamp())
        except (TypeError, ValueError):
            pass
    return int(time.time())


async def read_stats(client: EcwidClient) -> StoreStats:
    """``GET /latest-stats`` with the server's time from its ``Date`` header."""
    response = await client.profile.latest_stats().raw()
    return StoreStats(response.value, _server_time(response.headers), 1 + response.retries_taken)


class ChangeFeed:
    """``async for batch in ChangeFeed(client, "products", state):`` apply the batch and
    store ``batch.state`` with it (one transaction); pass the last stored state next time.

    ``stats``: a ``read_stats`` answer shared by the feeds of one run (read here when
    omitted). ``overlap``: seconds re-read before the cursor, for changes Ecwid's search
    shows late. ``requests`` counts what the feed sent (retries included).
    """

    def __init__(
        self,
        client: EcwidClient,
        entity: str,
        state: SyncState | None = None,
        *,
        stats: StoreStats | None = None,
        overlap: int = 60,
        window_items: int = 2000,
        prefetch: int = 4,
    ) -> None:
        if overlap < 0:
            raise ValueError(f"overlap must be >= 0 seconds, got {overlap}")
        if window_items < PAGE:
            raise ValueError(f"window_items must be >= {PAGE}, got {window_items}")
        if prefetch < 1:
            raise ValueError(f"prefetch must be >= 1, got {prefetch}")
        self.spec = entity_spec(entity)
        self._client = client
        self._state = state
        self._stats = stats
        self._overlap = overlap
        self._window_items = window_items
        self._prefetch = prefetch
        self.requests = 0

    def __aiter__(self) -> AsyncIterator[ChangeBatch]:
        return self._run()

    # -- the run ---------------------------------------------------------------------------
    async def _run(self) -> AsyncIterator[ChangeBatch]:
        stats = self._stats
        if stats is None:
            stats = await read_stats(self._client)
            self.requests += stats.requests
        stamp, now = stats.stamp(self.spec), stats.server_time
        state = self._state or SyncState()
        unchanged = self._state is not None and stamp is not None and stamp == state.stats_seen
        if unchanged and state.settled:
            return  # nothing changed since a run that saw everything up to the stamp
        # Up to the server's present second: a change later within it has the same stamp
        # and is read again by the next run (overlap), which this run's stamp will not settle.
        top = now
        if self.spec.strategy == "snapshot":
            runs = self._snapshot(state, top)
        else:
            runs = self._incremental(state, top, now)
        last: ChangeBatch | None = None
        async for batch in runs:
            if last is not None:
                yield last
            last = batch
        final = msgspec.structs.replace(
            last.state if last is not None else state,
            stats_seen=stamp,
            settled=stamp is not None and now - stamp >= self._overlap,
        )
        if last is None:
            yield ChangeBatch(self.spec.name, final)
        else:
            yield ChangeBatch(
                last.entity, final, last.upserts, last.deletions, last.reset, last.keep
            )

    async def _incremental(
        self, state: SyncState, top: int, now: int
    ) -> AsyncIterator[ChangeBatch]:
        spec, first = self.spec, state.cursor is None
        if first:  # deletions after this run's start matter; earlier ones do not
            state = msgspec.structs.replace(state, deleted_cursor=top, reconciled_at=top)
        if state.cursor is None:
            start = await self._oldest()
        else:
            start = max(0, state.cursor - self._overlap)
        reset = first
        recent = dict(state.recent)
        async for window, raws in self._windows(spec.path, "updatedFrom", "updatedTo", start, top):
            upserts = self._fresh(raws, recent, window.end)
            state = msgspec.structs.replace(state, cursor=window.end, recent=dict(recent))
            if upserts or reset:
                yield ChangeBatch(spec.name, state, upserts, reset=reset)
                reset = False
        if first:  # nothing was known before this run: nothing to delete
            yield ChangeBatch(spec.name, state)
            return
        if self._reconcile_due(state, now):
            keep = await self._ids(top)
            state = msgspec.structs.replace(state, deleted_cursor=top, reconciled_at=top)
            yield ChangeBatch(spec.name, state, keep=keep)
        elif spec.deleted_path is not None and state.deleted_cursor is not None:
            since = max(0, state.deleted_cursor - self._overlap)
            async for window, raws in self._windows(
                spec.deleted_path, "from_date", "to_date", since, top
            ):
                gone = [item_head(spec, raw, deleted=True)[0] for raw in raws]
                state = msgspec.structs.replace(state, deleted_cursor=window.end)
                if gone:
                    yield ChangeBatch(spec.name, state, deletions=gone)
        yield ChangeBatch(spec.name, state)

    async def _oldest(self) -> int:
        """Where a first load starts: the oldest update time if the search can sort by it
        (saving the probes of empty windows since 1970), else 0."""
        if self.spec.oldest_first is None:
            return 0
        params = (("sortBy", self.spec.oldest_first),)
        page = await self._page(self.spec.path, self.spec.params + params, 0, limit=1)
        updated = item_head(self.spec, page.items[0])[1] if page.items else None
        return updated or 0

    def _reconcile_due(self, state: SyncState, now: int) -> bool:
        if self.spec.deleted_path is None:
            return state.reconciled_at is None or now - state.reconciled_at >= RECONCILE_EVERY
        return state.deleted_cursor is None or now - state.deleted_cursor >= RECONCILE_AFTER

    async def _snapshot(self, state: SyncState, top: int) -> AsyncIterator[ChangeBatch]:
        spec = self.spec
        raws = await self._read_all(spec.path, ())
        assert not isinstance(raws, int)  # not splittable: always the items
        seen: dict[str, str] = {}
        upserts = []
        for raw in raws:
            key, updated = item_head(spec, raw)
            digest = seen[str(key)] = fingerprint(raw)
            if state.snapshot.get(str(key)) != digest:
                upserts.append(Upsert(key, bytes(raw), updated))
        gone = [_key(spec, k) for k in state.snapshot if k not in seen]
        state = msgspec.structs.replace(state, snapshot=seen, cursor=top, reconciled_at=top)
        yield ChangeBatch(spec.name, state, upserts, gone, reset=self._state is None)

    # -- delivering each item once -----------------------------------------------------------
    def _fresh(
        self, raws: Iterable[msgspec.Raw], recent: dict[str, tuple[str, int]], end: int
    ) -> list[Upsert]:
        """The items not delivered unchanged before; ``recent`` learns them and forgets
        what lies before the next run's overlap."""
        out: list[Upsert] = []
        for raw in raws:
            key, updated = item_head(self.spec, raw)
            digest = fingerprint(raw)
            entry = recent.get(str(key))
            if entry is not None and entry[0] == digest:
                continue
            recent[str(key)] = (digest, end if updated is None else updated)
            out.append(Upsert(key, bytes(raw), updated))
        horizon = end - self._overlap
        for stale in [k for k, (_, ts) in recent.items() if ts < horizon]:
            del recent[stale]
        return out

    async def _ids(self, top: int) -> frozenset[Key]:
        """Every id of the entity created up to ``top`` (ids only, in created windows)."""
        spec = self.spec
        fields = (("responseFields", f"total,count,offset,items({spec.key})"),)
        keys: set[Key] = set()
        async for _window, raws in self._windows(
            spec.path, "createdFrom", "createdTo", 0, top, fields
        ):
            keys.update(item_head(spec, raw)[0] for raw in raws)
        return frozenset(keys)

    # -- windows ---------------------------------------------------------------------------
    async def _windows(
        self,
        path: str,
        low_name: str,
        high_name: str,
        start: int,
        end: int,
        extra: tuple[tuple[str, str], ...] = (),
    ) -> AsyncIterator[tuple[Window, list[msgspec.Raw]]]:
        """Each window of ``[start, end]`` in time order with all its items, read whole.

        The parts of a split window share a budget: twice their parent's total (room for
        items that move while read). Parts that find more than that mean the server
        ignores the bounds, and splitting would never end: a ``FeedError`` instead."""
        todo: list[tuple[Window, list[int] | None]] = [(Window(start, end), None)]
        while todo:
            window, budget = todo.pop()
            bounds = ((low_name, str(window.start)), (high_name, str(window.end)))
            items = await self._read_all(path, bounds + extra, splittable=window.width > 1)
            found = items if isinstance(items, int) else len(items)
            if budget is not None:
                budget[0] -= found
                if budget[0] < 0:
                    raise FeedError(f"GET {path} ignores {low_name}/{high_name}: no window narrows")
            if isinstance(items, int):  # too many: read it as smaller windows
                share = [items + max(items, 1000)]
                todo.extend(
                    (part, share) for part in reversed(split(window, items, self._window_items))
                )
                continue
            yield window, items

    async def _read_all(
        self, path: str, params: tuple[tuple[str, str], ...], *, splittable: bool = False
    ) -> list[msgspec.Raw] | int:
        """Every item of one search, its ``total`` the same on every page (read again when
        it moves); just the total when it exceeds ``window_items`` and ``splittable``."""
        params = self.spec.params + params
        for _attempt in range(_REREADS):
            first = await self._page(path, params, 0)
            if splittable and first.total > self._window_items:
                return first.total
            pages = [first, *await self._pages(path, params, range(PAGE, first.total, PAGE))]
            if all(p.total == first.total for p in pages):
                return [raw for p in pages for raw in p.items]
        raise FeedError(f"GET {path} {dict(params)}: the total kept moving over {_REREADS} reads")

    async def _pages(self, path: str, params: Any, offsets: range) -> list[Page]:
        results: dict[int, Page] = {}
        limiter = anyio.Semaphore(self._prefetch)

        async def fetch(offset: int) -> None:
            async with limiter:
                results[offset] = await self._page(path, params, offset)

        async with anyio.create_task_group() as group:
            for offset in offsets:
                group.start_soon(fetch, offset)
        return [results[offset] for offset in offsets]

    async def _page(
        self, path: str, params: tuple[tuple[str, str], ...], offset: int, limit: int = PAGE
    ) -> Page:
        query = dict(params) | {"offset": offset, "limit": limit}
        response = await self._client.request("GET", path, params=query, result_type=Page).raw()
        self.requests += 1 + response.retries_taken
        page: Page = response.value
        return page


def _key(spec: EntitySpec, text: str) -> Key:
    return int(text) if spec.key_type == "INTEGER" else text
