"""Partner store management over API v3 (docs: partner-api.txt, "Create store" and the
lookup by email): ``POST /api/v3/stores`` and ``GET /api/v3/stores?email=``.

Both need the partner app's ``X-Ecwid-App-Client-Id``/``X-Ecwid-App-Secret-Key`` headers
(403 otherwise). A created store is a real store of the fake, with its own token.
"""

from __future__ import annotations

from typing import Any

from ..errors import bad_request, not_found
from ..params import q_bool, q_str
from ..routing import Ctx, RouteTable
from ._partner import check_app_headers, create_account, find_by_email, store_email, store_owner

routes = RouteTable(scope="root")


@routes.post("/api/v3/stores")
def create_store(ctx: Ctx) -> Any:
    """Create store: ``{"merchant": {"email", "name"}}`` -> ``{"id"}`` (and ``token`` if
    ``returnApiToken=true``); 409 email taken, 400 bad email or name."""
    check_app_headers(ctx)
    return_token = q_bool(ctx.query, "returnApiToken")
    merchant = ctx.json_object().get("merchant")
    if not isinstance(merchant, dict):
        raise bad_request("Field 'merchant' with 'email' and 'name' is required")
    store, _account = create_account(ctx.backend, merchant.get("email"), merchant.get("name"))
    answer: dict[str, Any] = {"id": store.store_id}
    if return_token:
        answer["token"] = store.token
    return answer


@routes.get("/api/v3/stores")
def find_store(ctx: Ctx) -> Any:
    """Find store by email: ``{"id", "email", "name"}``, or 404 when none has it."""
    check_app_headers(ctx)
    email = q_str(ctx.query, "email")
    if email is None:
        raise bad_request("Parameter 'email' is required")
    store = find_by_email(ctx.backend, email)
    if store is None:
        raise not_found(f"Store with email '{email}' not found")
    return {"id": store.store_id, "email": store_email(store), "name": store_owner(store)}
