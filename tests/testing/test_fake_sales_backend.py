"""The fake's sales backend layer, without HTTP: the same domain code that the handlers,
the seeds and the knobs use."""

from __future__ import annotations

import re

import pytest
from multidict import MultiDict, MultiDictProxy

from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.backend import customers as customers_backend
from ecwid_async.testing.backend.fields import parse_fields, trim
from ecwid_async.testing.backend.orders import add_order, find_order, order_identity, search_orders
from ecwid_async.testing.backend.subscriptions import search_subscriptions
from ecwid_async.testing.errors import FakeApiError
from ecwid_async.testing.models import Backend, StoreState


def q(**params: str) -> MultiDictProxy[str]:
    return MultiDictProxy(MultiDict(params))


@pytest.fixture
def store() -> StoreState:
    return Backend(wall_clock=lambda: 1_700_000_000).add_store(1003)


def test_order_identity_is_today_s_id_with_the_profile_prefix_and_suffix(
    store: StoreState,
) -> None:
    store.profile["formatsAndUnits"].update(orderNumberPrefix="SALE-", orderNumberSuffix="-X")
    ids = [order_identity(store, n) for n in range(1, 2001)]
    assert len({i["publicUid"] for i in ids}) == 2000  # unique per order number
    first = ids[0]
    assert re.fullmatch(r"SALE-[0-9A-Z]{5}-X", first["id"])
    assert first["id"] == f"SALE-{first['publicUid']}-X"
    assert (first["internalId"], first["orderNumber"], first["vendorOrderNumber"]) == (
        1,
        1,
        "SALE-1-X",
    )


def test_an_order_is_found_by_number_id_or_public_id(store: StoreState) -> None:
    order = add_order(store, {"items": [{"name": "Tea", "quantity": 1}]})
    for key in (str(order["orderNumber"]), order["id"], order["publicUid"].lower()):
        assert find_order(store, key) is order
    with pytest.raises(FakeApiError):
        find_order(store, "NOPE1")


def test_search_orders_matches_ids_of_every_kind(store: StoreState) -> None:
    a = add_order(store, {"items": [{"quantity": 1, "productId": 5}], "email": "A@x.org"})
    b = add_order(store, {"items": [{"quantity": 1, "productId": 6}]})
    query = q(ids=f"{a['id']},{b['orderNumber']}")
    assert search_orders(store, query) == [a, b]
    assert search_orders(store, q(email="a@x.org")) == [a]
    assert search_orders(store, q(productId="6")) == [b]


def test_seeded_orders_are_built_by_the_same_domain_code(fake: FakeEcwid) -> None:
    fake.seed_customers(3)
    numbers = fake.seed_orders(5)
    for number in numbers:
        order = fake.store.orders[number]
        assert order == {**order, **order_identity(fake.store, number)}
    customer = next(iter(fake.store.customers.values()))
    assert customer["contacts"][0]["type"] == "EMAIL"


def test_customer_filters_table_covers_today_s_search_parameters() -> None:
    wire = {
        "keyword", "name", "email", "phone", "city", "postalCode", "stateOrProvinceCode",
        "countryCodes", "companyName", "acceptMarketing", "lang", "customerGroupIds",
        "orderCount", "salesValue", "purchasedProductIds", "b2b_b2c", "taxExempt", "created",
        "updated",
    }  # fmt: skip
    # useExactEmailMatch rides on email, min/max pairs are one range each.
    assert set(customers_backend.FILTERS) == wire


def test_search_customers_by_sales_value_uses_the_orders(store: StoreState) -> None:
    big = customers_backend.add_customer(store, {"email": "big@example.com"})
    small = customers_backend.add_customer(store, {"email": "small@example.com"})
    add_order(store, {"customerId": big["id"], "total": 500, "items": []})
    add_order(store, {"customerId": small["id"], "total": 5, "items": []})
    stats = customers_backend.customer_stats(store)
    found = customers_backend.search_customers(store, q(minSalesValue="100"), stats)
    assert found == [big]
    ordered = customers_backend.search_customers(store, q(sortBy="SALES_VALUE_ASC"), stats)
    assert ordered == [small, big]
    rendered = customers_backend.render_customer(big, stats)
    assert rendered["stats"]["salesValue"] == 500 and "_registered" not in rendered


def test_recurring_items_start_subscriptions(store: StoreState) -> None:
    settings = {"recurringInterval": "WEEK", "recurringIntervalCount": 2}
    order = add_order(
        store, {"items": [{"quantity": 1, "productId": 9, "recurringChargeSettings": settings}]}
    )
    [sub] = search_subscriptions(store, q(recurringInterval="WEEK"))
    assert order["items"][0]["subscriptionId"] == sub["subscriptionId"]
    assert sub["_nextCharge"] - sub["_created"] == 14 * 86400
    assert search_subscriptions(store, q(status="CANCELLED")) == []
    with pytest.raises(FakeApiError):
        search_subscriptions(store, q(sortBy="NAME"))


def test_response_fields_trim_nested_lists() -> None:
    fields = parse_fields("total,items(id,email,billingPerson(name))")
    page = {
        "total": 2,
        "count": 2,
        "items": [
            {"id": "A", "email": "a@x", "total": 1, "billingPerson": {"name": "A", "city": "Z"}},
            {"id": "B", "total": 2},
        ],
    }
    assert trim(page, fields) == {
        "total": 2,
        "items": [{"id": "A", "email": "a@x", "billingPerson": {"name": "A"}}, {"id": "B"}],
    }
    for bad in ("items(id", "(id)", "items(id))"):
        with pytest.raises(FakeApiError):
            parse_fields(bad)
