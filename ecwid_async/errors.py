"""One exception hierarchy for everything the client can raise.

Every error is built from values (status, headers, body) by :func:`error_from_response`,
a pure function, so the mapping is tested without a network. No message, ``str`` or
``repr`` of an error ever carries a token or secret: URLs are redacted before they are
stored here, and body excerpts lose the values of token-bearing keys.

A request that fails may or may not have been carried out. ``error.outcome_unknown`` says
which: it is True when a request that is not safe to repeat (a POST that creates) was sent
and then failed without a clear answer (a 5xx, a redirect, a read timeout, a reset
connection). Ecwid may have applied it: before sending it again, look for what it would
have created (for example search products by the unique ``sku`` you sent, orders by your
``externalOrderId`` or customers by ``email``). It is False when the request was never
sent (a failure to connect, a 429, a full limiter queue) or when Ecwid answered that it
refused it (a 4xx).
This module imports no aiohttp.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import msgspec

from ._redact import redact_text, redact_url

__all__ = [
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "CloneFailedError",
    "CloneRejectedError",
    "ConflictError",
    "DecodeError",
    "EcwidError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "UnprocessableEntityError",
    "error_from_response",
    "parse_retry_after",
]

_EXCERPT = 200


class EcwidError(Exception):
    """Base of every error raised by ecwid-async."""

    #: Set by a paginator when a page fails: the offset a new search can resume from.
    resume_offset: int | None = None
    #: True when a request that is not safe to repeat was sent and may have been applied
    #: (see the module docstring for how to check); False when it was never sent or refused.
    outcome_unknown: bool = False

    def __str__(self) -> str:
        text = super().__str__()
        if self.outcome_unknown:
            text += (
                " - the outcome is unknown: the request was sent and may have been applied "
                "(the create may have happened); check, e.g. search by a unique field such "
                "as the SKU, before sending it again"
            )
        if self.resume_offset is not None:
            text += f" (resume the search from offset={self.resume_offset})"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take other arguments than the message they store in ``args``,
        # so rebuild from ``args`` and attributes instead of calling ``__init__`` again.
        return (_rebuild_error, (type(self), self.args, self.__dict__))


def _rebuild_error(
    cls: type[EcwidError], args: tuple[Any, ...], state: dict[str, Any]
) -> EcwidError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


class ApiError(EcwidError):
    """Ecwid answered with an error status; ``status``, ``message``, ``error_code`` say which."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        error_code: str | None = None,
        method: str = "",
        url: str = "",
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.message = message
        self.error_code = error_code
        self.method = method
        self.url = redact_url(url)
        self.body = body
        self.headers: Mapping[str, str] = dict(headers or {})
        where = f" ({method} {self.url})" if method else ""
        code = f" [{error_code}]" if error_code else ""
        super().__init__(f"{status}{code}: {message}{where}")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status}, message={self.message!r}, "
            f"error_code={self.error_code!r}, method={self.method!r}, url={self.url!r})"
        )


class BadRequestError(ApiError):
    """400: the request parameters or body are malformed."""


class AuthenticationError(ApiError):
    """401: the token is missing, invalid or revoked (never retried)."""


class PaymentRequiredError(ApiError):
    """402: the store's plan does not include this feature or its limit is reached."""


class PermissionDeniedError(ApiError):
    """403: the token lacks the scope for this call (never retried)."""


class NotFoundError(ApiError):
    """404: the store or entity does not exist."""


class ConflictError(ApiError):
    """409: a conflicting entity exists (for example a product with the same SKU)."""


class UnprocessableEntityError(ApiError):
    """422: the request is well-formed but its content is rejected."""


class RateLimitError(ApiError):
    """429: too many requests; ``retry_after`` is the wait Ecwid asked for, in seconds."""

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ServerError(ApiError):
    """5xx: Ecwid failed to process the request.

    After a POST that creates, ``outcome_unknown`` is True: it may have been applied all
    the same; search by a unique field you sent (a SKU, an email) before sending it again.
    """


class TransportError(EcwidError):
    """The request did not complete: connection refused, reset or broken mid-body.

    ``outcome_unknown`` tells a request that never left (False: refused connection) from
    a POST that was sent and may have been applied (True: reset, read timeout).
    """

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        self.method = method
        self.url = redact_url(url)
        where = f" ({method} {self.url})" if method else ""
        super().__init__(f"{message}{where}")


