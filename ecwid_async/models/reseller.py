"""Reseller API v1 answers (XML), typed. Element names arrive snake_cased by ``_xml``.

The docs describe these documents by their element names (their samples were lost);
the models list those names, every field is optional, and unknown elements are ignored.
"""

from __future__ import annotations

from typing import Any

import msgspec

from ..models.common import SearchResult

__all__ = [
    "ResellerPlan",
    "ResellerPlans",
    "ResellerRegistration",
    "ResellerStore",
    "ResellerStoreStatus",
    "ResellerStoreStatuses",
    "ResellerStores",
    "ResellerSubscription",
    "XmlModel",
]


class XmlModel(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Base of the XML answers: decoded safely from the body by ``__ecwid_decode__``."""

    @classmethod
    def __ecwid_decode__(cls, content: bytes) -> Any:
        from .._xml import xml_convert

        return xml_convert(content, cls)


class ResellerRegistration(XmlModel):
    """Answer to ``register``: the new store's ``ownerid`` (and ``profile_id`` if asked)."""

    ownerid: int | None = None
    profile_id: str | None = None


class ResellerSubscription(XmlModel):
    """Answer to ``subscribe``/``unsubscribe``: the new expiration date, if the plan has one."""

    expiration: str | None = None
    text: str | None = None


class ResellerStoreStatus(XmlModel):
    """Answer to ``status`` (and each store of ``info``): subscription, billing, counts."""

    ownerid: int | None = None
    profile_id: str | None = None
    suspended: bool | None = None
    closed: bool | None = None
    email: str | None = None
    name: str | None = None
    traffic: float | None = None
    storage: float | None = None
    shipping_and_tax_settings: Any = None
    account_type: Any = None
    carrier_settings: Any = None
    paymentmethods: Any = None
    total: float | None = None
    currency: str | None = None
    product_count: int | None = None
    category_count: int | None = None
    source: str | None = None
    apps: Any = None

    @property
    def plan(self) -> str | None:
        """The current plan: ``account-type/subscription/originalProduct``."""
        account = self.account_type if isinstance(self.account_type, dict) else {}
        subscription = account.get("subscription")
        if isinstance(subscription, dict):
            value = subscription.get("original_product")
            return value if isinstance(value, str) else None
        return None


class ResellerStoreStatuses(XmlModel):
    """Answer to ``info`` for several stores: ``<stores><store>...</store></stores>``."""

    store: list[ResellerStoreStatus] | ResellerStoreStatus | None = None

    @classmethod
    def __ecwid_decode__(cls, content: bytes) -> list[ResellerStoreStatus]:
        found: ResellerStoreStatuses = super().__ecwid_decode__(content)
        stores = found.store
        return [] if stores is None else stores if isinstance(stores, list) else [stores]


class ResellerStore(XmlModel):
    """One store of the partner's store list."""

    id: int | None = None
    ownerid: int | None = None
    email: str | None = None
    url: str | None = None
    name: str | None = None
    suspended: bool | None = None
    created: str | None = None
    traffic: float | None = None
    storage: float | None = None
    plan: str | None = None


class ResellerStores(XmlModel):
    """A page of the store list: ``<stores total= count= offset= limit=><store>...``."""

    total: int = 0
    count: int = 0
    offset: int = 0
    limit: int = 0
    store: list[ResellerStore] | ResellerStore | None = None

    @classmethod
    def __ecwid_decode__(cls, content: bytes) -> SearchResult[ResellerStore]:
        page: ResellerStores = super().__ecwid_decode__(content)
        stores = page.store
        items = [] if stores is None else stores if isinstance(stores, list) else [stores]
        return SearchResult(
            total=page.total, count=len(items), offset=page.offset, limit=page.limit, items=items
        )


class ResellerPlan(XmlModel):
    """One active partner plan available for subscription."""

    name: str | None = None
    title: str | None = None
    price: float | None = None
    billing: str | None = None


class ResellerPlans(XmlModel):
    """Answer to ``plans``: ``<plans><plan>...</plan></plans>``."""

    plan: list[ResellerPlan] | ResellerPlan | None = None

    @property
    def items(self) -> list[ResellerPlan]:
        """The plans as a list."""
        plan = self.plan
        return [] if plan is None else plan if isinstance(plan, list) else [plan]
