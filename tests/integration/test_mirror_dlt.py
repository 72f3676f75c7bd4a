"""The dlt source into DuckDB against FakeEcwid: two stores at once, the big store copied,
then only its changes, an idle run, a failed run resumed, a bulk edit in one second."""

from __future__ import annotations

import datetime
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dlt
import duckdb
import pytest

from ecwid_async.contrib.dlt import DELETED, ecwid_source
from ecwid_async.models import EcwidDateTime
from ecwid_async.testing import FakeEcwid

from .mirror_store import (
    LATER,
    bulk_edit_products,
    edit_store,
    frozen_fake,
    seed_big_store,
    store_items,
)

ENTITIES = ["products", "orders", "customers", "categories"]


@pytest.fixture(autouse=True)
def dlt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dlt's pipelines, data and config in tmp_path; no telemetry."""
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-data"))
    monkeypatch.setenv("DLT_PROJECT_DIR", str(tmp_path))
    monkeypatch.setenv("RUNTIME__DLTHUB_TELEMETRY", "false")


@pytest.fixture
def fake() -> Iterator[FakeEcwid]:
    # In a thread: dlt extracts synchronously, the feed runs on its own portal loop.
    with frozen_fake().start_in_thread() as server:
        yield server


class Warehouse:
    """A dlt pipeline into one DuckDB file, fed by the source over two stores."""

    def __init__(self, fake: FakeEcwid, tmp_path: Path) -> None:
        self.fake = fake
        self.path = tmp_path / "shop.duckdb"
        self.other = fake.add_store(store_id=2004)
        self.pipelines = tmp_path / "pipelines"

    def run(self, entities: list[str] = ENTITIES) -> Any:
        pipeline = dlt.pipeline(
            pipeline_name="ecwid_mirror",
            destination=dlt.destinations.duckdb(str(self.path)),
            dataset_name="ecwid",
            pipelines_dir=str(self.pipelines),
        )
        stores = [(1003, self.fake.store.token), (2004, self.other.token)]
        source = ecwid_source(stores, entities, base_url=self.fake.base_url, rate_limit=None)
        # JSON lines: DuckDB loads them ten times faster than dlt's default INSERTs
        return pipeline.run(source, loader_file_format="jsonl")

    def rows(self, table: str, store_id: int, key: str = "id") -> dict[Any, dict[str, Any]]:
        with duckdb.connect(str(self.path), read_only=True) as db:
            cursor = db.execute(f"SELECT * FROM ecwid.{table} WHERE store_id = ?", [store_id])
            names = [d[0] for d in cursor.description]
            return {
                row[names.index(key)]: dict(zip(names, row, strict=True))
                for row in cursor.fetchall()
            }


@pytest.fixture
def warehouse(fake: FakeEcwid, tmp_path: Path) -> Warehouse:
    return Warehouse(fake, tmp_path)


#: A column per entity that changes with each version of an item (dlt's snake_case name,
#: the API's name).
VERSIONS = {
    "products": ("update_timestamp", "updateTimestamp"),
    "orders": ("update_timestamp", "updateTimestamp"),
    "customers": ("updated", "updated"),
    "categories": ("product_count", "productCount"),
}


def same(loaded: Any, sent: Any) -> bool:
    """Equal, once a date dlt loaded as a timestamp is read back from Ecwid's string."""
    if isinstance(loaded, datetime.datetime):
        return loaded == EcwidDateTime.parse(sent)
    return bool(loaded == sent)


async def assert_loaded(warehouse: Warehouse, fake: FakeEcwid) -> None:
    """Every store's items are the rows, each in the version the store has now."""
    for store in (fake.store, warehouse.other):
        async with fake.client(store.store_id) as client:
            for entity in ENTITIES:
                items = await store_items(client, entity)
                rows = warehouse.rows(entity, store.store_id)
                assert set(rows) == set(items), (store.store_id, entity)
                column, field = VERSIONS[entity]
                for key, item in items.items():
                    assert same(rows[key][column], item[field]), (entity, key)
                    assert rows[key][DELETED] is False
        for pid, row in warehouse.rows("products", store.store_id).items():
            assert row["price"] == store.products[pid]["price"]


