"""Models shared by every API area: the search envelope, status objects, deleted-item records."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._base import EcwidDateTime, EcwidModel

__all__ = [
    "CreateStatus",
    "DeleteStatus",
    "DeletedItem",
    "InventoryAdjustmentStatus",
    "SearchResult",
    "SuccessStatus",
    "UpdateStatus",
    "UploadStatus",
]

T = TypeVar("T")


class SearchResult(EcwidModel, Generic[T]):
    """One page of an offset/limit search: total, count, offset, limit and items."""

    total: int = 0
    count: int = 0
    offset: int = 0
    limit: int = 0
    items: list[T] = []


class CreateStatus(EcwidModel):
    """Answer to a create call: the new entity's ``id`` (always sent, so typed ``int``)."""

    id: int


class UpdateStatus(EcwidModel):
    """Answer to an update call: ``update_count`` (1 or 0, always sent) and, on some
    endpoints, ``success``."""

    update_count: int
    success: bool | None = None


class DeleteStatus(EcwidModel):
    """Answer to a delete call: ``delete_count`` (always sent) and, on some endpoints,
    ``success``."""

    delete_count: int
    success: bool | None = None


class UploadStatus(EcwidModel):
    """Answer to an image or file upload: the internal ``id`` of the stored file (always sent)."""

    id: int


class InventoryAdjustmentStatus(EcwidModel):
    """Answer to a stock adjustment: ``update_count`` (always sent) and an optional ``warning``."""

    update_count: int
    warning: str | None = None


class DeletedItem(EcwidModel):
    """One deleted entity: ``id`` (product, customer, coupon id or order number) and ``date``."""

    id: int | str | None = None
    date: EcwidDateTime | None = None


class SuccessStatus(EcwidModel):
    """Answer of the calls that only say whether they worked: ``success`` (always sent)."""

    success: bool
