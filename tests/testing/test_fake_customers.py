"""Customers, customer groups and discount coupons."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid

from .fake_http import Api


async def customer(api: Api, email: str, name: str = "", **fields: Any) -> int:
    body = {"email": email, "billingPerson": {"name": name}, **fields}
    return int((await api.ok("POST", "/customers", json=body))["id"])


# -- customers ---------------------------------------------------------------------------------
async def test_customer_crud_and_partial_update(api: Api) -> None:
    cid = await customer(
        api,
        "ann@example.com",
        "Ann Lee",
        password="secret",
        taxId="GB1",
        shippingAddresses=[{"name": "Ann Lee", "city": "York"}],
    )
    got = await api.ok("GET", f"/customers/{cid}")
    assert (got["id"], got["email"], got["name"], got["taxId"]) == (
        cid,
        "ann@example.com",
        "Ann Lee",
        "GB1",
    )
    assert got["registered"].endswith("+0000")
    assert got["shippingAddresses"][0]["id"]
    assert "password" not in got
    body = await api.ok("PUT", f"/customers/{cid}", json={"taxExempt": True})
    assert body == {"updateCount": 1}
    got = await api.ok("GET", f"/customers/{cid}")
    assert (got["taxExempt"], got["email"], got["taxId"]) == (True, "ann@example.com", "GB1")
    assert await api.ok("DELETE", f"/customers/{cid}") == {"deleteCount": 1}
    for method in ("GET", "PUT", "DELETE"):
        status, body = await api.call(method, f"/customers/{cid}", json={})
        assert status == 404
        assert body["errorMessage"]
    deleted = await api.ok("GET", "/customers/deleted")
    assert [i["id"] for i in deleted["items"]] == [cid]


async def test_duplicate_email_is_409(api: Api) -> None:
    first = await customer(api, "ann@example.com")
    assert (await api.post("/customers", json={"email": "ANN@example.com"}))[0] == 409
    other = await customer(api, "bob@example.com")
    assert (await api.put(f"/customers/{other}", json={"email": "ann@example.com"}))[0] == 409
    await api.ok("PUT", f"/customers/{first}", json={"email": "ann@example.com"})
    assert (await api.post("/customers", json={}))[0] == 400


async def test_customer_search_items_are_full_records_with_today_s_default_limit(
    fake: FakeEcwid, api: Api
) -> None:
    fake.seed_customers(115)
    body = await api.ok("GET", "/customers")
    assert (body["total"], body["count"], body["limit"]) == (115, 100, 100)
    assert body["allCustomerCount"] == 115
    first = body["items"][0]
    assert {"id", "email", "billingPerson", "shippingAddresses", "contacts", "stats"} <= set(first)
    assert first == await api.ok("GET", f"/customers/{first['id']}")
    assert "_registered" not in first and "password" not in first


async def test_customer_search_by_fields_order_counts_and_group(api: Api) -> None:
    group = (await api.ok("POST", "/customer_groups", json={"name": "Gold"}))["id"]
    ann = await customer(api, "ann@example.com", "Ann Lee", customerGroupId=group)
    bob = await customer(api, "bob@example.com", "Bob Ray")
    await api.ok("POST", "/orders", json={"customerId": bob, "items": []})
    await api.ok("POST", "/orders", json={"customerId": bob, "items": []})

    async def found(**params: Any) -> list[int]:
        return [c["id"] for c in (await api.ok("GET", "/customers", params=params))["items"]]

    assert await found(keyword="lee") == [ann]
    assert await found(name="bob") == [bob]
    assert await found(email="ann@example.com") == [ann]
    assert await found(customerGroup=group) == [ann]
    assert await found(minOrderCount=1) == [bob]
    assert await found(maxOrderCount=0) == [ann]
    entry = (await api.ok("GET", "/customers", params={"email": "ann@example.com"}))["items"][0]
    assert entry["customerGroupName"] == "Gold"
    bob_entry = (await api.ok("GET", "/customers", params={"name": "bob"}))["items"][0]
    assert bob_entry["totalOrderCount"] == 2


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("NAME_ASC", ["Ann", "Bob", "Cy"]),
        ("NAME_DESC", ["Cy", "Bob", "Ann"]),
        ("EMAIL_ASC", ["Cy", "Bob", "Ann"]),
        ("EMAIL_DESC", ["Ann", "Bob", "Cy"]),
        ("REGISTERED_DATE_ASC", ["Bob", "Cy", "Ann"]),
        ("REGISTERED_DATE_DESC", ["Ann", "Cy", "Bob"]),
    ],
)
async def test_customer_sort_by(
    session: aiohttp.ClientSession, sort: str, expected: list[str]
) -> None:
    wall = [1_600_000_000.0]
    async with FakeEcwid(wall_clock=lambda: wall[0]) as fake:
        api = Api(session, f"{fake.base_url}/1003", fake.store.token)
        for email, name in (("b@x.test", "Bob"), ("a@x.test", "Cy"), ("z@x.test", "Ann")):
            await customer(api, email, name)
            wall[0] += 86400  # registered a day apart
        body = await api.ok("GET", "/customers", params={"sortBy": sort})
        assert [c["name"] for c in body["items"]] == expected
        assert (await api.get("/customers", params={"sortBy": "AGE"}))[0] == 400


async def test_customer_sort_by_order_count(api: Api) -> None:
    ann = await customer(api, "ann@example.com", "Ann")
    bob = await customer(api, "bob@example.com", "Bob")
    await api.ok("POST", "/orders", json={"customerId": bob, "items": []})
    body = await api.ok("GET", "/customers", params={"sortBy": "ORDER_COUNT_DESC"})
    assert [c["id"] for c in body["items"]] == [bob, ann]
    body = await api.ok("GET", "/customers", params={"sortBy": "ORDER_COUNT_ASC"})
    assert [c["id"] for c in body["items"]] == [ann, bob]


# -- customer groups -------------------------------------------------------------------------------
async def test_customer_groups_crud(api: Api) -> None:
    gid = (await api.ok("POST", "/customer_groups", json={"name": "VIP"}))["id"]
    cid = await customer(api, "ann@example.com", customerGroupId=gid)
    body = await api.ok("GET", "/customer_groups")
    assert (body["total"], body["limit"]) == (2, 100)  # today's default limit
    assert body["items"] == [{"id": 0, "name": "General"}, {"id": gid, "name": "VIP"}]
    assert await api.ok("GET", "/customer_groups/0") == {"id": 0, "name": "General"}
    assert (await api.delete("/customer_groups/0"))[0] == 400
    assert await api.ok("PUT", f"/customer_groups/{gid}", json={"name": "Gold"}) == {
        "updateCount": 1
    }
    assert (await api.ok("GET", f"/customer_groups/{gid}"))["name"] == "Gold"
    assert (await api.ok("GET", f"/customers/{cid}"))["customerGroupName"] == "Gold"
    assert await api.ok("DELETE", f"/customer_groups/{gid}") == {"deleteCount": 1}
    assert (await api.get(f"/customer_groups/{gid}"))[0] == 404
    assert (await api.ok("GET", f"/customers/{cid}"))["customerGroupId"] == 0
    assert (await api.post("/customer_groups", json={}))[0] == 400
    assert (await api.post("/customers", json={"email": "x@y.z", "customerGroupId": 9}))[0] == 404


# -- coupons -----------------------------------------------------------------------------------------
async def coupon(api: Api, code: str, **fields: Any) -> int:
    body = await api.ok("POST", "/discount_coupons", json={"name": code, "code": code, **fields})
    assert body["code"] == code
    return int(body["id"])


async def test_coupon_crud_by_id_and_code(api: Api) -> None:
    cid = await coupon(
        api, "SAVE10", discountType="PERCENT", discount=10, launchDate="2014-06-06 08:00:00 +0400"
    )
    by_id = await api.ok("GET", f"/discount_coupons/{cid}")
    by_code = await api.ok("GET", "/discount_coupons/SAVE10")
    assert by_id == by_code
    assert (by_id["status"], by_id["usesLimit"], by_id["orderCount"]) == ("ACTIVE", "UNLIMITED", 0)
    assert by_id["launchDate"] == "2014-06-06 04:00:00 +0000"  # corrected to UTC
    body = await api.ok("PUT", "/discount_coupons/SAVE10", json={"discount": 15})
    assert body == {"updateCount": 1}
    got = await api.ok("GET", f"/discount_coupons/{cid}")
    assert (got["discount"], got["discountType"]) == (15, "PERCENT")
    assert await api.ok("DELETE", "/discount_coupons/SAVE10") == {"deleteCount": 1}
    assert (await api.get(f"/discount_coupons/{cid}"))[0] == 404
    assert await api.ok("DELETE", "/discount_coupons/SAVE10") == {"deleteCount": 0}
    deleted = await api.ok("GET", "/discount_coupons/deleted")
    assert [i["id"] for i in deleted["items"]] == [cid]


async def test_coupon_conflicts_and_validation(api: Api) -> None:
    await coupon(api, "ONE")
    other = await coupon(api, "TWO")
    assert (await api.post("/discount_coupons", json={"name": "x", "code": "ONE"}))[0] == 409
    assert (await api.put(f"/discount_coupons/{other}", json={"code": "ONE"}))[0] == 409
    assert (await api.post("/discount_coupons", json={"code": "X"}))[0] == 400
    bad = {"name": "x", "code": "Y", "discountType": "FREE"}
    assert (await api.post("/discount_coupons", json=bad))[0] == 400
    assert (await api.put("/discount_coupons/ONE", json={"status": "EXPIRED"}))[0] == 400


async def test_coupon_search_filters(fake: FakeEcwid, api: Api) -> None:
    active = await coupon(api, "ABS1", discountType="ABS")
    paused = await coupon(api, "PCT1", discountType="PERCENT", status="PAUSED")
    expired = await coupon(
        api, "OLD", discountType="PERCENT", expirationDate="2001-01-01 00:00:00 +0000"
    )

    async def found(**params: Any) -> list[int]:
        body = await api.ok("GET", "/discount_coupons", params=params)
        return [c["id"] for c in body["items"]]

    body = await api.ok("GET", "/discount_coupons")
    assert (body["total"], body["limit"]) == (3, 100)
    assert await found(code="PCT1") == [paused]
    assert await found(discount_type="ABS,SHIPPING") == [active]
    assert await found(availability="PAUSED,EXPIRED") == [paused, expired]
    assert await found(availability="ACTIVE") == [active]
    assert (await api.ok("GET", f"/discount_coupons/{expired}"))["status"] == "EXPIRED"
    now = fake.store.now()
    assert len(await found(createdFrom=now - 60)) == 3
    assert await found(createdTo=now - 60) == []
    assert (await api.get("/discount_coupons", params={"availability": "NEW"}))[0] == 400


async def test_coupon_changes_move_stats(fake: FakeEcwid, api: Api) -> None:
    before = await api.ok("GET", "/latest-stats")
    fake.advance_clock(1)  # stamps have one-second resolution
    await coupon(api, "MOVE")
    after = await api.ok("GET", "/latest-stats")
    assert after["discountCouponsUpdated"] > before["discountCouponsUpdated"]


async def test_orders_with_a_coupon_use_it_up(api: Api) -> None:
    cid = await coupon(api, "ONCE", usesLimit="SINGLE", discount=5)
    await api.ok("POST", "/orders", json={"items": [], "discountCoupon": {"code": "ONCE"}})
    got = await api.ok("GET", f"/discount_coupons/{cid}")
    assert (got["orderCount"], got["status"]) == (1, "USEDUP")
    body = await api.ok("GET", "/discount_coupons", params={"availability": "USEDUP"})
    assert [c["id"] for c in body["items"]] == [cid]
