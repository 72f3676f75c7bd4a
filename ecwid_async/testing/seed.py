"""Deterministic seed data: realistic products, categories, customers, orders, carts and
coupons from a seeded RNG (the same ``seed`` gives the same data). Fast enough for 100,000
products in a few seconds: entities are built as dict literals, nothing is re-validated."""

from __future__ import annotations

from .seed_catalog import seed_categories, seed_products
from .seed_sales import add_cart, seed_carts, seed_coupons, seed_customers, seed_orders

__all__ = [
    "add_cart",
    "seed_carts",
    "seed_categories",
    "seed_coupons",
    "seed_customers",
    "seed_orders",
    "seed_products",
]
