"""Offset/limit searches as async iterators with bounded concurrent prefetch.

``async for item in paginator`` yields every item in server order, each once. The first
page is fetched alone; once it reveals ``total``, up to ``prefetch`` further pages are
fetched concurrently while the caller works through the current one, so memory stays
bounded by the prefetch window however big the store. Iteration is a loop over a small
state machine, never recursion.

Leaving early (``break``, an exception, cancellation) cancels the pages in flight: at
once when the iterator is dropped or closed, and ``async with`` / ``aclose()`` wait for
them to finish. A page that fails raises its error with ``resume_offset`` set, so a long
scan can go on from there with ``search(..., offset=err.resume_offset)``.

Offsets shift when items are created or deleted during a scan, so a scan over changing
data may miss or repeat items. Each page's ``total`` is compared with the first page's:
a change warns (:class:`ScanChangedWarning`) or, with ``on_change="raise"``, stops the
scan with :class:`ScanChangedError` before the changed page is yielded.

The page tasks return the undecoded body and the consumer decodes each page when it
gets to it: a page waiting in the prefetch window holds one bytes object, not the
hundreds of GC-tracked objects of a decoded page.
"""

from __future__ import annotations

import asyncio
import dataclasses
import warnings
import weakref
from collections import deque
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, Literal, TypedDict, TypeVar, cast

from ._redact import redact_url
from .call import Call
from .codec import decode_answer
from .errors import EcwidError
from .models.common import SearchResult

__all__ = [
    "MAX_LIMIT",
    "OnChange",
    "Page",
    "Paginator",
    "Paging",
    "ScanChangedError",
    "ScanChangedWarning",
]

T = TypeVar("T")

MAX_LIMIT = 100
MAX_PREFETCH = 32

#: What a scan does when ``total`` changes under it: warn (default), raise, or ignore.
OnChange = Literal["warn", "raise", "ignore"]
_ON_CHANGE = ("warn", "raise", "ignore")


class Paging(TypedDict, total=False):
    """The paging keywords every search takes (``search(..., limit=50, max_items=500)``).

    ``limit``: page size, 1..100 (default 100, Ecwid's maximum); ``offset``: where to
    start (default 0); ``max_items``: stop after this many items (default: all);
    ``prefetch``: pages fetched ahead concurrently, 0..32 (default 4; 0 fetches the next
    page only when the current one is used up); ``on_change``: what a change of
    ``total`` mid-scan does, ``"warn"`` (default), ``"raise"`` or ``"ignore"``.
    """

    limit: int
    offset: int
    max_items: int | None
    prefetch: int
    on_change: OnChange


class ScanChangedWarning(UserWarning):
    """A search's ``total`` changed during a scan: items may have been missed or repeated."""


class ScanChangedError(EcwidError):
    """With ``on_change="raise"``: a search's ``total`` changed during a scan.

    ``first_total`` is the first page's total, ``total`` the new one, seen on the page at
    ``offset``; the items before ``offset`` were yielded and ``resume_offset`` is
    ``offset``. Resuming from there may still miss or repeat items (offsets shifted by
    the change): a fresh scan, or one filtered on ``updatedFrom``, is exact.
    """

    def __init__(self, first_total: int, total: int, offset: int) -> None:
        self.first_total = first_total
        self.total = total
        self.offset = offset
        super().__init__(_changed_message(first_total, total, offset))
        self.resume_offset = offset


def _changed_message(first_total: int, total: int, offset: int) -> str:
    return (
        f"the search changed during the scan: total was {first_total} on the first page, "
        f"{total} on the page at offset={offset}; items may be missed or repeated"
    )


@dataclasses.dataclass(frozen=True)
class Page(Generic[T]):
    """One page of results, immutable: ``total``, ``count``, ``offset``, ``limit``, ``items``."""

    total: int
    count: int
    offset: int
    limit: int
    items: tuple[T, ...]


PageFetcher = Callable[[int, int], Call[SearchResult[T]]]


#: A page in flight: its offset, its Call, and the task fetching its status and body.
_Pending = tuple[int, Call[Any], "asyncio.Task[tuple[int, bytes]]"]


def _cancel_all(pending: deque[_Pending]) -> None:
    for _, _, task in pending:
        task.cancel()


