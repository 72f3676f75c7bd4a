"""Orders (docs: "Orders", "Order invoices"): thin handlers over ``backend.orders``."""

from __future__ import annotations

import html
from typing import Any

from aiohttp import web

from ..backend.fields import trimmed
from ..backend.order_extras import issue_tax_invoice, receipt_pdf, repeat_order_url
from ..backend.orders import (
    add_order,
    check_statuses,
    find_order,
    last_order,
    order_stamp,
    search_orders,
    update_order,
)
from ..errors import conflict, not_found, unprocessable
from ..models import Entity
from ..params import page, search_key
from ..routing import Ctx, RouteTable
from ._common import created, deleted, updated
from .product_media import media_url, upload

routes = RouteTable()

# Re-exported for the modules that built orders through this one before the backend split.
__all__ = ["add_order", "check_statuses", "order_stamp", "routes"]


def _order(ctx: Ctx) -> Entity:
    return find_order(ctx.store, ctx.params["orderNumber"])


@routes.get("/orders")
def search(ctx: Ctx) -> Any:
    """Search orders (today's filters; ``responseFields`` trims the page)."""
    found = ctx.store.cached_search(search_key(ctx), lambda: search_orders(ctx.store, ctx.query))
    return trimmed(ctx.query, page(ctx.query, found, 100))


@routes.get("/orders/last")
def last(ctx: Ctx) -> Any:
    """Get last order."""
    return trimmed(ctx.query, last_order(ctx.store))


@routes.get("/orders/{orderNumber}")
def get(ctx: Ctx) -> Any:
    """Get order (by order id, public id or order number)."""
    return trimmed(ctx.query, _order(ctx))


@routes.get("/orders/{orderNumber}/repeatURL")
def repeat_url(ctx: Ctx) -> Any:
    """Get repeat order URL."""
    return {"repeatOrderUrl": repeat_order_url(ctx.store, _order(ctx))}


@routes.get("/orders/{orderNumber}/invoice")
def invoice(ctx: Ctx) -> Any:
    """Get order invoice: an HTML page (422 for an unfinished order)."""
    order = _order(ctx)
    if order.get("paymentStatus") == "INCOMPLETE":
        raise unprocessable("Cannot generate an invoice for unfinished order")
    rows = "".join(
        f"<tr><td>{html.escape(str(i.get('name', '')))}</td><td>{i.get('quantity')}</td>"
        f"<td>{i.get('price')}</td></tr>"
        for i in order.get("items") or ()
    )
    number = html.escape(str(order.get("vendorOrderNumber")))
    page_html = (
        f"<!DOCTYPE html>\n<html>\n<head><title>Order - #{number}</title>"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f"<body><h1>Invoice for order #{number}</h1><p>{order.get('createDate', '')}</p>"
        f"<table>{rows}</table><p>Total: {order.get('total')}</p></body>\n</html>\n"
    )
    return web.Response(text=page_html, content_type="text/html", charset="utf-8")


@routes.get("/orders/{orderNumber}/invoice-pdf")
def invoice_pdf(ctx: Ctx) -> Any:
    """Get order receipt PDF."""
    return web.Response(body=receipt_pdf(_order(ctx)), content_type="application/pdf")


@routes.get("/orders/{orderNumber}/invoices")
def tax_invoices(ctx: Ctx) -> Any:
    """Get tax invoices for order."""
    return trimmed(ctx.query, {"invoices": _order(ctx).get("invoices") or []})


@routes.post("/orders/{orderNumber}/invoices/create-invoice")
def create_tax_invoice(ctx: Ctx) -> Any:
    """Generate tax invoice for order: ``{"id": internalId}``."""
    order = _order(ctx)
    invoice = issue_tax_invoice(ctx.store, order)
    order_stamp(order, ctx.store.touch("ordersUpdated"))
    return created(invoice["internalId"])


@routes.put("/orders/{orderNumber}")
def update(ctx: Ctx) -> Any:
    """Update order (only the fields sent change; ``items`` replaces all items)."""
    update_order(ctx.store, _order(ctx), ctx.json_object())
    return updated()


@routes.delete("/orders/{orderNumber}")
def delete(ctx: Ctx) -> Any:
    """Delete order."""
    order = _order(ctx)
    del ctx.store.orders[order["orderNumber"]]
    ctx.store.record_deleted("orders", order["orderNumber"], orderId=order.get("id"))
    ctx.store.touch("ordersUpdated")
    return deleted()


@routes.post("/orders")
def create(ctx: Ctx) -> Any:
    """Create order; answers ``{"id": orderNumber, "orderid": id}``."""
    order = add_order(ctx.store, ctx.json_object())
    return {"id": order["orderNumber"], "orderid": order["id"]}


# -- item option files ---------------------------------------------------------------------------
def _option(ctx: Ctx) -> tuple[Entity, Entity]:
    order = _order(ctx)
    item_id = ctx.int_param("itemId")
    item = next((i for i in order.get("items") or () if i.get("id") == item_id), None)
    if item is None:
        raise not_found(f"Order item #{item_id} not found")
    wanted = ctx.params["optionName"]
    for option in item.get("selectedOptions") or ():
        if option.get("name") in (wanted, wanted.replace("+", " ")):
            if option.get("type") != "FILES":
                raise conflict("Product option type is not FILES", "OPTIONS_IS_NOT_FILES_TYPE")
            return order, option
    raise not_found(f"Item option '{wanted}' not found")


def _option_changed(ctx: Ctx, order: Entity) -> None:
    order_stamp(order, ctx.store.touch("ordersUpdated"))


@routes.post("/orders/{orderNumber}/items/{itemId}/options/{optionName}")
def upload_option_file(ctx: Ctx) -> Any:
    """Upload item option file (``fileName`` in the query)."""
    order, option = _option(ctx)
    name = ctx.query.get("fileName") or "file"
    blob_id, data = upload(ctx)
    option.setdefault("files", []).append(
        {"id": blob_id, "name": name, "size": len(data), "url": media_url(ctx, blob_id, name)}
    )
    _option_changed(ctx, order)
    return created(blob_id)


@routes.delete("/orders/{orderNumber}/items/{itemId}/options/{optionName}/files/{fileId}")
def delete_option_file(ctx: Ctx) -> Any:
    """Delete item option file."""
    order, option = _option(ctx)
    file_id = ctx.int_param("fileId")
    files = option.get("files") or []
    if not any(f.get("id") == file_id for f in files):
        raise not_found(f"File #{file_id} not found")
    option["files"] = [f for f in files if f.get("id") != file_id]
    ctx.store.blobs.pop(file_id, None)
    _option_changed(ctx, order)
    return deleted()


@routes.delete("/orders/{orderNumber}/items/{itemId}/options/{optionName}/files")
def delete_option_files(ctx: Ctx) -> Any:
    """Delete all item option files."""
    order, option = _option(ctx)
    files = option.get("files") or []
    for entry in files:
        ctx.store.blobs.pop(entry.get("id"), None)
    option["files"] = []
    _option_changed(ctx, order)
    return deleted(len(files))
