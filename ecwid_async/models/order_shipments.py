"""Shipments of an order (``shipments``): parcel, carrier service, tracking and label."""

from __future__ import annotations

import msgspec

from ._base import EcwidDateTime, EcwidModel
from .order_parts import PersonInfo

__all__ = ["Parcel", "Shipment", "ShipmentLabel", "ShipmentService", "ShipmentTracking"]


class Parcel(EcwidModel):
    """The parcel of a shipment (``shipments[].parcel``)."""

    length: float | None = None
    width: float | None = None
    height: float | None = None
    weight: float | None = None
    weight_unit: str | None = None
    dimension_unit: str | None = None
    template: str | None = None


class ShipmentService(EcwidModel):
    """The carrier service of a shipment (``shipments[].shippingService``)."""

    carrier: str | None = None
    carrier_name: str | None = None
    carrier_service_name: str | None = None
    carrier_service_code: str | None = None


class ShipmentTracking(EcwidModel):
    """Tracking of a shipment (``shipments[].tracking``).

    Today's table spells ``tracking_number``/``tracking_url``; the official client reads
    ``trackingNumber``/``trackingUrl``. Both are kept so neither spelling is lost.
    """

    tracking_number: str | None = None
    tracking_url: str | None = None
    snake_tracking_number: str | None = msgspec.field(default=None, name="tracking_number")
    snake_tracking_url: str | None = msgspec.field(default=None, name="tracking_url")
    estimated_days: int | None = None


class ShipmentLabel(EcwidModel):
    """A shipping label (``shipments[].shippingLabel``; ``label`` in the official client)."""

    label_url: str | None = None
    snake_label_url: str | None = msgspec.field(default=None, name="label_url")
    label_file_type: str | None = None
    commercial_invoice_url: str | None = None
    billing_transaction_id: str | None = None


class Shipment(EcwidModel):
    """A shipment of an order (``shipments``)."""

    id: str | None = None
    created: EcwidDateTime | None = None
    ship_to: PersonInfo | None = None
    ship_from: PersonInfo | None = None
    parcel: Parcel | None = None
    shipping_service: ShipmentService | None = None
    tracking: ShipmentTracking | None = None
    shipping_label: ShipmentLabel | None = None
    label: ShipmentLabel | None = None
