"""How each kind of client proves who it is. Secrets go in headers or form bodies, never URLs."""

from __future__ import annotations

from typing import Protocol

from ._redact import mask

__all__ = ["AppHeaderAuth", "Auth", "BearerAuth", "FormKeyAuth", "NoAuth"]


class Auth(Protocol):
    """Adds credentials to a request's headers, and names the budget its requests share."""

    def apply(self, headers: dict[str, str]) -> None:
        """Add the credential headers."""

    def form_fields(self) -> tuple[tuple[str, str], ...]:
        """Fields added to a urlencoded form body (the reseller ``key``), if any."""

    @property
    def limiter_key(self) -> str | None:
        """The secret that identifies the rate-limit budget (hashed before use), if any."""


class BearerAuth:
    """``Authorization: Bearer <token>``, as the store REST API expects."""

    __slots__ = ("_header", "_token")

    def __init__(self, token: str) -> None:
        self._token = token
        self._header = f"Bearer {token}"

    def apply(self, headers: dict[str, str]) -> None:
        """Set the Authorization header."""
        headers["Authorization"] = self._header

    def form_fields(self) -> tuple[tuple[str, str], ...]:
        """None: the token travels in the header."""
        return ()

    @property
    def limiter_key(self) -> str | None:
        """The token: Ecwid's 600 requests a minute are counted per token."""
        return self._token

    def __repr__(self) -> str:
        return f"BearerAuth(token={mask(self._token)})"


class AppHeaderAuth:
    """``X-Ecwid-App-Client-Id`` / ``X-Ecwid-App-Secret-Key``, as partner calls expect."""

    __slots__ = ("_client_id", "_secret")

    def __init__(self, client_id: str, client_secret: str) -> None:
        self._client_id = client_id
        self._secret = client_secret

    def apply(self, headers: dict[str, str]) -> None:
        """Set the two app headers."""
        headers["X-Ecwid-App-Client-Id"] = self._client_id
        headers["X-Ecwid-App-Secret-Key"] = self._secret

    def form_fields(self) -> tuple[tuple[str, str], ...]:
        """None: the secret travels in the header."""
        return ()

    @property
    def limiter_key(self) -> str | None:
        """The app's client id and secret together."""
        return f"{self._client_id}:{self._secret}"

    def __repr__(self) -> str:
        return f"AppHeaderAuth(client_id={self._client_id!r}, client_secret={mask(self._secret)})"


class NoAuth:
    """No credentials (OAuth token exchange, where they travel in the form body)."""

    __slots__ = ()

    def apply(self, headers: dict[str, str]) -> None:
        """Add nothing."""

    def form_fields(self) -> tuple[tuple[str, str], ...]:
        """Nothing."""
        return ()

    @property
    def limiter_key(self) -> str | None:
        """No budget of its own."""
        return None

    def __repr__(self) -> str:
        return "NoAuth()"


class FormKeyAuth:
    """The reseller API v1 ``key``, sent as a field of the urlencoded form body."""

    __slots__ = ("_key",)

    def __init__(self, key: str) -> None:
        self._key = key

    def apply(self, headers: dict[str, str]) -> None:
        """Add no header: the key goes in the form."""

    def form_fields(self) -> tuple[tuple[str, str], ...]:
        """The ``key`` field."""
        return (("key", self._key),)

    @property
    def limiter_key(self) -> str | None:
        """The reseller key."""
        return self._key

    def __repr__(self) -> str:
        return f"FormKeyAuth(key={mask(self._key)})"
