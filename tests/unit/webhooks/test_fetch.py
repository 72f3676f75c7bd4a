"""event.fetch(client): which resource loads which event's entity (aioresponses)."""

from __future__ import annotations

from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.models import Category, Customer, Order, Product, StoreProfile
from ecwid_async.webhooks import WebhookError

from ..conftest import BASE, TOKEN
from .conftest import event


@pytest.mark.parametrize(
    ("event_type", "entity_id", "path", "model", "answer"),
    [
        ("order.updated", 103, "/orders/103", Order, {"orderNumber": 103}),
        ("unfinished_order.updated", 105, "/orders/105", Order, {"orderNumber": 105}),
        ("product.created", 667251253, "/products/667251253", Product, {"id": 667251253}),
        ("category.updated", 66722483, "/categories/66722483", Category, {"id": 66722483}),
        ("customer.created", 1663830, "/customers/1663830", Customer, {"id": 1663830}),
        ("profile.updated", 1003, "/profile", StoreProfile, {"generalInfo": {"storeId": 1003}}),
    ],
)
async def test_fetch_loads_the_named_entity(
    mocked: aioresponses,
    event_type: str,
    entity_id: int,
    path: str,
    model: type,
    answer: dict[str, Any],
) -> None:
    mocked.get(f"{BASE}{path}", payload=answer)
    async with EcwidClient(store_id=1003, token=TOKEN, rate_limit=None) as ecwid:
        entity = await event("e", event_type, entity_id=entity_id).fetch(ecwid)
    assert isinstance(entity, model)


async def test_fetch_of_a_deleted_entity_raises_not_found(mocked: aioresponses) -> None:
    mocked.get(f"{BASE}/products/5", status=404, payload={"errorMessage": "Product #5 not found"})
    async with EcwidClient(store_id=1003, token=TOKEN, rate_limit=None) as ecwid:
        with pytest.raises(NotFoundError):
            await event("e", "product.deleted", entity_id=5).fetch(ecwid)


@pytest.mark.parametrize(
    ("event_type", "entity_id", "store_id", "match"),
    [
        ("application.installed", "1003", 1003, "name no entity that can be fetched"),
        ("unfinished_order.created", -1, 1003, "no order number yet"),
        ("order.created", 103, 2000, "from store 2000, the client is for store 1003"),
        ("product.updated", "abc", 1003, "names no numeric entity"),
    ],
)
async def test_fetch_refuses_what_it_cannot_load_before_sending_anything(
    mocked: aioresponses, event_type: str, entity_id: Any, store_id: int, match: str
) -> None:
    async with EcwidClient(store_id=1003, token=TOKEN, rate_limit=None) as ecwid:
        with pytest.raises(WebhookError, match=match):
            await event("e", event_type, entity_id=entity_id, store_id=store_id).fetch(ecwid)
    assert not mocked.requests
