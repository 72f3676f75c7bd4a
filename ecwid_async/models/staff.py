"""Staff accounts (docs: "Staff accounts" pages)."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidInput, EcwidModel

__all__ = ["StaffAccount", "StaffAccountInput", "StaffAccounts", "StaffScope", "StaffScopes"]

StaffScope = Literal[
    "SALES_MANAGEMENT",
    "CATALOG_MANAGEMENT",
    "MARKETING_MANAGEMENT",
    "REPORT_ACCESS",
    "WEBSITE_MANAGEMENT",
    "SALES_CHANNELS_MANAGEMENT",
    "STORE_MANAGEMENT",
]


class StaffAccount(EcwidModel):
    """A staff account; ``staff_scopes`` empty means every permission."""

    id: str | None = None
    name: str | None = None
    email: str | None = None
    staff_scopes: list[str] | None = None
    invite_accepted: bool | None = None


class StaffAccounts(EcwidModel):
    """Answer to "Search staff accounts": ``staff_list``."""

    staff_list: list[StaffAccount] | None = None


class StaffScopes(EcwidModel):
    """Answer to "Get staff account scopes": every permission a staff account can have."""

    staff_scopes: list[str] | None = None


class StaffAccountInput(EcwidInput):
    """Body of "Create staff account" / "Update staff account"."""

    email: str | msgspec.UnsetType = msgspec.UNSET
    staff_scopes: list[str] | msgspec.UnsetType = msgspec.UNSET
