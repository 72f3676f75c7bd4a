"""Seed data for customers, orders, abandoned carts and coupons (see ``seed``)."""

from __future__ import annotations

import random
from typing import Any

from .backend.orders import order_identity, order_stamp
from .backend.subscriptions import start_subscriptions
from .models import Entity, StoreState, format_date
from .seed_catalog import CITIES, FIRST_NAMES, LAST_NAMES, NOUNS, TWO_YEARS

_PAYMENT = (
    "AWAITING_PAYMENT",
    "PAID",
    "PAID",
    "PAID",
    "CANCELLED",
    "REFUNDED",
    "PARTIALLY_REFUNDED",
)
_FULFILLMENT = (
    "AWAITING_PROCESSING",
    "PROCESSING",
    "SHIPPED",
    "DELIVERED",
    "WILL_NOT_DELIVER",
    "RETURNED",
    "READY_FOR_PICKUP",
)


def _person(rng: random.Random, name: str) -> Entity:
    city, state, postal = rng.choice(CITIES)
    return {
        "name": name,
        "companyName": "",
        "street": f"{rng.randint(1, 999)} Main St",
        "city": city,
        "countryCode": "US",
        "countryName": "United States",
        "postalCode": postal,
        "stateOrProvinceCode": state,
        "stateOrProvinceName": state,
        "phone": f"+1 555 {rng.randint(1000, 9999)}",
    }


def seed_customers(store: StoreState, n: int, seed: int = 0) -> list[int]:
    """Add ``n`` customers with unique emails; returns ids."""
    rng = random.Random(seed)
    now = store.now()
    groups = [g for g in store.customer_groups if g]  # not the built-in General (0)
    ids = []
    for _ in range(n):
        cid = store.next_id("customer", 15000000)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        registered = now - rng.randint(86400, TWO_YEARS)
        # Spread without another RNG draw, so the rest of the seeded data stays the same.
        updated = min(now, registered + (cid % 97) * 86400)
        group = rng.choice(groups) if groups and rng.random() < 0.3 else 0
        person = _person(rng, f"{first} {last}")
        store.customers[cid] = {
            "id": cid,
            "email": f"{first}.{last}.{cid}@example.com".lower(),
            "name": person["name"],
            "registered": format_date(registered),
            "_registered": registered,
            "updated": format_date(updated),
            "_updated": updated,
            "billingPerson": person,
            "shippingAddresses": [{"id": store.next_id("address", 1000), **person}],
            "customerGroupId": group,
            "customerGroupName": store.customer_groups[group]["name"] if group else "General",
            "taxId": "",
            "taxIdValid": False,
            "taxExempt": False,
            "b2b_b2c": "b2c",
            "acceptMarketing": rng.random() < 0.5,
            "contacts": [
                {
                    "id": store.next_id("contact", 113000000),
                    "contact": f"{first}.{last}.{cid}@example.com".lower(),
                    "type": "EMAIL",
                    "default": True,
                    "orderBy": 0,
                    "timestamp": format_date(registered),
                }
            ],
            "totalOrderCount": 0,
        }
        ids.append(cid)
    store.touch("customersUpdated")
    return ids


def _items(store: StoreState, rng: random.Random, products: list[int]) -> list[Entity]:
    items = []
    for _ in range(rng.randint(1, 3)):
        if products:
            product = store.products[rng.choice(products)]
            name, sku, price = product["name"], product["sku"], product["price"]
            pid = product["id"]
        else:
            name, sku = f"{rng.choice(NOUNS)}", f"SKU-X{rng.randint(1, 9999)}"
            price, pid = round(rng.uniform(1, 100), 2), 0
        items.append(
            {
                "id": store.next_id("order_item", 40000000),
                "productId": pid,
                "price": price,
                "productPrice": price,
                "sku": sku,
                "name": name,
                "quantity": rng.randint(1, 4),
                "tax": 0,
                "shipping": 0,
                "isShippingRequired": True,
                "selectedOptions": [],
            }
        )
    return items


