"""Customer groups: search, get, create, update, delete (docs: "Customer groups")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._params import check_int_id, query
from .._typing import Unpack
from ..call import Call
from ..models.common import CreateStatus, DeleteStatus, UpdateStatus
from ..models.customer_group import CustomerGroup, CustomerGroupInput
from ..pagination import Paginator, Paging
from ._base import Resource, json_body
from ._sales import ResponseFields, int_ids, search_fields
from ._sales import response_fields as response_fields_of

__all__ = ["CustomerGroupsResource"]


def _group(group_id: int) -> str:
    return f"/customer_groups/{check_int_id('group_id', group_id)}"


class CustomerGroupsResource(Resource):
    """``ecwid.customer_groups``: the groups customers belong to (0 is "General")."""

    __slots__ = ()

    def search(
        self,
        *,
        customer_group_id: int | Sequence[int] | None = None,
        keyword: str | None = None,
        response_fields: ResponseFields | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[CustomerGroup]:
        """Search customer groups: ``GET /customer_groups``.

        ``customer_group_id`` takes one group id or a list; ``keyword`` searches the names.
        """
        return self._paginate(
            "/customer_groups",
            CustomerGroup,
            query(
                customerGroupId=int_ids("customer_group_id", customer_group_id),
                keyword=keyword,
                responseFields=search_fields(response_fields),
            ),
            **paging,
        )

    def get(
        self, group_id: int, *, response_fields: ResponseFields | None = None
    ) -> Call[CustomerGroup]:
        """Get customer group: ``GET /customer_groups/{groupId}``."""
        return self._call(
            "GET",
            _group(group_id),
            CustomerGroup,
            params=query(responseFields=response_fields_of(response_fields)),
        )

    def create(self, group: Mapping[str, Any] | CustomerGroupInput) -> Call[CreateStatus]:
        """Create customer group: ``POST /customer_groups``."""
        return self._call(
            "POST",
            "/customer_groups",
            CreateStatus,
            body=json_body(group, CustomerGroupInput, "customer group"),
        )

    def update(
        self, group_id: int, group: Mapping[str, Any] | CustomerGroupInput
    ) -> Call[UpdateStatus]:
        """Update customer group: ``PUT /customer_groups/{groupId}``."""
        return self._call(
            "PUT",
            _group(group_id),
            UpdateStatus,
            body=json_body(group, CustomerGroupInput, "customer group"),
        )

    def delete(self, group_id: int) -> Call[DeleteStatus]:
        """Delete customer group: ``DELETE /customer_groups/{groupId}``."""
        return self._call("DELETE", _group(group_id), DeleteStatus)
