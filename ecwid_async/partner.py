"""``PartnerClient``: the partner side of Ecwid — stores, clone, reseller v1, SSO and OAuth."""

from __future__ import annotations

import os
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from . import sso
from ._options import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, ClientOptions, RateLimitOption
from ._params import check_int_id
from .auth import AppHeaderAuth, FormKeyAuth, NoAuth
from .call import Call
from .hooks import Hook
from .models.partner import OAuthToken
from .resources._base import Resource, ResourceSlot, document_resources
from .resources.clone import CloneResource
from .resources.reseller import ResellerResource
from .resources.stores import StoresResource
from .retry import RetryPolicy
from .transport import Transport

if TYPE_CHECKING:
    import aiohttp

__all__ = ["DEFAULT_OAUTH_URL", "DEFAULT_RESELLER_URL", "PartnerClient"]

DEFAULT_V3_URL = "https://app.ecwid.com/api/v3"
DEFAULT_RESELLER_URL = "https://my.ecwid.com/resellerapi/v1"
DEFAULT_OAUTH_URL = "https://my.ecwid.com/api/oauth"


def _env(value: str | None, name: str) -> str | None:
    return value if value is not None else (os.environ.get(name) or None)


class PartnerClient:
    """Async client for partner APIs: ``async with PartnerClient(client_id, client_secret,
    partner_key) as partner:``. Each credential is needed only by the calls that use it and
    falls back to ``ECWID_CLIENT_ID``, ``ECWID_CLIENT_SECRET`` and ``ECWID_PARTNER_KEY``.
    """

    stores = ResourceSlot(StoresResource)
    clone = ResourceSlot(CloneResource)
    reseller = ResourceSlot(ResellerResource, transport="_reseller")

    def __init__(
        self,
        client_id: str | None = None,
        client_secret: str | None = None,
        partner_key: str | None = None,
        *,
        channel_id: str | None = None,
        base_url: str | None = None,
        reseller_base_url: str | None = None,
        oauth_base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitOption = 600,
        session: aiohttp.ClientSession | None = None,
        user_agent: str | None = None,
        max_concurrency: int = 32,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        on_request: Hook | None = None,
        on_response: Hook | None = None,
        on_retry: Hook | None = None,
        on_failure: Hook | None = None,
    ) -> None:
        self._client_id = _env(client_id, "ECWID_CLIENT_ID")
        self._client_secret = _env(client_secret, "ECWID_CLIENT_SECRET")
        self._partner_key = _env(partner_key, "ECWID_PARTNER_KEY")
        self._channel_id = _env(channel_id, "ECWID_CHANNEL_ID")
        v3 = (base_url or os.environ.get("ECWID_BASE_URL") or DEFAULT_V3_URL).rstrip("/")
        options = ClientOptions(
            timeout=timeout,
            retry=retry if retry is not None else RetryPolicy(),
            rate_limit=rate_limit,
            session=session,
            user_agent=user_agent,
            max_concurrency=max_concurrency,
            max_response_bytes=max_response_bytes,
            on_request=on_request,
            on_response=on_response,
            on_retry=on_retry,
            on_failure=on_failure,
        )
        auth = AppHeaderAuth(self._client_id or "", self._client_secret or "")
        self._transport = Transport(v3, auth, options)
        self._reseller = self._transport.derive(
            (reseller_base_url or DEFAULT_RESELLER_URL).rstrip("/"),
            FormKeyAuth(self._partner_key or ""),
        )
        self._oauth = self._transport.derive(
            (oauth_base_url or DEFAULT_OAUTH_URL).rstrip("/"), NoAuth()
        )
        if not (self._client_id and self._client_secret):
            self._transport.missing_credentials = (
                "client_id and client_secret (or ECWID_CLIENT_ID and ECWID_CLIENT_SECRET)"
            )
        if not self._partner_key:
            self._reseller.missing_credentials = "partner_key (or ECWID_PARTNER_KEY)"

    def _require(self, value: str | None, what: str) -> str:
        if not value:
            raise ValueError(f"this call needs {what}")
        return value

    def _app_credentials(self) -> tuple[tuple[str, str], ...]:
        """The app's ``client_id`` and ``client_secret`` as form fields of an OAuth call."""
        return (
            ("client_id", self._require(self._client_id, "client_id (or ECWID_CLIENT_ID)")),
            ("client_secret", self._require(self._client_secret, "client_secret")),
        )

    # --- SSO -------------------------------------------------------------------------------

    def sso_url(self, store_id: int, token: str, **options: object) -> str:
        """The v3 SSO URL for a store's control panel, signed with this app's secret.

        Options are those of :func:`ecwid_async.sso.sso_url` (``place``, ``inline``,
        ``hide_footer``, ``session_tag``, ...). The URL carries the store token: never log it.
        """
        secret = self._require(self._client_secret, "client_secret (or ECWID_CLIENT_SECRET)")
        return sso.sso_url(store_id, token, secret, **options)  # type: ignore[arg-type]

    def partner_login_url(self, store_id: int, **options: object) -> str:
        """The reseller SSO URL (``/cp/partner-login``), signed with the partner key."""
        key = self._require(self._partner_key, "partner_key (or ECWID_PARTNER_KEY)")
        channel = self._require(self._channel_id, "channel_id (or ECWID_CHANNEL_ID)")
        return sso.partner_login_url(store_id, channel, key, **options)  # type: ignore[arg-type]

    # --- OAuth -----------------------------------------------------------------------------

    def authorize_url(
        self, redirect_uri: str, scopes: Sequence[str], *, state: str | None = None
    ) -> str:
        """The URL of Ecwid's authorization dialog (OAuth step 1)."""
        client_id = self._require(self._client_id, "client_id (or ECWID_CLIENT_ID)")
        if isinstance(scopes, str) or not scopes:
            raise ValueError("scopes must be a non-empty list of scope names")
        params = [
            ("client_id", client_id),
            ("redirect_uri", redirect_uri),
            ("response_type", "code"),
            ("scope", " ".join(scopes)),
        ]
        if state is not None:
            params.append(("state", state))
        return f"{self._oauth.base_url}/authorize?{urlencode(params)}"

    def exchange_code(self, code: str, redirect_uri: str | None = None) -> Call[OAuthToken]:
        """Exchange the temporary ``code`` for a store's token (OAuth: ``POST /token``).

        The app secret travels in the form body, never in the URL.
        """
        if not code:
            raise ValueError("code must be the non-empty value Ecwid sent to the redirect URI")
        form = [
            *self._app_credentials(),
            ("code", code),
            ("grant_type", "authorization_code"),
        ]
        if redirect_uri is not None:
            form.append(("redirect_uri", redirect_uri))
        return Resource(self._oauth)._call("POST", "/token", OAuthToken, form=tuple(form))

    def store_token(self, store_id: int) -> Call[OAuthToken]:
        """A partner's token for one of its stores, no owner consent (``POST /token/{storeId}``)."""
        path = f"/token/{check_int_id('store_id', store_id)}"
        form = (*self._app_credentials(), ("grant_type", "authorization_code"))
        return Resource(self._oauth)._call("POST", path, OAuthToken, form=form)

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def transport(self) -> Transport:
        """The v3 transport (the reseller and OAuth transports share its session)."""
        return self._transport

    async def aclose(self) -> None:
        """Close the HTTP session if the client created it; safe to call twice."""
        await self._reseller.aclose()
        await self._oauth.aclose()
        await self._transport.aclose()

    close = aclose

    async def __aenter__(self) -> PartnerClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return (
            f"PartnerClient(client_id={self._client_id!r}, client_secret='***', partner_key='***')"
        )


document_resources(PartnerClient)
