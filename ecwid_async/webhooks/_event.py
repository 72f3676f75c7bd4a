"""Webhook events as values: Ecwid's signature, the typed ``WebhookEvent`` and its parser.

Ecwid signs ``"<eventCreated>.<eventId>"`` with HMAC-SHA256 under the app's
``client_secret`` and sends the Base64 of the digest in ``X-Ecwid-Webhook-Signature``.
The signature covers those two values only, not the body: a handler should load the
entity (:meth:`WebhookEvent.fetch`) before acting on ``data``. No I/O here.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import hmac
import time
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, cast

import msgspec

from ..errors import EcwidError

if TYPE_CHECKING:
    from ..client import EcwidClient
    from ..models import Category, Customer, Order, Product, StoreProfile

__all__ = [
    "DEFAULT_MAX_AGE",
    "SIGNATURE_HEADER",
    "EventType",
    "WebhookData",
    "WebhookError",
    "WebhookEvent",
    "WebhookExpiredError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "make_webhook",
    "parse_webhook",
    "sign_webhook",
]

SIGNATURE_HEADER = "X-Ecwid-Webhook-Signature"
#: Ecwid redelivers a failed webhook for up to a day (its FAQ says 48 hours), always with
#: the original ``eventCreated``: a shorter ``max_age`` would refuse its own retries.
DEFAULT_MAX_AGE = 48 * 3600.0
_DIGEST_SIZE = hashlib.sha256().digest_size
_decoder = msgspec.json.Decoder()
_encoder = msgspec.json.Encoder()


class WebhookError(EcwidError):
    """Base of every webhook error."""


class WebhookSignatureError(WebhookError):
    """The delivery cannot be trusted: its signature is missing, malformed or wrong."""


class WebhookExpiredError(WebhookSignatureError):
    """A correctly signed event older than ``max_age``: a replay, refused."""


class WebhookPayloadError(WebhookError):
    """The body is not a webhook: not JSON, not an object, or a field missing or mistyped."""


class EventType(str, enum.Enum):
    """The documented event types; ``WebhookEvent.event_type`` is a plain ``str`` for others."""

    UNFINISHED_ORDER_CREATED = "unfinished_order.created"
    UNFINISHED_ORDER_UPDATED = "unfinished_order.updated"
    UNFINISHED_ORDER_DELETED = "unfinished_order.deleted"
    ORDER_CREATED = "order.created"
    ORDER_UPDATED = "order.updated"
    ORDER_DELETED = "order.deleted"
    PRODUCT_CREATED = "product.created"
    PRODUCT_UPDATED = "product.updated"
    PRODUCT_DELETED = "product.deleted"
    CATEGORY_CREATED = "category.created"
    CATEGORY_UPDATED = "category.updated"
    CATEGORY_DELETED = "category.deleted"
    APPLICATION_INSTALLED = "application.installed"
    APPLICATION_UNINSTALLED = "application.uninstalled"
    APPLICATION_SUBSCRIPTION_STATUS_CHANGED = "application.subscriptionStatusChanged"
    PROFILE_UPDATED = "profile.updated"
    PROFILE_SUBSCRIPTION_STATUS_CHANGED = "profile.subscriptionStatusChanged"
    CUSTOMER_CREATED = "customer.created"
    CUSTOMER_UPDATED = "customer.updated"
    CUSTOMER_DELETED = "customer.deleted"

    def __str__(self) -> str:
        return self.value


class WebhookData(
    msgspec.Struct,
    frozen=True,
    kw_only=True,
    rename="camel",
    omit_defaults=True,
    repr_omit_defaults=True,
):
    """``data``: what changed (the docs' WebhookData; every field optional)."""

    old_payment_status: str | None = None
    new_payment_status: str | None = None
    old_fulfillment_status: str | None = None
    new_fulfillment_status: str | None = None
    old_subscription_name: str | None = None
    new_subscription_name: str | None = None
    old_subscription_status: str | None = None
    new_subscription_status: str | None = None
    customer_email: str | None = None


class WebhookEvent(msgspec.Struct, frozen=True, kw_only=True, repr_omit_defaults=True):
    """One verified webhook: who, what and when; ``raw`` is the body as decoded JSON.

    ``entity_id`` is what Ecwid sent: an ``int`` (order number, product, category or
    customer id, store id for ``profile.*``; ``-1`` for ``unfinished_order.*`` in newer
    stores) or a ``str`` (the store id of ``application.*``).
    """

    event_id: str
    event_type: EventType | str
    event_created: int
    store_id: int
    entity_id: int | str
    data: WebhookData = WebhookData()
    raw: Mapping[str, Any] = msgspec.field(default_factory=dict)

    @property
    def entity(self) -> str:
        """The kind of entity the event is about: ``order``, ``product``, ``application``..."""
        return str(self.event_type).partition(".")[0]

    @property
    def created(self) -> datetime:
        """``event_created`` as an aware UTC datetime."""
        return datetime.fromtimestamp(self.event_created, tz=timezone.utc)

    async def fetch(
        self, client: EcwidClient
    ) -> Order | Product | Category | Customer | StoreProfile:
        """Load the entity this event names through ``client`` (which must be for the same
        store): the order, product, category, customer or store profile. Raises
        ``WebhookError`` for events that name no entity (``application.*``, an unfinished
        order without a number) and ``NotFoundError`` once the entity is deleted."""
        from ._fetch import fetch_entity

        return await fetch_entity(self, client)


def sign_webhook(event_created: int | str, event_id: str, *, client_secret: str) -> str:
    """The ``X-Ecwid-Webhook-Signature`` value Ecwid sends for this event:
    ``base64(HMAC-SHA256(client_secret, "<eventCreated>.<eventId>"))``."""
    return base64.b64encode(_digest(event_created, event_id, secret_bytes(client_secret))).decode()


def make_webhook(
    event_type: EventType | str,
    entity_id: int | str,
    *,
    client_secret: str,
    store_id: int,
    data: Mapping[str, Any] | None = None,
    event_id: str | None = None,
    event_created: int | None = None,
) -> tuple[bytes, dict[str, str]]:
    """A signed delivery as Ecwid sends it, ``(body, headers)``, for testing receivers
    (``event_id`` defaults to a new UUID, ``event_created`` to now)."""
    event_id = event_id or str(uuid.uuid4())
    event_created = int(time.time()) if event_created is None else event_created
    payload: dict[str, Any] = {
        "eventId": event_id,
        "eventCreated": event_created,
        "storeId": store_id,
        "entityId": entity_id,
        "eventType": str(event_type),
    }
    if data is not None:
        payload["data"] = dict(data)
    headers = {
        "Content-Type": "application/json; charset=UTF-8",
        SIGNATURE_HEADER: sign_webhook(event_created, event_id, client_secret=client_secret),
    }
    return _encoder.encode(payload), headers


def parse_webhook(
    body: bytes,
    headers: Mapping[str, str],
    *,
    client_secret: str,
    max_age: float | None = DEFAULT_MAX_AGE,
    now: float | None = None,
) -> WebhookEvent:
    """Verify a delivery and decode it into a ``WebhookEvent``.

    Raises ``WebhookPayloadError`` for a body that is not a webhook, and
    ``WebhookSignatureError`` for a missing, malformed or wrong signature (the compare is
    constant-time), or ``WebhookExpiredError`` for an event created more than
    ``max_age`` seconds before ``now`` (UNIX seconds, default the current time; ``None``
    disables the check). Header names are matched case-insensitively.
    """
    secret = secret_bytes(client_secret)
    if max_age is not None and max_age <= 0:
        raise ValueError(f"max_age must be > 0 or None, got {max_age!r}")
    fields = _decode(body)
    created, event_id = _signed_values(fields)
    given = _signature(headers)
    if not hmac.compare_digest(given, _digest(created, event_id, secret)):
        raise WebhookSignatureError("webhook signature does not match (wrong client_secret?)")
    stamp = int(created)
    if max_age is not None:
        age = (time.time() if now is None else now) - stamp
        if age > max_age:
            raise WebhookExpiredError(
                f"webhook event {event_id} was created {age:.0f} s ago, more than "
                f"max_age={max_age:g} s: refused as a replay"
            )
    return _event(fields, str(event_id), stamp)


# -- helpers ---------------------------------------------------------------------------------
def secret_bytes(client_secret: str) -> bytes:
    """``client_secret`` as the HMAC key; ``ValueError`` (naming it, never showing it) if empty."""
    if not isinstance(client_secret, str) or not client_secret:
        raise ValueError("client_secret must be a non-empty string")
    return client_secret.encode()


def _digest(event_created: int | str, event_id: str | int, secret: bytes) -> bytes:
    return hmac.new(secret, f"{event_created}.{event_id}".encode(), hashlib.sha256).digest()


def _decode(body: bytes) -> dict[str, Any]:
    try:
        fields = _decoder.decode(body)
    except msgspec.DecodeError:
        raise WebhookPayloadError("webhook body is not valid JSON") from None
    if not isinstance(fields, dict):
        raise WebhookPayloadError(f"webhook body must be a JSON object, got {_kind(fields)}")
    return fields


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _signed_values(fields: dict[str, Any]) -> tuple[int | str, str | int]:
    """``eventCreated`` and ``eventId`` as sent: the signed message is made of their text."""
    created, event_id = fields.get("eventCreated"), fields.get("eventId")
    if not (_is_int(created) or (isinstance(created, str) and created.isdigit())):
        raise _mistyped("eventCreated", "a UNIX timestamp", created)
    if not ((isinstance(event_id, str) and event_id) or _is_int(event_id)):
        raise _mistyped("eventId", "a non-empty string", event_id)
    return cast("int | str", created), cast("str | int", event_id)


def _signature(headers: Mapping[str, str]) -> bytes:
    value = headers.get(SIGNATURE_HEADER)
    if value is None:
        wanted = SIGNATURE_HEADER.lower()
        value = next((v for k, v in headers.items() if k.lower() == wanted), None)
    if value is None:
        raise WebhookSignatureError(f"webhook has no {SIGNATURE_HEADER} header")
    try:
        digest = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} is not Base64") from None
    if len(digest) != _DIGEST_SIZE:
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} is not an HMAC-SHA256 digest")
    return digest


