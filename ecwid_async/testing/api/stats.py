"""Store update statistics and deleted items (docs: "Get store update statistics",
"Get deleted items statistics")."""

from __future__ import annotations

from typing import Any

from ..models import DELETED_KINDS, format_date
from ..params import in_range, page, parse_date, q_date
from ..routing import Ctx, RouteTable

routes = RouteTable()


@routes.get("/latest-stats")
def latest_stats(ctx: Ctx) -> Any:
    """Get store update statistics."""
    return {field: format_date(ts) for field, ts in ctx.store.stats.items()}


def _deleted(kind: str) -> Any:
    def handler(ctx: Ctx) -> Any:
        low, high = q_date(ctx.query, "from_date"), q_date(ctx.query, "to_date")
        items = [
            item
            for item in ctx.store.deleted[kind]
            if in_range(parse_date(item["date"]), low, high)
        ]
        return page(ctx.query, items, 100)

    handler.__doc__ = f"Get deleted {kind} stats."
    return handler


for _kind in DELETED_KINDS:
    routes.add("GET", f"/{_kind}/deleted", _deleted(_kind))
# Today's reference names the coupons' history ``/coupons/deleted``; the older one
# ``/discount_coupons/deleted``. Both answer from the same records.
routes.add("GET", "/coupons/deleted", _deleted("discount_coupons"))
