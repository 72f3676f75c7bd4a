"""Product reviews domain: reviews of the store's products, their moderation status,
bulk changes, deletions and counts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..api._common import keyword_matches, stamp
from ..errors import bad_request, not_found
from ..models import Entity, StoreState, format_date
from ..params import Query, date_filter, q_int_list, q_str

__all__ = [
    "STATUSES",
    "add_review",
    "delete_review",
    "mass_update",
    "review_stats",
    "search_reviews",
    "set_status",
]

STATUSES = frozenset({"published", "moderated"})
_SORTS: dict[str, tuple[str, bool]] = {
    "DATE_CREATED_ASC": ("createTimestamp", False),
    "DATE_CREATED_DESC": ("createTimestamp", True),
    "RATING_ASC": ("rating", False),
    "RATING_DESC": ("rating", True),
}


def _status(value: Any) -> str:
    if not isinstance(value, str) or value.lower() not in STATUSES:
        raise bad_request(f"Wrong review status: {value!r}; expected published or moderated")
    return value.lower()


def add_review(
    store: StoreState,
    product_id: int,
    rating: int,
    text: str,
    *,
    status: str = "moderated",
    reviewer: dict[str, Any] | None = None,
    order_id: str | None = None,
    customer_id: int | None = None,
) -> int:
    """Add a review of a product (what a buyer's review on the storefront does); its id."""
    if product_id not in store.products:
        raise not_found(f"Product #{product_id} not found")
    if not 1 <= rating <= 5:
        raise bad_request("rating must be from 1 to 5")
    review_id = store.next_id("review", 712000000)
    review: Entity = {
        "id": review_id,
        "status": _status(status),
        "rating": rating,
        "productId": product_id,
        "review": text,
        "reviewerInfo": dict(reviewer or {}),
    }
    if order_id is not None:
        review["orderId"] = order_id
    if customer_id is not None:
        review["customerId"] = customer_id
    now = store.now()
    stamp(review, now, create=True)
    review["createDate"] = review.pop("created")
    review["updateDate"] = review.pop("updated")
    store.reviews[review_id] = review
    return review_id


def _touched(store: StoreState, review: Entity) -> None:
    now = store.now()
    review["updateDate"], review["updateTimestamp"] = format_date(now), now


def _predicates(query: Query) -> list[Callable[[Entity], bool]]:
    preds: list[Callable[[Entity], bool]] = []
    status = q_str(query, "status")
    if status is not None:
        wanted = _status(status)
        preds.append(lambda r: r["status"] == wanted)
    for param, field in (("rating", "rating"), ("productId", "productId"), ("reviewId", "id")):
        values = q_int_list(query, param)
        if values is not None:
            preds.append(lambda r, f=field, v=set(values): r.get(f) in v)  # type: ignore[misc]
    order_id = q_str(query, "orderId")
    if order_id is not None:
        preds.append(lambda r: str(r.get("orderId")) in order_id.split(","))
    keyword = q_str(query, "keyword")
    if keyword:
        preds.append(lambda r: keyword_matches(keyword, str(r.get("review", ""))))
    for prefix, field in (("created", "createTimestamp"), ("updated", "updateTimestamp")):
        pred = date_filter(query, prefix, field)
        if pred is not None:
            preds.append(pred)
    return preds


def search_reviews(store: StoreState, query: Query) -> list[Entity]:
    """The reviews matching the documented filters, newest first unless sorted."""
    preds = _predicates(query)
    found = [r for r in store.reviews.values() if all(p(r) for p in preds)]
    sort = q_str(query, "sortBy") or "DATE_CREATED_DESC"
    if sort not in _SORTS:
        raise bad_request(f"Wrong parameter 'sortBy' value: '{sort}'")
    field, reverse = _SORTS[sort]
    return sorted(found, key=lambda r: (r.get(field, 0), r["id"]), reverse=reverse)


def set_status(store: StoreState, review: Entity, status: Any) -> None:
    """Publish or hide (moderate) a review."""
    review["status"] = _status(status)
    _touched(store, review)


def delete_review(store: StoreState, review_id: int) -> None:
    """Delete a review and record it for ``/reviews/deleted``."""
    del store.reviews[review_id]
    store.deleted.setdefault("reviews", []).append(
        {"id": review_id, "date": format_date(store.now())}
    )


def _selected(store: StoreState, body: dict[str, Any]) -> list[int]:
    mode = body.get("selectMode")
    if mode == "ALL":
        return list(store.reviews)
    if mode == "SELECTED":
        ids = body.get("reviewIds")
        if not isinstance(ids, list) or not ids:
            raise bad_request("Field 'reviewIds' is required with selectMode SELECTED")
        return [i for i in ids if i in store.reviews]
    if mode == "ALL_FILTERED":
        filters = body.get("currentFilters") or {}
        return [r["id"] for r in store.reviews.values() if _matches_filters(r, filters)]
    raise bad_request(f"Wrong selectMode: {mode!r}; expected SELECTED, ALL_FILTERED or ALL")


def _matches_filters(review: Entity, filters: dict[str, Any]) -> bool:
    lists = {"reviewId": "id", "productId": "productId", "orderId": "orderId", "rating": "rating"}
    for key, field in lists.items():
        if key in filters and review.get(field) not in filters[key]:
            return False
    if "status" in filters and review["status"] != _status(filters["status"]):
        return False
    keyword = filters.get("searchKeyword")
    return not keyword or keyword_matches(str(keyword), str(review.get("review", "")))


def mass_update(store: StoreState, body: dict[str, Any]) -> int:
    """Bulk update/delete: delete the selected reviews or give them ``newStatus``."""
    selected = _selected(store, body)
    if body.get("delete") is True:
        for review_id in selected:
            delete_review(store, review_id)
        return len(selected)
    status = _status(body.get("newStatus"))
    for review_id in selected:
        set_status(store, store.reviews[review_id], status)
    return len(selected)


def review_stats(store: StoreState) -> dict[str, int]:
    """Get product reviews stats: all, moderated and published counts."""
    statuses = [r["status"] for r in store.reviews.values()]
    return {
        "allCount": len(statuses),
        "moderatedCount": statuses.count("moderated"),
        "publishedCount": statuses.count("published"),
    }
