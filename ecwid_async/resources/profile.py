"""Store information: profile, logos, latest update stats (docs: "Store information")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .._params import query
from .._params import response_fields as _fields
from ..call import Call
from ..models.common import DeleteStatus, UpdateStatus, UploadStatus
from ..models.profile import StoreProfile, StoreProfileInput, UpdateStats
from ._base import json_body
from ._uploads import Payload, UploadingResource, UploadSource, image_payload

__all__ = ["ProfileResource"]


class ProfileResource(UploadingResource):
    """``ecwid.profile``: the store profile, its logos and its update statistics."""

    __slots__ = ()

    def get(
        self,
        *,
        lang: str | None = None,
        show_extended_info: bool | None = None,
        get_report_availability_status: bool | None = None,
        get_store_vertical: bool | None = None,
        get_features_by_plans: bool | None = None,
        response_fields: str | Sequence[str] | None = None,
    ) -> Call[StoreProfile]:
        """Get store profile: ``GET /profile``.

        ``show_extended_info=True`` adds ``account_billing`` (it needs the
        ``read_store_profile_extended`` scope); the ``get_*`` flags add the account's
        report availability, store vertical and features by plan.
        """
        return self._call(
            "GET",
            "/profile",
            StoreProfile,
            params=query(
                lang=lang,
                showExtendedInfo=show_extended_info,
                getReportAvailabilityStatus=get_report_availability_status,
                getStoreVertical=get_store_vertical,
                getFeaturesByPlans=get_features_by_plans,
                responseFields=_fields(response_fields),
            ),
        )

    def update(self, profile: Mapping[str, Any] | StoreProfileInput) -> Call[UpdateStatus]:
        """Update store profile: ``PUT /profile``.

        Only the sections and fields sent change (send a ``StoreProfileInput`` or a dict
        with the docs' camelCase names, never a decoded ``StoreProfile``).
        """
        return self._call(
            "PUT", "/profile", UpdateStatus, body=json_body(profile, StoreProfileInput, "profile")
        )

    def _put_logo(self, kind: str, payload: Payload) -> Call[UploadStatus]:
        """``PUT /profile/{kind}`` with the checked upload (today's method for logos)."""
        return self._call(
            "PUT",
            f"/profile/{kind}",
            UploadStatus,
            params=payload.params,
            content=payload.content,
            content_type=payload.content_type,
        )

    def upload_logo(
        self, image: UploadSource | None = None, *, external_url: str | None = None
    ) -> Call[UploadStatus]:
        """Upload store logo image: ``PUT /profile/logo``.

        The main storefront logo: PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path or
        a stream (see :mod:`ecwid_async.resources._uploads`), or ``external_url=``. Today's
        reference uploads logos with PUT (the older one said POST).
        """
        return self._put_logo("logo", image_payload(image, external_url=external_url, what="logo"))

    def delete_logo(self) -> Call[DeleteStatus]:
        """Delete store logo image: ``DELETE /profile/logo``."""
        return self._call("DELETE", "/profile/logo", DeleteStatus)

    def upload_invoice_logo(
        self, image: UploadSource | None = None, *, external_url: str | None = None
    ) -> Call[UploadStatus]:
        """Upload store logo image: ``PUT /profile/invoicelogo``.

        The logo printed on invoices and receipts; same sources as :meth:`upload_logo`.
        """
        return self._put_logo(
            "invoicelogo", image_payload(image, external_url=external_url, what="invoice logo")
        )

    def delete_invoice_logo(self) -> Call[DeleteStatus]:
        """Delete store logo image: ``DELETE /profile/invoicelogo``."""
        return self._call("DELETE", "/profile/invoicelogo", DeleteStatus)

    def upload_email_logo(
        self, image: UploadSource | None = None, *, external_url: str | None = None
    ) -> Call[UploadStatus]:
        """Upload store logo image: ``PUT /profile/emaillogo``.

        The logo of the store's other emails; same sources as :meth:`upload_logo`.
        """
        return self._put_logo(
            "emaillogo", image_payload(image, external_url=external_url, what="email logo")
        )

    def delete_email_logo(self) -> Call[DeleteStatus]:
        """Delete store logo image: ``DELETE /profile/emaillogo``."""
        return self._call("DELETE", "/profile/emaillogo", DeleteStatus)

    def latest_stats(
        self,
        *,
        reviews_updates_required: bool | None = None,
        domains_required: bool | None = None,
        subscription_required: bool | None = None,
        product_count_required: bool | None = None,
        category_count_required: bool | None = None,
    ) -> Call[UpdateStats]:
        """Get latest store update stats: ``GET /latest-stats``.

        The ``*_required`` flags ask for the extra stats today's reference lists (latest
        review, domain and subscription updates; product and category counts).
        """
        return self._call(
            "GET",
            "/latest-stats",
            UpdateStats,
            params=query(
                reviewsUpdatesRequired=reviews_updates_required,
                domainsRequired=domains_required,
                subscriptionRequired=subscription_required,
                productCountRequired=product_count_required,
                categoryCountRequired=category_count_required,
            ),
        )
