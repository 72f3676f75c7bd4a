"""Uploaded images and files, served back at the URLs the fake puts in entities
(``/media/{storeId}/{blobId}/{name}``; public, like a CDN link)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..errors import not_found
from ..routing import Ctx, RouteTable

routes = RouteTable(scope="root")


@routes.get("/media/{storeId}/{blobId}/{name}")
def media(ctx: Ctx) -> Any:
    """The bytes of an uploaded blob."""
    store = ctx.backend.stores.get(ctx.int_param("storeId"))
    data = None if store is None else store.blobs.get(ctx.int_param("blobId"))
    if data is None:
        raise not_found("File not found")
    return web.Response(body=data, content_type="application/octet-stream")
