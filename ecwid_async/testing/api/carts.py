"""Abandoned carts, order calculation and placing a cart (docs: "Carts")."""

from __future__ import annotations

from typing import Any

from ..backend.fields import parse_fields, trim
from ..backend.orders import add_order, cart_filters, order_stamp
from ..errors import bad_request, unprocessable
from ..models import Entity, StoreState
from ..params import page, q_bool
from ..routing import Ctx, RouteTable
from ._common import get_or_404, updated

routes = RouteTable()

_PLACE_DROPS = frozenset(
    {
        "cartId",
        "createDate",
        "createTimestamp",
        "updateDate",
        "updateTimestamp",
        "orderNumber",
        "vendorOrderNumber",
        "id",
        "internalId",
        "publicUid",
    }
)
#: What PUT /carts/{cartId} may change.
_CART_FIELDS = frozenset(
    {
        "hidden",
        "taxesOnShipping",
        "b2b_b2c",
        "customerRequestedInvoice",
        "customerFiscalCode",
        "electronicInvoicePecEmail",
        "electronicInvoiceSdiCode",
    }
)


def _trimmed(ctx: Ctx, value: Any) -> Any:
    spec = ctx.query.get("responseFields")
    return trim(value, parse_fields(spec)) if spec else value


@routes.get("/carts")
def search(ctx: Ctx) -> Any:
    """Search abandoned carts (``showHidden`` defaults to true)."""
    preds = cart_filters(ctx.query)
    show_hidden = q_bool(ctx.query, "showHidden")
    if show_hidden is False:
        preds.append(lambda c: not c.get("hidden"))
    items = [c for c in ctx.store.carts.values() if all(p(c) for p in preds)]
    return _trimmed(ctx, page(ctx.query, items, 100))


def _cart(ctx: Ctx) -> Entity:
    return get_or_404(ctx.store.carts, ctx.params["cartId"], "Cart")


@routes.get("/carts/{cartId}")
def get(ctx: Ctx) -> Any:
    """Get abandoned cart."""
    return _trimmed(ctx, _cart(ctx))


@routes.put("/carts/{cartId}")
def update(ctx: Ctx) -> Any:
    """Update abandoned cart (``hidden``, shipping taxes, invoice fields)."""
    cart, body = _cart(ctx), ctx.json_object()
    unknown = set(body) - _CART_FIELDS
    if unknown:
        raise bad_request(f"Fields that cannot change on a cart: {', '.join(sorted(unknown))}")
    cart.update(body)
    if "hidden" in body:
        cart["hidden"] = bool(body["hidden"])
    order_stamp(cart, ctx.store.touch("abandonedSalesUpdated"))
    return updated()


@routes.post("/carts/{cartId}/place")
def place(ctx: Ctx) -> Any:
    """Convert abandoned cart to order: ``{id, orderNumber, vendorOrderNumber, cartId}``."""
    store = ctx.store
    cart = _cart(ctx)
    body = {k: v for k, v in cart.items() if k not in _PLACE_DROPS}
    body["paymentStatus"] = "AWAITING_PAYMENT"
    body["items"] = [{k: v for k, v in i.items() if k != "id"} for i in cart.get("items", [])]
    order = add_order(store, body)
    del store.carts[cart["cartId"]]
    store.touch("abandonedSalesUpdated")
    cart["recoveredOrderId"], cart["recoveredPublicUid"] = order["orderNumber"], order["publicUid"]
    return {
        "id": order["id"],
        "orderNumber": order["orderNumber"],
        "vendorOrderNumber": order["vendorOrderNumber"],
        "cartId": cart["cartId"],
    }


# -- calculate ---------------------------------------------------------------------------------
def _coupon(store: StoreState, given: Any) -> Entity | None:
    if not isinstance(given, dict):
        return None
    code = given.get("code")
    for coupon in store.coupons.values():
        if code is not None and coupon.get("code") == code:
            return coupon
    return given if "discountType" in given else None


