"""Customers: search, get, create, update, delete, deleted (docs: "Customers")."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any, get_args

from .._params import (
    DateLike,
    check_choice,
    check_number,
    optional_date,
    optional_int,
    query,
)
from .._typing import Unpack
from ..call import Call
from ..models.common import CreateStatus, DeletedItem, DeleteStatus, UpdateStatus
from ..models.customer import (
    Customer,
    CustomerInput,
    CustomerSearchResult,
    CustomerSortBy,
)
from ..pagination import Paginator, Paging
from ._base import Resource, json_body
from ._sales import ResponseFields, customer_path, int_ids, renamed, search_fields
from ._sales import response_fields as response_fields_of

__all__ = ["B2B_B2C", "SORT_BY", "CustomerSearch", "CustomersResource"]

#: The documented ``sortBy`` values of Search customers (Ecwid's default is ``NAME_ASC``).
SORT_BY = frozenset(get_args(CustomerSortBy))
#: The documented ``b2b_b2c`` values.
B2B_B2C = frozenset({"b2b", "b2c"})


class CustomerSearch(Paginator[Customer]):
    """The paginator of ``customers.search()``, which also gives the whole first page."""

    def envelope(self) -> Call[CustomerSearchResult]:
        """The first page as sent, with ``all_customer_count`` (every customer of the
        store) beside ``total`` (those the filters match)."""
        return self._fetch(self.offset, self.limit)  # type: ignore[return-value]


def _dates(*names: str) -> dict[str, Callable[[Any], Any]]:
    return {
        "".join([n.split("_")[0], *(w.title() for w in n.split("_")[1:])]): partial(
            optional_date, n
        )
        for n in names
    }


#: Wire name -> the check of its value, for the filters that need one.
_CHECKS: dict[str, Callable[[Any], Any]] = {
    "customerGroupIds": partial(int_ids, "customer_group_ids"),
    "minOrderCount": partial(optional_int, "min_order_count"),
    "maxOrderCount": partial(optional_int, "max_order_count"),
    "minSalesValue": partial(check_number, "min_sales_value"),
    "maxSalesValue": partial(check_number, "max_sales_value"),
    "purchasedProductIds": partial(int_ids, "purchased_product_ids"),
    "b2b_b2c": lambda value: check_choice("b2b_b2c", value, B2B_B2C),
    "sortBy": lambda value: check_choice("sort_by", value, SORT_BY),
    **_dates("created_from", "created_to", "updated_from", "updated_to"),
}


def _customer_filters(**wire: Any) -> dict[str, Any]:
    """Search customers' filters by wire name, each value checked by its ``_CHECKS`` entry."""
    return {key: _CHECKS.get(key, _as_given)(value) for key, value in wire.items()}


def _as_given(value: Any) -> Any:
    return value


class CustomersResource(Resource):
    """``ecwid.customers``: the store's registered customers."""

    __slots__ = ()

    def search(
        self,
        *,
        keyword: str | None = None,
        name: str | None = None,
        email: str | None = None,
        use_exact_email_match: bool | None = None,
        phone: str | None = None,
        city: str | None = None,
        postal_code: str | None = None,
        state_or_province_code: str | None = None,
        country_codes: str | Sequence[str] | None = None,
        company_name: str | None = None,
        accept_marketing: bool | None = None,
        lang: str | None = None,
        customer_group_ids: int | Sequence[int] | None = None,
        min_order_count: int | None = None,
        max_order_count: int | None = None,
        min_sales_value: float | None = None,
        max_sales_value: float | None = None,
        purchased_product_ids: int | Sequence[int] | None = None,
        b2b_b2c: str | None = None,
        tax_exempt: bool | None = None,
        created_from: DateLike | None = None,
        created_to: DateLike | None = None,
        updated_from: DateLike | None = None,
        updated_to: DateLike | None = None,
        sort_by: str | None = None,
        response_fields: ResponseFields | None = None,
        customer_group: int | None = None,
        **paging: Unpack[Paging],
    ) -> CustomerSearch:
        """Search customers: ``GET /customers``.

        Items are full customer records. Every filter of today's reference is a keyword;
        ``customer_group_ids`` takes one group id or a list (0 is "General"). Deprecated:
        ``customer_group`` is sent as ``customerGroupIds`` with a ``DeprecationWarning``.
        ``.envelope()`` gives the first page with ``all_customer_count``.
        """
        params = query(
            {
                **_customer_filters(
                    keyword=keyword,
                    name=name,
                    email=email,
                    useExactEmailMatch=use_exact_email_match,
                    phone=phone,
                    city=city,
                    postalCode=postal_code,
                    stateOrProvinceCode=state_or_province_code,
                    countryCodes=country_codes,
                    companyName=company_name,
                    acceptMarketing=accept_marketing,
                    lang=lang,
                    customerGroupIds=renamed(
                        "customer_group",
                        "customer_group_ids",
                        optional_int("customer_group", customer_group),
                        customer_group_ids,
                    ),
                    minOrderCount=min_order_count,
                    maxOrderCount=max_order_count,
                    minSalesValue=min_sales_value,
                    maxSalesValue=max_sales_value,
                    purchasedProductIds=purchased_product_ids,
                    b2b_b2c=b2b_b2c,
                    taxExempt=tax_exempt,
                    createdFrom=created_from,
                    createdTo=created_to,
                    updatedFrom=updated_from,
                    updatedTo=updated_to,
                    sortBy=sort_by,
                ),
                "responseFields": search_fields(response_fields),
            }
        )

        def fetch(page_offset: int, page_limit: int) -> Call[CustomerSearchResult]:
            page = (*params, ("offset", str(page_offset)), ("limit", str(page_limit)))
            return self._call("GET", "/customers", CustomerSearchResult, params=page)

        return CustomerSearch(fetch, **paging)  # type: ignore[arg-type]

    def get(
        self, customer_id: int, *, response_fields: ResponseFields | None = None
    ) -> Call[Customer]:
        """Get customer: ``GET /customers/{customerId}``."""
        return self._call(
            "GET",
            customer_path(customer_id),
            Customer,
            params=query(responseFields=response_fields_of(response_fields)),
        )

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
            customer_path(customer_id),
            UpdateStatus,
            body=json_body(customer, CustomerInput, "customer"),
        )

    def delete(self, customer_id: int) -> Call[DeleteStatus]:
        """Delete customer: ``DELETE /customers/{customerId}``."""
        return self._call("DELETE", customer_path(customer_id), DeleteStatus)

    def deleted(
        self,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted customers stats: ``GET /customers/deleted``."""
        return self._deleted(
            "/customers/deleted",
            from_date,
            to_date,
            response_fields,
            **paging,
        )
