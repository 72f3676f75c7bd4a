"""Product search: today's filters (``categories``, ``includeProductsFromSubcategories``,
``attribute_{name}``, ``option_{name}``, ``onsale``, ``inventory``, ...), the older names
Ecwid still answers (``category``, ``withSubcategories``, ``field{name}``) and the sort
orders; brands and product filters computed over the same products."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..api._common import category_children, keyword_matches, subtree, text_of
from ..errors import bad_request
from ..models import Entity, StoreState
from ..params import Query, date_filter, in_range, q_bool, q_float, q_int, q_int_list, q_str

__all__ = ["SORTS", "brands", "product_filters", "recent_swatches", "search_products"]

SORTS: dict[str, tuple[Callable[[Entity], Any], bool]] = {
    "ADDED_TIME_DESC": (lambda p: (p.get("createTimestamp", 0), p["id"]), True),
    "ADDED_TIME_ASC": (lambda p: (p.get("createTimestamp", 0), p["id"]), False),
    "NAME_ASC": (lambda p: (str(p.get("name", "")).lower(), p["id"]), False),
    "NAME_DESC": (lambda p: (str(p.get("name", "")).lower(), p["id"]), True),
    "PRICE_ASC": (lambda p: (p.get("price", 0), p["id"]), False),
    "PRICE_DESC": (lambda p: (p.get("price", 0), p["id"]), True),
    "UPDATED_TIME_ASC": (lambda p: (p.get("updateTimestamp", 0), p["id"]), False),
    "UPDATED_TIME_DESC": (lambda p: (p.get("updateTimestamp", 0), p["id"]), True),
}
Pred = Callable[[Entity], bool]


def _haystack(store: StoreState, product: Entity) -> str:
    parts = [
        str(product.get("name", "")),
        str(product.get("description", "")),
        str(product.get("sku", "")),
        text_of(product.get("options")),
        " ".join(str(g.get("alt", "")) for g in product.get("galleryImages") or ()),
        " ".join(str(a.get("value", "")) for a in product.get("attributes") or ()),
        " ".join(str(c.get("sku", "")) for c in product.get("combinations") or ()),
        " ".join(
            str(store.categories[c].get("name", ""))
            for c in product.get("categoryIds") or ()
            if c in store.categories
        ),
    ]
    return " ".join(parts)


def _values(query: Query, key: str) -> set[str]:
    return {v.strip() for raw in query.getall(key) for v in raw.split(",")}


def _has_attribute(product: Entity, name: str, values: set[str]) -> bool:
    return any(
        (str(a.get("name")) == name or str(a.get("id")) == name) and str(a.get("value")) in values
        for a in product.get("attributes") or ()
    )


def _has_option(product: Entity, name: str, values: set[str]) -> bool:
    return any(
        o.get("name") == name and any(c.get("text") in values for c in o.get("choices") or ())
        for o in product.get("options") or ()
    )


def _name_filters(query: Query) -> list[Pred]:
    preds: list[Pred] = []
    for key in sorted(set(query)):
        values = _values(query, key)
        if key.startswith("attribute_") and len(key) > 10:
            preds.append(lambda p, n=key[10:], v=values: _has_attribute(p, n, v))  # type: ignore[misc]
        elif key.startswith("option_") and len(key) > 7:
            preds.append(lambda p, n=key[7:], v=values: _has_option(p, n, v))  # type: ignore[misc]
        elif key.startswith("field") and len(key) > 5:  # the older reference's name
            preds.append(lambda p, n=key[5:], v=values: _has_attribute(p, n, v))  # type: ignore[misc]
    return preds


def _category_filter(store: StoreState, query: Query) -> Pred | None:
    wanted = q_int_list(query, "categories")
    deep = q_bool(query, "includeProductsFromSubcategories")
    if wanted is None and (single := q_int(query, "category")) is not None:
        wanted, deep = [single], q_bool(query, "withSubcategories")
    if wanted is None:
        return None
    children = category_children(store)
    cats = {c for w in wanted for c in (subtree(store, w, children) if deep and w else [w])}
    return lambda p: (
        (0 in cats and not p.get("categoryIds")) or not cats.isdisjoint(p.get("categoryIds") or ())
    )


def _on_sale(product: Entity) -> bool:
    return bool(product.get("compareToPrice")) and product["compareToPrice"] > product.get(
        "price", 0
    )


def _flag_filters(query: Query, public: bool) -> list[Pred]:
    preds: list[Pred] = []
    if public:  # a public token sees enabled products only
        preds.append(lambda p: bool(p.get("enabled")))
    flags = {
        "enabled": lambda p: bool(p.get("enabled")),
        "visibleInStorefront": lambda p: bool(p.get("enabled")),
        "inStock": lambda p: bool(p.get("inStock")),
        "isGiftCard": lambda p: bool(p.get("isGiftCard")),
        "discountsAllowed": lambda p: p.get("discountsAllowed", True) is not False,
        "isCustomerSetPrice": lambda p: bool(p.get("nameYourPriceEnabled")),
    }
    for name, test in flags.items():
        wanted = q_bool(query, name)
        if wanted is not None:
            preds.append(lambda p, t=test, w=wanted: t(p) is w)  # type: ignore[misc]
    choices = {"onsale": ("onsale", _on_sale), "inventory": ("instock", flags["inStock"])}
    for name, (yes, test) in choices.items():
        value = q_str(query, name)
        if value is not None:
            preds.append(lambda p, t=test, w=value == yes: t(p) is w)  # type: ignore[misc]
    return preds


def filter_predicates(store: StoreState, query: Query, public: bool) -> list[Pred]:
    """The predicates of every filter in ``query`` (the shared part of search and filters)."""
    preds: list[Pred] = []
    keyword = q_str(query, "keyword")
    if keyword:
        preds.append(lambda p: keyword_matches(keyword.rstrip("*"), _haystack(store, p)))
    low, high = q_float(query, "priceFrom"), q_float(query, "priceTo")
    if low is not None or high is not None:
        preds.append(lambda p: in_range(p.get("price", 0), low, high))
    category = _category_filter(store, query)
    if category is not None:
        preds.append(category)
    for pred in (
        date_filter(query, "created", "createTimestamp"),
        date_filter(query, "updated", "updateTimestamp"),
    ):
        if pred is not None:
            preds.append(pred)
    reference = q_str(query, "externalReferenceId")
    if reference is not None:
        preds.append(lambda p: p.get("externalReferenceId") == reference)
    return preds + _flag_filters(query, public) + _name_filters(query)


def search_products(store: StoreState, query: Query, public: bool) -> list[Entity]:
    """The products matching the documented filters, in the requested order."""
    ids = q_int_list(query, "productId")
    sku = q_str(query, "sku")
    products: Iterable[Entity] = store.products.values()
    if ids is not None or sku is not None:
        # productId (and sku) make Ecwid ignore every other filter.
        wanted = set(ids or ())
        if sku is not None:
            owner = store.skus.get(sku)
            hits = {owner[0]} if owner else set()
            wanted = hits if ids is None else hits & wanted
        found = [store.products[i] for i in sorted(wanted) if i in store.products]
        return [p for p in found if p.get("enabled")] if public else found
    preds = filter_predicates(store, query, public)
    sort = q_str(query, "sortBy") or "RELEVANCE"
    if sort not in ("RELEVANCE", "DEFINED_BY_STORE_OWNER") and sort not in SORTS:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{sort}'")
    found = [p for p in products if all(pred(p) for pred in preds)] if preds else list(products)
    if sort in SORTS:
        key, reverse = SORTS[sort]
        found.sort(key=key, reverse=reverse)
    return found


def brands(store: StoreState, *, hidden: bool, sort_by: str | None) -> list[tuple[str, int]]:
    """Each brand (the ``Brand``-type attribute value) and how many products have it."""
    counts: dict[str, int] = {}
    for product in store.products.values():
        if not hidden and not product.get("enabled"):
            continue
        for attr in product.get("attributes") or ():
            if attr.get("type") == "BRAND" and attr.get("value"):
                counts[str(attr["value"])] = counts.get(str(attr["value"]), 0) + 1
    order = sort_by or "PRODUCT_COUNT_DESC"
    orders: dict[str, Callable[[tuple[str, int]], Any]] = {
        "PRODUCT_COUNT_DESC": lambda b: (-b[1], b[0]),
        "PRODUCT_COUNT_ASC": lambda b: (b[1], b[0]),
        "NAME_ASC": lambda b: b[0].lower(),
        "NAME_DESC": lambda b: b[0].lower(),
    }
    if order not in orders:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{order}'")
    return sorted(counts.items(), key=orders[order], reverse=order == "NAME_DESC")


def _facet(counts: dict[Any, int], titles: dict[Any, str] | None = None) -> dict[str, Any]:
    """A facet: each value (with its ``id`` when ``titles`` names them) and its count."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    values = [
        {"id": key, "title": titles[key], "productCount": n}
        if titles is not None
        else {"title": str(key), "productCount": n}
        for key, n in ordered
    ]
    return {"values": values, "status": "SUCCESS"}


