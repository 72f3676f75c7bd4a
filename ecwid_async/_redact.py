"""Keep secrets out of URLs, reprs and log lines."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SECRET_PARAMS = frozenset(
    {"token", "key", "client_secret", "secret", "access_token", "code", "password", "signature"}
)
REDACTED = "***"
_NEEDLES = tuple(f"{name}=" for name in SECRET_PARAMS)


def redact_url(url: str) -> str:
    """Return ``url`` with the values of secret-bearing query parameters replaced by ``***``."""
    if "?" not in url:
        return url
    lowered = url.lower()
    if not any(needle in lowered for needle in _NEEDLES):
        return url  # the common case: nothing to hide, no parsing on the hot path
    parts = urlsplit(url)
    query = [
        (k, REDACTED if k.lower() in SECRET_PARAMS else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*,")))


def mask(secret: str | None) -> str:
    """How a secret appears in a repr: never any of its characters."""
    return "None" if secret is None else "'***'"


# A key that names a credential: access_token, apiToken, client_secret, password, key, ...
_SECRET_KEY = r"[\w.-]*(?:token|secret|password|passwd|signature|apikey|api_key)[\w.-]*|key|code"
_JSON_SECRET = re.compile(
    rf'("(?i:{_SECRET_KEY})"\s*:\s*)("(?:[^"\\]|\\.)*"?|[^\s,}}\]]+)', re.DOTALL
)
_XML_SECRET = re.compile(rf"(<((?i:{_SECRET_KEY}))>)[^<]*")
_FORM_SECRET = re.compile(rf"(?<![\w.-])((?i:{_SECRET_KEY})=)[^&\s]*")


def redact_text(text: str) -> str:
    """``text`` (a body excerpt) with the values of token-bearing keys replaced by ``***``.

    Covers JSON (``"access_token": "..."``, a value cut off by the excerpt included), XML
    elements (``<apiToken>...``) and form or query pairs (``token=...``); key names match
    case-insensitively.
    """
    text = _JSON_SECRET.sub(rf'\1"{REDACTED}"', text)
    text = _XML_SECRET.sub(rf"\1{REDACTED}", text)
    return _FORM_SECRET.sub(rf"\1{REDACTED}", text)
