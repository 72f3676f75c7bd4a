"""The store-wide areas against FakeEcwid over loopback: app storage, application,
staff, payment and shipping options, checkout extra fields, dictionaries, storefront
page slugs, reports, deleted items and logos."""

from __future__ import annotations

import pytest

from ecwid_async import BadRequestError, ConflictError, EcwidClient, NotFoundError
from ecwid_async.models.shipping_option import ShippingOptionInput
from ecwid_async.testing import FakeEcwid

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


async def test_app_storage_add_get_set_delete(ecwid_client: EcwidClient) -> None:
    assert await ecwid_client.app_storage.all() == []
    assert (await ecwid_client.app_storage.add("settings/main", '{"a":1}')).success
    await ecwid_client.app_storage.set("settings/main", '{"a":2}')
    entry = await ecwid_client.app_storage.get("settings/main")
    assert (entry.key, entry.value) == ("settings/main", '{"a":2}')
    assert [e.key for e in await ecwid_client.app_storage.all()] == ["settings/main"]
    assert (await ecwid_client.app_storage.delete("settings/main")).success
    with pytest.raises(NotFoundError):
        await ecwid_client.app_storage.get("settings/main")


async def test_subscription_cancel_and_charge_once_per_key(
    ecwid_client: EcwidClient, fake_ecwid: FakeEcwid
) -> None:
    status = await ecwid_client.application.subscription()
    assert status.subscription_status == "ACTIVE" and status.subscription is not None
    first = await ecwid_client.application.charge(9.99, "USD", "Seats", "key-1", metadata={"n": 1})
    again = await ecwid_client.application.charge(9.99, "USD", "Seats", "key-1")
    assert first.idempotency_key_in_use is False and again.idempotency_key_in_use is True
    assert first.transaction_id == again.transaction_id
    client_id = fake_ecwid.backend.client_id
    assert (await ecwid_client.application.cancel_subscription("other-app")).delete_count == 0
    assert (await ecwid_client.application.cancel_subscription(client_id)).delete_count == 1
    assert (await ecwid_client.application.subscription()).subscription_status == "SUSPENDED"


async def test_staff_invite_update_and_delete(ecwid_client: EcwidClient) -> None:
    assert (
        await ecwid_client.staff.create("ann@example.com", staff_scopes=["REPORT_ACCESS"])
    ).success
    with pytest.raises(ConflictError):
        await ecwid_client.staff.create("ann@example.com")
    [ann] = (await ecwid_client.staff.search()).staff_list or []
    assert ann.invite_accepted is False and ann.id is not None
    assert (await ecwid_client.staff.resend_invite("ann@example.com")).success
    await ecwid_client.staff.update(ann.id, staff_scopes=["SALES_MANAGEMENT"])
    assert (await ecwid_client.staff.get(ann.id)).staff_scopes == ["SALES_MANAGEMENT"]
    assert "STORE_MANAGEMENT" in ((await ecwid_client.staff.scopes()).staff_scopes or [])
    assert (await ecwid_client.staff.cancel_invite("ann@example.com")).delete_count == 1
    assert (await ecwid_client.staff.delete(ann.id)).delete_count == 0


async def test_payment_options_are_the_profiles_payment_options(
    ecwid_client: EcwidClient,
) -> None:
    created = await ecwid_client.payment_options.create(
        {"checkoutTitle": "Cash", "paymentProcessorId": "offline"}
    )
    option_id = str(created.id)
    await ecwid_client.payment_options.update(option_id, {"checkoutDescription": "At the door"})
    option = await ecwid_client.payment_options.get(option_id)
    assert (option.checkout_title, option.checkout_description) == ("Cash", "At the door")
    profile = await ecwid_client.profile.get()
    assert profile.payment is not None and profile.payment.payment_options is not None
    assert [o.id for o in profile.payment.payment_options] == [option_id]
    assert (await ecwid_client.payment_options.delete(option_id)).delete_count == 1
    assert await ecwid_client.payment_options.search() == []


