"""``mirror()`` into SQLite against FakeEcwid: a big store copied, then only its changes,
an idle run, a run killed mid-way and resumed, and a bulk edit sharing one second."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from ecwid_async import EcwidClient
from ecwid_async.errors import PermissionDeniedError
from ecwid_async.mirror import (
    DEFAULT_ENTITIES,
    ChangeFeed,
    EntityReport,
    FeedError,
    MirrorReport,
    mirror,
)
from ecwid_async.testing import FakeEcwid

from .mirror_store import (
    LATER,
    bulk_edit_products,
    edit_store,
    frozen_fake,
    seed_big_store,
    store_items,
)


@pytest.fixture
async def fake() -> AsyncIterator[FakeEcwid]:
    async with frozen_fake() as server:
        yield server


@pytest.fixture
async def client(fake: FakeEcwid) -> AsyncIterator[EcwidClient]:
    async with fake.client() as ecwid:
        yield ecwid


def rows(path: Path, table: str) -> dict[Any, Any]:
    with sqlite3.connect(path) as db:
        return {key: json.loads(data) for key, data in db.execute(f"SELECT id, data FROM {table}")}


def without_derived(entity: str, items: dict[Any, Any]) -> dict[Any, Any]:
    """Customers' ``stats`` follow their orders without moving their ``updated``: the mirror
    keeps them as of the customer's last change, so they are left out of the comparison."""
    if entity != "customers":
        return items
    return {key: {k: v for k, v in item.items() if k != "stats"} for key, item in items.items()}


async def assert_mirrors_store(path: Path, client: EcwidClient) -> None:
    for entity in DEFAULT_ENTITIES:
        mirrored, store = rows(path, entity), await store_items(client, entity)
        assert without_derived(entity, mirrored) == without_derived(entity, store), entity


async def copied(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path, products: int, entities: list[str]
) -> str:
    """Seed ``products``, let time pass and mirror once; the target, for the next runs."""
    fake.seed_products(products)
    fake.advance_clock(LATER)
    target = f"sqlite:///{tmp_path / 'shop.db'}"
    await mirror(client, target, entities)
    return target


def counts(report: MirrorReport) -> dict[str, tuple[int, int]]:
    return {name: (e.upserted, e.deleted) for name, e in report.entities.items() if e.changed}


