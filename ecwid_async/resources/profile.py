"""Store information: profile, logos, latest update stats (docs: "Store information")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus, UploadStatus
from ..models.profile import StoreProfile, StoreProfileInput, UpdateStats
from ._base import json_body
from ._uploads import UploadingResource, UploadSource, image_payload

__all__ = ["ProfileResource"]


class ProfileResource(UploadingResource):
    """``ecwid.profile``: the store profile, its logos and its update statistics."""

    __slots__ = ()

    def get(self) -> Call[StoreProfile]:
        """Get store profile: ``GET /profile``."""
        return self._call("GET", "/profile", StoreProfile)

    def update(self, profile: Mapping[str, Any] | StoreProfileInput) -> Call[UpdateStatus]:
        """Update store profile: ``PUT /profile``.

        Only the sections and fields sent change (send a ``StoreProfileInput`` or a dict
        with the docs' camelCase names, never a decoded ``StoreProfile``).
        """
        return self._call(
            "PUT", "/profile", UpdateStatus, body=json_body(profile, StoreProfileInput, "profile")
        )

    def upload_logo(
        self, image: UploadSource | None = None, *, external_url: str | None = None
    ) -> Call[UploadStatus]:
        """Upload store logo: ``POST /profile/logo``.

        The Starter Site logo: PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path or a
        stream (see :mod:`ecwid_async.resources._uploads`), or ``external_url=``.
        """
        return self._upload(
            "/profile/logo", image_payload(image, external_url=external_url, what="logo")
        )

    def delete_logo(self) -> Call[DeleteStatus]:
        """Remove store logo: ``DELETE /profile/logo``."""
        return self._call("DELETE", "/profile/logo", DeleteStatus)

    def upload_invoice_logo(
        self, image: UploadSource | None = None, *, external_url: str | None = None
    ) -> Call[UploadStatus]:
        """Upload invoice logo: ``POST /profile/invoicelogo``.

        The logo printed on invoices; same sources and limits as :meth:`upload_logo`.
        """
        return self._upload(
            "/profile/invoicelogo",
            image_payload(image, external_url=external_url, what="invoice logo"),
        )

    def delete_invoice_logo(self) -> Call[DeleteStatus]:
        """Remove invoice logo: ``DELETE /profile/invoicelogo``."""
        return self._call("DELETE", "/profile/invoicelogo", DeleteStatus)

    def latest_stats(self) -> Call[UpdateStats]:
        """Get store update statistics: ``GET /latest-stats``."""
        return self._call("GET", "/latest-stats", UpdateStats)