async def test_shipping_options_create_update_delete(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.shipping_options.create(
        ShippingOptionInput(title="Courier", fulfilment_type="delivery", minimum_order_subtotal=5)
    )
    await ecwid_client.shipping_options.update(str(created.id), {"enabled": False})
    [option] = await ecwid_client.shipping_options.search()
    assert (option.title, option.enabled, option.minimum_order_subtotal) == ("Courier", False, 5)
    assert (await ecwid_client.shipping_options.delete(str(created.id))).delete_count == 1


async def test_checkout_extra_fields_by_key(ecwid_client: EcwidClient) -> None:
    field = {"key": "gift_note", "title": "Gift note", "type": "textarea"}
    assert (await ecwid_client.checkout_extra_fields.create(field)).create_count == 1
    with pytest.raises(ConflictError):
        await ecwid_client.checkout_extra_fields.create(field)
    await ecwid_client.checkout_extra_fields.update("gift_note", {"required": True})
    got = await ecwid_client.checkout_extra_fields.get("gift_note")
    assert (got.title, got.required) == ("Gift note", True)
    items = (await ecwid_client.checkout_extra_fields.search()).items or []
    assert [f.key for f in items] == ["gift_note"]
    assert (await ecwid_client.checkout_extra_fields.delete("gift_note")).delete_count == 1


async def test_dictionaries_translate_and_filter_by_country(ecwid_client: EcwidClient) -> None:
    countries = await ecwid_client.dictionaries.countries(lang="fr", with_states=True)
    us = next(c for c in countries if c.code == "US")
    assert us.name == "États-Unis" and [s.code for s in us.states or []] == ["CA", "NY"]
    assert [s.code for s in await ecwid_client.dictionaries.states("ca")] == ["ON", "QC"]
    [currency] = await ecwid_client.dictionaries.currency_by_country("GB")
    assert (currency.currency_code, currency.prefix) == ("GBP", "£")
    assert "EUR" in [c.code for c in await ecwid_client.dictionaries.currencies()]
    classes = await ecwid_client.dictionaries.tax_classes("FR", lang="en")
    assert classes[0].localization is not None and classes[0].tax_class_code == "default"


async def test_page_slug_finds_a_product_by_an_old_slug(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.products.create({"name": "Pizza", "price": 9})
    canonical = await ecwid_client.storefront.page(f"pizza-p{created.id}")
    assert (canonical.status, canonical.type) == ("OK", "PRODUCT")
    partial = await ecwid_client.storefront.page(f"-p{created.id}", get_static_content=True)
    assert partial.status == "NONCANONICAL" and partial.canonical_slug == f"pizza-p{created.id}"
    assert partial.store_entity_data is not None and partial.store_entity_data.id == str(created.id)
    assert partial.static_content is not None and partial.static_content.html_code
    root = await ecwid_client.storefront.page(store_root_page=True)
    assert root.type == "ROOT"
    assert (await ecwid_client.storefront.page("no-such-page")).status == "NOT_FOUND"


async def test_report_and_deleted_items_history(ecwid_client: EcwidClient) -> None:
    report = await ecwid_client.reports.get("allOrders", started_from=0)
    assert report.report_type == "allOrders" and report.started_from == 0
    assert [d.data_id for d in report.aggregated_data or []] == ["allOrders"]
    created = await ecwid_client.products.create({"name": "Gone"})
    await ecwid_client.products.delete(created.id)
    gone = [item.id async for item in ecwid_client.reports.deleted_items("products")]
    assert gone == [created.id]
    assert [i async for i in ecwid_client.reports.deleted_items("coupons")] == []


async def test_email_logo_upload_by_put_and_delete(
    ecwid_client: EcwidClient, fake_ecwid: FakeEcwid
) -> None:
    uploaded = await ecwid_client.profile.upload_email_logo(PNG)
    assert isinstance(uploaded.id, int)
    settings = (await ecwid_client.profile.get()).settings
    assert settings is not None and settings.email_logo_url
    assert (await ecwid_client.profile.delete_email_logo()).delete_count == 1
    assert [r.method for r in fake_ecwid.requests if r.path.endswith("/emaillogo")] == [
        "PUT",
        "DELETE",
    ]


async def test_a_refused_option_names_the_documented_error_code(ecwid_client: EcwidClient) -> None:
    with pytest.raises(BadRequestError) as refused:
        await ecwid_client.payment_options.create({"enabled": True})
    assert refused.value.error_code == "PAYMENT_OPTION_TITLE_REQUIRED"
    assert await ecwid_client.payment_options.search() == []
