"""``ecwid.customers`` and ``ecwid.customer_groups``: requests, answers, refusals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aioresponses import aioresponses

from ecwid_async.models.common import CreateStatus, DeletedItem, DeleteStatus, UpdateStatus
from ecwid_async.models.customer import (
    Customer,
    CustomerInput,
    CustomerSearchEntry,
    ShippingAddress,
)
from ecwid_async.models.customer_group import CustomerGroup, CustomerGroupInput
from ecwid_async.models.order import PersonInfo
from tests.vtime import virtual_time

from ..conftest import url
from . import Build, Refusal, client, only, refusal_test, request_test, sent

CASES: list[tuple[str, Build, str, str, Any, Any, type]] = [
    (
        "customers.get",
        lambda e: e.customers.get(123123),
        "GET", "/customers/123123", None,
        {"id": 123123, "email": "a@b.c", "registered": "2015-09-20 19:59:43 +0000"}, Customer,
    ),
    (
        "customers.create",
        lambda e: e.customers.create(
            CustomerInput(
                email="example@example.com",
                customer_group_id=12345,
                billing_person=PersonInfo(name="John Smith", city="Bucket"),
                shipping_addresses=[ShippingAddress(name="John Smith", postal_code="10001")],
                tax_exempt=True,
            )
        ),
        "POST", "/customers",
        {
            "email": "example@example.com",
            "customerGroupId": 12345,
            "billingPerson": {"name": "John Smith", "city": "Bucket"},
            "shippingAddresses": [{"name": "John Smith", "postalCode": "10001"}],
            "taxExempt": True,
        },
        {"id": 15319410}, CreateStatus,
    ),
    (
        "customers.update",
        lambda e: e.customers.update(10293737, {"email": "new-email@example.com"}),
        "PUT", "/customers/10293737", {"email": "new-email@example.com"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "customers.delete",
        lambda e: e.customers.delete(39847403),
        "DELETE", "/customers/39847403", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "customer_groups.get",
        lambda e: e.customer_groups.get(12345),
        "GET", "/customer_groups/12345", None, {"id": 12345, "name": "VIP"}, CustomerGroup,
    ),
    (
        "customer_groups.get_general",
        lambda e: e.customer_groups.get(0),
        "GET", "/customer_groups/0", None, {"id": 0, "name": "General"}, CustomerGroup,
    ),
    (
        "customer_groups.create",
        lambda e: e.customer_groups.create(CustomerGroupInput(name="Platinum")),
        "POST", "/customer_groups", {"name": "Platinum"}, {"id": 123456}, CreateStatus,
    ),
    (
        "customer_groups.update",
        lambda e: e.customer_groups.update(123456, {"name": "VIP Plus"}),
        "PUT", "/customer_groups/123456", {"name": "VIP Plus"}, {"updateCount": 1}, UpdateStatus,
    ),
    (
        "customer_groups.delete",
        lambda e: e.customer_groups.delete(39847403),
        "DELETE", "/customer_groups/39847403", None, {"deleteCount": 1}, DeleteStatus,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_search_sends_every_documented_filter_by_its_wire_name(
    mocked: aioresponses,
) -> None:
    mocked.get(
        url("/customers"),
        payload={
            "total": 1,
            "count": 1,
            "items": [{"id": 1, "name": "Wendy", "totalOrderCount": 0}],
        },
    )
    async with client() as ecwid:
        found = await ecwid.customers.search(
            keyword="darling",
            name="Wendy",
            email="demo1@ecwid.com",
            customer_group=0,
            min_order_count=0,
            max_order_count=5,
            sort_by="ORDER_COUNT_DESC",
            limit=10,
            offset=20,
        ).collect()
    assert found == [CustomerSearchEntry(id=1, name="Wendy", total_order_count=0)]
    assert only(mocked).query == sorted(
        [
            ("keyword", "darling"),
            ("name", "Wendy"),
            ("email", "demo1@ecwid.com"),
            ("customerGroup", "0"),
            ("minOrderCount", "0"),
            ("maxOrderCount", "5"),
            ("sortBy", "ORDER_COUNT_DESC"),
            ("offset", "20"),
            ("limit", "10"),
        ]
    )


@virtual_time
async def test_groups_search_pages_with_offset_and_limit(mocked: aioresponses) -> None:
    mocked.get(
        url("/customer_groups"),
        payload={"total": 3, "count": 2, "items": [{"id": 0, "name": "General"}, {"id": 1}]},
    )
    mocked.get(url("/customer_groups"), payload={"total": 3, "count": 1, "items": [{"id": 2}]})
    async with client() as ecwid:
        groups = await ecwid.customer_groups.search(limit=2).collect()
    assert [g.id for g in groups] == [0, 1, 2]
    assert [r.query for r in sent(mocked)] == [
        [("limit", "2"), ("offset", "0")],
        [("limit", "2"), ("offset", "2")],
    ]


@virtual_time
async def test_deleted_lists_deleted_customer_ids(mocked: aioresponses) -> None:
    mocked.get(
        url("/customers/deleted"),
        payload={"total": 1, "count": 1, "items": [{"id": 5, "date": "2014-10-20 18:07:24 +0000"}]},
    )
    async with client() as ecwid:
        [item] = await ecwid.customers.deleted(from_date="2014-10-20").collect()
    assert isinstance(item, DeletedItem)
    assert (item.id, item.date) == (5, dt.datetime(2014, 10, 20, 18, 7, 24, tzinfo=dt.timezone.utc))
    assert only(mocked).query == sorted(
        [("from_date", "2014-10-20"), ("offset", "0"), ("limit", "100")]
    )


BAD: list[Refusal] = [
    ("sort_by", lambda e: e.customers.search(sort_by="NAME"), ValueError, "sort_by"),
    ("limit_101", lambda e: e.customers.search(limit=101), ValueError, "limit"),
    ("group_str", lambda e: e.customers.search(customer_group="VIP"), TypeError, "customer_group"),
    ("count_float", lambda e: e.customers.search(min_order_count=1.5), TypeError, "min_order_count"),
    ("id_str", lambda e: e.customers.get("abc"), TypeError, "customer_id"),
    ("id_negative", lambda e: e.customers.delete(-1), ValueError, "customer_id"),
    ("create_body", lambda e: e.customers.create("a@b.c"), TypeError, "CustomerInput"),
    ("update_decoded", lambda e: e.customers.update(1, Customer(email="a@b.c")), TypeError, "CustomerInput"),
    ("group_id_bool", lambda e: e.customer_groups.get(True), TypeError, "group_id"),
    ("group_id_str", lambda e: e.customer_groups.update("VIP", {"name": "x"}), TypeError, "group_id"),
    ("group_body", lambda e: e.customer_groups.create("Platinum"), TypeError, "CustomerGroupInput"),
    ("groups_limit", lambda e: e.customer_groups.search(limit=0), ValueError, "limit"),
    ("deleted_date", lambda e: e.customers.deleted(to_date=object()), TypeError, "to_date"),
]  # fmt: skip


test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
