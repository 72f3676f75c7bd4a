"""Seed data for the catalog: products and categories (see ``seed``)."""

from __future__ import annotations

import random

from .api._common import slug
from .backend.catalog import new_product
from .backend.categories import new_category
from .backend.reviews import add_review
from .models import StoreState, format_date

__all__ = [
    "CITIES",
    "FIRST_NAMES",
    "LAST_NAMES",
    "NOUNS",
    "TWO_YEARS",
    "seed_categories",
    "seed_products",
    "seed_reviews",
]

_ADJECTIVES = (
    "Organic",
    "Classic",
    "Premium",
    "Fresh",
    "Vintage",
    "Handmade",
    "Smoked",
    "Spicy",
    "Sweet",
    "Wild",
    "Golden",
    "Green",
    "Dark",
    "Roasted",
    "Daily",
)
NOUNS = (
    "Tea",
    "Coffee",
    "Honey",
    "Chocolate",
    "Apple",
    "Orange",
    "Cherry",
    "Mug",
    "Teapot",
    "Notebook",
    "T-Shirt",
    "Hoodie",
    "Candle",
    "Soap",
    "Jam",
    "Granola",
)
_CATEGORY_NAMES = (
    "Fruit",
    "Vegetables",
    "Drinks",
    "Tea",
    "Coffee",
    "Sweets",
    "Bakery",
    "Apparel",
    "Home",
    "Gifts",
    "Kitchen",
    "Stationery",
    "Sale",
    "New",
)
FIRST_NAMES = (
    "John",
    "Mary",
    "Peter",
    "Anna",
    "Eugene",
    "Wendy",
    "Michael",
    "Olga",
    "Li",
    "Sofia",
    "Ivan",
    "Maria",
    "David",
    "Emma",
    "Noah",
    "Ava",
)
LAST_NAMES = (
    "Smith",
    "Darling",
    "Doe",
    "Watson",
    "Ivanova",
    "Garcia",
    "Chen",
    "Muller",
    "Rossi",
    "Novak",
    "Brown",
    "Kowalski",
)
CITIES = (
    ("New York", "NY", "10001"),
    ("San Diego", "CA", "90002"),
    ("Austin", "TX", "73301"),
    ("Chicago", "IL", "60601"),
    ("Seattle", "WA", "98101"),
)
TWO_YEARS = 2 * 365 * 86400


def seed_products(store: StoreState, n: int, seed: int = 0) -> list[int]:
    """Add ``n`` products; returns their ids."""
    rng = random.Random(seed)
    rand, randint = rng.random, rng.randint
    now = store.now()
    root = store.profile["generalInfo"]["storeUrl"]
    cats = list(store.categories)
    cat_enabled = {cid: bool(c.get("enabled", True)) for cid, c in store.categories.items()}
    titles = [(f"{a} {n_}", slug(f"{a} {n_}")) for a in _ADJECTIVES for n_ in NOUNS]
    n_titles, n_cats, n_brands = len(titles), len(cats), len(LAST_NAMES)
    ids = []
    for _ in range(n):
        pid = store.next_id("product", 100000)
        title, title_slug = titles[int(rand() * n_titles)]
        name = f"{title} {pid}"
        price = round(1 + rand() * 199, 2)
        unlimited = rand() < 0.2
        quantity = 0 if unlimited or rand() < 0.1 else randint(1, 500)
        created = now - 86400 - int(rand() * TWO_YEARS)
        updated = min(now, created + int(rand() * 180 * 86400))
        k = int(rand() * 3) if n_cats else 0
        category_ids = [cats[int(rand() * n_cats)] for _ in range(k)]
        category_ids = list(dict.fromkeys(category_ids))
        sku = f"SKU-{pid}"
        product = new_product(pid, unlimited=unlimited)
        product.update(
            {
                "sku": sku,
                "name": name,
                "price": price,
                "priceInProductList": price,
                "inStock": unlimited or quantity > 0,
                "enabled": rand() < 0.9,
                "description": f"<p>{name}: a fine choice.</p>",
                "categoryIds": category_ids,
                "categories": [{"id": c, "enabled": cat_enabled[c]} for c in category_ids],
                "attributes": [
                    {
                        "id": 1,
                        "name": "Brand",
                        "value": LAST_NAMES[int(rand() * n_brands)],
                        "type": "BRAND",
                        "show": "DESCR",
                    }
                ],
                "compareToPrice": round(price * 1.2, 2),
                "weight": round(0.1 + rand() * 4.9, 2),
                "defaultCategoryId": category_ids[0] if category_ids else 0,
                "showOnFrontpage": -1 if category_ids else 1,
                "url": f"{root}#!/{title_slug}-{pid}/p/{pid}",
                "created": format_date(created),
                "createTimestamp": created,
                "updated": format_date(updated),
                "updateTimestamp": updated,
            }
        )
        if not unlimited:
            product["quantity"] = quantity
        store.products[pid] = product
        store.skus[sku] = (pid, None)
        ids.append(pid)
    store.touch("productsUpdated")
    return ids


def seed_categories(store: StoreState, n: int, seed: int = 0) -> list[int]:
    """Add ``n`` categories, about a third nested under earlier ones; returns ids."""
    rng = random.Random(seed)
    ids: list[int] = []
    for i in range(n):
        cat = new_category(store, "", enabled=rng.random() < 0.9)
        cid = cat["id"]
        cat["name"] = f"{_CATEGORY_NAMES[i % len(_CATEGORY_NAMES)]} {cid}"
        if ids and rng.random() < 0.33:
            cat["parentId"] = rng.choice(ids)
        store.categories[cid] = cat
        ids.append(cid)
    store.touch("categoriesUpdated", "productsUpdated")
    return ids


_REVIEW_TEXTS = ("Just what I need", "Great quality", "Arrived late", "Would buy again", "Meh")


def seed_reviews(store: StoreState, n: int, seed: int = 0) -> list[int]:
    """Add ``n`` reviews of the store's products (seed products first); returns their ids."""
    rng = random.Random(seed)
    products = list(store.products)
    if not products:
        raise ValueError("seed products before reviews")
    ids = []
    for _ in range(n):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        ids.append(
            add_review(
                store,
                rng.choice(products),
                rng.randint(1, 5),
                rng.choice(_REVIEW_TEXTS),
                status=rng.choice(("published", "moderated")),
                reviewer={"name": f"{first} {last}", "email": f"{first.lower()}@example.com"},
            )
        )
    return ids
