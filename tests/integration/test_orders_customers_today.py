"""Today's customer endpoints against FakeEcwid: every search filter, the envelope's
``allCustomerCount``, contacts and customer extra fields."""

from __future__ import annotations

import datetime as dt

import pytest

from ecwid_async import BadRequestError, EcwidClient, NotFoundError
from ecwid_async.models.customer import CustomerContactInput, CustomerExtraFieldInput
from ecwid_async.testing import FakeEcwid


async def _people(ecwid: EcwidClient) -> dict[str, int]:
    """Three customers who differ on every filter, and orders for two of them."""
    ann = await ecwid.customers.create(
        {
            "email": "ann@example.com",
            "billingPerson": {"name": "Ann Lee", "firstName": "Ann", "lastName": "Lee"},
            "shippingAddresses": [
                {"name": "Ann Lee", "city": "London", "postalCode": "NW1", "countryCode": "GB",
                 "stateOrProvinceCode": "LN", "companyName": "Lee Ltd", "phone": "+44 20 7946"}
            ],
            "acceptMarketing": True,
            "lang": "en",
            "b2b_b2c": "b2b",
            "taxExempt": True,
        }
    )  # fmt: skip
    bob = await ecwid.customers.create(
        {
            "email": "bob@example.org",
            "billingPerson": {"name": "Bob Ray"},
            "shippingAddresses": [{"name": "Bob Ray", "city": "Boston", "countryCode": "US"}],
            "contacts": [{"contact": "+1 555 0199", "type": "PHONE"}],
            "lang": "fr",
        }
    )
    cy = await ecwid.customers.create({"email": "cy@example.com", "billingPerson": {"name": "Cy"}})
    for total, product in ((10, 1), (90, 2)):
        await ecwid.orders.create(
            {"customerId": ann.id, "total": total, "items": [{"productId": product, "quantity": 1}]}
        )
    await ecwid.orders.create(
        {"customerId": bob.id, "total": 40, "items": [{"productId": 3, "quantity": 1}]}
    )
    return {"ann": ann.id, "bob": bob.id, "cy": cy.id}


async def test_every_search_filter_is_honoured(ecwid_client: EcwidClient) -> None:
    ids = await _people(ecwid_client)
    names = {v: k for k, v in ids.items()}

    async def who(**filters: object) -> list[str]:
        found = await ecwid_client.customers.search(**filters).collect()  # type: ignore[arg-type]
        return [names[c.id] for c in found]

    assert await who(email="example.com") == ["ann", "cy"]
    assert await who(email="ann@example.com", use_exact_email_match=True) == ["ann"]
    assert await who(email="example", use_exact_email_match=True) == []
    assert await who(phone="0199") == ["bob"]  # a PHONE contact
    assert await who(phone="7946") == ["ann"]  # a saved address
    assert await who(city="london") == ["ann"]
    assert await who(postal_code="NW1") == ["ann"]
    assert await who(state_or_province_code="LN") == ["ann"]
    assert await who(country_codes=["US", "FR"]) == ["bob"]
    assert await who(company_name="Lee") == ["ann"]
    assert await who(accept_marketing=True) == ["ann"]
    assert await who(accept_marketing=False) == ["bob", "cy"]
    assert await who(lang="fr") == ["bob"]
    assert await who(min_order_count=1, max_order_count=1) == ["bob"]
    assert await who(min_sales_value=50) == ["ann"]
    assert await who(max_sales_value=50) == ["bob", "cy"]
    assert await who(purchased_product_ids=[2, 3]) == ["ann", "bob"]
    assert await who(b2b_b2c="b2b") == ["ann"]
    assert await who(tax_exempt=False) == ["bob", "cy"]
    assert await who(created_from=dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)) == [
        "ann",
        "bob",
        "cy",
    ]
    assert await who(created_to=946684800) == []
    assert await who(sort_by="SALES_VALUE_DESC") == ["ann", "bob", "cy"]
    assert (await who(sort_by="LAST_ORDER_DATE_DESC"))[2] == "cy"


