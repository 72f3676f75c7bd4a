"""``ecwid-async stats``: latest update times and entity counts, as a table."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from rich.table import Table

from ._common import Session, stderr

__all__ = ["stats"]

COUNTED = ("products", "categories", "orders", "customers", "discount_coupons", "carts")


async def _count(session: Session, resource: str) -> int:
    paginator = getattr(session.ecwid, resource).search(limit=1, max_items=1)
    async with paginator.pages() as pages:
        async for page in pages:
            return int(page.total)
    return 0


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S %z") if isinstance(value, dt.datetime) else "—"


async def stats(session: Session, args: Any) -> int:
    """Print the store's latest-stats and its entity counts."""
    latest = await session.ecwid.profile.latest_stats()
    counts = await asyncio.gather(*(_count(session, r) for r in COUNTED))
    table = Table(title=f"store {session.ecwid.store_id}")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_column("last updated")
    updated = {
        "products": latest.products_updated,
        "categories": latest.categories_updated,
        "orders": latest.orders_updated,
        "discount_coupons": latest.discount_coupons_updated,
        "carts": latest.abandoned_sales_updated,
    }
    for resource, count in zip(COUNTED, counts, strict=True):
        table.add_row(resource, str(count), _when(updated.get(resource)))
    table.add_row("profile", "", _when(latest.profile_updated))
    stderr.print(table)
    return 0


def add_parser(commands: Any) -> None:
    """Register ``stats``."""
    parser = commands.add_parser("stats", help="latest update times and counts")
    parser.set_defaults(handler=stats, partner=False)
