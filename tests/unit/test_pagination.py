"""Paginator: order, bounds, prefetch, early exit, failures, validation."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from typing import Any

import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import (
    Call,
    DecodeError,
    EcwidClient,
    Page,
    Paginator,
    Response,
    ScanChangedError,
    ScanChangedWarning,
    ServerError,
)
from ecwid_async.codec import decode, encode
from ecwid_async.models.common import SearchResult
from tests.vtime import virtual_time

from .conftest import TOKEN, url


class PagedServer:
    """A stand-in transport serving ``total`` integers by offset/limit, instrumented."""

    def __init__(self, total: int, *, delays: dict[int, float] | None = None) -> None:
        self.total = total
        self.delays = delays or {}
        self.requests: list[tuple[int, int]] = []
        self.active = 0
        self.max_active = 0
        self.tasks: list[asyncio.Task[Any]] = []
        self.cancelled: list[int] = []
        self.fail_at: int | None = None
        self.garbage_at: int | None = None
        self.on_request: Callable[[int], None] | None = None
        self.on_start: Callable[[], object] | None = None

    async def send(self, call: Call[Any]) -> Response[Any]:
        params = dict(call.params)
        offset, limit = int(params["offset"]), int(params["limit"])
        self.requests.append((offset, limit))
        task = asyncio.current_task()
        assert task is not None
        self.tasks.append(task)
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        if self.on_start:
            self.on_start()
        try:
            await asyncio.sleep(self.delays.get(offset, 1.0))
            if self.on_request:
                self.on_request(offset)
            if offset == self.fail_at:
                raise ServerError(500, "page exploded", method="GET", url="http://x/products")
            items = list(range(offset, min(offset + limit, self.total)))
            page = SearchResult(
                total=self.total, count=len(items), offset=offset, limit=limit, items=items
            )
            content = encode(page) if offset != self.garbage_at else b'{"total": "many"'
            # like the Transport: the body, decoded as the Call says
            return Response(200, {}, content, decode(content, call.result_type), 0)
        except asyncio.CancelledError:
            self.cancelled.append(offset)
            raise
        finally:
            self.active -= 1

    def paginator(self, **kwargs: Any) -> Paginator[int]:
        def fetch(offset: int, limit: int) -> Call[SearchResult[int]]:
            params = (("offset", str(offset)), ("limit", str(limit)))
            return Call("GET", "/items", SearchResult[int], params=params, transport=self)  # type: ignore[arg-type]

        return Paginator(fetch, **kwargs)

    async def settle(self) -> None:
        await asyncio.gather(*self.tasks, return_exceptions=True)


async def items_of(p: Paginator[int]) -> list[int]:
    return [item async for item in p]


@pytest.mark.parametrize(
    ("total", "limit", "requests"),
    [(0, 100, 1), (1, 100, 1), (100, 100, 1), (300, 100, 3), (250, 100, 3), (7, 3, 3)],
)
@virtual_time
async def test_every_item_once_in_order_with_minimal_requests(
    total: int, limit: int, requests: int
) -> None:
    server = PagedServer(total)
    assert await items_of(server.paginator(limit=limit)) == list(range(total))
    assert len(server.requests) == requests


@virtual_time
async def test_order_is_kept_when_later_pages_arrive_first() -> None:
    server = PagedServer(500, delays={100: 9.0, 200: 5.0, 300: 0.5, 400: 0.1})
    assert await items_of(server.paginator(prefetch=4)) == list(range(500))


@virtual_time
async def test_offset_starts_the_scan_there() -> None:
    server = PagedServer(250)
    assert await items_of(server.paginator(offset=120)) == list(range(120, 250))
    assert server.requests == [(120, 100), (220, 100)]


@pytest.mark.parametrize(
    ("max_items", "expected_requests"), [(10, [(0, 10)]), (130, [(0, 100), (100, 100)])]
)
@virtual_time
async def test_max_items_caps_the_items_and_the_requests(
    max_items: int, expected_requests: list[Any]
) -> None:
    server = PagedServer(1000)
    assert await items_of(server.paginator(max_items=max_items)) == list(range(max_items))
    assert server.requests == expected_requests


@virtual_time
async def test_max_items_zero_sends_nothing() -> None:
    server = PagedServer(1000)
    assert await items_of(server.paginator(max_items=0)) == []
    assert server.requests == []


@virtual_time
async def test_total_shrinking_midway_stops_at_the_new_end() -> None:
    server = PagedServer(500)

    def shrink(offset: int) -> None:
        if offset == 0:
            server.total = 500
        elif offset == 100:
            server.total = 150  # items deleted while we scan

    server.on_request = shrink
    with pytest.warns(ScanChangedWarning, match="total was 500 on the first page, 150 on"):
        got = await items_of(server.paginator(prefetch=4))
    await server.settle()
    assert got == list(range(150))
    assert len(got) == len(set(got))


@pytest.mark.parametrize("prefetch", [0, 1, 2, 4, 8])
@virtual_time
async def test_prefetch_bounds_pages_in_flight(prefetch: int) -> None:
    server = PagedServer(2000)
    got = await items_of(server.paginator(prefetch=prefetch))
    assert got == list(range(2000))
    assert server.max_active == max(1, prefetch)


@virtual_time
async def test_first_page_goes_alone_then_prefetch_starts() -> None:
    server = PagedServer(1000)
    stream = server.paginator(prefetch=3).pages()
    first = await stream.__anext__()
    assert first.offset == 0 and server.requests == [(0, 100)]
    await asyncio.sleep(0)
    assert server.requests == [(0, 100), (100, 100), (200, 100), (300, 100)]
    await stream.aclose()


@virtual_time
async def test_prefetch_speeds_up_a_latency_bound_scan() -> None:
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await items_of(PagedServer(1000).paginator(prefetch=0))
    sequential = loop.time() - t0
    t0 = loop.time()
    await items_of(PagedServer(1000).paginator(prefetch=4))
    prefetched = loop.time() - t0
    assert sequential == pytest.approx(10.0)
    assert prefetched == pytest.approx(4.0)  # the first page alone, then four at a time


@virtual_time
async def test_break_cancels_pages_in_flight() -> None:
    server = PagedServer(5000, delays={200: 50.0, 300: 50.0, 400: 50.0, 500: 50.0})
    async for item in server.paginator(prefetch=4):
        if item == 150:
            break
    await server.settle()
    assert server.active == 0
    assert sorted(server.cancelled) == [200, 300, 400]  # cancelled mid-flight, not left running
    assert (500, 100) not in server.requests  # the last top-up was cancelled before it started
    assert all(task.done() for task in server.tasks)


@virtual_time
async def test_aclose_waits_for_cancelled_pages() -> None:
    server = PagedServer(5000)
    async with server.paginator(prefetch=4).pages() as pages:
        async for _page in pages:
            break
    assert server.active == 0
    assert all(task.done() for task in server.tasks)


@virtual_time
async def test_cancelling_the_consumer_cancels_everything() -> None:
    server = PagedServer(5000)

    async def consume() -> None:
        async for _ in server.paginator(prefetch=4):
            pass

    three_in_flight = asyncio.Event()
    server.on_start = lambda: len(server.requests) >= 3 and three_in_flight.set()  # type: ignore[assignment]
    consumer = asyncio.ensure_future(consume())
    await three_in_flight.wait()
    consumer.cancel()
    with pytest.raises(asyncio.CancelledError):
        await consumer
    await server.settle()
    assert server.active == 0
    assert all(task.done() for task in server.tasks)


@virtual_time
async def test_failed_page_raises_with_resume_offset_and_loses_nothing_before() -> None:
    server = PagedServer(1000)
    server.fail_at = 300
    seen: list[int] = []
    with pytest.raises(ServerError) as info:
        async for item in server.paginator(prefetch=2):
            seen.append(item)
    await server.settle()
    assert seen == list(range(300))
    assert info.value.resume_offset == 300
    assert "resume the search from offset=300" in str(info.value)
    assert server.active == 0
    # resuming from there finishes the scan
    server.fail_at = None
    rest = await items_of(server.paginator(offset=info.value.resume_offset))
    assert seen + rest == list(range(1000))


@virtual_time
async def test_pages_are_immutable_values() -> None:
    server = PagedServer(150)
    pages = [page async for page in server.paginator().pages()]
    assert [(p.total, p.count, p.offset, p.limit) for p in pages] == [
        (150, 100, 0, 100),
        (150, 50, 100, 100),
    ]
    assert isinstance(pages[0].items, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        pages[0].total = 3  # type: ignore[misc]
    assert isinstance(pages[0], Page)


@virtual_time
async def test_collect_and_first() -> None:
    server = PagedServer(230)
    assert await server.paginator().collect() == list(range(230))
    assert await server.paginator(offset=5).first() == 5
    assert await PagedServer(0).paginator().first() is None


@virtual_time
async def test_a_paginator_can_be_iterated_again() -> None:
    p = PagedServer(120).paginator()
    assert await items_of(p) == await items_of(p)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": True},
        {"offset": -1},
        {"max_items": -1},
        {"prefetch": -1},
        {"prefetch": 33},
        {"on_change": "raise!"},
        {"on_change": None},
    ],
)
def test_bad_arguments_fail_before_sending(kwargs: dict[str, Any]) -> None:
    server = PagedServer(10)
    with pytest.raises(ValueError, match=next(iter(kwargs))):
        server.paginator(**kwargs)
    assert server.requests == []


@virtual_time
async def test_paginator_through_http_sends_offset_and_limit() -> None:
    seen: list[str] = []

    def page(u: Any, **kwargs: Any) -> CallbackResult:
        seen.append(u.query_string)
        offset = int(u.query["offset"])
        items = [{"id": i} for i in range(offset, min(offset + 100, 120))]
        return CallbackResult(
            payload={
                "total": 120,
                "count": len(items),
                "offset": offset,
                "limit": 100,
                "items": items,
            }
        )

    with aioresponses() as m:
        m.get(url("/products"), callback=page, repeat=True)
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            from ecwid_async.resources._base import Resource

            resource = Resource(ecwid.transport)
            got = [x async for x in resource._paginate("/products", dict, (("keyword", "tea"),))]
    assert [x["id"] for x in got] == list(range(120))
    assert seen == ["keyword=tea&limit=100&offset=0", "keyword=tea&limit=100&offset=100"]


# --- prefetch=0 is strictly one page at a time ----------------------------------------------------
@pytest.mark.parametrize(("prefetch", "in_flight"), [(0, [0, 0, 0, 0, 0]), (1, [1, 1, 1, 1, 0])])
@virtual_time
async def test_prefetch_zero_fetches_the_next_page_only_when_this_one_is_used_up(
    prefetch: int, in_flight: list[int]
) -> None:
    server = PagedServer(500)
    loop = asyncio.get_running_loop()
    seen: list[int] = []
    t0 = loop.time()
    async with server.paginator(prefetch=prefetch).pages() as pages:
        async for _page in pages:
            await asyncio.sleep(0)  # let any page task start
            seen.append(server.active)  # requests in flight while the caller works
            await asyncio.sleep(5.0)
    assert seen == in_flight
    assert server.max_active == 1
    if prefetch == 0:  # nothing overlaps: five fetches of 1 s and five pages of work of 5 s
        assert loop.time() - t0 == pytest.approx(30.0)


# --- pages are decoded by the consumer ----------------------------------------------------------
@virtual_time
async def test_pages_waiting_in_the_prefetch_window_hold_only_their_undecoded_body() -> None:
    server = PagedServer(1000)
    stream = server.paginator(prefetch=4).pages()
    first = await stream.__anext__()
    assert first.items == tuple(range(100))
    await asyncio.sleep(10)  # the four prefetched pages arrive; nobody consumes them yet
    waiting = [task.result() for _, _, task in stream._pending]
    assert len(waiting) == 4
    assert all(type(status) is int and type(body) is bytes for status, body in waiting)
    assert [(await stream.__anext__()).offset for _ in range(4)] == [100, 200, 300, 400]
    await stream.aclose()


@virtual_time
async def test_a_page_that_does_not_decode_raises_with_its_resume_offset() -> None:
    server = PagedServer(1000)
    server.garbage_at = 200
    seen: list[int] = []
    with pytest.raises(DecodeError, match="resume the search from offset=200") as info:
        async for item in server.paginator(prefetch=3):
            seen.append(item)
    await server.settle()
    assert seen == list(range(200))
    assert info.value.resume_offset == 200 and info.value.status == 200
    assert info.value.url == "/items?offset=200&limit=100"
    assert server.active == 0


@virtual_time
async def test_a_page_that_does_not_decode_over_http_names_the_redacted_url() -> None:
    with aioresponses() as m:
        m.get(url("/products"), payload={"total": 300, "count": 1, "items": [{"id": 1}]})
        m.get(url("/products"), body=b"<html>oops</html>", content_type="text/html")
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            from ecwid_async.resources._base import Resource

            paginator = Resource(ecwid.transport)._paginate("/products", dict, limit=1)
            with pytest.raises(DecodeError) as info:
                await paginator.collect()
    assert info.value.resume_offset == 1
    assert info.value.url.startswith("https://app.ecwid.com/api/v3/1003/products?")
    assert TOKEN not in str(info.value)


# --- a change of total mid-scan -----------------------------------------------------------------
def grows_at(server: PagedServer, offset: int, total: int) -> None:
    server.on_request = lambda at: setattr(server, "total", total) if at == offset else None


@virtual_time
async def test_on_change_raise_stops_before_the_changed_page_with_the_resume_offset() -> None:
    server = PagedServer(500)
    grows_at(server, 200, 510)  # ten items created while we scan
    seen: list[int] = []
    with pytest.raises(ScanChangedError) as info:
        async for item in server.paginator(prefetch=2, on_change="raise"):
            seen.append(item)
    await server.settle()
    error = info.value
    assert seen == list(range(200))
    assert (error.first_total, error.total, error.offset) == (500, 510, 200)
    assert error.resume_offset == 200
    assert "total was 500 on the first page, 510 on the page at offset=200" in str(error)
    assert "resume the search from offset=200" in str(error)
    assert server.active == 0


@virtual_time
async def test_a_change_warns_once_per_change_and_the_scan_goes_on() -> None:
    server = PagedServer(500)
    grows_at(server, 200, 510)
    with pytest.warns(ScanChangedWarning) as record:
        got = await items_of(server.paginator(prefetch=0))
    assert len(record) == 1  # the pages after it agree with the new total
    assert "pass on_change='raise'" in str(record[0].message)
    assert got == list(range(510))


@virtual_time
async def test_on_change_ignore_and_a_steady_total_are_silent() -> None:
    import warnings

    server = PagedServer(500)
    grows_at(server, 200, 510)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert await items_of(server.paginator(on_change="ignore")) == list(range(510))
        assert await items_of(PagedServer(500).paginator()) == list(range(500))


@virtual_time
async def test_a_page_dropped_for_a_smaller_total_is_fetched_when_a_later_page_says_more() -> None:
    server = PagedServer(500, delays={100: 1.0, 200: 2.0, 300: 3.0, 400: 4.0, 500: 5.0})
    totals = {200: 510, 300: 500, 400: 510}  # a total that flips while pages are in flight
    server.on_request = lambda at: setattr(server, "total", totals.get(at, server.total))
    got = await items_of(server.paginator(prefetch=4, on_change="ignore"))
    assert got == list(range(510))
