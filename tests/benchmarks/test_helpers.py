"""The benchmark harness: round order, ratios and the pages it serves (no timings)."""

from __future__ import annotations

import json

from benchmarks._common import abba, ratio, table
from benchmarks._data import page_bytes
from ecwid_async.codec import decode
from ecwid_async.models.common import SearchResult
from ecwid_async.models.product import Product


def test_abba_alternates_forward_backward_backward_forward() -> None:
    assert abba(4, ["a", "b"]) == [["a", "b"], ["b", "a"], ["b", "a"], ["a", "b"]]
    assert abba(5, ["a", "b", "c"])[4] == ["a", "b", "c"]


def test_ratio_is_the_median_of_per_round_ratios_not_a_ratio_of_medians() -> None:
    assert ratio([3.0, 1.0, 2.0], [1.0, 2.0, 1.0]) == 2.0  # ratios 3, 0.5, 2; medians give 1


def test_both_pages_hold_100_products_that_decode_into_the_client_models() -> None:
    for kind in ("light", "heavy"):
        body = page_bytes(kind)
        raw = json.loads(body)
        page = decode(body, SearchResult[Product])
        assert raw["count"] == len(page.items) == 100
        assert [p.id for p in page.items] == [item["id"] for item in raw["items"]]
        assert all(p.created is not None and p.updated is not None for p in page.items)


def test_heavy_page_is_todays_docs_example_with_distinct_ids() -> None:
    items = json.loads(page_bytes("heavy"))["items"]
    assert len({item["id"] for item in items}) == 100
    assert "nameTranslated" in items[0] and "media" in items[0]


def test_table_is_markdown() -> None:
    assert table(["a", "b"], [["1", "2"]]).splitlines() == ["| a | b |", "|---|---|", "| 1 | 2 |"]
