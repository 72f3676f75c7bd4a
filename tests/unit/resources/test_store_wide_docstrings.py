"""The store-wide resources (app storage, application, staff, payment and shipping options,
checkout extra fields, dictionaries, storefront, reports): each method's docstring names
today's docs heading and the very request it builds."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from ecwid_async.resources.app_storage import AppStorageResource
from ecwid_async.resources.application import ApplicationResource
from ecwid_async.resources.checkout_extra_fields import CheckoutExtraFieldsResource
from ecwid_async.resources.dictionaries import DictionariesResource
from ecwid_async.resources.payment_options import PaymentOptionsResource
from ecwid_async.resources.reports import ReportsResource
from ecwid_async.resources.shipping_options import ShippingOptionsResource
from ecwid_async.resources.staff import StaffResource
from ecwid_async.resources.storefront import StorefrontResource

from . import client
from .test_docstrings import assert_documented_request

RESOURCES = {
    "app_storage": AppStorageResource,
    "application": ApplicationResource,
    "staff": StaffResource,
    "payment_options": PaymentOptionsResource,
    "shipping_options": ShippingOptionsResource,
    "checkout_extra_fields": CheckoutExtraFieldsResource,
    "dictionaries": DictionariesResource,
    "storefront": StorefrontResource,
    "reports": ReportsResource,
}
IDS: dict[str, Any] = {
    "key": "settings",
    "staffAccountId": "p27632593",
    "paymentOptionId": "13379-1606718590771",
    "shippingOptionId": "8055-1690896384547",
    "reportType": "allOrders",
    "entity": "products",
}
# Arguments of each method, after its path ids.
ARGS: dict[str, tuple[Any, ...]] = {
    "app_storage.add": ("v",),
    "app_storage.set": ("v",),
    "application.cancel_subscription": ("client-id",),
    "application.charge": (9.99, "USD", "Extra seats", "0b6f-uuid"),
    "staff.create": ("new@example.com",),
    "staff.resend_invite": ("new@example.com",),
    "staff.cancel_invite": ("new@example.com",),
    "payment_options.create": ({},),
    "payment_options.update": ({},),
    "shipping_options.create": ({},),
    "shipping_options.update": ({},),
    "checkout_extra_fields.create": ({},),
    "checkout_extra_fields.update": ({},),
    "dictionaries.currency_by_country": ("US",),
    "dictionaries.states": ("US",),
    "dictionaries.tax_classes": ("US",),
    "storefront.page": ("pizza",),
}
# Today's headings (current/api-reference/rest-api/**).
HEADINGS = {
    "app_storage.all": "Get all app storage data",
    "app_storage.get": "Get specific app storage data",
    "app_storage.add": "Add app storage data",
    "app_storage.set": "Update specific app storage data",
    "app_storage.delete": "Delete specific app storage data",
    "application.subscription": "Get app subscription status",
    "application.cancel_subscription": "Cancel app subscription",
    "application.charge": "Custom charge with Ecwid billing",
    "staff.search": "Search staff accounts",
    "staff.get": "Get staff account",
    "staff.create": "Create staff account",
    "staff.update": "Update staff account",
    "staff.delete": "Delete staff account",
    "staff.scopes": "Get staff account scopes",
    "staff.resend_invite": "Resend staff account invite",
    "staff.cancel_invite": "Cancel staff account invite",
    "payment_options.search": "Search payment options",
    "payment_options.get": "Get payment option",
    "payment_options.create": "Create payment option",
    "payment_options.update": "Update payment option",
    "payment_options.delete": "Delete payment option",
    "shipping_options.search": "Search shipping options",
    "shipping_options.create": "Create shipping option",
    "shipping_options.update": "Update shipping option",
    "shipping_options.delete": "Delete shipping option",
    "checkout_extra_fields.search": "Search checkout extra fields",
    "checkout_extra_fields.get": "Get checkout extra field",
    "checkout_extra_fields.create": "Create checkout extra field",
    "checkout_extra_fields.update": "Update checkout extra field",
    "checkout_extra_fields.delete": "Delete checkout extra field",
    "dictionaries.countries": "Country codes",
    "dictionaries.currencies": "Currency codes",
    "dictionaries.currency_by_country": "Currency codes by country",
    "dictionaries.states": "State codes by country",
    "dictionaries.tax_classes": "Tax classes by country",
    "storefront.page": "Get page slug and static code",
    "reports.get": "Get store reports",
    "reports.deleted_items": "Get deleted items history",
}
METHODS = [
    (attr, name)
    for attr, cls in RESOURCES.items()
    for name, fn in vars(cls).items()
    if not name.startswith("_") and inspect.isfunction(fn)
]  # fmt: skip


@pytest.mark.parametrize(("attr", "name"), METHODS, ids=[f"{a}.{n}" for a, n in METHODS])
def test_docstring_first_line_is_todays_heading_and_the_request_built(attr: str, name: str) -> None:
    key = f"{attr}.{name}"
    assert_documented_request(
        attr, name, HEADINGS[key], IDS, lambda method, args: method(*args, *ARGS.get(key, ()))
    )


def test_every_store_wide_method_has_a_heading() -> None:
    assert sorted(HEADINGS) == sorted(f"{a}.{n}" for a, n in METHODS)


def test_every_store_wide_resource_is_on_the_client() -> None:
    ecwid = client()
    for attr, cls in RESOURCES.items():
        assert isinstance(getattr(ecwid, attr), cls)
