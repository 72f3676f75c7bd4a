"""The fake's catalog backend on its own: domain operations on a store, no HTTP at all."""

from __future__ import annotations

import pytest

from ecwid_async.testing.backend import catalog, categories, reviews
from ecwid_async.testing.backend.fields import parse_fields, trim
from ecwid_async.testing.errors import FakeApiError
from ecwid_async.testing.models import Backend, StoreState
from ecwid_async.testing.seed_catalog import seed_products, seed_reviews


def _store() -> StoreState:
    return Backend(wall_clock=lambda: 1_700_000_000).add_store(1003)


def test_create_product_fills_defaults_and_derived_fields() -> None:
    store = _store()
    pid = catalog.create_product(store, {"name": "Tea", "quantity": 0}, save_combinations=False)
    product = store.products[pid]
    assert (product["sku"], product["unlimited"], product["inStock"]) == ("00001", False, False)
    assert product["media"] == {"images": [], "videos": []}
    assert store.skus["00001"] == (pid, None)


def test_seeded_products_start_from_the_same_defaults_as_creates() -> None:
    store = _store()
    [seeded] = seed_products(store, 1)
    created = catalog.create_product(store, {"name": "x"}, save_combinations=False)
    assert set(catalog.new_product(0, unlimited=True)) <= set(store.products[seeded])
    assert set(catalog.new_product(0, unlimited=True)) <= set(store.products[created])


def test_assign_keeps_members_and_unassign_counts_only_members() -> None:
    store = _store()
    cat = store.categories[categories.create_category(store, {"name": "Toys"})]
    one, two = (catalog.create_product(store, {"name": n}, save_combinations=False) for n in "ab")
    assert categories.assign(store, cat, [one]) == 1
    store.bump()
    assert categories.assign(store, cat, [one, two]) == 1
    store.bump()
    assert categories.unassign(store, cat, [one]) == 1
    members = [p["id"] for p in store.products.values() if cat["id"] in p["categoryIds"]]
    assert members == [two]


def test_unassign_unknown_product_is_404() -> None:
    store = _store()
    cat = store.categories[categories.create_category(store, {"name": "Toys"})]
    with pytest.raises(FakeApiError) as info:
        categories.unassign(store, cat, [12345])
    assert info.value.status == 404


def test_reviews_mass_update_and_stats() -> None:
    store = _store()
    seed_products(store, 2)
    ids = seed_reviews(store, 4, seed=3)
    assert reviews.mass_update(store, {"selectMode": "ALL", "newStatus": "PUBLISHED"}) == 4
    assert reviews.review_stats(store) == {"allCount": 4, "moderatedCount": 0, "publishedCount": 4}
    body = {"selectMode": "ALL_FILTERED", "delete": True, "currentFilters": {"reviewId": ids[:1]}}
    assert reviews.mass_update(store, body) == 1
    assert [d["id"] for d in store.deleted["reviews"]] == ids[:1]


def test_response_fields_spec_parses_nested_fields() -> None:
    spec = parse_fields("total, items(id,media(images(id)))")
    assert spec == {"total": None, "items": {"id": None, "media": {"images": {"id": None}}}}
    value = {
        "total": 1,
        "count": 1,
        "items": [{"id": 5, "name": "x", "media": {"images": [{"id": "0", "isMain": True}]}}],
    }
    assert trim(value, spec) == {
        "total": 1,
        "items": [{"id": 5, "media": {"images": [{"id": "0"}]}}],
    }