async def test_a_big_store_then_its_changes_then_nothing(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    seed_big_store(fake)
    fake.advance_clock(LATER)
    target = f"sqlite:///{tmp_path / 'shop.db'}"

    first = await mirror(client, target)
    assert counts(first) == {
        "products": (10_000, 0),
        "categories": (20, 0),
        "orders": (2_000, 0),
        "customers": (1_000, 0),
        "coupons": (50, 0),
        "carts": (30, 0),
    }
    # 100 pages of products, 20 of orders, 10 of customers, one each for the rest, and
    # the few probes of windows too full to read whole.
    assert first.requests < 160
    await assert_mirrors_store(tmp_path / "shop.db", client)

    fake.advance_clock(3600)
    await edit_store(client, fake)
    fake.advance_clock(LATER)
    fake.clear_requests()
    second = await mirror(client, target)
    assert {k: v for k, v in counts(second).items() if k != "categories"} == {
        "products": (30, 10),
        "orders": (20, 5),
        "customers": (10, 5),
    }
    # Categories show product counts: read again (one page) when products change.
    assert second.entities["categories"].requests == 1
    # latest-stats, then one page of changes and one of deletions for each changed entity
    assert second.requests == len(fake.requests) == 8
    assert second.entities["coupons"] == second.entities["carts"] == EntityReport()
    await assert_mirrors_store(tmp_path / "shop.db", client)

    fake.advance_clock(LATER)
    fake.clear_requests()
    idle = await mirror(client, target)
    assert idle.requests == len(fake.requests) == 1
    assert [r.path for r in fake.requests] == ["/api/v3/1003/latest-stats"]
    assert counts(idle) == {}


async def test_a_run_killed_mid_way_resumes_without_duplicates_or_gaps(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    target = await copied(fake, client, tmp_path, 6_000, ["products"])
    ids = sorted(fake.store.products)
    for step in range(5):  # 5,000 changes over five seconds: several windows to read
        fake.advance_clock(7)
        bulk_edit_products(fake, ids[step * 1000 : (step + 1) * 1000], price=1000 + step)
    fake.advance_clock(LATER)
    batches: list[int] = []

    def fail_after_the_first_batch(entity: str, so_far: EntityReport) -> None:
        batches.append(so_far.upserted)
        fake.inject_fault("GET", "/products*", status=403, times=None)

    with pytest.raises(PermissionDeniedError):
        await mirror(client, target, ["products"], on_progress=fail_after_the_first_batch)
    assert 0 < batches[0] < 5_000  # one window committed, the rest not
    committed = rows(tmp_path / "shop.db", "products")
    assert sum(p["price"] >= 1000 for p in committed.values()) == batches[0]

    fake.clear_faults()
    resumed = await mirror(client, target, ["products"])
    assert batches[0] + resumed.entities["products"].upserted == 5_000  # each exactly once
    assert rows(tmp_path / "shop.db", "products") == await store_items(client, "products")


async def test_a_cancelled_run_keeps_what_it_committed_and_resumes(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    fake.seed_products(4_500)
    fake.advance_clock(LATER)
    target = f"sqlite:///{tmp_path / 'shop.db'}"
    committed: list[int] = []

    def cancel_after_the_first_batch(entity: str, so_far: EntityReport) -> None:
        committed.append(so_far.upserted)
        task = asyncio.current_task()
        assert task is not None
        task.cancel()

    run = asyncio.ensure_future(
        mirror(client, target, ["products"], on_progress=cancel_after_the_first_batch)
    )
    with pytest.raises(asyncio.CancelledError):
        await run
    assert 0 < committed[0] < 4_500 == len(fake.store.products)
    assert len(rows(tmp_path / "shop.db", "products")) == committed[0]
    resumed = await mirror(client, target, ["products"])
    assert committed[0] + resumed.entities["products"].upserted == 4_500
    assert rows(tmp_path / "shop.db", "products") == await store_items(client, "products")


async def test_five_thousand_products_sharing_one_second_come_through_once(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    target = await copied(fake, client, tmp_path, 5_000, ["products"])
    fake.advance_clock(3600)
    bulk_edit_products(fake, sorted(fake.store.products), price=9.99)
    assert len({p["updateTimestamp"] for p in fake.store.products.values()}) == 1

    fake.advance_clock(1)  # right after the edit: Ecwid's search may not show all of it yet
    soon = await mirror(client, target, ["products"])
    assert soon.entities["products"].upserted == 5_000
    fake.advance_clock(LATER)  # the next run reads that second again, to be sure
    again = await mirror(client, target, ["products"])
    assert (again.entities["products"].upserted, again.entities["products"].changed) == (0, True)
    mirrored = rows(tmp_path / "shop.db", "products")
    assert len(mirrored) == 5_000 and {p["price"] for p in mirrored.values()} == {9.99}
    fake.clear_requests()
    assert (await mirror(client, target, ["products"])).requests == 1


async def test_a_total_that_moves_between_pages_makes_the_window_read_again(
    fake: FakeEcwid, tmp_path: Path
) -> None:
    fake.seed_products(1_500)
    fake.advance_clock(LATER)
    victim = sorted(fake.store.products)[0]
    deleted: list[int] = []

    async def delete_once_mid_window(event: Any) -> None:
        if "offset=500" in event.url and not deleted:
            deleted.append(victim)
            async with fake.client() as other:
                await other.products.delete(victim)

    async with fake.client(on_response=delete_once_mid_window) as client:
        report = await mirror(client, f"sqlite:///{tmp_path / 'shop.db'}", ["products"])
        assert deleted == [victim]
        mirrored = rows(tmp_path / "shop.db", "products")
        assert len(mirrored) == report.entities["products"].upserted == 1_499
        assert mirrored == await store_items(client, "products")


async def test_state_older_than_the_deletion_history_reconciles_ids(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    target = await copied(fake, client, tmp_path, 300, ["products"])
    fake.advance_clock(200 * 86400)  # longer than Ecwid keeps deletions
    gone = sorted(fake.store.products)[:7]
    for pid in gone:
        await client.products.delete(pid)
    fake.store.deleted["products"].clear()  # the history has expired
    fake.advance_clock(LATER)
    fake.clear_requests()
    report = await mirror(client, target, ["products"])
    assert counts(report) == {"products": (0, 7)}
    assert any(
        r.query.get("responseFields") == "total,count,offset,items(id)" for r in fake.requests
    )
    assert rows(tmp_path / "shop.db", "products") == await store_items(client, "products")


async def test_categories_and_carts_without_deletion_history(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    fake.seed_categories(12)
    carts = fake.seed_carts(5)
    fake.advance_clock(LATER)
    target = f"sqlite:///{tmp_path / 'shop.db'}"
    await mirror(client, target, ["categories", "carts"])
    fake.advance_clock(2 * 86400)
    first_category = sorted(fake.store.categories)[0]
    await client.categories.delete(first_category)
    await client.carts.place(carts[0])  # a placed cart leaves the abandoned carts
    fake.advance_clock(LATER)
    report = await mirror(client, target, ["categories", "carts"])
    assert report.entities["categories"].deleted >= 1
    assert report.entities["carts"].deleted == 1
    await assert_both(tmp_path / "shop.db", client, ("categories", "carts"))


async def assert_both(path: Path, client: EcwidClient, entities: tuple[str, ...]) -> None:
    for entity in entities:
        assert rows(path, entity) == await store_items(client, entity), entity


async def test_bad_targets_and_entities_fail_before_any_request(
    fake: FakeEcwid, client: EcwidClient, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="unsupported mirror target 'postgres://x'"):
        await mirror(client, "postgres://x")
    with pytest.raises(ValueError, match="unknown entity 'reviews'"):
        await mirror(client, f"sqlite:///{tmp_path / 'x.db'}", ["reviews"])
    assert fake.requests == []


async def test_a_server_ignoring_the_window_bounds_stops_the_feed(
    fake: FakeEcwid, client: EcwidClient
) -> None:
    fake.seed_products(2_500)
    feed = ChangeFeed(client, "products")
    with pytest.raises(FeedError, match="ignores fromX/toX: no window narrows"):
        async for _ in feed._windows("/products", "fromX", "toX", 0, 2**31):
            pass
    # it gives up after one descent (a probe a level, the pages of one second), not never
    assert len(fake.requests) < 200
