"""Customer contacts: list, get, create, update, delete (docs: "Customer contacts")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import check_int_id
from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus
from ..models.customer import (
    CustomerContact,
    CustomerContactCreateStatus,
    CustomerContactInput,
    CustomerContacts,
)
from ._base import Resource, json_body
from ._sales import customer_path

__all__ = ["CustomerContactsResource"]


def _contacts(customer_id: int) -> str:
    return f"{customer_path(customer_id)}/contacts"


def _contact(customer_id: int, contact_id: int) -> str:
    return f"{_contacts(customer_id)}/{check_int_id('contact_id', contact_id)}"


class CustomerContactsResource(Resource):
    """``ecwid.customer_contacts``: a customer's emails, phones and social handles."""

    __slots__ = ()

    def list(self, customer_id: int) -> Call[CustomerContacts]:
        """Search customer contacts: ``GET /customers/{customerId}/contacts``.

        Every contact of the customer, in one answer (``.items``).
        """
        return self._call("GET", _contacts(customer_id), CustomerContacts)

    def get(self, customer_id: int, contact_id: int) -> Call[CustomerContact]:
        """Get customer contact: ``GET /customers/{customerId}/contacts/{contactId}``."""
        return self._call("GET", _contact(customer_id, contact_id), CustomerContact)

    def create(
        self, customer_id: int, contact: Mapping[str, Any] | CustomerContactInput
    ) -> Call[CustomerContactCreateStatus]:
        """Create customer contact: ``POST /customers/{customerId}/contacts``.

        ``contact`` and ``type`` are required.
        """
        return self._call(
            "POST",
            _contacts(customer_id),
            CustomerContactCreateStatus,
            body=json_body(contact, CustomerContactInput, "customer contact"),
        )

    def update(
        self,
        customer_id: int,
        contact_id: int,
        changes: Mapping[str, Any] | CustomerContactInput,
    ) -> Call[UpdateStatus]:
        """Update customer contact: ``PUT /customers/{customerId}/contacts/{contactId}``."""
        return self._call(
            "PUT",
            _contact(customer_id, contact_id),
            UpdateStatus,
            body=json_body(changes, CustomerContactInput, "customer contact"),
        )

    def delete(self, customer_id: int, contact_id: int) -> Call[DeleteStatus]:
        """Delete customer contact: ``DELETE /customers/{customerId}/contacts/{contactId}``."""
        return self._call("DELETE", _contact(customer_id, contact_id), DeleteStatus)
