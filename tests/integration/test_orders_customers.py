"""``ecwid.customers`` and ``ecwid.customer_groups`` against FakeEcwid, end to end."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from ecwid_async import ConflictError, EcwidClient, NotFoundError
from ecwid_async.models.customer import CustomerInput, ShippingAddress
from ecwid_async.models.customer_group import CustomerGroupInput
from ecwid_async.models.order import PersonInfo
from ecwid_async.testing import FakeEcwid


async def _customer(ecwid: EcwidClient, email: str, name: str, **fields: object) -> int:
    created = await ecwid.customers.create(
        {"email": email, "billingPerson": {"name": name, "city": "Bucket"}, **fields}
    )
    assert isinstance(created.id, int)
    return created.id


async def test_create_then_get_returns_what_was_sent(ecwid_client: EcwidClient) -> None:
    group = await ecwid_client.customer_groups.create(CustomerGroupInput(name="Gold"))
    assert group.id
    created = await ecwid_client.customers.create(
        CustomerInput(
            email="example@example.com",
            password="ecwidiscool",
            customer_group_id=group.id,
            billing_person=PersonInfo(name="John Smith", city="Bucket", country_code="US"),
            shipping_addresses=[ShippingAddress(name="John Smith", city="New York")],
            tax_id="GB999 9999 73",
            tax_exempt=True,
        )
    )
    assert created.id
    customer = await ecwid_client.customers.get(created.id)
    assert (customer.id, customer.email, customer.customer_group_id) == (
        created.id,
        "example@example.com",
        group.id,
    )
    assert customer.customer_group_name == "Gold"
    assert customer.billing_person is not None and customer.billing_person.name == "John Smith"
    assert customer.shipping_addresses is not None
    assert [a.city for a in customer.shipping_addresses] == ["New York"]
    assert (customer.tax_id, customer.tax_exempt) == ("GB999 9999 73", True)
    assert customer.registered is not None


async def test_create_with_a_registered_email_is_a_conflict(ecwid_client: EcwidClient) -> None:
    await _customer(ecwid_client, "dup@example.com", "First")
    with pytest.raises(ConflictError):
        await ecwid_client.customers.create({"email": "dup@example.com"})


async def test_update_changes_only_the_fields_sent(ecwid_client: EcwidClient) -> None:
    cid = await _customer(ecwid_client, "old@example.com", "Wendy Darling", taxId="T-1")
    status = await ecwid_client.customers.update(cid, CustomerInput(email="new@example.com"))
    assert status.update_count == 1
    customer = await ecwid_client.customers.get(cid)
    assert customer.email == "new@example.com"
    assert customer.billing_person is not None
    assert (customer.billing_person.name, customer.tax_id) == ("Wendy Darling", "T-1")


async def test_search_filters_and_sorts(fake_ecwid: FakeEcwid, ecwid_client: EcwidClient) -> None:
    vip = await ecwid_client.customer_groups.create({"name": "VIP"})
    assert vip.id
    wendy = await _customer(ecwid_client, "wendy@example.com", "Wendy Darling")
    john = await _customer(ecwid_client, "john@example.com", "John Darling", customerGroupId=vip.id)
    peter = await _customer(ecwid_client, "peter@example.com", "Peter Pan")
    for _ in range(2):
        await ecwid_client.orders.create(
            {"customerId": john, "items": [{"name": "Hook", "price": 1, "quantity": 1}]}
        )

    async def ids(**filters: Any) -> list[int]:
        found = await ecwid_client.customers.search(**filters).collect()
        return [c.id or 0 for c in found]

    assert await ids(email="wendy@example.com") == [wendy]
    assert sorted(await ids(name="Darling")) == sorted([wendy, john])
    assert await ids(keyword="peter") == [peter]
    assert await ids(customer_group_ids=vip.id) == [john]
    assert sorted(await ids(customer_group_ids=[0])) == sorted([wendy, peter])
    assert sorted(await ids(customer_group_ids=[0, vip.id])) == sorted([wendy, john, peter])
    with pytest.warns(DeprecationWarning, match="customer_group="):
        assert await ids(customer_group=vip.id) == [john]
    assert await ids(min_order_count=1) == [john]
    assert sorted(await ids(max_order_count=0)) == sorted([wendy, peter])
    assert await ids(sort_by="NAME_ASC") == [john, peter, wendy]
    assert await ids(sort_by="ORDER_COUNT_DESC", max_items=1) == [john]
    [entry] = await ecwid_client.customers.search(email="john@example.com").collect()
    assert (entry.name, entry.total_order_count, entry.customer_group_name) == (
        "John Darling",
        2,
        "VIP",
    )


async def test_search_pages_through_every_customer(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    seeded = fake_ecwid.seed_customers(130)
    found = [c.id async for c in ecwid_client.customers.search(limit=40)]
    assert sorted(i for i in found if i is not None) == sorted(seeded)


async def test_delete_then_get_is_not_found_and_deleted_lists_it(
    ecwid_client: EcwidClient,
) -> None:
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    cid = await _customer(ecwid_client, "bye@example.com", "Gone Soon")
    assert (await ecwid_client.customers.delete(cid)).delete_count == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.customers.get(cid)
    deleted = await ecwid_client.customers.deleted(from_date=start).collect()
    assert [d.id for d in deleted] == [cid]
    assert await ecwid_client.customers.search(email="bye@example.com").collect() == []


async def test_customer_groups_crud(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.customer_groups.create(CustomerGroupInput(name="Platinum"))
    assert created.id
    group = await ecwid_client.customer_groups.get(created.id)
    assert (group.id, group.name) == (created.id, "Platinum")

    status = await ecwid_client.customer_groups.update(created.id, {"name": "VIP Plus"})
    assert status.update_count == 1
    assert (await ecwid_client.customer_groups.get(created.id)).name == "VIP Plus"

    other = await ecwid_client.customer_groups.create({"name": "Silver"})
    listed = await ecwid_client.customer_groups.search().collect()
    assert {(g.id, g.name) for g in listed} >= {(created.id, "VIP Plus"), (other.id, "Silver")}

    assert (await ecwid_client.customer_groups.delete(created.id)).delete_count == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.customer_groups.get(created.id)
    assert created.id not in [g.id for g in await ecwid_client.customer_groups.search().collect()]


async def test_customer_groups_search_pages(ecwid_client: EcwidClient) -> None:
    made = [
        (await ecwid_client.customer_groups.create({"name": f"Group {i}"})).id for i in range(25)
    ]
    found = [g.id async for g in ecwid_client.customer_groups.search(limit=10)]
    assert set(made) <= set(found)
    assert len(found) == len(set(found))


async def test_customer_groups_include_the_builtin_general_group(ecwid_client: EcwidClient) -> None:
    # The docs' "Get all customer groups" example lists {"id": 0, "name": "General"}, and
    # customers outside any group show customerGroupId 0, customerGroupName "General".
    listed = await ecwid_client.customer_groups.search().collect()
    assert (0, "General") in [(g.id, g.name) for g in listed]
    general = await ecwid_client.customer_groups.get(0)
    assert (general.id, general.name) == (0, "General")
