"""Orders (docs: "Orders"): search, get, invoice, update, delete, create, item option files."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from aiohttp import web

from ..errors import bad_request, conflict, not_found, unprocessable
from ..models import Entity, StoreState, format_date, public_order_id
from ..params import (
    date_filter,
    in_range,
    page,
    parse_date,
    q_float,
    q_int_list,
    q_list,
    q_str,
    search_key,
)
from ..routing import Ctx, RouteTable
from ._common import created, deleted, get_or_404, keyword_matches, merge, text_of, updated
from .product_media import media_url, upload

routes = RouteTable()

PAYMENT_STATUSES = frozenset(
    {"AWAITING_PAYMENT", "PAID", "CANCELLED", "REFUNDED", "PARTIALLY_REFUNDED", "INCOMPLETE"}
)
FULFILLMENT_STATUSES = frozenset(
    {
        "AWAITING_PROCESSING",
        "PROCESSING",
        "SHIPPED",
        "DELIVERED",
        "WILL_NOT_DELIVER",
        "RETURNED",
        "READY_FOR_PICKUP",
    }
)
_SERVER_OWNED = frozenset(
    {
        "id",
        "internalId",
        "orderNumber",
        "vendorOrderNumber",
        "createTimestamp",
        "updateDate",
        "updateTimestamp",
    }
)


# -- model -------------------------------------------------------------------------------------
def check_statuses(body: dict[str, Any]) -> None:
    """400 for a payment or fulfillment status the docs do not list."""
    payment = body.get("paymentStatus")
    if payment == "QUEUED":
        raise bad_request("Status QUEUED is deprecated, use AWAITING_PAYMENT instead")
    if payment is not None and payment not in PAYMENT_STATUSES:
        raise bad_request(f"Unknown paymentStatus '{payment}'")
    fulfillment = body.get("fulfillmentStatus")
    if fulfillment is not None and fulfillment not in FULFILLMENT_STATUSES:
        raise bad_request(f"Unknown fulfillmentStatus '{fulfillment}'")


def build_items(store: StoreState, items: Any) -> list[Entity]:
    """Order items with ids; 400 (as Ecwid words it) when one has no quantity."""
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise bad_request("Field 'items' must be an array of objects")
    out = []
    for item in items:
        if "quantity" not in item:
            raise bad_request("Field OrderItem.quantity is absent")
        entry: Entity = {
            "price": 0,
            "productPrice": item.get("price", 0),
            "tax": 0,
            "shipping": 0,
            "isShippingRequired": True,
            "selectedOptions": [],
            **item,
        }
        entry.setdefault("id", store.next_id("order_item", 40000000))
        entry.setdefault("name", store.products.get(entry.get("productId", -1), {}).get("name", ""))
        out.append(entry)
    return out


def order_stamp(order: Entity, ts: int, create: bool = False) -> None:
    """Set ``updateDate``/``updateTimestamp`` (and the creation pair when ``create``)."""
    if create:
        order["createDate"], order["createTimestamp"] = format_date(ts), ts
    order["updateDate"], order["updateTimestamp"] = format_date(ts), ts


def new_order(store: StoreState, body: dict[str, Any], now: int) -> Entity:
    """A complete order from a create body; totals default to the items' sum."""
    check_statuses(body)
    items = build_items(store, body.get("items", []))
    customer_id = body.get("customerId")
    if customer_id is not None and customer_id not in store.customers:
        raise not_found(f"Customer #{customer_id} not found")
    number = store.next_id("order", 0)
    subtotal = round(sum(i.get("price", 0) * i["quantity"] for i in items), 2)
    order: Entity = {
        "id": public_order_id(number),
        "internalId": number,
        "orderNumber": number,
        "vendorOrderNumber": store.vendor_order_number(number),
        "subtotal": subtotal,
        "total": subtotal,
        "tax": 0,
        "email": "",
        "paymentMethod": "",
        "paymentStatus": "AWAITING_PAYMENT",
        "fulfillmentStatus": "AWAITING_PROCESSING",
        "hidden": False,
        "couponDiscount": 0,
        "discount": 0,
        "volumeDiscount": 0,
        "membershipBasedDiscount": 0,
        "totalAndMembershipBasedDiscount": 0,
        "customerTaxExempt": False,
        "customerTaxId": "",
        "customerTaxIdValid": False,
        "reversedTaxApplied": False,
        "refererUrl": "",
        "globalReferer": "",
        "ipAddress": "",
        "orderComments": "",
        "privateAdminNotes": "",
        "additionalInfo": {},
        "paymentParams": {},
        "discountInfo": [],
    }
    merge(order, {k: v for k, v in body.items() if k != "createDate"}, _SERVER_OWNED)
    order["items"] = items
    order.setdefault("usdTotal", order["total"])
    order_stamp(order, now, create=True)
    when = body.get("createDate")
    if isinstance(when, str) and (ts := parse_date(when)) is not None:
        order["createDate"], order["createTimestamp"] = format_date(ts), int(ts)
    if customer_id is not None:
        customer = store.customers[customer_id]
        customer["totalOrderCount"] = customer.get("totalOrderCount", 0) + 1
    return order


