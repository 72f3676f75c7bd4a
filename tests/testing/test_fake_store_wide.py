"""The fake's store-wide areas: the backend operations on their own (no HTTP), and the
answers the handlers give to bodies and queries the real API refuses."""

from __future__ import annotations

import pytest

from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.backend import application as app
from ecwid_async.testing.backend import options, reports, staff, storefront
from ecwid_async.testing.errors import FakeApiError
from ecwid_async.testing.models import Backend, StoreState

from .fake_http import Api


@pytest.fixture
def store() -> StoreState:
    return Backend(wall_clock=lambda: 1_700_000_000).add_store(1003, "secret_x")


def test_a_charge_is_made_once_per_idempotency_key_and_within_the_limits(
    store: StoreState,
) -> None:
    first = app.charge(store, 400, "k1")
    assert app.charge(store, 400, "k1") == {**first, "idempotencyKeyInUse": True}
    with pytest.raises(FakeApiError, match="at most 500"):
        app.charge(store, 501, "k2")
    for n in range(9):  # 400 + 9 x 500 = 4,900 of the 5,000 a day
        app.charge(store, 500, f"d{n}")
    with pytest.raises(FakeApiError, match="daily charge limit"):
        app.charge(store, 200, "over")
    app.charge(store, 100, "exactly-the-limit")
    assert app.app_state(store).charged_total == app.MAX_DAILY_CHARGES


def test_storage_values_are_strings_of_at_most_one_megabyte(store: StoreState) -> None:
    with pytest.raises(FakeApiError, match="must be a string"):
        app.storage_set(store, "k", {"a": 1})
    with pytest.raises(FakeApiError, match="1MB"):
        app.storage_set(store, "k", "x" * (app.MAX_VALUE_BYTES + 1))
    app.storage_set(store, "k", "v")
    assert app.storage_get(store, "k") == {"key": "k", "value": "v"}


def test_cancel_is_for_this_apps_namespace_only_and_once(store: StoreState) -> None:
    assert app.cancel(store, "someone-else", "my-app") == 0
    assert app.cancel(store, "my-app", "my-app") == 1
    assert app.cancel(store, "my-app", "my-app") == 0
    assert app.subscription(store)["subscriptionStatus"] == "SUSPENDED"


def test_staff_scopes_must_be_documented_ones(store: StoreState) -> None:
    with pytest.raises(FakeApiError, match="staffScopes"):
        staff.create(store, {"email": "a@b.c", "staffScopes": ["EVERYTHING"]})
    staff.create(store, {"email": "a@b.c"})
    [account] = staff.staff_state(store).accounts.values()
    assert account["staffScopes"] == [] and account["inviteAccepted"] is False


def test_options_live_in_the_profile_and_move_profile_updated(store: StoreState) -> None:
    store.stats["profileUpdated"] -= 1  # a second ago: stamps follow the (frozen) clock
    before = store.stats["profileUpdated"]
    option_id = options.add_option(store, "shipping", {"title": "Courier", "id": "forged"})
    assert option_id != "forged"
    assert store.profile["shipping"]["shippingOptions"][0]["title"] == "Courier"
    assert store.stats["profileUpdated"] > before
    assert options.delete_option(store, "shipping", option_id) == 1
    assert options.delete_option(store, "shipping", option_id) == 0


def test_extra_fields_need_a_key_and_a_title(store: StoreState) -> None:
    with pytest.raises(FakeApiError, match="'key' and 'title'"):
        options.add_extra_field(store, {"title": "No key"})
    options.add_extra_field(store, {"key": "k", "title": "T"})
    options.update_extra_field(store, "k", {"key": "renamed", "required": True})
    assert options.extra_field(store, "k")["required"] is True


def test_slugs_custom_generated_and_partial(store: StoreState) -> None:
    store.products[7] = {"id": 7, "name": "Best Pizza", "customSlug": "pizza"}
    assert storefront.find_page(store, "pizza", False, False)["status"] == "OK"
    old = storefront.find_page(store, "best-pizza-p7", False, False)
    assert (old["status"], old["canonicalSlug"]) == ("NONCANONICAL", "pizza")
    assert storefront.find_page(store, "-p7", False, False)["storeEntityData"] == {"id": "7"}
    assert storefront.find_page(store, "nothing", False, False) == {"status": "NOT_FOUND"}


