"""POSTs that only read or compute (order calculate) are retried like a GET; creates are not."""

from __future__ import annotations

from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async import EcwidClient, ServerError
from tests.vtime import virtual_time

from .conftest import TOKEN, url

ORDER = {"items": [{"productId": 1, "quantity": 2}]}


@pytest.mark.parametrize("area", ["orders", "carts"])
@virtual_time
async def test_order_calculate_is_retried_after_a_5xx(area: str) -> None:
    with aioresponses() as m:
        m.post(url("/order/calculate"), status=503)
        m.post(url("/order/calculate"), status=500)
        m.post(url("/order/calculate"), payload={"total": 10.0})
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            response = await getattr(ecwid, area).calculate(ORDER).raw()
    assert response.retries_taken == 2


@virtual_time
async def test_a_create_post_is_still_not_retried_after_a_5xx() -> None:
    with aioresponses() as m:
        m.post(url("/orders"), status=503)
        async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
            call: Any = ecwid.request("POST", "/orders", json=ORDER)
            with pytest.raises(ServerError):
                await call
        assert sum(len(calls) for calls in m.requests.values()) == 1