def seed_small_store(fake: FakeEcwid) -> None:
    fake.seed_categories(3, store=2004)
    fake.seed_products(50, store=2004)
    fake.seed_customers(10, store=2004)
    fake.seed_orders(10, store=2004)


async def test_two_stores_copied_then_only_changes_then_nothing(
    fake: FakeEcwid, warehouse: Warehouse
) -> None:
    seed_big_store(fake)
    seed_small_store(fake)
    fake.advance_clock(LATER)
    warehouse.run()
    assert len(warehouse.rows("products", 1003)) == 10_000
    assert len(warehouse.rows("orders", 1003)) == 2_000
    assert len(warehouse.rows("customers", 1003)) == 1_000
    assert len(warehouse.rows("products", 2004)) == 50
    await assert_loaded(warehouse, fake)

    fake.advance_clock(3600)
    async with fake.client() as client:
        await edit_store(client, fake)
    fake.advance_clock(LATER)
    fake.clear_requests()
    info = warehouse.run()
    # latest-stats of both stores; a page of changes and one of deletions for products,
    # orders and customers of 1003; a page of its categories (their product counts)
    assert len(fake.requests) == 9
    counts = info.pipeline.last_trace.last_normalize_info.row_counts
    assert (counts["products"], counts["orders"], counts["customers"]) == (40, 25, 15)
    await assert_loaded(warehouse, fake)

    fake.advance_clock(LATER)
    fake.clear_requests()
    warehouse.run()
    assert [r.path for r in fake.requests] == [
        "/api/v3/1003/latest-stats",
        "/api/v3/2004/latest-stats",
    ]


async def test_a_failed_run_loads_nothing_and_the_next_resumes(
    fake: FakeEcwid, warehouse: Warehouse
) -> None:
    fake.seed_products(3_000)
    seed_small_store(fake)
    fake.advance_clock(LATER)
    warehouse.run(["products"])
    fake.advance_clock(3600)
    changed = sorted(fake.store.products)[:2_500]
    bulk_edit_products(fake, changed, price=5_000)
    fake.advance_clock(LATER)
    fake.inject_fault("GET", "/api/v3/2004/latest-stats", status=403, times=None)
    with pytest.raises(Exception, match="403"):
        warehouse.run(["products"])
    assert all(row["price"] != 5_000 for row in warehouse.rows("products", 1003).values())

    fake.clear_faults()
    info = warehouse.run(["products"])
    assert info.pipeline.last_trace.last_normalize_info.row_counts["products"] == 2_500
    rows = warehouse.rows("products", 1003)
    assert len(rows) == 3_000 and sum(row["price"] == 5_000 for row in rows.values()) == 2_500
    with duckdb.connect(str(warehouse.path), read_only=True) as db:
        total, distinct = db.execute(
            "SELECT count(*), count(DISTINCT (store_id, id)) FROM ecwid.products"
        ).fetchone()
    assert total == distinct == 3_050


async def test_five_thousand_products_in_one_second_load_once(
    fake: FakeEcwid, warehouse: Warehouse
) -> None:
    fake.seed_products(5_000)
    fake.advance_clock(3600)
    bulk_edit_products(fake, sorted(fake.store.products), price=9.99)  # one second
    fake.advance_clock(1)
    info = warehouse.run(["products"])
    assert info.pipeline.last_trace.last_normalize_info.row_counts["products"] == 5_000
    fake.advance_clock(LATER)
    info = warehouse.run(["products"])  # that second read again: nothing new
    assert "products" not in info.pipeline.last_trace.last_normalize_info.row_counts
    rows = warehouse.rows("products", 1003)
    assert len(rows) == 5_000 and {row["price"] for row in rows.values()} == {9.99}


def test_importing_ecwid_async_does_not_import_dlt() -> None:
    code = "import sys, ecwid_async, ecwid_async.mirror; print('dlt' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
