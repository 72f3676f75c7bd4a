"""Store reports, storefront page slugs, and the deleted-items kinds today's reference adds
(docs: "Get store reports", "Get page slug and static code", "Get deleted items history")."""

from __future__ import annotations

from typing import Any

from ..backend import reports, storefront
from ..errors import bad_request
from ..params import in_range, page, parse_date, q_bool, q_date, q_int, q_str
from ..routing import Ctx, RouteTable

routes = RouteTable()


@routes.get("/reports/{reportType}")
def get_report(ctx: Ctx) -> Any:
    """Get store reports."""
    return reports.report(
        ctx.store,
        ctx.params["reportType"],
        q_int(ctx.query, "startedFrom"),
        q_int(ctx.query, "endedAt"),
    )


@routes.get("/storefront-widget-pages")
def storefront_page(ctx: Ctx) -> Any:
    """Get page slug and static code (400 SLUG_PARAMETER_EMPTY without slug or root)."""
    root = bool(q_bool(ctx.query, "storeRootPage"))
    slug = q_str(ctx.query, "slug")
    if not root and not slug:
        raise bad_request("Specified page slug is empty", "SLUG_PARAMETER_EMPTY")
    return storefront.find_page(
        ctx.store,
        slug,
        root,
        bool(q_bool(ctx.query, "getStaticContent")),
    )


def _deleted(kind: str) -> Any:
    def handler(ctx: Ctx) -> Any:
        low, high = q_date(ctx.query, "from_date"), q_date(ctx.query, "to_date")
        records = ctx.store.deleted.get(kind, [])
        items = [r for r in records if in_range(parse_date(r["date"]), low, high)]
        return page(ctx.query, items, 100)

    handler.__doc__ = f"Get deleted items history ({kind})."
    return handler


# Today's names: ``coupons`` (the discount coupons' records) and ``reviews``.
routes.add("GET", "/coupons/deleted", _deleted("discount_coupons"))
routes.add("GET", "/reviews/deleted", _deleted("reviews"))