async def test_search_items_are_full_records_and_the_envelope_counts_every_customer(
    ecwid_client: EcwidClient,
) -> None:
    ids = await _people(ecwid_client)
    search = ecwid_client.customers.search(lang="en")
    envelope = await search.envelope()
    assert (envelope.total, envelope.all_customer_count) == (1, 3)
    [ann] = envelope.items
    assert ann == await ecwid_client.customers.get(ids["ann"])
    assert ann.billing_person is not None and ann.billing_person.first_name == "Ann"
    assert ann.stats is not None
    assert (ann.stats.number_of_orders, ann.stats.sales_value) == (2, 100)
    assert ann.contacts is not None and [c.type for c in ann.contacts] == ["EMAIL"]
    assert ann.updated is not None and ann.registered is not None
    [trimmed] = await ecwid_client.customers.search(
        lang="en", response_fields="total,items(id,email)"
    ).collect()
    assert (trimmed.id, trimmed.email, trimmed.stats) == (ids["ann"], "ann@example.com", None)


async def test_contacts_round_trip(ecwid_client: EcwidClient) -> None:
    customer = await ecwid_client.customers.create({"email": "ann@example.com"})
    [email] = (await ecwid_client.customer_contacts.list(customer.id)).items
    assert (email.contact, email.type, email.default) == ("ann@example.com", "EMAIL", True)
    made = await ecwid_client.customer_contacts.create(
        customer.id, CustomerContactInput(contact="@ann", type="TELEGRAM", note="evenings")
    )
    assert made.create_count == 1 and made.id is not None
    got = await ecwid_client.customer_contacts.get(customer.id, made.id)
    assert (got.contact, got.type, got.note, got.order_by) == ("@ann", "TELEGRAM", "evenings", 1)
    await ecwid_client.customer_contacts.update(customer.id, made.id, {"handle": "ann_lee"})
    assert (await ecwid_client.customer_contacts.get(customer.id, made.id)).handle == "ann_lee"
    assert (await ecwid_client.customer_contacts.delete(customer.id, made.id)).delete_count == 1
    assert len((await ecwid_client.customer_contacts.list(customer.id)).items) == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.customer_contacts.get(customer.id, made.id)
    with pytest.raises(BadRequestError):
        await ecwid_client.customer_contacts.create(customer.id, {"contact": "x", "type": "FAX"})


async def test_customer_extra_fields_round_trip(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    made = await ecwid_client.customer_extra_fields.create(
        CustomerExtraFieldInput(title="Offline card ID", type="TEXT", shown_on_order_details=False)
    )
    assert made.create_count == 1 and made.key
    field = await ecwid_client.customer_extra_fields.get(made.key)
    assert (field.key, field.title, field.entity_types, field.type) == (
        made.key,
        "Offline card ID",
        ["CUSTOMERS"],
        "TEXT",
    )
    await ecwid_client.customer_extra_fields.update(made.key, {"title": "Personal card ID"})
    [listed] = (await ecwid_client.customer_extra_fields.list()).items
    assert listed.title == "Personal card ID"
    assert (await ecwid_client.customer_extra_fields.delete(made.key)).delete_count == 1
    assert (await ecwid_client.customer_extra_fields.list()).items == []
    with pytest.raises(NotFoundError):
        await ecwid_client.customer_extra_fields.get(made.key)


async def test_customer_groups_search_by_id_and_keyword(ecwid_client: EcwidClient) -> None:
    vip = await ecwid_client.customer_groups.create({"name": "VIP"})
    gold = await ecwid_client.customer_groups.create({"name": "Gold VIP"})
    found = await ecwid_client.customer_groups.search(keyword="vip").collect()
    assert [g.id for g in found] == [vip.id, gold.id]
    picked = await ecwid_client.customer_groups.search(
        customer_group_id=[0, gold.id or 0]
    ).collect()
    assert [g.name for g in picked] == ["General", "Gold VIP"]
    trimmed = await ecwid_client.customer_groups.get(gold.id or 0, response_fields="name")
    assert (trimmed.id, trimmed.name) == (None, "Gold VIP")
