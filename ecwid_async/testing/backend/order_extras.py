"""What hangs off an order and the store's order settings: extra fields, tax invoices,
receipts, repeat-order links, order statuses and promotions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..api._common import merge
from ..errors import bad_request, not_found, unprocessable
from ..models import Entity, StoreState, format_date
from .orders import BUILT_IN_FULFILLMENT, BUILT_IN_PAYMENT

__all__ = [
    "EXTRA_FIELD_TYPES",
    "add_extra_field",
    "add_promotion",
    "delete_extra_field",
    "issue_tax_invoice",
    "order_statuses",
    "receipt_pdf",
    "repeat_order_url",
    "update_extra_field",
    "update_order_status",
    "update_promotion",
]

EXTRA_FIELD_TYPES = frozenset(
    {
        "TEXT",
        "TEXTAREA",
        "SELECT",
        "CHECKBOX",
        "TOGGLE_BUTTON_GROUP",
        "RADIO_BUTTONS",
        "DATETIME",
        "LABEL",
    }
)


# -- order extra fields ------------------------------------------------------------------------
def _fields(order: Entity) -> list[Entity]:
    fields: list[Entity] = order.setdefault("orderExtraFields", [])
    return fields


def add_extra_field(order: Entity, body: Mapping[str, Any]) -> None:
    """Save an extra field to the order (``id``, ``value``, ``title`` required); an id
    already there is replaced. ``extraFields`` keeps the value by id, as Ecwid shows it."""
    for name in ("id", "value", "title"):
        if not isinstance(body.get(name), str) or not body[name]:
            raise bad_request(f"Field '{name}' is required")
    kind = body.get("customerInputType", "TEXT")
    if kind not in EXTRA_FIELD_TYPES:
        raise bad_request(f"Unknown customerInputType '{kind}'")
    entry: Entity = {
        "customerInputType": kind,
        "orderDetailsDisplaySection": "",
        "orderBy": "0",
        **body,
    }
    fields = [f for f in _fields(order) if f.get("id") != body["id"]]
    order["orderExtraFields"] = [*fields, entry]
    order.setdefault("extraFields", {})[body["id"]] = body["value"]


def _field(order: Entity, field_id: str) -> Entity:
    for field in _fields(order):
        if field.get("id") == field_id:
            return field
    raise not_found(f"Extra field '{field_id}' not found")


def update_extra_field(order: Entity, field_id: str, body: Mapping[str, Any]) -> None:
    """Change an extra field of the order (its ``id`` stays)."""
    field = _field(order, field_id)
    merge(field, dict(body), frozenset({"id"}))
    if "value" in body:
        order.setdefault("extraFields", {})[field_id] = body["value"]


def delete_extra_field(order: Entity, field_id: str) -> None:
    """Remove an extra field from the order."""
    _field(order, field_id)
    order["orderExtraFields"] = [f for f in _fields(order) if f.get("id") != field_id]
    (order.get("extraFields") or {}).pop(field_id, None)


# -- invoices, receipts, repeat links ----------------------------------------------------------
def issue_tax_invoice(store: StoreState, order: Entity) -> Entity:
    """A new SALE tax invoice on the order (422 for an abandoned sale)."""
    if order.get("paymentStatus") == "INCOMPLETE":
        raise unprocessable("Cannot generate a tax invoice for an unfinished order")
    internal = store.next_id("tax_invoice", 1002000)
    invoice = {
        "internalId": internal,
        "id": f"AB{internal % 1000000:06d}",
        "created": format_date(store.now()),
        "link": f"https://app.ecwid.com/download_tax_invoice?ownerid={store.store_id}"
        f"&invoice_id={internal}",
        "type": "SALE",
    }
    order.setdefault("invoices", []).append(invoice)
    return invoice


def receipt_pdf(order: Entity) -> bytes:
    """A one-page PDF receipt naming the order, its items and its total."""
    lines = [f"Receipt for order {order.get('id') or order.get('orderNumber')}"]
    lines += [
        f"{i.get('name', '')} x {i.get('quantity')}: {i.get('price')}"
        for i in order.get("items") or ()
    ]
    lines.append(f"Total: {order.get('total')}")
    text = " ".join(f"({line.replace('(', '[').replace(')', ']')}) Tj T*" for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {text} ET".encode("latin-1", "replace")
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
        b"/Resources<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>endobj\n"
        + f"4 0 obj<</Length {len(stream)}>>stream\n".encode()
        + stream
        + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def repeat_order_url(store: StoreState, order: Entity) -> str:
    """The storefront link that refills a cart with the order's items."""
    base = store.profile["generalInfo"]["storeUrl"]
    token = f"{order.get('publicUid', order['orderNumber'])}{store.store_id}".lower()
    return (
        f"{base}/repeat-order?id={order.get('id', order['orderNumber'])}&token={token}"
        "&type=order&utm_source=repeat_order_button&utm_medium=api"
    )


