"""Partner store management (docs: partner-api.txt, "Create store" / store lookup)."""

from __future__ import annotations

from .._params import query
from ..call import Call
from ..errors import NotFoundError
from ..models.partner import CreatedStore, FoundStore
from ._base import Resource

__all__ = ["StoresResource"]


def _check_email(email: str) -> str:
    if not isinstance(email, str) or "@" not in email or email.strip() != email or len(email) > 254:
        raise ValueError(f"not an email address: {email!r}")
    return email


class StoresResource(Resource):
    """``partner.stores``: create stores on the partner channel and find them by email."""

    __slots__ = ()

    def create(
        self, email: str, name: str, *, return_api_token: bool = False
    ) -> Call[CreatedStore]:
        """Create store: ``POST /stores`` (owner ``email`` and ``name``; optionally its token)."""
        if not name or not isinstance(name, str):
            raise ValueError("name must be a non-empty string")
        body = {"merchant": {"email": _check_email(email), "name": name}}
        params = query(returnApiToken=return_api_token)
        return self._call("POST", "/stores", CreatedStore, params=params, body=body)

    async def find_by_email(self, email: str) -> FoundStore | None:
        """Find store by email: ``GET /stores?email=``; None when no store has that email."""
        call: Call[FoundStore] = self._call(
            "GET", "/stores", FoundStore, params=query(email=_check_email(email))
        )
        try:
            return await call
        except NotFoundError:
            return None
