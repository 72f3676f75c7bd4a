"""Reseller API v1 (docs: partner-api.txt): form POSTs with the partner ``key``, XML answers.

The ``key`` travels in the form body (never in a URL). Answers are parsed with
defusedxml; a hostile document raises :class:`~ecwid_async.DecodeError`. Statuses map to
the usual errors: 403 wrong key or not your store, 404 no such store, 409 email taken,
400/412 bad parameters.

The read-only calls (``info``, ``status``, ``list_stores``, ``plans``) are POSTs only
because the key travels in the body: they are marked idempotent and retried like a GET.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .._params import check_choice, fmt_date, query
from ..call import Call
from ..models.reseller import (
    ResellerPlans,
    ResellerRegistration,
    ResellerStore,
    ResellerStores,
    ResellerStoreStatus,
    ResellerStoreStatuses,
    ResellerSubscription,
)
from ..pagination import Paginator
from ._base import Params, Resource

__all__ = ["ResellerResource"]

BILLING = frozenset({"monthly", "annual"})
ORDERS = frozenset(
    f"{field}{suffix}"
    for field in ("id", "email", "url", "traffic", "storage", "date")
    for suffix in ("", "_desc")
)


def _form(**fields: object) -> Params:
    """Form fields formatted as query values are (``store__ids`` is sent as ``store.ids``)."""
    return query({name.replace("__", "."): value for name, value in fields.items()})


def _owner(owner_id: int) -> int:
    if isinstance(owner_id, bool) or not isinstance(owner_id, int) or owner_id <= 0:
        raise ValueError(f"owner_id must be a positive store id, got {owner_id!r}")
    return owner_id


class ResellerResource(Resource):
    """``partner.reseller``: the reseller v1 calls, typed."""

    __slots__ = ()

    def register(
        self,
        email: str,
        password: str,
        name: str,
        plan: str,
        *,
        billing: str | None = None,
        is_trial: bool | None = None,
        ip: str | None = None,
        timezone: str | None = None,
        default_language: str | None = None,
        profile_id: str | None = None,
        return_profile_id: bool | None = None,
        external_account_id: str | None = None,
    ) -> Call[ResellerRegistration]:
        """Create new Ecwid account: ``POST /register`` -> the new store's ``ownerid``."""
        if "@" not in email:
            raise ValueError(f"not an email address: {email!r}")
        form = _form(
            email=email,
            password=password,
            name=name,
            plan=plan,
            billing=check_choice("billing", billing, BILLING),
            is_trial=is_trial,
            ip=ip,
            timezone=timezone,
            defaultlanguage=default_language,
            profile_id=profile_id,
            returnProfileId=return_profile_id,
            external_account_id=external_account_id,
        )
        return self._call(
            "POST", "/register", ResellerRegistration, form=form, params=(("register", "y"),)
        )

    def subscribe(
        self, owner_id: int, plan: str, *, billing: str | None = None
    ) -> Call[ResellerSubscription]:
        """Change the account subscription: ``POST /subscribe``."""
        form = _form(
            ownerid=_owner(owner_id), plan=plan, billing=check_choice("billing", billing, BILLING)
        )
        return self._call("POST", "/subscribe", ResellerSubscription, form=form)

    def unsubscribe(self, owner_id: int) -> Call[ResellerSubscription]:
        """Back to the partner's default plan: ``POST /unsubscribe``."""
        return self._call(
            "POST", "/unsubscribe", ResellerSubscription, form=_form(ownerid=_owner(owner_id))
        )

    def suspend(self, owner_id: int) -> Call[None]:
        """Suspend an account (storefront off, control panel on): ``POST /suspend``."""
        return self._call("POST", "/suspend", None, form=_form(ownerid=_owner(owner_id)))

    def resume(self, owner_id: int) -> Call[None]:
        """Resume a suspended account: ``POST /resume``."""
        return self._call("POST", "/resume", None, form=_form(ownerid=_owner(owner_id)))

    def delete(self, owner_id: int) -> Call[None]:
        """Delete an account you created: ``POST /delete``."""
        return self._call("POST", "/delete", None, form=_form(ownerid=_owner(owner_id)))

    def info(self, store_id: int) -> Call[ResellerStoreStatus]:
        """Basic store, subscription and billing info: ``POST /info`` (``store.id``)."""
        return self._call(
            "POST",
            "/info",
            ResellerStoreStatus,
            form=_form(store__id=_owner(store_id)),
            idempotent=True,
        )

    def info_many(self, store_ids: Sequence[int]) -> Call[list[ResellerStoreStatus]]:
        """The same info for several stores at once: ``POST /info`` (``store.ids``)."""
        ids = [_owner(i) for i in store_ids]
        if not ids:
            raise ValueError("store_ids must not be empty")
        return self._call(
            "POST", "/info", ResellerStoreStatuses, form=_form(store__ids=ids), idempotent=True
        )

    def status(self, owner_id: int) -> Call[ResellerStoreStatus]:
        """Account status (apps, plan, billing, counts): ``POST /status``."""
        return self._call(
            "POST",
            "/status",
            ResellerStoreStatus,
            form=_form(ownerid=_owner(owner_id)),
            idempotent=True,
        )

    def list_stores(
        self,
        date_from: dt.datetime | dt.date | int | str,
        *,
        store_ids: Sequence[int] | None = None,
        url_substring: str | None = None,
        email_substring: str | None = None,
        date_to: dt.datetime | dt.date | int | str | None = None,
        timezone: str | None = None,
        suspended: bool | None = None,
        order: str | None = None,
        limit: int = 100,
        offset: int = 0,
        max_items: int | None = None,
    ) -> Paginator[ResellerStore]:
        """List the partner's stores: ``POST /stores``, paged by ``offset``/``limit`` (<= 100)."""
        base = _form(
            date__from=fmt_date("date_from", date_from),
            store__ids=list(store_ids) if store_ids else None,
            url__substring=url_substring,
            email__substring=email_substring,
            date__to=fmt_date("date_to", date_to) if date_to is not None else None,
            timezone=timezone,
            suspended=suspended,
            order=check_choice("order", order, ORDERS),
        )

        def fetch(page_offset: int, page_limit: int) -> Call[object]:
            form = (*base, ("offset", str(page_offset)), ("limit", str(page_limit)))
            return self._call("POST", "/stores", ResellerStores, form=form, idempotent=True)

        return Paginator(fetch, limit=limit, offset=offset, max_items=max_items, prefetch=1)  # type: ignore[arg-type]

    def plans(self) -> Call[ResellerPlans]:
        """The partner's active plans: ``POST /plans``."""
        return self._call("POST", "/plans", ResellerPlans, form=(), idempotent=True)

    def change_store_profile(self, owner_id: int, src_profile: str, dst_profile: str) -> Call[None]:
        """Move a store to another profile id: ``POST /change-store-profile``."""
        for name, value in (("src_profile", src_profile), ("dst_profile", dst_profile)):
            if not isinstance(value, str) or not value.startswith("p"):
                raise ValueError(f"{name} must be a profile id like 'p98765', got {value!r}")
        form = _form(ownerid=_owner(owner_id), src_profile=src_profile, dst_profile=dst_profile)
        return self._call("POST", "/change-store-profile", None, form=form)
