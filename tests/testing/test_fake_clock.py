"""The fake's clock: stamps that follow it, a knob to move it, and what a mirror reads
(customers' ``updated``, ``customersUpdated``, orders' ``id``, deletion records)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from email.utils import parsedate_to_datetime

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.models import format_date

from .fake_http import Api

T0 = 1_750_000_000


@pytest.fixture
async def frozen(session: aiohttp.ClientSession) -> AsyncIterator[tuple[FakeEcwid, Api]]:
    """A fake whose clock stands still at ``T0`` until a test moves it."""
    async with FakeEcwid(wall_clock=lambda: float(T0)) as fake:
        yield fake, Api(session, f"{fake.base_url}/{fake.store.store_id}", fake.store.token)


async def test_latest_stats_never_run_ahead_of_the_clock(frozen: tuple[FakeEcwid, Api]) -> None:
    # Before the fix each change pushed the stamp one second further: T0+3 after three.
    _fake, api = frozen
    for name in ("a", "b", "c"):
        await api.ok("POST", "/products", json={"name": name})
    stats = await api.ok("GET", "/latest-stats")
    assert stats["productsUpdated"] == format_date(T0)
    stamps = {p["updateTimestamp"] for p in (await api.ok("GET", "/products"))["items"]}
    assert stamps == {T0}  # a bulk edit within one second shares one timestamp


async def test_advance_clock_moves_stamps_dates_and_the_date_header(
    frozen: tuple[FakeEcwid, Api], session: aiohttp.ClientSession
) -> None:
    fake, api = frozen
    assert fake.advance_clock(90) == T0 + 90
    assert fake.now() == T0 + 90
    pid = (await api.ok("POST", "/products", json={"name": "late"}))["id"]
    assert (await api.ok("GET", f"/products/{pid}"))["updateTimestamp"] == T0 + 90
    assert (await api.ok("GET", "/latest-stats"))["productsUpdated"] == format_date(T0 + 90)
    async with session.get(
        f"{api.root}/latest-stats", headers={"Authorization": f"Bearer {api.token}"}
    ) as resp:
        assert parsedate_to_datetime(resp.headers["Date"]).timestamp() == T0 + 90
    with pytest.raises(ValueError, match="never goes back"):
        fake.advance_clock(-1)


async def test_customers_carry_updated_and_move_customers_updated(
    frozen: tuple[FakeEcwid, Api],
) -> None:
    fake, api = frozen
    before = await api.ok("GET", "/latest-stats")
    old = (await api.ok("POST", "/customers", json={"email": "old@x.test"}))["id"]
    fake.advance_clock(100)
    new = (await api.ok("POST", "/customers", json={"email": "new@x.test"}))["id"]
    assert (await api.ok("GET", f"/customers/{new}"))["updated"] == format_date(T0 + 100)
    after = await api.ok("GET", "/latest-stats")
    assert after["customersUpdated"] == format_date(T0 + 100) > before["customersUpdated"]

    async def updated_between(low: int, high: int) -> list[int]:
        params = {"updatedFrom": low, "updatedTo": high}
        return [c["id"] for c in (await api.ok("GET", "/customers", params=params))["items"]]

    assert await updated_between(T0 + 50, T0 + 200) == [new]
    assert await updated_between(T0, T0) == [old]
    fake.advance_clock(100)
    await api.ok("PUT", f"/customers/{old}", json={"taxId": "X1"})
    assert await updated_between(T0 + 150, T0 + 250) == [old]
    await api.ok("DELETE", f"/customers/{new}")
    deleted = await api.ok("GET", "/customers/deleted")
    assert [(d["id"], d["date"]) for d in deleted["items"]] == [(new, format_date(T0 + 200))]


async def test_deleted_orders_name_their_public_id(frozen: tuple[FakeEcwid, Api]) -> None:
    _fake, api = frozen
    number = (await api.ok("POST", "/orders", json={"items": []}))["id"]
    order = await api.ok("GET", f"/orders/{number}")
    await api.ok("DELETE", f"/orders/{number}")
    gone = (await api.ok("GET", "/orders/deleted"))["items"]
    assert [(d["id"], d["orderId"]) for d in gone] == [(number, order["id"])]


async def test_coupons_deleted_answers_under_todays_path(frozen: tuple[FakeEcwid, Api]) -> None:
    _fake, api = frozen
    cid = (await api.ok("POST", "/discount_coupons", json={"name": "A", "code": "A1"}))["id"]
    await api.ok("DELETE", f"/discount_coupons/{cid}")
    today = await api.ok("GET", "/coupons/deleted")
    older = await api.ok("GET", "/discount_coupons/deleted")
    assert [d["id"] for d in today["items"]] == [d["id"] for d in older["items"]] == [cid]


async def test_response_fields_trim_any_answer(frozen: tuple[FakeEcwid, Api]) -> None:
    fake, api = frozen
    fake.seed_products(3)
    body = await api.ok("GET", "/products", params={"responseFields": "total,items(id,sku)"})
    assert set(body) == {"total", "items"}
    assert all(set(item) == {"id", "sku"} for item in body["items"]) and body["total"] == 3
    nested = await api.ok("GET", "/profile", params={"responseFields": "generalInfo(storeId)"})
    assert nested == {"generalInfo": {"storeId": fake.store.store_id}}
    status, error = await api.get("/products", params={"responseFields": "items(id"})
    assert (status, error["errorMessage"]) == (
        400,
        "Wrong parameter 'responseFields' value: 'items(id'",
    )


async def test_customers_search_by_registration_time(frozen: tuple[FakeEcwid, Api]) -> None:
    fake, api = frozen
    early = (await api.ok("POST", "/customers", json={"email": "early@x.test"}))["id"]
    fake.advance_clock(500)
    late = (await api.ok("POST", "/customers", json={"email": "late@x.test"}))["id"]
    params = {"createdFrom": T0 + 100, "createdTo": T0 + 900}
    assert [c["id"] for c in (await api.ok("GET", "/customers", params=params))["items"]] == [late]
    params = {"createdTo": T0}
    assert [c["id"] for c in (await api.ok("GET", "/customers", params=params))["items"]] == [early]
