"""``ecwid.customers`` and ``ecwid.customer_groups``: requests, answers, refusals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async.models.common import CreateStatus, DeletedItem, DeleteStatus, UpdateStatus
from ecwid_async.models.customer import (
    Customer,
    CustomerContact,
    CustomerContactCreateStatus,
    CustomerContactInput,
    CustomerContacts,
    CustomerExtraField,
    CustomerExtraFieldInput,
    CustomerExtraFields,
    CustomerInput,
    CustomerSearchResult,
    ShippingAddress,
)
from ecwid_async.models.customer_group import CustomerGroup, CustomerGroupInput
from ecwid_async.models.order import PersonInfo
from ecwid_async.models.order_extras import ExtraFieldCreateStatus
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
        "customers.get_trimmed",
        lambda e: e.customers.get(177737165, response_fields="id,name,email"),
        "GET", "/customers/177737165", [("responseFields", "id,name,email")], None,
        {"id": 177737165, "name": "Support team"}, Customer,
    ),
    (
        "customer_contacts.list",
        lambda e: e.customer_contacts.list(44),
        "GET", "/customers/44/contacts", None,
        {"items": [{"id": 113861381, "contact": "a@b.c", "type": "EMAIL"}]}, CustomerContacts,
    ),
    (
        "customer_contacts.get",
        lambda e: e.customer_contacts.get(44, 113861381),
        "GET", "/customers/44/contacts/113861381", None,
        {"id": 113861381, "contact": "a@b.c", "type": "EMAIL", "orderBy": 0}, CustomerContact,
    ),
    (
        "customer_contacts.create",
        lambda e: e.customer_contacts.create(44, CustomerContactInput(contact="+1555", type="PHONE")),
        "POST", "/customers/44/contacts", {"contact": "+1555", "type": "PHONE"},
        {"createCount": 1}, CustomerContactCreateStatus,
    ),
    (
        "customer_contacts.update",
        lambda e: e.customer_contacts.update(44, 5, {"contact": "ec.apps+1@lightspeedhq.com"}),
        "PUT", "/customers/44/contacts/5", {"contact": "ec.apps+1@lightspeedhq.com"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "customer_contacts.delete",
        lambda e: e.customer_contacts.delete(44, 5),
        "DELETE", "/customers/44/contacts/5", None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "customer_extra_fields.list",
        lambda e: e.customer_extra_fields.list(),
        "GET", "/store_extrafields/customers", None,
        {"items": [{"key": "6r0fUGw", "title": "Offline card ID"}]}, CustomerExtraFields,
    ),
    (
        "customer_extra_fields.get",
        lambda e: e.customer_extra_fields.get("6r0fUGw"),
        "GET", "/store_extrafields/customers/6r0fUGw", None,
        {"key": "6r0fUGw", "entityTypes": ["CUSTOMERS"]}, CustomerExtraField,
    ),
    (
        "customer_extra_fields.create",
        lambda e: e.customer_extra_fields.create(
            CustomerExtraFieldInput(title="Offline card ID", type="TEXT", shown_on_order_details=False)
        ),
        "POST", "/store_extrafields/customers",
        {"title": "Offline card ID", "type": "TEXT", "shownOnOrderDetails": False},
        {"createCount": 1, "key": "6r0fUGw"}, ExtraFieldCreateStatus,
    ),
    (
        "customer_extra_fields.update",
        lambda e: e.customer_extra_fields.update("6r0fUGw", {"title": "Personal card ID"}),
        "PUT", "/store_extrafields/customers/6r0fUGw", {"title": "Personal card ID"},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "customer_extra_fields.delete",
        lambda e: e.customer_extra_fields.delete("6r0fUGw"),
        "DELETE", "/store_extrafields/customers/6r0fUGw", None, {"deleteCount": 1}, DeleteStatus,
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
            use_exact_email_match=True,
            phone="555",
            city="London",
            postal_code="NW1",
            state_or_province_code="CA",
            country_codes=["US", "GB"],
            company_name="Darling Ltd",
            accept_marketing=False,
            lang="en",
            customer_group_ids=[0, 9367001],
            min_order_count=0,
            max_order_count=5,
            min_sales_value=10,
            max_sales_value=99.5,
            purchased_product_ids=[439710255],
            b2b_b2c="b2b",
            tax_exempt=True,
            created_from=dt.date(2023, 1, 15),
            created_to="2023-01-15 19:27:50",
            updated_from=1447804800,
            updated_to=dt.datetime(2023, 1, 16, tzinfo=dt.timezone.utc),
            sort_by="SALES_VALUE_DESC",
            response_fields="total,items(id,name,email)",
            limit=10,
            offset=20,
        ).collect()
    assert found == [Customer(id=1, name="Wendy", total_order_count=0)]
    assert only(mocked).query == sorted(
        [
            ("keyword", "darling"),
            ("name", "Wendy"),
            ("email", "demo1@ecwid.com"),
            ("useExactEmailMatch", "true"),
            ("phone", "555"),
            ("city", "London"),
            ("postalCode", "NW1"),
            ("stateOrProvinceCode", "CA"),
            ("countryCodes", "US,GB"),
            ("companyName", "Darling Ltd"),
            ("acceptMarketing", "false"),
            ("lang", "en"),
            ("customerGroupIds", "0,9367001"),
            ("minOrderCount", "0"),
            ("maxOrderCount", "5"),
            ("minSalesValue", "10"),
            ("maxSalesValue", "99.5"),
            ("purchasedProductIds", "439710255"),
            ("b2b_b2c", "b2b"),
            ("taxExempt", "true"),
            ("createdFrom", "2023-01-15"),
            ("createdTo", "2023-01-15 19:27:50"),
            ("updatedFrom", "1447804800"),
            ("updatedTo", "1673827200"),
            ("sortBy", "SALES_VALUE_DESC"),
            ("responseFields", "total,items(id,name,email)"),
            ("offset", "20"),
            ("limit", "10"),
        ]
    )


@virtual_time
async def test_search_sends_the_deprecated_customer_group_as_customer_group_ids(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/customers"), payload={"total": 0, "items": []})
    async with client() as ecwid:
        with pytest.warns(DeprecationWarning, match="customer_group=.*customer_group_ids="):
            assert await ecwid.customers.search(customer_group=0).collect() == []
    assert only(mocked).query == [("customerGroupIds", "0"), ("limit", "100"), ("offset", "0")]


@virtual_time
async def test_search_items_are_full_records_and_the_envelope_has_every_count(
    mocked: aioresponses,
) -> None:
    mocked.get(
        url("/customers"),
        payload={
            "total": 1,
            "count": 1,
            "offset": 0,
            "limit": 100,
            "allCustomerCount": 2,
            "items": [
                {
                    "id": 177737165,
                    "email": "ec.apps@lightspeedhq.com",
                    "billingPerson": {"firstName": "Support", "lastName": "team"},
                    "contacts": [{"id": 113861381, "type": "EMAIL", "default": True}],
                    "stats": {"numberOfOrders": 3, "salesValue": 97},
                    "updated": "2024-06-04 21:15:10 +0000",
                }
            ],
        },
        repeat=True,
    )
    async with client() as ecwid:
        search = ecwid.customers.search(email="ec.apps@lightspeedhq.com")
        envelope = await search.envelope()
        [customer] = await search.collect()
    assert isinstance(envelope, CustomerSearchResult)
    assert (envelope.total, envelope.all_customer_count) == (1, 2)
    assert envelope.items == [customer]
    assert customer.id == 177737165
    assert customer.billing_person is not None
    assert customer.billing_person.first_name == "Support"
    assert customer.contacts is not None and customer.contacts[0].id == 113861381
    assert customer.stats is not None and customer.stats.number_of_orders == 3


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
    ("group_ids_str", lambda e: e.customers.search(customer_group_ids=["VIP"]), TypeError, "customer_group_ids"),
    ("group_twice", lambda e: e.customers.search(customer_group=1, customer_group_ids=2), ValueError, "customer_group_ids= only"),
    ("b2b_b2c", lambda e: e.customers.search(b2b_b2c="B2B"), ValueError, "b2b_b2c"),
    ("sales_str", lambda e: e.customers.search(min_sales_value="5"), TypeError, "min_sales_value"),
    ("updated_bool", lambda e: e.customers.search(updated_from=True), TypeError, "updated_from"),
    ("fields_no_items", lambda e: e.customers.search(response_fields="total"), ValueError, "items"),
    ("contact_id_str", lambda e: e.customer_contacts.get(1, "a"), TypeError, "contact_id"),
    ("contact_body", lambda e: e.customer_contacts.create(1, "a@b.c"), TypeError, "CustomerContactInput"),
    ("extra_key_int", lambda e: e.customer_extra_fields.get(5), TypeError, "key"),
    ("extra_key_blank", lambda e: e.customer_extra_fields.delete(" "), ValueError, "key"),
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
