"""Abandoned carts: placing one as an order, and pricing an order (POST /order/calculate)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import bad_request, unprocessable
from ..models import Entity, StoreState
from .orders import add_order, order_stamp

__all__ = ["calculate_order", "coupon_discount", "place_cart", "update_cart"]

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


def update_cart(store: StoreState, cart: Entity, body: Mapping[str, Any]) -> None:
    """Hide or show the cart, set its shipping taxes or invoice fields (400 for others)."""
    unknown = set(body) - _CART_FIELDS
    if unknown:
        raise bad_request(f"Fields that cannot change on a cart: {', '.join(sorted(unknown))}")
    cart.update(body)
    if "hidden" in body:
        cart["hidden"] = bool(body["hidden"])
    order_stamp(cart, store.touch("abandonedSalesUpdated"))


def place_cart(store: StoreState, cart: Entity) -> Entity:
    """Turn the cart into an order (awaiting payment); the cart is gone, and remembers the
    order it became (``recoveredOrderId``, ``recoveredPublicUid``)."""
    body = {k: v for k, v in cart.items() if k not in _PLACE_DROPS}
    body["paymentStatus"] = "AWAITING_PAYMENT"
    body["items"] = [{k: v for k, v in i.items() if k != "id"} for i in cart.get("items", [])]
    order = add_order(store, body)
    del store.carts[cart["cartId"]]
    store.touch("abandonedSalesUpdated")
    cart["recoveredOrderId"], cart["recoveredPublicUid"] = order["orderNumber"], order["publicUid"]
    return order


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


def calculate_order(store: StoreState, body: Mapping[str, Any]) -> Entity:
    """Price an order: subtotal from items (product prices when not sent), the coupon
    discount, tax 0 and no shipping; nothing is stored."""
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