def add_order(store: StoreState, body: dict[str, Any]) -> Entity:
    """Create, store and announce (``ordersUpdated``) an order; a store coupon it names
    counts one more use (``orderCount``)."""
    order = new_order(store, body, store.touch("ordersUpdated"))
    store.orders[order["orderNumber"]] = order
    code = (order.get("discountCoupon") or {}).get("code")
    for coupon in store.coupons.values() if code else ():
        if coupon.get("code") == code:
            coupon["orderCount"] = coupon.get("orderCount", 0) + 1
            store.touch("discountCouponsUpdated")
    return order


# -- search ------------------------------------------------------------------------------------
def _customer_text(order: Entity) -> str:
    return " ".join(
        (
            str(order.get("email", "")),
            text_of(order.get("billingPerson")),
            text_of(order.get("shippingPerson")),
        )
    )


def common_filters(ctx: Ctx) -> list[Callable[[Entity], bool]]:
    """Filters orders and carts share: total range, dates, coupon code, customer."""
    q = ctx.query
    preds: list[Callable[[Entity], bool]] = []
    low, high = q_float(q, "totalFrom"), q_float(q, "totalTo")
    if low is not None or high is not None:
        preds.append(lambda o: in_range(o.get("total", 0), low, high))
    for pred in (
        date_filter(q, "created", "createTimestamp"),
        date_filter(q, "updated", "updateTimestamp"),
    ):
        if pred is not None:
            preds.append(pred)
    coupon = q_str(q, "couponCode")
    if coupon:
        preds.append(lambda o: str((o.get("discountCoupon") or {}).get("code")) == coupon)
    customer = q_str(q, "customer")
    if customer:
        preds.append(lambda o: customer.lower() in _customer_text(o).lower())
    return preds


def _statuses(ctx: Ctx, name: str, allowed: frozenset[str]) -> list[str] | None:
    values = q_list(ctx.query, name)
    for value in values or ():
        if value not in allowed:
            raise bad_request(f"Wrong parameter '{name}' value: '{value}'")
    return values


def search_orders(ctx: Ctx) -> list[Entity]:
    """The orders matching the documented filters, by order number."""
    store, q = ctx.store, ctx.query
    numbers = q_int_list(q, "orderNumber")
    if numbers is not None:  # the docs: other filters are then ignored
        return [store.orders[n] for n in sorted(set(numbers)) if n in store.orders]
    preds = common_filters(ctx)
    keywords = q_str(q, "keywords")
    if keywords:
        preds.append(
            lambda o: keyword_matches(
                keywords,
                " ".join(
                    (
                        str(o["orderNumber"]),
                        str(o.get("vendorOrderNumber", "")),
                        _customer_text(o),
                        text_of(o.get("items")),
                    )
                ),
            )
        )
    vendor = q_str(q, "vendorOrderNumber")
    if vendor:
        preds.append(lambda o: str(o.get("vendorOrderNumber")) == vendor)
    method = q_str(q, "paymentMethod")
    if method:
        preds.append(lambda o: str(o.get("paymentMethod", "")).lower() == method.lower())
    shipping = q_str(q, "shippingMethod")
    if shipping:
        preds.append(
            lambda o: (
                str((o.get("shippingOption") or {}).get("shippingMethodName", "")).lower()
                == shipping.lower()
            )
        )
    payment = _statuses(ctx, "paymentStatus", PAYMENT_STATUSES)
    if payment:
        preds.append(lambda o: o.get("paymentStatus") in payment)
    else:  # abandoned sales only when asked for
        preds.append(lambda o: o.get("paymentStatus") != "INCOMPLETE")
    fulfillment = _statuses(ctx, "fulfillmentStatus", FULFILLMENT_STATUSES)
    if fulfillment:
        preds.append(lambda o: o.get("fulfillmentStatus") in fulfillment)
    return [o for o in store.orders.values() if all(p(o) for p in preds)]


# -- handlers ----------------------------------------------------------------------------------
def _order(ctx: Ctx) -> Entity:
    return get_or_404(ctx.store.orders, ctx.int_param("orderNumber", "orderNumber"), "Order")


@routes.get("/orders")
def search(ctx: Ctx) -> Any:
    """Search orders."""
    found = ctx.store.cached_search(search_key(ctx), lambda: search_orders(ctx))
    return page(ctx.query, found, 100)


@routes.get("/orders/{orderNumber}")
def get(ctx: Ctx) -> Any:
    """Get order details."""
    return _order(ctx)


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


@routes.put("/orders/{orderNumber}")
def update(ctx: Ctx) -> Any:
    """Update order (only the fields sent change; ``items`` replaces all items)."""
    order, body = _order(ctx), ctx.json_object()
    check_statuses(body)
    if "items" in body:
        body = {**body, "items": build_items(ctx.store, body["items"])}
    merge(order, body, _SERVER_OWNED | {"createDate"})
    order_stamp(order, ctx.store.touch("ordersUpdated"))
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
    """Create order; answers ``{"id": orderNumber}``."""
    return created(add_order(ctx.store, ctx.json_object())["orderNumber"])


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
