"""Benchmark payloads built from the docs' own Product example."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

EXAMPLE = Path(__file__).resolve().parent.parent / "tests/docs/examples/Product--get.json"


def product(i: int) -> dict[str, Any]:
    """The docs' full Product example with a distinct id, sku, name and price."""
    item: dict[str, Any] = copy.deepcopy(json.loads(EXAMPLE.read_text()))
    item["id"] = 1_000_000 + i
    item["sku"] = f"SKU-{i:07d}"
    item["name"] = f"Product {i}"
    item["price"] = round(1 + (i % 997) * 0.37, 2)
    return item


def search_page(offset: int = 0, limit: int = 100, total: int = 100) -> dict[str, Any]:
    """A products search page of realistic, docs-shaped items."""
    items = [product(i) for i in range(offset, min(offset + limit, total))]
    return {"total": total, "count": len(items), "offset": offset, "limit": limit, "items": items}


def page_bytes(limit: int = 100) -> bytes:
    """A 100-product search page as the JSON bytes a server sends."""
    return json.dumps(search_page(limit=limit, total=limit), separators=(",", ":")).encode()
