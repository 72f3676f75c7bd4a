"""Clone Store API (docs: clone-api.txt): ``POST /api/v3/stores/clone`` starts a clone
after Ecwid's pre-flight checks, ``GET /api/v3/stores/clone?ticket=`` reports its progress.

A clone moves one step per status poll: QUEUED, then IN_PROGRESS, then COMPLETED on the
``polls_to_complete``-th poll (3 by default), when the data is really copied (scope
``CATALOG`` or none: products, categories and product types with new ids; scope
``STORE_SETTINGS`` or none: the profile settings, not the owner's account) and the answer
carries ``clonedEntitiesMapping`` with string ids, as documented. ``FakeEcwid.script_clone``
changes that for the clones started after it: more or fewer polls, an end in FAILED, or
a start refused with any documented ``errorCode``.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..errors import bad_request, error_response, not_found
from ..models import Backend, Entity, StoreState
from ..params import q_bool, q_int, q_str
from ..routing import Ctx, RouteTable
from ._partner import check_app_headers
from .products import refresh

__all__ = ["ERROR_MESSAGES", "CloneJob", "CloneScript", "routes", "set_script"]

routes = RouteTable(scope="root")

SCOPES = ("CATALOG", "STORE_SETTINGS")
#: The documented error codes and messages (``{source}``/``{target}``/``{ticket}`` filled in).
ERROR_MESSAGES = {
    "AUTH_APP_DOESNT_EXIST": "Application does not exist",
    "TARGET_CATEGORIES_LIMIT": "Target store categories limit will be exceeded",
    "TARGET_PRODUCTS_LIMIT": "Target store products limit will be exceeded",
    "TARGET_DESTINATION_ZONES_LIMIT": "Target store destination zones count will be exceeded",
    "UNKNOWN_IMPORT_FAILED_TO_START": "Failed to start import",
    "SOURCE_NOT_FOUND": "Store #{source} not found",
    "UNKNOWN_INTERNAL_ERROR": "Internal error",
    "SOURCE_NOT_RESPONDING": "Source store failed to respond",
    "TARGET_NOT_ALLOWED_TO_CLONE": "Target store is not allowed to clone",
    "TARGET_NOT_FOUND": "Store #{target} not found",
    "TARGET_CATEGORIES_NOT_EMPTY": "Target store categories should be empty",
    "TARGET_PRODUCT_TYPES_NOT_EMPTY": "Target store product types should be empty",
    "TARGET_PRODUCTS_NOT_EMPTY": "Target store products should be empty",
    "TARGET_ALREADY_USED_IN_ANOTHER_CLONE_TICKET": (
        "Not allowed to clone to #{target} while previous clone is still in progress "
        "with ticket {ticket}"
    ),
}
_JOBS = "clone.jobs"
_SCRIPT = "clone.script"


@dataclass(frozen=True)
class CloneScript:
    """How the next clones go: COMPLETED (or FAILED with ``fail`` as the message) on the
    ``polls_to_complete``-th poll; ``start_error`` refuses every start with that code."""

    polls_to_complete: int = 3
    fail: str | None = None
    start_error: str | None = None


@dataclass
class CloneJob:
    """One clone ticket and its progress."""

    ticket: str
    source: int
    target: int
    scope: str | None
    script: CloneScript
    polls: int = 0
    status: str = "QUEUED"
    answer: dict[str, Any] = field(default_factory=dict)

    @property
    def running(self) -> bool:
        """Whether the clone has not finished yet."""
        return self.status in ("QUEUED", "IN_PROGRESS")


def _jobs(backend: Backend) -> dict[str, CloneJob]:
    jobs: dict[str, CloneJob] = backend.extra.setdefault(_JOBS, {})
    return jobs


def set_script(backend: Backend, script: CloneScript) -> None:
    """Use ``script`` for the clones started from now on."""
    backend.extra[_SCRIPT] = script


class _Refused(Exception):
    def __init__(self, code: str, **values: Any) -> None:
        template = ERROR_MESSAGES.get(code, "Clone refused: {code}")
        super().__init__(template.format(code=code, **values))
        self.code = code


def _preflight(backend: Backend, source: int, target: int, script: CloneScript) -> None:
    values = {"source": source, "target": target, "ticket": ""}
    if script.start_error is not None:
        raise _Refused(script.start_error, **values)
    if source not in backend.stores:
        raise _Refused("SOURCE_NOT_FOUND", **values)
    if target not in backend.stores:
        raise _Refused("TARGET_NOT_FOUND", **values)
    if source == target:
        raise _Refused("TARGET_NOT_ALLOWED_TO_CLONE", **values)
    busy = next((j for j in _jobs(backend).values() if j.target == target and j.running), None)
    if busy is not None:
        raise _Refused(
            "TARGET_ALREADY_USED_IN_ANOTHER_CLONE_TICKET", **values | {"ticket": busy.ticket}
        )
    store = backend.stores[target]
    if store.products:
        raise _Refused("TARGET_PRODUCTS_NOT_EMPTY")
    if store.categories:
        raise _Refused("TARGET_CATEGORIES_NOT_EMPTY")
    if any(class_id != 0 for class_id in store.classes):
        raise _Refused("TARGET_PRODUCT_TYPES_NOT_EMPTY")


@routes.post("/api/v3/stores/clone")
def start_clone(ctx: Ctx) -> Any:
    """Initiate cloning: pre-flight checks, then ``{"ticket", "success": true}``; a refusal
    is a 400 with ``{"success": false, "errorCode", "errorMessage"}``."""
    check_app_headers(ctx)
    source, target = q_int(ctx.query, "sourceStoreId"), q_int(ctx.query, "targetStoreId")
    if source is None or target is None:
        raise bad_request("Parameters 'sourceStoreId' and 'targetStoreId' are required")
    scope = q_str(ctx.query, "scope")
    if scope is not None and scope not in SCOPES:
        raise bad_request(f"Unsupported scope '{scope}': expected one of {', '.join(SCOPES)}")
    q_bool(ctx.query, "cloneDemoCatalog")  # validated; the fake has no demo catalog
    script: CloneScript = ctx.backend.extra.get(_SCRIPT) or CloneScript()
    try:
        _preflight(ctx.backend, source, target, script)
    except _Refused as refused:
        return error_response(400, str(refused), refused.code, extra={"success": False})
    ticket = str(uuid.uuid4())
    _jobs(ctx.backend)[ticket] = CloneJob(ticket, source, target, scope, script)
    return {"ticket": ticket, "success": True}


@routes.get("/api/v3/stores/clone")
def clone_status(ctx: Ctx) -> Any:
    """Check status and get results: one step of progress per poll (see the module doc)."""
    check_app_headers(ctx)
    ticket = q_str(ctx.query, "ticket")
    if ticket is None:
        raise bad_request("Parameter 'ticket' is required")
    job = _jobs(ctx.backend).get(ticket)
    if job is None:
        raise not_found(f"Clone ticket '{ticket}' not found")
    if job.running:
        job.polls += 1
        if job.polls >= job.script.polls_to_complete:
            _finish(ctx.backend, job)
        else:
            job.status = "QUEUED" if job.polls == 1 else "IN_PROGRESS"
            job.answer = {"status": job.status}
    return job.answer


def _finish(backend: Backend, job: CloneJob) -> None:
    source, target = backend.stores.get(job.source), backend.stores.get(job.target)
    if job.script.fail is not None or source is None or target is None:
        message = job.script.fail or ERROR_MESSAGES["SOURCE_NOT_RESPONDING"]
        job.status, job.answer = "FAILED", {"status": "FAILED", "errorMessage": message}
        return
    mapping: dict[str, dict[str, str]] = {"products": {}, "categories": {}}
    if job.scope in (None, "CATALOG"):
        mapping = copy_catalog(source, target)
    if job.scope in (None, "STORE_SETTINGS"):
        copy_settings(source, target)
    target.bump()
    job.status = "COMPLETED"
    job.answer = {"status": "COMPLETED", "clonedEntitiesMapping": mapping}


def _new_ids(target: StoreState, kind: str, start: int, old: list[int]) -> dict[int, int]:
    # Ecwid ids are global: skip the target's counter past the source's ids so that no
    # copied entity keeps its old id by chance.
    if not old:
        return {}
    floor = max(old)
    first = target.next_id(kind, start)
    while first <= floor:
        first = target.next_id(kind, start)
    ids = [first, *(target.next_id(kind, start) for _ in old[1:])]
    return dict(zip(old, ids, strict=True))


def copy_catalog(source: StoreState, target: StoreState) -> dict[str, dict[str, str]]:
    """Copy products, categories and product types with new ids; returns the mapping."""
    classes = _new_ids(target, "class", 4200000, [c for c in source.classes if c != 0])
    for old, new in classes.items():
        target.classes[new] = {**copy.deepcopy(source.classes[old]), "id": new}
    categories = _new_ids(target, "category", 9000000, list(source.categories))
    for old, new in categories.items():
        cat: Entity = {**copy.deepcopy(source.categories[old]), "id": new}
        if cat.get("parentId"):
            cat["parentId"] = categories.get(cat["parentId"], 0)
        target.categories[new] = cat
    products = _new_ids(target, "product", 100000, list(source.products))
    for old, new in products.items():
        product = _remap_product(source.products[old], new, products, categories, classes)
        target.products[new] = product
        target.index_product_skus(product)
        refresh(target, product)
    target.touch("productsUpdated", "categoriesUpdated")
    return {
        "products": {str(o): str(n) for o, n in products.items()},
        "categories": {str(o): str(n) for o, n in categories.items()},
    }


def _remap_product(
    original: Entity,
    new_id: int,
    products: dict[int, int],
    categories: dict[int, int],
    classes: dict[int, int],
) -> Entity:
    product: Entity = {**copy.deepcopy(original), "id": new_id}
    product["categoryIds"] = [
        categories[c] for c in product.get("categoryIds") or () if c in categories
    ]
    if product.get("defaultCategoryId"):
        product["defaultCategoryId"] = categories.get(product["defaultCategoryId"], 0)
    if product.get("productClassId"):
        product["productClassId"] = classes.get(product["productClassId"], 0)
    related = product.get("relatedProducts")
    if isinstance(related, dict):
        ids = related.get("productIds") or []
        related["productIds"] = [products[p] for p in ids if p in products]
        rel_cat = related.get("relatedCategory")
        if isinstance(rel_cat, dict) and rel_cat.get("categoryId"):
            rel_cat["categoryId"] = categories.get(rel_cat["categoryId"], 0)
    return product


def copy_settings(source: StoreState, target: StoreState) -> None:
    """Copy the profile settings (not the store's identity or the owner's account)."""
    for section, value in source.profile.items():
        if section not in ("generalInfo", "account"):
            target.profile[section] = copy.deepcopy(value)
    target.touch("profileUpdated")
