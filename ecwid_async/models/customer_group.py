"""Customer groups: ``/customer_groups`` (list, get, create, update, delete)."""

from __future__ import annotations

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = ["CustomerGroup", "CustomerGroupInput"]


class CustomerGroup(EcwidModel):
    """A customer group, from GET /customer_groups/{groupId} and GET /customer_groups (list)."""

    # 0 is the built-in "General" group. Optional: today's responseFields example
    # (``items(name)``) leaves it out.
    id: int | None = None
    name: str | None = None
    external_reference_id: str | None = None


class CustomerGroupInput(EcwidInput):
    """Body of POST /customer_groups (create) and PUT /customer_groups/{groupId} (update)."""

    name: str | msgspec.UnsetType = msgspec.UNSET
    external_reference_id: str | msgspec.UnsetType = msgspec.UNSET
