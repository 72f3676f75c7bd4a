"""Customers: ``/customers`` (search, get, create, update, delete), their contacts
(``/customers/{customerId}/contacts``) and the store's customer extra fields
(``/store_extrafields/customers``).

``Customer`` is what GET /customers/{customerId} returns and, today, what every item of
GET /customers is (the full record); the search page is a ``CustomerSearchResult``,
which adds ``all_customer_count``. ``id`` is always sent, so it is an ``int`` (0 only
when ``responseFields`` trims it out).
"""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .common import SearchResult
from .order_parts import PersonInfo

__all__ = [
    "ContactType",
    "Customer",
    "CustomerContact",
    "CustomerContactCreateStatus",
    "CustomerContactInput",
    "CustomerContacts",
    "CustomerExtraField",
    "CustomerExtraFieldInput",
    "CustomerExtraFieldValue",
    "CustomerExtraFields",
    "CustomerFavorite",
    "CustomerInput",
    "CustomerSearchEntry",
    "CustomerSearchResult",
    "CustomerSortBy",
    "CustomerStats",
    "ShippingAddress",
]

# Documented values of the search's ``sortBy`` (default NAME_ASC).
CustomerSortBy = Literal[
    "NAME_ASC",
    "NAME_DESC",
    "EMAIL_ASC",
    "EMAIL_DESC",
    "ORDER_COUNT_ASC",
    "ORDER_COUNT_DESC",
    "REGISTERED_DATE_DESC",
    "REGISTERED_DATE_ASC",
    "UPDATED_DATE_DESC",
    "UPDATED_DATE_ASC",
    "SALES_VALUE_ASC",
    "SALES_VALUE_DESC",
    "FIRST_ORDER_DATE_ASC",
    "FIRST_ORDER_DATE_DESC",
    "LAST_ORDER_DATE_ASC",
    "LAST_ORDER_DATE_DESC",
]
ContactType = Literal[
    "EMAIL",
    "PHONE",
    "FACEBOOK",
    "INSTAGRAM",
    "TWITTER",
    "YOUTUBE",
    "TIKTOK",
    "PINTEREST",
    "VK",
    "FB_MESSENGER",
    "WHATSAPP",
    "TELEGRAM",
    "VIBER",
    "URL",
    "OTHER",
]


class ShippingAddress(PersonInfo):
    """A saved address with its ``id`` (GET /customers/{customerId}, ``shippingAddresses``)."""

    id: int | None = None
    address_formatted: str | None = None
    note: str | None = None
    created_date: EcwidDateTime | None = None
    default_address: bool | None = None
    order_by: int | None = None


class _ContactFields(EcwidModel):
    contact: str | None = None
    handle: str | None = None
    note: str | None = None
    type: str | None = None  # ContactType
    default: bool | None = None
    # The tables say boolean; every example sends the position as a number.
    order_by: int | None = None
    timestamp: EcwidDateTime | None = None


class CustomerContact(_ContactFields):
    """A customer's email, phone or social contact (GET .../contacts/{contactId})."""

    id: int = 0


class CustomerContacts(EcwidModel):
    """Answer to GET /customers/{customerId}/contacts: every contact of the customer."""

    items: list[CustomerContact] = []


class CustomerContactCreateStatus(_ContactFields):
    """Answer to POST /customers/{customerId}/contacts: ``create_count`` (the table) or the
    stored contact (the example), whichever the server sends."""

    id: int | None = None
    create_count: int | None = None


class CustomerContactInput(EcwidInput):
    """Body of POST and PUT /customers/{customerId}/contacts[/{contactId}]."""

    id: int | msgspec.UnsetType = msgspec.UNSET  # in a customer's ``contacts`` list only
    contact: str | msgspec.UnsetType = msgspec.UNSET
    handle: str | msgspec.UnsetType = msgspec.UNSET
    note: str | msgspec.UnsetType = msgspec.UNSET
    type: str | msgspec.UnsetType = msgspec.UNSET  # ContactType
    default: bool | msgspec.UnsetType = msgspec.UNSET
    order_by: int | msgspec.UnsetType = msgspec.UNSET
    timestamp: EcwidDateTime | msgspec.UnsetType = msgspec.UNSET


class CustomerStats(EcwidModel):
    """A customer's order statistics (``stats``)."""

    number_of_orders: int | None = None
    sales_value: float | None = None
    average_order_value: float | None = None
    first_order_date: EcwidDateTime | None = None
    last_order_date: EcwidDateTime | None = None


class CustomerFavorite(EcwidModel):
    """A product the customer marked as a favorite (``favorites``)."""

    product_id: int | None = None
    added_timestamp: EcwidDateTime | None = None


