"""Benchmark payloads: a light page (FakeEcwid's seeded products, what a scan of the fake
returns) and a heavy page (today's docs example of a full product, replicated)."""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: Today's docs answer of ``GET /products/{productId}``: every field the docs show.
EXAMPLE = ROOT / "tests/docs/current/examples/products__get-product--response1.json"

#: Store ids the fixed-page server (``benchmarks._server``) answers with the heavy page;
#: every other store id gets the light page.
HEAVY_STORE = 2


def heavy_product(i: int) -> dict[str, Any]:
    """The docs' full Product example with a distinct id, sku, name and price."""
    item: dict[str, Any] = copy.deepcopy(json.loads(EXAMPLE.read_text()))
    item["id"] = 1_000_000 + i
    item["sku"] = f"SKU-{i:07d}"
    item["name"] = f"Product {i}"
    item["price"] = round(1 + (i % 997) * 0.37, 2)
    return item


def light_products(n: int) -> list[dict[str, Any]]:
    """``n`` products exactly as FakeEcwid seeds them (deterministic)."""
    from ecwid_async.testing.models import StoreState
    from ecwid_async.testing.seed_catalog import seed_products

    store = StoreState(1003, "secret_bench", "Bench", lambda: 1_764_547_200.0)
    seed_products(store, n)
    return list(store.products.values())


def _page(items: list[dict[str, Any]]) -> bytes:
    n = len(items)
    page = {"total": n, "count": n, "offset": 0, "limit": n, "items": items}
    return json.dumps(page, separators=(",", ":")).encode()


@functools.cache
def page_bytes(kind: str = "heavy", limit: int = 100) -> bytes:
    """A ``limit``-product search page (``light`` or ``heavy``) as a server sends it."""
    if kind == "heavy":
        return _page([heavy_product(i) for i in range(limit)])
    if kind == "light":
        return _page(light_products(limit))
    raise ValueError(f"kind must be 'light' or 'heavy', got {kind!r}")
