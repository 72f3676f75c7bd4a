"""Customers: ``/customers`` (search, get, create, update, delete).

``Customer`` is what GET /customers/{customerId} returns; the search (GET /customers)
returns the shorter ``CustomerSearchEntry``. Names and addresses are ``PersonInfo``
(the docs' ``Person``), shared with orders.
"""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .order import PersonInfo

__all__ = [
    "Customer",
    "CustomerInput",
    "CustomerSearchEntry",
    "CustomerSortBy",
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
]


class ShippingAddress(PersonInfo):
    """A saved address with its ``id`` (GET /customers/{customerId}, ``shippingAddresses``)."""

    id: int | None = None


class CustomerSearchEntry(EcwidModel):
    """A customer as listed by GET /customers (search)."""

    id: int | None = None
    email: str | None = None
    name: str | None = None
    total_order_count: int | None = None
    customer_group_id: int | None = None
    customer_group_name: str | None = None


class Customer(EcwidModel):
    """A registered customer, from GET /customers/{customerId}."""

    id: int | None = None
    email: str | None = None
    registered: EcwidDateTime | None = None
    billing_person: PersonInfo | None = None
    shipping_addresses: list[ShippingAddress] | None = None
    customer_group_id: int | None = None
    customer_group_name: str | None = None
    tax_id: str | None = None
    tax_id_valid: bool | None = None
    tax_exempt: bool | None = None


class CustomerInput(EcwidInput):
    """Body of POST /customers (create) and PUT /customers/{customerId} (update)."""

    email: str | msgspec.UnsetType = msgspec.UNSET
    password: str | msgspec.UnsetType = msgspec.UNSET
    customer_group_id: int | msgspec.UnsetType = msgspec.UNSET
    billing_person: PersonInfo | msgspec.UnsetType = msgspec.UNSET
    shipping_addresses: list[ShippingAddress] | msgspec.UnsetType = msgspec.UNSET
    tax_id: str | msgspec.UnsetType = msgspec.UNSET
    tax_id_valid: bool | msgspec.UnsetType = msgspec.UNSET
    tax_exempt: bool | msgspec.UnsetType = msgspec.UNSET