class CustomerExtraFieldValue(EcwidModel):
    """A customer extra field's value on a customer (``extrafields``, official client)."""

    key: str | None = None
    title: str | None = None
    value: str | None = None
    order_by: int | None = None
    type: str | None = None
    entity_types: list[str] | None = None


class Customer(EcwidModel):
    """A registered customer, from GET /customers/{customerId} and the items of the search."""

    id: int = 0
    external_reference_id: str | None = None
    email: str | None = None
    name: str | None = None
    registered: EcwidDateTime | None = None
    updated: EcwidDateTime | None = None
    total_order_count: int | None = None  # search items
    billing_person: PersonInfo | None = None
    shipping_addresses: list[ShippingAddress] | None = None
    contacts: list[CustomerContact] | None = None
    customer_group_id: int | None = None
    customer_group_name: str | None = None
    b2b_b2c: str | None = msgspec.field(default=None, name="b2b_b2c")  # or "b2b"
    tax_id: str | None = None
    tax_id_valid: bool | None = None
    tax_exempt: bool | None = None
    fiscal_code: str | None = None
    electronic_invoice_pec_email: str | None = None
    electronic_invoice_sdi_code: str | None = None
    accept_marketing: bool | None = None
    lang: str | None = None
    stats: CustomerStats | None = None
    private_admin_notes: str | None = None
    favorites: list[CustomerFavorite] | None = None
    extrafields: list[CustomerExtraFieldValue] | None = None


#: The short entry the old search returned; today's search items are full ``Customer``
#: records, so the name stays as an alias of ``Customer`` for existing code.
CustomerSearchEntry = Customer


class CustomerSearchResult(SearchResult[Customer]):
    """A page of GET /customers: the usual counts plus ``all_customer_count`` (every
    customer of the store, whatever the filters)."""

    all_customer_count: int | None = None


class CustomerInput(EcwidInput):
    """Body of POST /customers (create) and PUT /customers/{customerId} (update)."""

    email: str | msgspec.UnsetType = msgspec.UNSET
    password: str | msgspec.UnsetType = msgspec.UNSET  # create only
    # Sent by today's create and update examples (the name of the billing person).
    name: str | msgspec.UnsetType = msgspec.UNSET
    external_reference_id: str | msgspec.UnsetType = msgspec.UNSET
    customer_group_id: int | msgspec.UnsetType = msgspec.UNSET
    billing_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_addresses: list[ShippingAddress] | msgspec.UnsetType = msgspec.UNSET
    contacts: list[CustomerContactInput] | msgspec.UnsetType = msgspec.UNSET
    b2b_b2c: str | msgspec.UnsetType = msgspec.field(default=msgspec.UNSET, name="b2b_b2c")
    tax_id: str | msgspec.UnsetType = msgspec.UNSET
    tax_id_valid: bool | msgspec.UnsetType = msgspec.UNSET
    tax_exempt: bool | msgspec.UnsetType = msgspec.UNSET
    fiscal_code: str | msgspec.UnsetType = msgspec.UNSET
    electronic_invoice_pec_email: str | msgspec.UnsetType = msgspec.UNSET
    electronic_invoice_sdi_code: str | msgspec.UnsetType = msgspec.UNSET
    accept_marketing: bool | msgspec.UnsetType = msgspec.UNSET
    lang: str | msgspec.UnsetType = msgspec.UNSET
    private_admin_notes: str | msgspec.UnsetType = msgspec.UNSET
    # Sent by the official client's UpdatedCustomer.
    extrafields: list[CustomerExtraFieldValue] | msgspec.UnsetType = msgspec.UNSET
    primary_phone: str | msgspec.UnsetType = msgspec.UNSET


class CustomerExtraField(EcwidModel):
    """A customer extra field of the store (GET /store_extrafields/customers/{key})."""

    key: str = ""
    title: str | None = None
    entity_types: list[str] | None = None  # ["CUSTOMERS"]
    type: str | None = None  # "TEXT" or "DATETIME"
    shown_on_order_details: bool | None = None
    linked_with_checkout_field: bool | None = None
    created_date: EcwidDateTime | None = None
    last_modified_date: EcwidDateTime | None = None


class CustomerExtraFields(EcwidModel):
    """Answer to GET /store_extrafields/customers: every customer extra field."""

    items: list[CustomerExtraField] = []


class CustomerExtraFieldInput(EcwidInput):
    """Body of POST /store_extrafields/customers and PUT .../customers/{key}."""

    key: str | msgspec.UnsetType = msgspec.UNSET  # the official client may choose it
    title: str | msgspec.UnsetType = msgspec.UNSET
    type: str | msgspec.UnsetType = msgspec.UNSET  # "text" or "datetime"
    shown_on_order_details: bool | msgspec.UnsetType = msgspec.UNSET