def _mistyped(name: str, wanted: str, value: Any) -> WebhookPayloadError:
    return WebhookPayloadError(f"webhook field {name!r} must be {wanted}, got {_kind(value)}")


def _event(fields: dict[str, Any], event_id: str, created: int) -> WebhookEvent:
    event_type, store_id, entity_id = (fields.get(k) for k in ("eventType", "storeId", "entityId"))
    if not isinstance(event_type, str) or not event_type:
        raise _mistyped("eventType", "a string", event_type)
    if isinstance(store_id, str) and store_id.isdigit():
        store_id = int(store_id)
    if not _is_int(store_id):
        raise _mistyped("storeId", "a number", store_id)
    if not (_is_int(entity_id) or isinstance(entity_id, str)):
        raise _mistyped("entityId", "a number or a string", entity_id)
    raw_data = fields.get("data")
    try:
        data = WebhookData() if raw_data is None else msgspec.convert(raw_data, WebhookData)
    except msgspec.ValidationError as exc:
        raise WebhookPayloadError(f"webhook field 'data' is malformed: {exc}") from None
    try:
        kind: EventType | str = EventType(event_type)
    except ValueError:
        kind = event_type
    return WebhookEvent(
        event_id=event_id,
        event_type=kind,
        event_created=created,
        store_id=cast(int, store_id),
        entity_id=cast("int | str", entity_id),
        data=data,
        raw=fields,
    )
