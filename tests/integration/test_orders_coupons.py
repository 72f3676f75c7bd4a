"""``ecwid.discount_coupons`` against FakeEcwid: by id and by code, end to end."""

from __future__ import annotations

import datetime as dt

import pytest

from ecwid_async import ConflictError, EcwidClient, NotFoundError
from ecwid_async.models.coupon import DiscountCouponCatalogLimit, DiscountCouponInput
from ecwid_async.testing import FakeEcwid


async def test_create_then_get_by_id_and_by_code(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.discount_coupons.create(
        DiscountCouponInput(
            name="Coupon # 1",
            code="MOXQ3YCWXRXA",
            discount_type="PERCENT",
            discount=5,
            uses_limit="ONCEPERCUSTOMER",
            application_limit="NEW_CUSTOMER_ONLY",
            catalog_limit=DiscountCouponCatalogLimit(products=[37208342], categories=[]),
        )
    )
    assert created.id and str(created.code) == "MOXQ3YCWXRXA"
    by_id = await ecwid_client.discount_coupons.get(created.id)
    by_code = await ecwid_client.discount_coupons.get("MOXQ3YCWXRXA")
    assert by_id == by_code
    assert (by_id.id, by_id.name, by_id.discount_type, by_id.discount) == (
        created.id,
        "Coupon # 1",
        "PERCENT",
        5,
    )
    assert (by_id.status, by_id.uses_limit, by_id.application_limit) == (
        "ACTIVE",
        "ONCEPERCUSTOMER",
        "NEW_CUSTOMER_ONLY",
    )
    assert by_id.catalog_limit == DiscountCouponCatalogLimit(products=[37208342], categories=[])
    assert by_id.creation_date is not None


async def test_a_code_with_spaces_and_slashes_round_trips(ecwid_client: EcwidClient) -> None:
    code = "10% OFF/summer"
    created = await ecwid_client.discount_coupons.create({"name": "Summer", "code": code})
    coupon = await ecwid_client.discount_coupons.get(code)
    assert (coupon.id, coupon.code) == (created.id, code)


async def test_create_with_a_code_in_use_is_a_conflict(ecwid_client: EcwidClient) -> None:
    await ecwid_client.discount_coupons.create({"name": "A", "code": "SAME"})
    with pytest.raises(ConflictError):
        await ecwid_client.discount_coupons.create({"name": "B", "code": "SAME"})


async def test_update_by_code_changes_only_the_fields_sent(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.discount_coupons.create(
        {"name": "Spring", "code": "SPRING", "discountType": "ABS", "discount": 3}
    )
    status = await ecwid_client.discount_coupons.update(
        "SPRING", DiscountCouponInput(status="PAUSED")
    )
    assert status.update_count == 1
    coupon = await ecwid_client.discount_coupons.get(created.id or 0)
    assert (coupon.status, coupon.name, coupon.discount_type, coupon.discount) == (
        "PAUSED",
        "Spring",
        "ABS",
        3,
    )
    await ecwid_client.discount_coupons.update(created.id or 0, {"discount": 4})
    assert (await ecwid_client.discount_coupons.get("SPRING")).discount == 4


async def test_search_filters_by_code_type_and_availability(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.seed_coupons(40)
    await ecwid_client.discount_coupons.create(
        {"name": "Paused", "code": "PAUSED-1", "discountType": "SHIPPING", "status": "PAUSED"}
    )
    every = await ecwid_client.discount_coupons.search().collect()
    assert len(every) == 41

    [one] = await ecwid_client.discount_coupons.search(code="PAUSED-1").collect()
    assert one.code == "PAUSED-1"

    kinds = await ecwid_client.discount_coupons.search(discount_type=["ABS", "PERCENT"]).collect()
    assert len(kinds) == sum(c.discount_type in ("ABS", "PERCENT") for c in every)
    assert {c.discount_type for c in kinds} <= {"ABS", "PERCENT"}

    paused = await ecwid_client.discount_coupons.search(availability="PAUSED").collect()
    assert "PAUSED-1" in [c.code for c in paused]
    assert len(paused) == sum(c.status == "PAUSED" for c in every)

    pages = [c.id async for c in ecwid_client.discount_coupons.search(limit=15)]
    assert sorted(i for i in pages if i) == sorted(c.id for c in every if c.id)


async def test_search_by_creation_date(ecwid_client: EcwidClient) -> None:
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    await ecwid_client.discount_coupons.create({"name": "New", "code": "NEW"})
    found = await ecwid_client.discount_coupons.search(created_from=start).collect()
    assert [c.code for c in found] == ["NEW"]
    assert await ecwid_client.discount_coupons.search(created_to=start).collect() == []
    later = await ecwid_client.discount_coupons.search(updated_from=start).collect()
    assert [c.code for c in later] == ["NEW"]


async def test_delete_by_code_then_get_is_not_found_and_deleted_lists_it(
    ecwid_client: EcwidClient,
) -> None:
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    created = await ecwid_client.discount_coupons.create({"name": "Bye", "code": "BYE"})
    assert (await ecwid_client.discount_coupons.delete("BYE")).delete_count == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.discount_coupons.get(created.id or 0)
    assert (await ecwid_client.discount_coupons.delete("BYE")).delete_count == 0
    deleted = await ecwid_client.discount_coupons.deleted(from_date=start).collect()
    assert [d.id for d in deleted] == [created.id]
