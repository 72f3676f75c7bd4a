"""Errors the fake answers with, shaped like Ecwid's: a status, ``{"errorMessage"}`` and an
optional ``errorCode``; the message is also the HTTP reason phrase, as Ecwid sends it."""

from __future__ import annotations

from typing import Any

import msgspec
from aiohttp import web

__all__ = [
    "FakeApiError",
    "bad_request",
    "conflict",
    "error_body",
    "error_response",
    "json_response",
    "not_found",
    "unprocessable",
]

_encoder = msgspec.json.Encoder()


class FakeApiError(Exception):
    """Raised by a handler to answer with an Ecwid-style error body."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code


def not_found(message: str) -> FakeApiError:
    """A 404 for a missing entity."""
    return FakeApiError(404, message)


def bad_request(message: str, code: str | None = None) -> FakeApiError:
    """A 400 for a malformed parameter or body."""
    return FakeApiError(400, message, code)


def conflict(message: str, code: str | None = None) -> FakeApiError:
    """A 409 for a duplicate (SKU, email, code, name)."""
    return FakeApiError(409, message, code)


def unprocessable(message: str) -> FakeApiError:
    """A 422 for a request the server understood but cannot act on."""
    return FakeApiError(422, message)


def json_response(value: Any, status: int = 200, reason: str | None = None) -> web.Response:
    """Encode ``value`` as an ``application/json; charset=utf-8`` response."""
    return web.Response(
        body=_encoder.encode(value),
        status=status,
        reason=reason,
        content_type="application/json",
        charset="utf-8",
    )


def _reason(message: str) -> str:
    # A reason phrase must be one latin-1 line; Ecwid puts the message there.
    line = " ".join(message.split())[:200]
    return line.encode("latin-1", "replace").decode("latin-1") or "Error"


def error_body(message: str, code: str | None = None) -> dict[str, Any]:
    """An Ecwid error body: ``{"errorMessage"}`` and ``errorCode`` when there is one."""
    body: dict[str, Any] = {"errorMessage": message}
    if code is not None:
        body["errorCode"] = code
    return body


def error_response(
    status: int, message: str, code: str | None = None, *, extra: dict[str, Any] | None = None
) -> web.Response:
    """The response for an error: JSON body with ``errorMessage`` (and ``errorCode``, and
    any ``extra`` fields), the message also as the reason phrase."""
    body = error_body(message, code) if extra is None else {**extra, **error_body(message, code)}
    return json_response(body, status=status, reason=_reason(message))