def _count(products: list[Entity], keys: Callable[[Entity], Iterable[Any]]) -> dict[Any, int]:
    counts: dict[Any, int] = {}
    for product in products:
        for key in set(keys(product)):
            counts[key] = counts.get(key, 0) + 1
    return counts


def _attribute_values(name: str) -> Callable[[Entity], list[str]]:
    return lambda p: [
        a["value"] for a in p.get("attributes") or () if a.get("name") == name and a.get("value")
    ]


def _option_values(name: str) -> Callable[[Entity], list[str]]:
    return lambda p: [
        c["text"]
        for o in p.get("options") or ()
        if o.get("name") == name
        for c in o.get("choices") or ()
    ]


def _one_filter(store: StoreState, found: list[Entity], name: str) -> dict[str, Any]:
    if name == "price":
        prices = [p.get("price", 0) for p in found]
        return {"minValue": min(prices, default=0), "maxValue": max(prices, default=0),
                "status": "SUCCESS"}  # fmt: skip
    if name == "inventory":
        counts = _count(found, lambda p: ["instock" if p.get("inStock") else "outofstock"])
        return _facet(counts, {"instock": "In stock", "outofstock": "Out of stock"})
    if name == "onsale":
        counts = _count(found, lambda p: ["onsale" if _on_sale(p) else "notonsale"])
        return _facet(counts, {"onsale": "On sale", "notonsale": "Regular price"})
    if name == "categories":
        counts = _count(found, lambda p: p.get("categoryIds") or ())
        return _facet(counts, {c: str(store.categories.get(c, {}).get("name", "")) for c in counts})
    if name.startswith("attribute_"):
        return {"title": name[10:], **_facet(_count(found, _attribute_values(name[10:])))}
    if name.startswith("option_"):
        return {"title": name[7:], **_facet(_count(found, _option_values(name[7:])))}
    raise bad_request(f"Unknown filter field '{name}'")


def product_filters(store: StoreState, params: Query, fields: list[str]) -> dict[str, Any]:
    """Get product filters: the facets named in ``fields`` over the matching products."""
    preds = filter_predicates(store, params, False)
    found = [p for p in store.products.values() if all(pred(p) for pred in preds)]
    return {
        "productCount": len(found),
        "filters": {name: _one_filter(store, found, name) for name in fields},
    }


def recent_swatches(store: StoreState) -> list[Entity]:
    """The colours of SWATCHES options, those of the latest changed products first."""
    seen: dict[str, Entity] = {}
    products = sorted(store.products.values(), key=lambda p: -p.get("updateTimestamp", 0))
    for product in products:
        for option in product.get("options") or ():
            if option.get("type") != "SWATCHES":
                continue
            for choice in option.get("choices") or ():
                for code in choice.get("hexCodes") or ():
                    seen.setdefault(code, {"name": choice.get("text", ""), "hexCode": code})
    return list(seen.values())
