"""Single sign-on URLs as pure functions (docs: partner-api.txt, SSO sections).

These URLs carry a signature and (for the v3 SSO) the store's token: hand them only to
the signed-in user they are for, and never log them.
"""

from __future__ import annotations

import hashlib
import time
from urllib.parse import urlencode

from ._params import check_int_id

__all__ = ["partner_login_token", "partner_login_url", "sso_signature", "sso_url"]


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def sso_signature(store_id: int, token: str, timestamp: int, app_secret: str) -> str:
    """``sha256(ownerid + token + timestamp + app_secret)`` in lowercase hex."""
    raw = f"{check_int_id('store_id', store_id)}{token}{timestamp}{app_secret}"
    return hashlib.sha256(raw.encode()).hexdigest()


def partner_login_token(timestamp: int, store_id: int, channel_id: str, partner_key: str) -> str:
    """``sha256(timestamp + store_id + channel_id + partner_key)`` in lowercase hex."""
    raw = f"{timestamp}{check_int_id('store_id', store_id)}{channel_id}{partner_key}"
    return hashlib.sha256(raw.encode()).hexdigest()


def _query(pairs: list[tuple[str, str | None]]) -> str:
    return urlencode([(k, v) for k, v in pairs if v is not None])


def sso_url(
    store_id: int,
    token: str,
    app_secret: str,
    *,
    timestamp: int | None = None,
    domain: str = "ecwid.com",
    place: str | None = None,
    inline: bool | None = None,
    lang: str | None = None,
    logout_url: str | None = None,
    upgrade_url: str | None = None,
    send_postmessage_on_upgrade_button_click: bool | None = None,
    disable_scroll_on_page_switch: bool | None = None,
    hide_profile_header: bool | None = None,
    hide_page_header: bool | None = None,
    hide_footer: bool | None = None,
    hide_back_button: bool | None = None,
    hide_dashboard_background_image: bool | None = None,
    hide_staff_accounts_header_menu: bool | None = None,
    hide_vertical_navigation_menu: bool | None = None,
    session_tag: str | None = None,
) -> str:
    """The v3 SSO URL that opens a store's control panel signed in."""
    store = check_int_id("store_id", store_id)  # a float or string id is refused, not cut
    if not token or not app_secret:
        raise ValueError("sso_url needs the store's token and the app secret")
    ts = int(time.time()) if timestamp is None else int(timestamp)
    pairs: list[tuple[str, str | None]] = [
        ("token", token),
        ("timestamp", str(ts)),
        ("signature", sso_signature(store_id, token, ts, app_secret)),
        ("place", place),
        ("inline", _flag(inline)),
        ("lang", lang),
        ("logout_url", logout_url),
        ("upgrade_url", upgrade_url),
        (
            "send_postmessage_on_upgrade_button_click",
            _flag(send_postmessage_on_upgrade_button_click),
        ),
        ("disable_scroll_on_page_switch", _flag(disable_scroll_on_page_switch)),
        ("hide_profile_header", _flag(hide_profile_header)),
        ("hide_page_header", _flag(hide_page_header)),
        ("hide_footer", _flag(hide_footer)),
        ("hide_back_button", _flag(hide_back_button)),
        ("hide_dashboard_background_image", _flag(hide_dashboard_background_image)),
        ("hide_staff_accounts_header_menu", _flag(hide_staff_accounts_header_menu)),
        ("hide_vertical_navigation_menu", _flag(hide_vertical_navigation_menu)),
        ("session_tag", session_tag),
    ]
    return f"https://my.{domain}/api/v3/{store}/sso?{_query(pairs)}"


def partner_login_url(
    store_id: int,
    channel_id: str,
    partner_key: str,
    *,
    timestamp: int | None = None,
    host: str = "my.ecwid.com",
    place: str | None = None,
    logout_url: str | None = None,
    upgrade_url: str | None = None,
    lang: str | None = None,
    inline: bool = False,
    profile_id: str | None = None,
    send_postmessage_on_upgrade_button_click: bool | None = None,
    hide_save_button: bool | None = None,
) -> str:
    """The reseller SSO URL (``/cp/partner-login``), signed with the partner key."""
    store = check_int_id("store_id", store_id)
    if not channel_id or not partner_key:
        raise ValueError("partner_login_url needs the channel id and the partner key")
    ts = int(time.time()) if timestamp is None else int(timestamp)
    pairs: list[tuple[str, str | None]] = [
        ("ownerid", store),
        ("t", str(ts)),
        ("login_sha256token", partner_login_token(ts, store_id, channel_id, partner_key)),
        ("place", place),
        ("logout_url", logout_url),
        ("upgrade_url", upgrade_url),
        ("lang", lang),
        ("profile_id", profile_id),
        (
            "send_postmessage_on_upgrade_button_click",
            _flag(send_postmessage_on_upgrade_button_click),
        ),
        ("hide_save_button", _flag(hide_save_button)),
    ]
    query = _query(pairs)
    if inline:
        query += "&inline"
    return f"https://{host}/cp/partner-login?{query}"
