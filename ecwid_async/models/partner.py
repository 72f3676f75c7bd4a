"""Partner API models: stores, clone tickets, OAuth tokens (JSON answers of the v3 API)."""

from __future__ import annotations

from enum import Enum
from typing import Literal

import msgspec

from ._base import EcwidModel

__all__ = [
    "CloneErrorCode",
    "CloneScope",
    "CloneState",
    "CloneStatus",
    "CloneTicket",
    "ClonedEntitiesMapping",
    "CreatedStore",
    "FoundStore",
    "OAuthToken",
]

#: What a clone copies: ``None`` copies both.
CloneScope = Literal["CATALOG", "STORE_SETTINGS"]
#: Documented clone ticket states (``status`` is a ``str`` so new ones still decode).
CloneState = Literal["QUEUED", "IN_PROGRESS", "COMPLETED", "FAILED"]


class CloneErrorCode(str, Enum):
    """Why Ecwid refused to start a clone; a code Ecwid adds later still makes a member."""

    AUTH_APP_DOESNT_EXIST = "AUTH_APP_DOESNT_EXIST"
    TARGET_CATEGORIES_LIMIT = "TARGET_CATEGORIES_LIMIT"
    TARGET_PRODUCTS_LIMIT = "TARGET_PRODUCTS_LIMIT"
    TARGET_DESTINATION_ZONES_LIMIT = "TARGET_DESTINATION_ZONES_LIMIT"
    UNKNOWN_IMPORT_FAILED_TO_START = "UNKNOWN_IMPORT_FAILED_TO_START"
    SOURCE_NOT_FOUND = "SOURCE_NOT_FOUND"
    UNKNOWN_INTERNAL_ERROR = "UNKNOWN_INTERNAL_ERROR"
    SOURCE_NOT_RESPONDING = "SOURCE_NOT_RESPONDING"
    TARGET_NOT_ALLOWED_TO_CLONE = "TARGET_NOT_ALLOWED_TO_CLONE"
    TARGET_NOT_FOUND = "TARGET_NOT_FOUND"
    TARGET_CATEGORIES_NOT_EMPTY = "TARGET_CATEGORIES_NOT_EMPTY"
    TARGET_PRODUCT_TYPES_NOT_EMPTY = "TARGET_PRODUCT_TYPES_NOT_EMPTY"
    TARGET_PRODUCTS_NOT_EMPTY = "TARGET_PRODUCTS_NOT_EMPTY"
    TARGET_ALREADY_USED_IN_ANOTHER_CLONE_TICKET = "TARGET_ALREADY_USED_IN_ANOTHER_CLONE_TICKET"

    @classmethod
    def _missing_(cls, value: object) -> CloneErrorCode | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class CreatedStore(EcwidModel):
    """Answer to ``POST /stores``: the new store ``id`` (always sent, so typed ``int``) and,
    if asked for, its API ``token``."""

    id: int
    token: str | None = None

    def __repr__(self) -> str:
        token = "None" if self.token is None else "'***'"
        return f"CreatedStore(id={self.id!r}, token={token})"


class FoundStore(EcwidModel):
    """Answer to ``GET /stores?email=``: the store registered with that email (its ``id``
    always sent)."""

    id: int
    email: str | None = None
    name: str | None = None


class CloneTicket(EcwidModel):
    """Answer to ``POST /stores/clone``: the ``ticket`` to poll, and ``success``."""

    ticket: str | None = None
    success: bool | None = None
    error_code: str | None = None
    error_message: str | None = None


class ClonedEntitiesMapping(EcwidModel):
    """Old id -> new id for the products and categories a clone copied (ids as strings)."""

    products: dict[str, str] | None = None
    categories: dict[str, str] | None = None


class CloneStatus(EcwidModel):
    """Answer to ``GET /stores/clone``: ``status``, and the mapping once COMPLETED."""

    status: str | None = None
    error_message: str | None = None
    cloned_entities_mapping: ClonedEntitiesMapping | None = None

    @property
    def finished(self) -> bool:
        """Whether the clone reached COMPLETED or FAILED."""
        return self.status in ("COMPLETED", "FAILED")


class OAuthToken(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Answer to the OAuth token exchange: a store's ``access_token`` and what it may do.

    The wire names are snake_case here (OAuth's own), unlike the rest of the API.
    """

    access_token: str | None = None
    token_type: str | None = None
    scope: str | None = None
    store_id: int | None = None
    public_token: str | None = None

    @property
    def scopes(self) -> list[str]:
        """The granted scopes as a list."""
        return (self.scope or "").split()

    def __repr__(self) -> str:
        return (
            f"OAuthToken(access_token='***', token_type={self.token_type!r}, "
            f"scope={self.scope!r}, store_id={self.store_id!r})"
        )
