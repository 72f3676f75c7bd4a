"""Staff accounts and invites of one store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, get_args

from ecwid_async.models.staff import StaffScope

from ..errors import bad_request, conflict, not_found
from ..models import Entity, StoreState
from ._state import area_state

__all__ = ["STAFF_SCOPES", "StaffState", "create", "delete", "staff_state", "update"]

STAFF_SCOPES: tuple[str, ...] = get_args(StaffScope)


@dataclass
class StaffState:
    """Staff accounts by id and the emails invited (an invite is an unaccepted account)."""

    accounts: dict[str, Entity] = field(default_factory=dict)
    invites_sent: dict[str, int] = field(default_factory=dict)


def staff_state(store: StoreState) -> StaffState:
    """The staff of ``store``."""
    return area_state(store, "staff", StaffState)


def _scopes(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or any(scope not in STAFF_SCOPES for scope in value):
        raise bad_request(f"Field 'staffScopes' must be a list of: {', '.join(STAFF_SCOPES)}")
    return list(value)


def _email(body: dict[str, Any]) -> str:
    email = body.get("email")
    if not isinstance(email, str) or "@" not in email:
        raise bad_request("Field 'email' must be an email address")
    return email


def by_email(store: StoreState, email: str) -> Entity | None:
    """The account (accepted or invited) with that email."""
    return next((a for a in staff_state(store).accounts.values() if a["email"] == email), None)


def create(store: StoreState, body: dict[str, Any]) -> None:
    """Invite a new staff member (409 if the email already has an account or invite)."""
    email = _email(body)
    if by_email(store, email) is not None:
        raise conflict(f"Staff account with email {email} already exists")
    account_id = f"p{store.next_id('staff', 27632592)}"
    staff_state(store).accounts[account_id] = {
        "id": account_id,
        "name": email.split("@", 1)[0],
        "email": email,
        "staffScopes": _scopes(body.get("staffScopes")),
        "inviteAccepted": False,
    }
    staff_state(store).invites_sent[email] = 1


def get(store: StoreState, account_id: str) -> Entity:
    """The account; 404 if there is none."""
    account = staff_state(store).accounts.get(account_id)
    if account is None:
        raise not_found(f"Staff account {account_id} not found")
    return account


def update(store: StoreState, account_id: str, body: dict[str, Any]) -> None:
    """Change an account's email and/or permissions."""
    account = get(store, account_id)
    if "email" in body:
        account["email"] = _email(body)
    if "staffScopes" in body:
        account["staffScopes"] = _scopes(body["staffScopes"])


def delete(store: StoreState, account_id: str) -> int:
    """Remove an account: 1 if it existed, else 0."""
    return int(staff_state(store).accounts.pop(account_id, None) is not None)


def resend_invite(store: StoreState, body: dict[str, Any]) -> None:
    """Send the invite of a not yet accepted account again (404 if there is no invite)."""
    email = _email(body)
    account = by_email(store, email)
    if account is None or account["inviteAccepted"]:
        raise not_found(f"No pending invite for {email}")
    staff_state(store).invites_sent[email] += 1


def cancel_invite(store: StoreState, body: dict[str, Any]) -> int:
    """Withdraw a pending invite: 1 if there was one, else 0."""
    account = by_email(store, _email(body))
    if account is None or account["inviteAccepted"]:
        return 0
    return delete(store, account["id"])