def _order_like(store: StoreState, rng: random.Random, now: int) -> Entity:
    products, customers = list(store.products), list(store.customers)
    items = _items(store, rng, products[:1000] if len(products) > 1000 else products)
    subtotal = round(sum(i["price"] * i["quantity"] for i in items), 2)
    shipping = rng.choice((0, 5, 10))
    customer = store.customers[rng.choice(customers)] if customers else None
    name = customer["name"] if customer else f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    person = customer["billingPerson"] if customer else _person(rng, name)
    order: Entity = {
        "subtotal": subtotal,
        "total": round(subtotal + shipping, 2),
        "usdTotal": round(subtotal + shipping, 2),
        "tax": 0,
        "email": customer["email"] if customer else f"{name.replace(' ', '.').lower()}@example.com",
        "paymentMethod": rng.choice(("Credit card", "PayPal", "Phone order")),
        "hidden": False,
        "couponDiscount": 0,
        "discount": 0,
        "items": items,
        "billingPerson": person,
        "shippingPerson": person,
        "shippingOption": {
            "shippingMethodName": rng.choice(("Standard", "Express")),
            "shippingRate": shipping,
            "isPickup": False,
        },
        "additionalInfo": {},
        "paymentParams": {},
        "discountInfo": [],
        "ipAddress": f"10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    }
    if customer:
        order["customerId"] = customer["id"]
    created = now - rng.randint(3600, 365 * 86400)
    order_stamp(order, min(now, created + rng.randint(0, 30 * 86400)))
    order["createDate"], order["createTimestamp"] = format_date(created), created
    return order


def seed_orders(store: StoreState, n: int, seed: int = 0) -> list[int]:
    """Add ``n`` orders (items from existing products, buyers from existing customers)."""
    rng = random.Random(seed)
    now = store.now()
    numbers = []
    for _ in range(n):
        number = store.next_id("order", 0)
        order = {
            **order_identity(store, number),
            **_order_like(store, rng, now),
            "paymentStatus": rng.choice(_PAYMENT),
            "fulfillmentStatus": rng.choice(_FULFILLMENT),
        }
        if "customerId" in order:
            customer = store.customers[order["customerId"]]
            customer["totalOrderCount"] = customer.get("totalOrderCount", 0) + 1
        store.orders[number] = order
        start_subscriptions(store, order)
        numbers.append(number)
    store.touch("ordersUpdated")
    return numbers


def _cart_id(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032X}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def add_cart(store: StoreState, cart: dict[str, Any]) -> str:
    """Store one abandoned cart (``cartId`` generated when absent); returns its id."""
    now = store.now()
    cart_id = str(cart.get("cartId") or _cart_id(random.Random(store.next_id("cart", 0))))
    entry: Entity = {
        "cartId": cart_id,
        "subtotal": 0,
        "total": 0,
        "tax": 0,
        "hidden": False,
        "paymentStatus": "INCOMPLETE",
        "fulfillmentStatus": "AWAITING_PROCESSING",
        "items": [],
    }
    entry.update(cart)
    entry["cartId"] = cart_id
    if "createTimestamp" not in entry:
        order_stamp(entry, now, create=True)
    store.carts[cart_id] = entry
    store.touch("abandonedSalesUpdated")
    return cart_id


def seed_carts(store: StoreState, n: int, seed: int = 0) -> list[str]:
    """Add ``n`` abandoned carts; returns their ids."""
    rng = random.Random(seed)
    now = store.now()
    ids = []
    for _ in range(n):
        cart = _order_like(store, rng, now)
        cart.update(
            cartId=_cart_id(rng),
            paymentStatus="INCOMPLETE",
            fulfillmentStatus="AWAITING_PROCESSING",
            hidden=rng.random() < 0.1,
        )
        store.carts[cart["cartId"]] = cart
        ids.append(cart["cartId"])
    store.touch("abandonedSalesUpdated")
    return ids


def seed_coupons(store: StoreState, n: int, seed: int = 0) -> list[int]:
    """Add ``n`` discount coupons with unique codes; returns ids."""
    rng = random.Random(seed)
    now = store.now()
    ids = []
    for _ in range(n):
        cid = store.next_id("coupon", 21000000)
        kind = rng.choice(("ABS", "PERCENT", "SHIPPING"))
        created = now - rng.randint(86400, 365 * 86400)
        store.coupons[cid] = {
            "id": cid,
            "name": f"Coupon # {cid}",
            "code": f"CODE{cid}",
            "discountType": kind,
            "status": rng.choice(("ACTIVE", "ACTIVE", "PAUSED")),
            "discount": rng.choice((5, 10, 15)) if kind != "SHIPPING" else 0,
            "launchDate": format_date(created),
            "usesLimit": "UNLIMITED",
            "applicationLimit": "UNLIMITED",
            "orderCount": 0,
            "creationDate": format_date(created),
            "updateDate": format_date(created),
            "_created": created,
            "_updated": created,
        }
        ids.append(cid)
    store.touch("discountCouponsUpdated")
    return ids