async def _fetch_body(call: Call[Any]) -> tuple[int, bytes]:
    """The status and undecoded body of a page: the consumer decodes it when it gets there."""
    response = await dataclasses.replace(call, result_type=bytes).raw()
    return response.status, response.content


def _decode_page(call: Call[SearchResult[T]], status: int, content: bytes) -> SearchResult[T]:
    """The page a body holds, typed as its Call says (DecodeError if it is not one)."""

    def url() -> str:  # only for the error: not built for every page
        url_for = getattr(call.transport, "url_for", None)
        return redact_url(url_for(call)) if url_for is not None else call.relative_url

    value = decode_answer(content, call.result_type, status=status, method=call.method, url=url)
    return cast("SearchResult[T]", value)


class PageStream(Generic[T]):
    """Async iterator over the :class:`Page` values of one scan (see :meth:`Paginator.pages`)."""

    def __init__(
        self,
        fetch: PageFetcher[T],
        *,
        page_size: int,
        offset: int,
        max_items: int | None,
        prefetch: int,
        on_change: OnChange = "warn",
    ) -> None:
        self._fetch = fetch
        self._on_change = on_change
        self._first_total: int | None = None
        self._last_total: int | None = None
        self._page_size = page_size
        self._start = offset
        self._next_offset = offset
        self._max_items = max_items
        self._prefetch = prefetch
        self._end: int | None = None  # exclusive bound on offsets, once known
        self._yielded = 0
        self._done = max_items == 0
        self._pending: deque[_Pending] = deque()
        self._finalizer = weakref.finalize(self, _cancel_all, self._pending)

    def __aiter__(self) -> PageStream[T]:
        return self

    def _schedule(self) -> None:
        want = max(1, self._prefetch)
        while len(self._pending) < want:
            offset = self._next_offset
            if self._end is not None and offset >= self._end:
                return
            call = self._fetch(offset, self._page_size)
            call._spend()  # handed to the page task: a page cancelled unsent is no forgotten await
            self._pending.append((offset, call, asyncio.ensure_future(_fetch_body(call))))
            self._next_offset = offset + self._page_size
            if self._end is None:
                return  # the first page goes alone: it tells us ``total``

    async def __anext__(self) -> Page[T]:
        if self._done:
            raise StopAsyncIteration
        if not self._pending:
            self._schedule()
            if not self._pending:
                self._done = True
                raise StopAsyncIteration
        offset, call, task = self._pending[0]
        try:
            status, content = await task
            self._pending.popleft()
            result = _decode_page(call, status, content)
            self._check_total(result.total, offset)
        except BaseException as exc:
            self._stop()
            if isinstance(exc, EcwidError):
                exc.resume_offset = offset
            raise
        items = result.items
        received = len(items)
        if self._max_items is not None:
            items = items[: self._max_items - self._yielded]
        self._yielded += len(items)
        end = result.total
        if self._max_items is not None:
            end = min(end, self._start + self._max_items)
        self._end = end
        if (
            received < self._page_size
            or offset + received >= end
            or (self._max_items is not None and self._yielded >= self._max_items)
        ):
            self._stop()
        else:
            self._drop_beyond(end)
            if self._prefetch:  # prefetch=0: the next page only once this one is used up
                self._schedule()
        return Page(result.total, len(items), result.offset, result.limit, tuple(items))

    def _check_total(self, total: int, offset: int) -> None:
        """Report a ``total`` that differs from the one seen before, as ``on_change`` says."""
        first, last = self._first_total, self._last_total
        self._last_total = total
        if first is None:
            self._first_total = total
            return
        if total == last or self._on_change == "ignore":
            return
        if self._on_change == "raise":
            raise ScanChangedError(first, total, offset)
        warnings.warn(
            ScanChangedWarning(
                f"{_changed_message(first, total, offset)} "
                "(pass on_change='raise' to stop the scan there instead)"
            ),
            stacklevel=3,
        )

    def _drop_beyond(self, end: int) -> None:
        while self._pending and self._pending[-1][0] >= end:
            offset, _, task = self._pending.pop()
            task.cancel()
            self._next_offset = offset  # a later page may report a bigger total again

    def _stop(self) -> None:
        self._done = True
        _cancel_all(self._pending)

    async def aclose(self) -> None:
        """Stop the scan: cancel the pages in flight and wait until they are gone."""
        self._stop()
        tasks = [task for _, _, task in self._pending]
        self._pending.clear()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def __aenter__(self) -> PageStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class ItemStream(Generic[T]):
    """Async iterator over the items of a scan, page after page (see :class:`Paginator`)."""

    def __init__(self, pages: PageStream[T]) -> None:
        self._pages = pages
        self._items: tuple[T, ...] = ()
        self._index = 0

    def __aiter__(self) -> ItemStream[T]:
        return self

    async def __anext__(self) -> T:
        while self._index >= len(self._items):
            page = await self._pages.__anext__()
            self._items, self._index = page.items, 0
        item = self._items[self._index]
        self._index += 1
        return item

    async def aclose(self) -> None:
        """Stop the scan: cancel the pages in flight and wait until they are gone."""
        self._items = ()
        await self._pages.aclose()

    async def __aenter__(self) -> ItemStream[T]:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