class RequestTimeoutError(TransportError):
    """No complete answer within the per-attempt timeout or the call's total deadline.

    When the deadline passes while the call waits (for a retry, in the limiter's queue,
    for a free connection), ``__cause__`` is the last real failure, if there was one.
    """


class ResponseTooLargeError(TransportError):
    """The answer is longer than ``max_response_bytes``; it was not read further (not retried).

    Raise the client's ``max_response_bytes`` (``None`` = unlimited) or download the body
    with ``call.stream()``, which is never capped.
    """

    def __init__(self, limit: int, *, method: str = "", url: str = "") -> None:
        self.limit = limit
        super().__init__(
            f"the answer is longer than max_response_bytes={limit}; reading stopped "
            "(raise max_response_bytes, None for no cap, or stream it with call.stream())",
            method=method,
            url=url,
        )


class DecodeError(EcwidError):
    """A response body is not the JSON the docs promise; carries the status and an excerpt."""

    def __init__(
        self, message: str, *, status: int, excerpt: str, method: str = "", url: str = ""
    ) -> None:
        self.status = status
        self.excerpt = excerpt
        self.method = method
        self.url = redact_url(url)
        super().__init__(f"{message} (HTTP {status}, {method} {self.url}): {excerpt!r}")


class BatchError(EcwidError):
    """A batch run had failed items; ``results`` holds every item's outcome in input order."""

    def __init__(self, message: str, results: list[Any]) -> None:
        self.results = results
        super().__init__(message)


class CloneRejectedError(EcwidError):
    """Ecwid refused to start a clone; ``error_code`` is one of the documented codes."""

    def __init__(self, error_code: str, message: str) -> None:
        self.error_code = error_code
        self.message = message
        super().__init__(f"clone rejected [{error_code}]: {message}")


class CloneFailedError(EcwidError):
    """A clone ticket ended with status FAILED; ``ticket`` and ``message`` say which and why."""

    def __init__(self, ticket: str, message: str) -> None:
        self.ticket = ticket
        self.message = message
        super().__init__(f"clone {ticket} failed: {message}")


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: BadRequestError,  # the reseller API's "wrong parameter format"
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or HTTP date), else None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # only for the HTTP-date form: kept off the import path

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def _message_from_body(body: bytes) -> tuple[str | None, str | None]:
    if not body:
        return None, None
    try:
        data = msgspec.json.decode(body)
    except (msgspec.DecodeError, RecursionError):  # a hostile body is still an error status
        return None, None
    if not isinstance(data, dict):
        return None, None
    message = data.get("errorMessage") or data.get("error_message") or data.get("message")
    code = data.get("errorCode") or data.get("error_code")
    return (
        str(message) if message is not None else None,
        str(code) if code is not None else None,
    )


def _reason(status: int, reason: str | None) -> str:
    if reason:
        return reason
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "HTTP error"


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    method: str = "",
    url: str = "",
    reason: str | None = None,
    now: float | None = None,
) -> ApiError:
    """Build the typed error for an error response.

    The message comes from ``errorMessage``, ``error_message``, ``errorCode``, else the
    reason phrase (Ecwid often puts the message in the status line).
    """
    message, code = _message_from_body(body)
    if 300 <= status < 400:
        where = redact_url(headers.get("Location", "")) or "nowhere"
        message = (
            f"redirect to {where} not followed: the Ecwid API never redirects "
            "(check base_url, or a proxy in between)"
        )
    elif message is None:
        message = code or _reason(status, reason)
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    kwargs: dict[str, Any] = {
        "error_code": code,
        "method": method,
        "url": url,
        "body": body[: _EXCERPT * 10],
        "headers": headers,
    }
    if cls is RateLimitError:
        kwargs["retry_after"] = parse_retry_after(headers.get("Retry-After"), now=now)
    return cls(status, message, **kwargs)


def excerpt(body: bytes) -> str:
    """A short, printable excerpt of a body for error messages (token values redacted)."""
    text = redact_text(body[: _EXCERPT * 2].decode("utf-8", "replace"))[:_EXCERPT]
    return text + ("…" if len(body) > _EXCERPT else "")
