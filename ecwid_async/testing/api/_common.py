"""Helpers shared by the API modules: partial updates, id lookups, statuses, slugs."""

from __future__ import annotations

import re
from typing import Any

from ..errors import bad_request, not_found
from ..models import Entity, StoreState, format_date

__all__ = [
    "category_children",
    "created",
    "deleted",
    "get_or_404",
    "merge",
    "require_number",
    "slug",
    "stamp",
    "subtree",
    "updated",
]

#: Fields a client may send but the server owns.
READ_ONLY = frozenset({"id", "created", "updated", "createTimestamp", "updateTimestamp"})
#: The main-image fields of a product, category or combination (set by an image upload).
IMAGE_FIELDS = (
    "thumbnailUrl",
    "imageUrl",
    "smallThumbnailUrl",
    "hdThumbnailUrl",
    "originalImageUrl",
    "originalImage",
)


def created(entity_id: int) -> dict[str, Any]:
    """A CreateStatus body."""
    return {"id": entity_id}


def updated(count: int = 1) -> dict[str, Any]:
    """An UpdateStatus body."""
    return {"updateCount": count}


def deleted(count: int = 1) -> dict[str, Any]:
    """A DeleteStatus body."""
    return {"deleteCount": count}


def get_or_404(table: dict[Any, Entity], key: Any, what: str) -> Entity:
    """The entity under ``key`` or a 404 naming it (``Product #5 not found``)."""
    entity = table.get(key)
    if entity is None:
        raise not_found(f"{what} #{key} not found")
    return entity


def merge(target: Entity, changes: dict[str, Any], read_only: frozenset[str] = READ_ONLY) -> None:
    """Partial update: set only the top-level fields sent (server-owned ones ignored)."""
    for key, value in changes.items():
        if key not in read_only:
            target[key] = value


def deep_merge(target: dict[str, Any], changes: dict[str, Any]) -> None:
    """Partial update that also merges nested objects (for the store profile)."""
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_merge(target[key], value)
        else:
            target[key] = value


def require_number(body: dict[str, Any], *fields: str) -> None:
    """400 if any of ``fields`` is present but not a number."""
    for field in fields:
        value = body.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise bad_request(f"Field '{field}' must be a number, got {value!r}")


def stamp(entity: Entity, ts: int, *, prefix: str = "", create: bool = False) -> None:
    """Set ``updated``/``updateTimestamp`` (and the creation pair when ``create``)."""
    if create:
        entity[f"{prefix}created" if prefix else "created"] = format_date(ts)
        entity["createTimestamp"] = ts
    entity["updated"] = format_date(ts)
    entity["updateTimestamp"] = ts


def slug(name: str) -> str:
    """A URL slug: ``Green Tea!`` -> ``green-tea``."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "item"


def text_of(value: Any) -> str:
    """Every string inside a JSON-like value, joined (for keyword searches)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(text_of(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(text_of(v) for v in value)
    if value is None or isinstance(value, bool):
        return ""
    return str(value)


def keyword_matches(keyword: str, haystack: str) -> bool:
    """Quoted keyword: the exact phrase; otherwise every word (case-insensitive)."""
    text = haystack.lower()
    key = keyword.strip().lower()
    if len(key) >= 2 and key[0] == key[-1] == '"':
        return key[1:-1] in text
    return all(word in text for word in key.split())


def category_children(store: StoreState) -> dict[int, list[int]]:
    """Each category's direct subcategories, by parent id (0: the top level)."""
    children: dict[int, list[int]] = {}
    for cat in store.categories.values():
        children.setdefault(cat.get("parentId", 0), []).append(cat["id"])
    return children


def subtree(
    store: StoreState, root: int, children: dict[int, list[int]] | None = None
) -> list[int]:
    """``root`` and every category below it (``children`` from ``category_children``,
    built here when not given)."""
    if children is None:
        children = category_children(store)
    found, frontier, seen = [root], [root], {root}
    while frontier:
        for child in children.get(frontier.pop(), ()):
            if child not in seen:
                seen.add(child)
                found.append(child)
                frontier.append(child)
    return found