def _eligible(store: StoreState, coupon: Entity, item: Entity) -> bool:
    limit = coupon.get("catalogLimit") or {}
    products, categories = limit.get("products") or [], limit.get("categories") or []
    if not products and not categories:
        return True
    if item.get("productId") in products:
        return True
    product = store.products.get(item.get("productId", -1), {})
    return not set(categories).isdisjoint(product.get("categoryIds") or ())


def coupon_discount(store: StoreState, coupon: Entity | None, items: list[Entity]) -> float:
    """The discount a coupon gives on ``items`` (ABS or PERCENT parts; shipping is 0)."""
    if coupon is None or coupon.get("status", "ACTIVE") != "ACTIVE":
        return 0.0
    subtotal = sum(float(i["price"]) * i["quantity"] for i in items)
    if subtotal < float(coupon.get("totalLimit") or 0):
        return 0.0
    base: float = sum(
        float(i["price"]) * int(i["quantity"]) for i in items if _eligible(store, coupon, i)
    )
    kind, amount = coupon.get("discountType", "ABS"), float(coupon.get("discount") or 0)
    if kind in ("PERCENT", "PERCENT_AND_SHIPPING"):
        return round(base * amount / 100, 2)
    if kind in ("ABS", "ABS_AND_SHIPPING"):
        return round(min(amount, base), 2)
    return 0.0


def _priced_items(store: StoreState, raw: Any) -> list[Entity]:
    """The items to calculate, priced from their product when no price is sent; 422 (as
    Ecwid words it) for no items or an item without a usable price or quantity."""
    error = "No order items or incorrect items details sent"
    if not isinstance(raw, list) or not raw or not all(isinstance(i, dict) for i in raw):
        raise unprocessable(error)
    items = []
    for item in raw:
        product = store.products.get(item.get("productId", -1), {})
        price = item.get("price", product.get("price"))
        quantity = item.get("quantity")
        if not isinstance(price, int | float) or not isinstance(quantity, int) or quantity < 1:
            raise unprocessable(error)
        items.append(
            {
                **item,
                "price": price,
                "productPrice": product.get("price", price),
                "quantity": quantity,
                "tax": 0,
                "shipping": 0,
                "name": item.get("name", product.get("name", "")),
            }
        )
    return items


@routes.post("/order/calculate")
def calculate(ctx: Ctx) -> Any:
    """Calculate order details: subtotal from items (product prices when not sent), the
    coupon discount, tax 0 and no shipping; nothing is stored."""
    store, body = ctx.store, ctx.json_object()
    items = _priced_items(store, body.get("items"))
    subtotal = round(sum(i["price"] * i["quantity"] for i in items), 2)
    coupon = _coupon(store, body.get("discountCoupon"))
    discount = coupon_discount(store, coupon, items)
    for item in items:
        item["couponApplied"] = bool(discount) and _eligible(store, coupon or {}, item)
    total = round(subtotal - discount, 2)
    billing = body.get("billingPerson", {})
    result: Entity = {
        **{k: v for k, v in body.items() if k in ("email", "ipAddress", "customerId")},
        "subtotal": subtotal,
        "total": total,
        "usdTotal": total,
        "tax": 0,
        "couponDiscount": discount,
        "discount": 0,
        "volumeDiscount": 0,
        "membershipBasedDiscount": 0,
        "totalAndMembershipBasedDiscount": 0,
        "paymentStatus": "INCOMPLETE",
        "fulfillmentStatus": "AWAITING_PROCESSING",
        "hidden": False,
        "items": items,
        "billingPerson": billing,
        "shippingPerson": body.get("shippingPerson") or billing,
        "availableShippingOptions": [],
        "availableTaxes": [],
        "discountInfo": [],
        "additionalInfo": {},
        "paymentParams": {},
    }
    order_stamp(result, store.now(), create=True)
    del result["updateDate"], result["updateTimestamp"]
    if coupon is not None and discount:
        result["discountCoupon"] = {k: v for k, v in coupon.items() if not k.startswith("_")}
    return result
