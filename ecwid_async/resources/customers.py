"""Customers: search, get, create, update, delete, deleted (docs: "Customers")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, get_args

from .._params import DateLike, check_choice, check_int_id, optional_int, query
from .._typing import Unpack
from ..call import Call
from ..models.common import CreateStatus, DeletedItem, DeleteStatus, UpdateStatus
from ..models.customer import Customer, CustomerInput, CustomerSearchEntry, CustomerSortBy
from ..pagination import Paginator, Paging
from ._base import Resource, json_body

__all__ = ["SORT_BY", "CustomersResource"]

#: The documented ``sortBy`` values of Search customers (Ecwid's default is ``NAME_ASC``).
SORT_BY = frozenset(get_args(CustomerSortBy))


def _customer(customer_id: int) -> str:
    return f"/customers/{check_int_id('customer_id', customer_id)}"


class CustomersResource(Resource):
    """``ecwid.customers``: the store's registered customers."""

    __slots__ = ()

    def search(
        self,
        *,
        keyword: str | None = None,
        name: str | None = None,
        email: str | None = None,
        customer_group: int | None = None,
        min_order_count: int | None = None,
        max_order_count: int | None = None,
        sort_by: str | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[CustomerSearchEntry]:
        """Search customers: ``GET /customers``.

        Items are short entries (id, name, email, order count, group): ``get`` a customer
        for the addresses. ``customer_group`` is a group id (0 is "General").
        """
        return self._paginate(
            "/customers",
            CustomerSearchEntry,
            query(
                {
                    "keyword": keyword,
                    "name": name,
                    "email": email,
                    "customerGroup": optional_int("customer_group", customer_group),
                    "minOrderCount": optional_int("min_order_count", min_order_count),
                    "maxOrderCount": optional_int("max_order_count", max_order_count),
                    "sortBy": check_choice("sort_by", sort_by, SORT_BY),
                }
            ),
            **paging,
        )

    def get(self, customer_id: int) -> Call[Customer]:
        """Get customer: ``GET /customers/{customerId}``."""
        return self._call("GET", _customer(customer_id), Customer)

    def create(self, customer: Mapping[str, Any] | CustomerInput) -> Call[CreateStatus]:
        """Create customer: ``POST /customers``.

        ``email`` is required; an email already registered is a ``ConflictError`` (409).
        """
        return self._call(
            "POST", "/customers", CreateStatus, body=json_body(customer, CustomerInput, "customer")
        )

    def update(
        self, customer_id: int, customer: Mapping[str, Any] | CustomerInput
    ) -> Call[UpdateStatus]:
        """Update customer: ``PUT /customers/{customerId}``.

        Only the fields sent change: send a ``CustomerInput`` or a dict, never a decoded
        ``Customer``.
        """
        return self._call(
            "PUT",
            _customer(customer_id),
            UpdateStatus,
            body=json_body(customer, CustomerInput, "customer"),
        )

    def delete(self, customer_id: int) -> Call[DeleteStatus]:
        """Delete customer: ``DELETE /customers/{customerId}``."""
        return self._call("DELETE", _customer(customer_id), DeleteStatus)

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted customers stats: ``GET /customers/deleted``."""
        return self._deleted(
            "/customers/deleted",
            from_date,
            to_date,
            **paging,
        )
