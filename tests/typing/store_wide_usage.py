"""Type-checked by ``nox -s typecheck`` (mypy --strict), not run: the store-wide areas
through the blocking facade and the async client, every answer typed."""

from __future__ import annotations

from ecwid_async import EcwidClient as AsyncClient
from ecwid_async.models.application import AppStorageEntry, BillingTransaction
from ecwid_async.models.common import DeletedItem, SuccessStatus
from ecwid_async.models.dictionaries import Country
from ecwid_async.models.staff import StaffAccounts
from ecwid_async.models.storefront import StorefrontPage
from ecwid_async.sync import EcwidClient, SyncPaginator


def sync_store_wide() -> list[str]:
    """Storage, staff and dictionaries from sync code."""
    with EcwidClient(1003, "secret_token") as ecwid:
        saved: SuccessStatus = ecwid.app_storage.set("settings", "{}")
        entries: list[AppStorageEntry] = ecwid.app_storage.all()
        staff: StaffAccounts = ecwid.staff.search(response_fields=["staffList(email)"])
        countries: list[Country] = ecwid.dictionaries.countries(lang="fr", with_states=True)
        gone: SyncPaginator[DeletedItem] = ecwid.reports.deleted_items("reviews")
        ok: bool = saved.success
        assert ok and staff and gone
        return [e.key or "" for e in entries] + [c.code or "" for c in countries]


async def async_store_wide(ecwid: AsyncClient) -> str | None:
    """A slug lookup and a charge from async code."""
    page: StorefrontPage = await ecwid.storefront.page("pizza")
    charge: BillingTransaction = await ecwid.application.charge(1.5, "USD", "Seat", "uuid")
    everything: object = await ecwid.staff.search().json()
    assert everything is not None
    return page.canonical_slug or charge.transaction_id
