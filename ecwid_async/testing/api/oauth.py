"""OAuth (docs: rest-api-v3.txt, "Get access token"; partner-api.txt, "Receiving access token
(alternative flow for partners)"): ``POST /api/oauth/token`` exchanges a one-time ``code``
issued by ``FakeEcwid.issue_oauth_code`` for the store's token; ``POST
/api/oauth/token/{storeId}`` gives a partner store's token for the app credentials alone.

Parameters are read from the form and the query string (the docs show the query). The
request log never keeps ``client_secret`` or ``code`` from a form body.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from ..errors import FakeApiError, bad_request
from ..models import Backend, StoreState
from ..routing import Ctx, RouteTable
from ._partner import form_fields, owned

__all__ = ["IssuedCode", "issue_code", "routes"]

routes = RouteTable(scope="root")

_CODES = "oauth.codes"
#: Scopes granted when a test does not say (``read_store_profile`` is always granted).
DEFAULT_SCOPE = "read_store_profile read_catalog update_catalog"


@dataclass(frozen=True)
class IssuedCode:
    """A code waiting to be exchanged: for which store, with which scope and redirect URI."""

    store_id: int
    scope: str
    redirect_uri: str | None


def _codes(backend: Backend) -> dict[str, IssuedCode]:
    codes: dict[str, IssuedCode] = backend.extra.setdefault(_CODES, {})
    return codes


def issue_code(
    backend: Backend, store: StoreState, scope: str, redirect_uri: str | None = None
) -> str:
    """A fresh single-use code for ``store`` (what Ecwid sends to the app's return URL)."""
    names = scope.split()
    if "read_store_profile" not in names:
        names.insert(0, "read_store_profile")
    code = secrets.token_hex(12)
    _codes(backend)[code] = IssuedCode(store.store_id, " ".join(names), redirect_uri)
    return code


def _check_app(ctx: Ctx, fields: dict[str, str]) -> None:
    backend = ctx.backend
    if fields.get("grant_type") != "authorization_code":
        raise bad_request("Parameter 'grant_type' must be 'authorization_code'")
    if fields.get("client_id") != backend.client_id:
        raise FakeApiError(403, "Application does not exist")
    if fields.get("client_secret") != backend.client_secret:
        raise FakeApiError(403, "Wrong client secret")


def _token(store: StoreState, scope: str) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "access_token": store.token,
        "token_type": "bearer",
        "scope": scope,
        "store_id": store.store_id,
    }
    if "public_storefront" in scope.split():
        answer["public_token"] = store.public_token
    return answer


@routes.post("/api/oauth/token")
def exchange_code(ctx: Ctx) -> Any:
    """Exchange a code for the store's token (400 unknown, used or mismatched code; 403
    wrong app credentials). ``public_token`` comes with the ``public_storefront`` scope."""
    fields = form_fields(ctx)
    _check_app(ctx, fields)
    code = fields.get("code") or ""
    issued = _codes(ctx.backend).pop(code, None)
    if issued is None:
        raise bad_request("The authorization code is invalid, expired or already used")
    if issued.redirect_uri is not None and fields.get("redirect_uri") != issued.redirect_uri:
        raise bad_request("Parameter 'redirect_uri' does not match the authorization request")
    store = ctx.backend.stores.get(issued.store_id)
    if store is None:
        raise bad_request("The store of this authorization code no longer exists")
    return _token(store, issued.scope)


@routes.post("/api/oauth/token/{storeId}")
def partner_token(ctx: Ctx) -> Any:
    """A partner store's token for the app credentials (404 unknown store, 403 a store
    the partner did not create)."""
    fields = form_fields(ctx)
    _check_app(ctx, fields)
    store, _account = owned(ctx.backend, ctx.int_param("storeId", "storeId"))
    return _token(store, DEFAULT_SCOPE)