# -- order statuses ----------------------------------------------------------------------------
def _default_statuses() -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for kind, names in (
        ("PAYMENT_STATUS", BUILT_IN_PAYMENT),
        ("FULFILLMENT_STATUS", BUILT_IN_FULFILLMENT),
    ):
        for name in names:
            out[name] = {
                "statusId": name,
                "orderStatusType": kind,
                "defaultStatus": True,
                "enabled": True,
                "sendNotificationWhenStatusIsAssigned": True,
            }
        word = "PAYMENT" if kind == "PAYMENT_STATUS" else "FULFILLMENT"
        for n in (1, 2, 3):
            out[f"CUSTOM_{word}_STATUS_{n}"] = {
                "statusId": f"CUSTOM_{word}_STATUS_{n}",
                "orderStatusType": kind,
                "enabled": False,
                "sendNotificationWhenStatusIsAssigned": True,
            }
    return out


def order_statuses(store: StoreState) -> dict[str, Entity]:
    """The store's statuses by id (built in first, then the three custom ones of each kind)."""
    if not store.order_statuses:
        store.order_statuses.update(_default_statuses())
    return store.order_statuses


def update_order_status(store: StoreState, status_id: str, body: Mapping[str, Any]) -> None:
    """Switch a status on or off, its notification, and (custom ones only) its name."""
    status = order_statuses(store).get(status_id)
    if status is None:
        raise not_found(f"Order status '{status_id}' not found")
    naming = {"name", "nameTranslations"} & set(body)
    if naming and status.get("defaultStatus"):
        raise bad_request(f"Order status '{status_id}' is built in: its name cannot change")
    for flag in ("enabled", "sendNotificationWhenStatusIsAssigned"):
        if flag in body:
            status[flag] = bool(body[flag])
    if "name" in body:
        status["name"], status["lastNameChangeDate"] = str(body["name"]), format_date(store.now())
    if isinstance(body.get("nameTranslations"), dict):
        status["nameTranslated"] = dict(body["nameTranslations"])


# -- promotions --------------------------------------------------------------------------------
_PROMOTION_FIELDS = frozenset(
    {
        "name",
        "discountBase",
        "enabled",
        "discountType",
        "amount",
        "triggers",
        "targets",
        "externalReferenceId",
    }
)


def _check_promotion(body: Mapping[str, Any]) -> None:
    unknown = set(body) - _PROMOTION_FIELDS
    if unknown:
        raise bad_request(f"Unknown promotion fields: {', '.join(sorted(unknown))}")
    if body.get("discountBase", "ITEM") not in ("ITEM", "SUBTOTAL", "SHIPPING"):
        raise bad_request(f"Unknown discountBase '{body.get('discountBase')}'")
    if body.get("discountType", "PERCENT") not in ("ABS", "PERCENT"):
        raise bad_request(f"Unknown discountType '{body.get('discountType')}'")


def add_promotion(store: StoreState, body: Mapping[str, Any]) -> Entity:
    """Store a new promotion (``name`` required)."""
    if not body.get("name"):
        raise bad_request("Promotion name is required")
    _check_promotion(body)
    pid = store.next_id("promotion", 608000)
    promotion: Entity = {"id": pid, "enabled": False, "discountBase": "ITEM", **body}
    store.promotions[pid] = promotion
    return promotion


def update_promotion(promotion: Entity, body: Mapping[str, Any]) -> None:
    """Change the fields sent."""
    _check_promotion(body)
    merge(promotion, dict(body), frozenset({"id"}))
