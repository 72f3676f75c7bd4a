"""Product types (the API's classes): ``/classes`` (docs: "Product types and attributes")."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any

from .._params import check_id
from ..call import Call
from ..models.common import CreateStatus, DeleteStatus, UpdateStatus
from ..models.product_class import ProductClass, ProductClassInput
from ._base import Resource, json_body

__all__ = ["ProductClassesResource"]


def _class(class_id: int) -> str:
    return f"/classes/{check_id('class_id', class_id)}"


class ProductClassesResource(Resource):
    """``ecwid.product_classes``: product types and their attributes (0 is "General")."""

    __slots__ = ()

    def list(self) -> Call[builtins.list[ProductClass]]:
        """Search product types: ``GET /classes``."""
        return self._call("GET", "/classes", list[ProductClass])

    def get(self, class_id: int) -> Call[ProductClass]:
        """Get product type: ``GET /classes/{classId}``."""
        return self._call("GET", _class(class_id), ProductClass)

    def create(self, product_class: Mapping[str, Any] | ProductClassInput) -> Call[CreateStatus]:
        """Create product type: ``POST /classes``."""
        return self._call(
            "POST",
            "/classes",
            CreateStatus,
            body=json_body(product_class, ProductClassInput, "product type"),
        )

    def update(
        self, class_id: int, product_class: Mapping[str, Any] | ProductClassInput
    ) -> Call[UpdateStatus]:
        """Update product type and attributes: ``PUT /classes/{classId}``.

        In ``attributes``, an attribute with an ``id`` is an existing one; one without an
        ``id`` is added.
        """
        return self._call(
            "PUT",
            _class(class_id),
            UpdateStatus,
            body=json_body(product_class, ProductClassInput, "product type"),
        )

    def delete(self, class_id: int) -> Call[DeleteStatus]:
        """Delete product type: ``DELETE /classes/{classId}``."""
        return self._call("DELETE", _class(class_id), DeleteStatus)
