"""The blocking facade against a FakeEcwid running in its own thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from ecwid_async import NotFoundError
from ecwid_async.sync import EcwidClient, SyncPaginator
from ecwid_async.testing import FakeEcwid


@pytest.fixture
def fake() -> Iterator[FakeEcwid]:
    with FakeEcwid().start_in_thread() as server:
        yield server


def sync_client(fake: FakeEcwid, **kwargs: Any) -> EcwidClient:
    kwargs.setdefault("rate_limit", None)
    return EcwidClient(fake.store.store_id, fake.store.token, base_url=fake.base_url, **kwargs)


def test_search_is_a_plain_iterator_that_hops_once_per_page(fake: FakeEcwid) -> None:
    ids = fake.seed_products(250)
    with sync_client(fake) as ecwid:
        hops = 0
        real_call = ecwid._portal.call

        def counting(func: Any, *args: Any) -> Any:
            nonlocal hops
            hops += 1
            return real_call(func, *args)

        ecwid._portal.call = counting  # type: ignore[method-assign]
        search = ecwid.products.search()
        assert isinstance(search, SyncPaginator)
        seen = [product.id for product in search]
        assert hops == 3 + 1 + 1  # three pages, the end of the scan, and closing the scan
    assert seen == sorted(ids)


def test_crud_and_errors_block_in_the_calling_thread(fake: FakeEcwid) -> None:
    with sync_client(fake) as ecwid:
        created = ecwid.products.create({"name": "Sync tea", "sku": "SYNC-1", "price": 4})
        assert ecwid.products.get(created.id).name == "Sync tea"
        ecwid.products.update(created.id, {"price": 5})
        assert fake.store.products[created.id]["price"] == 5
        ecwid.products.delete(created.id)
        with pytest.raises(NotFoundError):
            ecwid.products.get(created.id)


def test_break_out_of_a_search_leaves_nothing_running(fake: FakeEcwid) -> None:
    fake.seed_products(1000)
    with sync_client(fake) as ecwid:
        for n, _product in enumerate(ecwid.products.search(prefetch=4)):
            if n == 150:
                break
        assert len(ecwid.products.search(max_items=5).collect()) == 5
    assert not [t for t in threading.enumerate() if t.name.startswith("ecwid-async")]


def test_collect_first_and_paced_client(fake: FakeEcwid) -> None:
    fake.seed_customers(12)
    with sync_client(fake, rate_limit=600) as ecwid:
        first = ecwid.customers.search().first()
        everyone = ecwid.customers.search(limit=5).collect()
    assert first is not None
    assert len(everyone) == 12
    assert everyone[0].id == first.id
