"""Keep secrets out of URLs, reprs and log lines."""

from __future__ import annotations

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