def _int_in(value: object, low: int, high: int | None = None) -> bool:
    """Whether ``value`` is an int (not a bool) from ``low`` to ``high`` (inclusive)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return low <= value and (high is None or value <= high)


class Paginator(Generic[T]):
    """An offset/limit search: ``async for`` items, ``.pages()``, ``.collect()``, ``.first()``.

    ``limit`` is the page size (1..100), ``offset`` where to start, ``max_items`` a cap
    on items yielded, ``prefetch`` how many pages may be in flight at once (0 fetches one
    page at a time: the next only when the current one is used up). Nothing is sent until
    iteration starts; each iteration is a new scan.

    ``on_change`` says what happens when a page's ``total`` differs from the first page's
    (items were created or deleted mid-scan, so offsets shifted and items may be missed
    or repeated): ``"warn"`` (the default) issues a :class:`ScanChangedWarning` and goes
    on, ``"raise"`` stops with :class:`ScanChangedError` (what changed, and
    ``resume_offset``) before yielding that page, ``"ignore"`` goes on silently.
    """

    def __init__(
        self,
        fetch: PageFetcher[T],
        *,
        limit: int = MAX_LIMIT,
        offset: int = 0,
        max_items: int | None = None,
        prefetch: int = 4,
        on_change: OnChange = "warn",
    ) -> None:
        if not _int_in(limit, 1, MAX_LIMIT):
            raise ValueError(f"limit must be an integer from 1 to {MAX_LIMIT}, got {limit!r}")
        if not _int_in(offset, 0):
            raise ValueError(f"offset must be an integer >= 0, got {offset!r}")
        if max_items is not None and not _int_in(max_items, 0):
            raise ValueError(f"max_items must be an integer >= 0 or None, got {max_items!r}")
        if not _int_in(prefetch, 0, MAX_PREFETCH):
            raise ValueError(
                f"prefetch must be an integer from 0 to {MAX_PREFETCH}, got {prefetch!r}"
            )
        if on_change not in _ON_CHANGE:
            raise ValueError(f"on_change must be one of {', '.join(_ON_CHANGE)}, got {on_change!r}")
        self._fetch = fetch
        self.limit = limit
        self.offset = offset
        self.max_items = max_items
        self.prefetch = prefetch
        self.on_change: OnChange = on_change

    def pages(self) -> PageStream[T]:
        """Iterate over immutable :class:`Page` values instead of items."""
        size = self.limit if self.max_items is None else max(1, min(self.limit, self.max_items))
        return PageStream(
            self._fetch,
            page_size=size,
            offset=self.offset,
            max_items=self.max_items,
            prefetch=self.prefetch,
            on_change=self.on_change,
        )

    def __aiter__(self) -> ItemStream[T]:
        return ItemStream(self.pages())

    async def collect(self) -> list[T]:
        """All items in one list (bounded by ``max_items``; mind memory on big stores)."""
        result: list[T] = []
        async with self.pages() as pages:
            async for page in pages:
                result.extend(page.items)
        return result

    async def first(self) -> T | None:
        """The first item, or None if the search finds nothing (fetches one item)."""
        one = Paginator(
            self._fetch, limit=1, offset=self.offset, max_items=1, prefetch=0,
            on_change=self.on_change,
        )  # fmt: skip
        async with one.pages() as pages:
            async for page in pages:
                return page.items[0] if page.items else None
        return None

    def __repr__(self) -> str:
        return (
            f"Paginator(limit={self.limit}, offset={self.offset}, "
            f"max_items={self.max_items}, prefetch={self.prefetch}, on_change={self.on_change!r})"
        )
