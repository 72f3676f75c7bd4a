"""ecwid-async: the asyncio client for the Ecwid e-commerce API."""

from ._logging import configure_from_env as _configure_logging
from ._version import __version__
from .batch import (
    NOT_EXECUTED,
    UNKNOWN,
    BatchRequest,
    BatchRunError,
    BatchTicketError,
    NotExecuted,
    SubmittedTicket,
    Unknown,
)
from .call import Call, Response, UnsentCallWarning
from .client import EcwidClient
from .errors import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    BatchError,
    CloneFailedError,
    CloneRejectedError,
    ConflictError,
    DecodeError,
    EcwidError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    TransportError,
    UnprocessableEntityError,
)
from .hooks import FailureEvent, RequestEvent, ResponseEvent, RetryEvent
from .limiter import PerTokenLimiter, RateLimiter, TokenBucket, TokenRejecting
from .pagination import Page, Paginator, ScanChangedError, ScanChangedWarning
from .partner import PartnerClient
from .resources._base import TicketTimeoutError
from .retry import RetryPolicy

__all__ = [
    "NOT_EXECUTED",
    "UNKNOWN",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchRequest",
    "BatchRunError",
    "BatchTicketError",
    "Call",
    "CloneFailedError",
    "CloneRejectedError",
    "ConflictError",
    "DecodeError",
    "EcwidClient",
    "EcwidError",
    "FailureEvent",
    "NotExecuted",
    "NotFoundError",
    "Page",
    "Paginator",
    "PartnerClient",
    "PaymentRequiredError",
    "PerTokenLimiter",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RequestEvent",
    "RequestTimeoutError",
    "Response",
    "ResponseEvent",
    "ResponseTooLargeError",
    "RetryEvent",
    "RetryPolicy",
    "ScanChangedError",
    "ScanChangedWarning",
    "ServerError",
    "SubmittedTicket",
    "TicketTimeoutError",
    "TokenBucket",
    "TokenRejecting",
    "TransportError",
    "Unknown",
    "UnprocessableEntityError",
    "UnsentCallWarning",
    "__version__",
]

_configure_logging()