def test_order_reports_count_the_orders_in_the_interval(store: StoreState) -> None:
    store.orders[1] = {"id": 1, "total": 10.0, "createTimestamp": 100}
    store.orders[2] = {"id": 2, "total": 5.5, "createTimestamp": 200}
    revenue = reports.report(store, "allRevenue", 150, None)
    assert revenue["aggregatedData"] == [{"dataId": "allRevenue", "dataValue": 5.5}]
    assert reports.report(store, "allOrders", None, 150)["aggregatedData"][0]["dataValue"] == 1
    assert reports.report(store, "visitorsByDevice", None, None)["aggregatedData"] == []


async def test_handlers_refuse_bad_bodies_and_queries(api: Api, fake: FakeEcwid) -> None:
    assert (await api.post("/storage/k", json={"value": 5}))[0] == 400
    assert (await api.get("/storage/missing"))[0] == 404
    assert (await api.post("/staff", json={"email": "not-an-email"}))[0] == 400
    assert (await api.get("/states", params={"countryCode": "ZZ"}))[0] == 400
    assert (await api.get("/taxClasses"))[0] == 400
    assert (await api.delete("/application"))[0] == 400
    charge = {"amount": "5", "currency": "USD", "description": "d", "idempotencyKey": "k"}
    assert (await api.post("/billing/transactions", params={**charge, "metadata": "{"}))[0] == 400
    status, body = await api.post("/billing/transactions", params=charge)
    assert status == 200 and body["idempotencyKeyInUse"] is False


async def test_logo_uploads_answer_put_and_post(api: Api) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(16)
    put_status, put_body = await api.put("/profile/logo", data=png)
    post_status, _ = await api.post("/profile/invoicelogo", data=png)
    assert (put_status, post_status) == (200, 200) and isinstance(put_body["id"], int)
    _, profile = await api.get("/profile")
    assert profile["generalInfo"]["starterSite"]["storeLogoUrl"]
    assert profile["settings"]["invoiceLogoUrl"]


async def test_refusals_carry_the_documented_error_codes(api: Api) -> None:
    cases = [
        ("POST", "/profile/shippingOptions", {"json": {"enabled": True}}, "SHIPPING_OPTION_TITLE_REQUIRED"),
        ("POST", "/profile/shippingOptions", {"json": {"title": "x" * 101}}, "SHIPPING_BAD_TITLE_LENGTH"),
        ("PUT", "/profile/shippingOptions/nope", {"json": {"enabled": False}}, "SHIPPING_NOT_FOUND"),
        ("POST", "/profile/paymentOptions", {"json": {"enabled": True}}, "PAYMENT_OPTION_TITLE_REQUIRED"),
        ("POST", "/profile/paymentOptions", {"json": {"checkoutTitle": "x" * 65}}, "PAYMENT_OPTION_BAD_TITLE_LENGTH"),
        ("GET", "/storefront-widget-pages", {}, "SLUG_PARAMETER_EMPTY"),
        ("POST", "/billing/transactions", {"params": {"amount": "600", "currency": "USD", "description": "d", "idempotencyKey": "k"}}, "CHARGE_AMOUNT_INVALID"),
        ("POST", "/billing/transactions", {"params": {"amount": "6", "currency": "JPY", "description": "d", "idempotencyKey": "k"}}, "CHARGE_CURRENCY_INVALID"),
        ("POST", "/billing/transactions", {"params": {"amount": "6", "currency": "USD", "idempotencyKey": "k"}}, "CHARGE_DESCRIPTION_INVALID"),
        ("POST", "/billing/transactions", {"params": {"amount": "6", "currency": "USD", "description": "d"}}, "CHARGE_IDEMPOTENCY_KEY_INVALID"),
    ]  # fmt: skip
    for method, path, kwargs, code in cases:
        status, body = await api.call(method, path, **kwargs)
        assert status in (400, 404) and body["errorCode"] == code, (path, body)
