"""A scan over FakeEcwid while products are created under it: reported, not silent."""

from __future__ import annotations

import pytest

from ecwid_async import EcwidClient, ScanChangedError, ScanChangedWarning
from ecwid_async.testing import FakeEcwid


async def test_products_created_mid_scan_warn_and_on_change_raise_stops(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    fake_ecwid.seed_products(250)
    seen = 0

    async def scan_creating_one() -> None:
        nonlocal seen
        async for _product in ecwid_client.products.search(prefetch=0):
            seen += 1
            if seen == 1:
                await ecwid_client.products.create({"name": "new tea", "price": 1.0})

    with pytest.warns(ScanChangedWarning, match="total was 250 on the first page, 251"):
        await scan_creating_one()
    assert seen == 251
    with pytest.raises(ScanChangedError) as info:
        async for _product in ecwid_client.products.search(prefetch=0, on_change="raise"):
            seen += 1
            if seen == 252:
                await ecwid_client.products.create({"name": "more tea", "price": 2.0})
    assert (info.value.first_total, info.value.total, info.value.resume_offset) == (251, 252, 100)
