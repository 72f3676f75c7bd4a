"""What the change feed knows about each entity: where to search, the id and time fields,
the ``latest-stats`` field that moves with it, where its deletions are listed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["ENTITIES", "EntitySpec", "Strategy", "entity_spec"]

#: ``incremental``: ``updatedFrom`` windows plus ``/deleted`` (or an id reconcile);
#: ``snapshot``: a full read compared with what was seen (no ``updatedFrom`` to use).
Strategy = Literal["incremental", "snapshot"]


@dataclass(frozen=True)
class EntitySpec:
    """One mirrored entity, as today's reference documents it."""

    #: The entity's name: the table, the CLI argument, the key of the state.
    name: str
    #: Its search path (``GET``), answering the ``total/count/offset/limit/items`` envelope.
    path: str
    #: The ``latest-stats`` fields (``UpdateStats`` attributes) that move when it changes
    #: (categories: also ``products_updated``, as their product counts follow products).
    stats_fields: tuple[str, ...]
    strategy: Strategy = "incremental"
    #: The item field holding its id (``cartId`` for carts).
    key: str = "id"
    #: SQL type of the id (orders and carts have string ids).
    key_type: Literal["INTEGER", "TEXT"] = "INTEGER"
    #: ``/.../deleted`` path, or ``None`` when Ecwid keeps no deletion history for it.
    deleted_path: str | None = None
    #: The field of a deletion record that equals the item's ``key`` (orders: ``orderId``).
    deleted_key: str = "id"
    #: Fixed search parameters (for example ``hidden_categories``).
    params: tuple[tuple[str, str], ...] = ()
    #: The ``sortBy`` value listing the least recently updated first, when documented:
    #: one request then finds where a first full load starts.
    oldest_first: str | None = None


ENTITIES: dict[str, EntitySpec] = {
    spec.name: spec
    for spec in (
        EntitySpec(
            "products",
            "/products",
            ("products_updated",),
            deleted_path="/products/deleted",
            oldest_first="UPDATED_TIME_ASC",
        ),
        EntitySpec(
            "categories",
            "/categories",
            ("categories_updated", "products_updated"),
            strategy="snapshot",
            params=(("hidden_categories", "true"),),
        ),
        EntitySpec(
            "orders",
            "/orders",
            ("orders_updated",),
            key_type="TEXT",
            deleted_path="/orders/deleted",
            deleted_key="orderId",
        ),
        EntitySpec(
            "customers", "/customers", ("customers_updated",), deleted_path="/customers/deleted"
        ),
        EntitySpec(
            "coupons",
            "/discount_coupons",
            ("discount_coupons_updated",),
            deleted_path="/coupons/deleted",
        ),
        EntitySpec("carts", "/carts", ("abandoned_sales_updated",), key="cartId", key_type="TEXT"),
    )
}


def entity_spec(name: str) -> EntitySpec:
    """The spec of ``name``; a ``ValueError`` naming the known entities otherwise."""
    spec = ENTITIES.get(name)
    if spec is None:
        raise ValueError(f"unknown entity {name!r}; expected one of {', '.join(ENTITIES)}")
    return spec
