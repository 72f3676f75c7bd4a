"""The feed reads the server's clock from the ``Date`` header, and its stamps per entity."""

from __future__ import annotations

import time

from ecwid_async.mirror import ENTITIES, StoreStats
from ecwid_async.mirror.feed import _server_time
from ecwid_async.models._base import EcwidDateTime
from ecwid_async.models.profile import UpdateStats


def test_server_time_comes_from_the_date_header() -> None:
    assert _server_time({"Date": "Sun, 15 Jun 2025 15:06:40 GMT"}) == 1_750_000_000
    before = int(time.time())
    assert before <= _server_time({}) <= int(time.time())  # no header: this machine's
    assert before <= _server_time({"Date": "not a date"}) <= int(time.time())


def test_an_entity_stamp_is_the_latest_of_its_fields_or_none() -> None:
    stats = StoreStats(
        UpdateStats(
            products_updated=EcwidDateTime.parse(100),
            categories_updated=EcwidDateTime.parse(50),
        ),
        server_time=200,
    )
    assert stats.stamp(ENTITIES["products"]) == 100
    assert stats.stamp(ENTITIES["categories"]) == 100  # product counts follow products
    assert stats.stamp(ENTITIES["customers"]) is None  # absent: never taken as unchanged
