"""Partner-side state shared by the partner modules (v3 stores, clone, reseller v1, OAuth):
the accounts the partner created, app-header auth, and the 402 of suspended stores.

Accounts live in ``backend.extra["partner.accounts"]`` (emptied by ``FakeEcwid.reset()``);
a store is the partner's when it was created through ``POST /api/v3/stores`` or the
reseller ``register`` call. The owner's email and name are kept in the store profile's
``account`` section, so ``GET /profile`` and the partner lookups agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from ..errors import FakeApiError, bad_request, conflict, not_found

if TYPE_CHECKING:
    from ..models import Backend, StoreState
    from ..routing import Ctx

__all__ = [
    "Account",
    "accounts",
    "check_app_headers",
    "create_account",
    "find_by_email",
    "form_fields",
    "owned",
    "set_suspended",
    "store_email",
    "store_owner",
]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_ACCOUNTS = "partner.accounts"
#: The plan a store falls back to on ``unsubscribe`` (free: no expiration date).
DEFAULT_PLAN = "FREE"


@dataclass
class Account:
    """What the partner knows about one of its stores beyond the store data itself."""

    store_id: int
    profile_id: str
    created: int
    plan: str = DEFAULT_PLAN
    billing: str = "monthly"
    expiration: str | None = None
    suspended: bool = False
    trial: bool = False
    source: str | None = None


def accounts(backend: Backend) -> dict[int, Account]:
    """The partner's accounts by store id."""
    value: dict[int, Account] = backend.extra.setdefault(_ACCOUNTS, {})
    return value


def check_app_headers(ctx: Ctx) -> None:
    """403 unless ``X-Ecwid-App-Client-Id``/``X-Ecwid-App-Secret-Key`` are the fake's."""
    headers, backend = ctx.request.headers, ctx.backend
    client_id = headers.get("X-Ecwid-App-Client-Id")
    secret = headers.get("X-Ecwid-App-Secret-Key")
    if not client_id or not secret:
        raise FakeApiError(403, "Application client id and secret key headers are required")
    if client_id != backend.client_id or secret != backend.client_secret:
        raise FakeApiError(403, "Application does not exist or the secret key is wrong")


def store_email(store: StoreState) -> str:
    """The owner's email (the profile's ``account.accountEmail``)."""
    return str((store.profile.get("account") or {}).get("accountEmail") or "")


def store_owner(store: StoreState) -> str:
    """The owner's name (the profile's ``account.accountName``)."""
    return str((store.profile.get("account") or {}).get("accountName") or "")


def find_by_email(backend: Backend, email: str) -> StoreState | None:
    """The store whose owner has ``email`` (case-insensitive), if any."""
    wanted = email.strip().lower()
    return next((s for s in backend.stores.values() if store_email(s).lower() == wanted), None)


def create_account(
    backend: Backend, email: Any, name: Any, *, profile_id: str | None = None, **fields: Any
) -> tuple[StoreState, Account]:
    """Create a store for a new owner (400 bad email or name, 409 email taken)."""
    if not isinstance(email, str) or not _EMAIL.match(email):
        raise bad_request(f"Invalid email '{email}'")
    if not isinstance(name, str) or not name.strip():
        raise bad_request("Owner name is required")
    if find_by_email(backend, email) is not None:
        raise conflict(f"Store with email '{email}' already exists")
    store = backend.add_store(name=f"{name}'s store")
    account_section = store.profile.setdefault("account", {})
    account_section.update(accountEmail=email, accountName=name, accountNickName=name)
    store.profile["company"]["email"] = email
    store.profile["mailNotifications"]["adminNotificationEmails"] = [email]
    profile = profile_id or f"p{store.store_id * 7919 % 1_000_000_007}"
    account = Account(store.store_id, profile, store.now(), **fields)
    accounts(backend)[store.store_id] = account
    return store, account


def owned(backend: Backend, store_id: int) -> tuple[StoreState, Account]:
    """The store and its account (404 no such store, 403 not the partner's)."""
    store = backend.stores.get(store_id)
    if store is None:
        raise not_found(f"Store #{store_id} not found")
    account = accounts(backend).get(store_id)
    if account is None:
        raise FakeApiError(403, f"Store #{store_id} does not belong to this partner")
    return store, account


def set_suspended(ctx: Ctx, account: Account, suspended: bool) -> None:
    """Suspend or resume an account; a suspended store answers its store API with 402."""
    account.suspended = suspended
    store = ctx.backend.stores.get(account.store_id)
    if store is not None:
        store.suspended = suspended


def form_fields(ctx: Ctx) -> dict[str, str]:
    """Query parameters and form fields together (the form wins on a clash)."""
    fields = dict(ctx.query.items())
    if ctx.body:
        fields.update(parse_qsl(ctx.body.decode("utf-8", "replace"), keep_blank_values=True))
    return fields
