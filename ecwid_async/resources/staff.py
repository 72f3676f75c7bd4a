"""Staff accounts (docs: "Staff accounts")."""

from __future__ import annotations

from collections.abc import Sequence

from .._params import query
from .._params import response_fields as _fields
from ..call import Call
from ..models.common import DeleteStatus, SuccessStatus, UpdateStatus
from ..models.staff import StaffAccount, StaffAccounts, StaffScopes
from ._base import Resource
from ._store_params import check_key, check_text

__all__ = ["StaffResource"]


def _scopes(staff_scopes: Sequence[str] | None) -> list[str] | None:
    if staff_scopes is None:
        return None
    if isinstance(staff_scopes, str):
        raise TypeError("staff_scopes must be a list of scope names, not one string")
    return [check_text("staff_scopes", scope) for scope in staff_scopes]


def _account_body(email: str | None, staff_scopes: Sequence[str] | None) -> dict[str, object]:
    body: dict[str, object] = {}
    if email is not None:
        body["email"] = check_text("email", email)
    scopes = _scopes(staff_scopes)
    if scopes is not None:
        body["staffScopes"] = scopes
    return body


class StaffResource(Resource):
    """``ecwid.staff``: staff accounts, their permissions and invites."""

    __slots__ = ()

    def search(self, *, response_fields: str | Sequence[str] | None = None) -> Call[StaffAccounts]:
        """Search staff accounts: ``GET /staff``."""
        return self._call(
            "GET",
            "/staff",
            StaffAccounts,
            params=query(responseFields=_fields(response_fields)),
        )

    def get(
        self, staff_account_id: str, *, response_fields: str | Sequence[str] | None = None
    ) -> Call[StaffAccount]:
        """Get staff account: ``GET /staff/{staffAccountId}``."""
        return self._call(
            "GET",
            f"/staff/{check_key('staff_account_id', staff_account_id)}",
            StaffAccount,
            params=query(responseFields=_fields(response_fields)),
        )

    def create(
        self, email: str, *, staff_scopes: Sequence[str] | None = None
    ) -> Call[SuccessStatus]:
        """Create staff account: ``POST /staff``.

        Sends an invitation to ``email``; no ``staff_scopes`` means every permission.
        """
        return self._call(
            "POST",
            "/staff",
            SuccessStatus,
            body=_account_body(check_text("email", email), staff_scopes),
        )

    def update(
        self,
        staff_account_id: str,
        *,
        email: str | None = None,
        staff_scopes: Sequence[str] | None = None,
    ) -> Call[UpdateStatus]:
        """Update staff account: ``PUT /staff/{staffAccountId}``."""
        return self._call(
            "PUT",
            f"/staff/{check_key('staff_account_id', staff_account_id)}",
            UpdateStatus,
            body=_account_body(email, staff_scopes),
        )

    def delete(self, staff_account_id: str) -> Call[DeleteStatus]:
        """Delete staff account: ``DELETE /staff/{staffAccountId}``."""
        return self._call(
            "DELETE", f"/staff/{check_key('staff_account_id', staff_account_id)}", DeleteStatus
        )

    def scopes(self) -> Call[StaffScopes]:
        """Get staff account scopes: ``GET /profile/staffScopes``."""
        return self._call("GET", "/profile/staffScopes", StaffScopes)

    def resend_invite(self, email: str) -> Call[SuccessStatus]:
        """Resend staff account invite: ``POST /staff/invite``."""
        return self._call(
            "POST", "/staff/invite", SuccessStatus, body={"email": check_text("email", email)}
        )

    def cancel_invite(self, email: str) -> Call[DeleteStatus]:
        """Cancel staff account invite: ``DELETE /staff/invite``."""
        return self._call(
            "DELETE", "/staff/invite", DeleteStatus, body={"email": check_text("email", email)}
        )
