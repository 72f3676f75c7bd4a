"""Type-checked by ``nox -s typecheck`` (mypy --strict), not run: user code against the
blocking facade must type-check through the generated ``sync.pyi``."""

from __future__ import annotations

from ecwid_async.models.batch import BatchStatus
from ecwid_async.models.common import CreateStatus, UpdateStatus
from ecwid_async.models.partner import CloneStatus
from ecwid_async.models.product import Product
from ecwid_async.models.profile import UpdateStats
from ecwid_async.sync import EcwidClient, PartnerClient, SyncPaginator


def sync_job() -> list[str]:
    """A typical sync job: every name on the page is typed."""
    names: list[str] = []
    with EcwidClient(1003, "secret_token") as ecwid:
        stats: UpdateStats = ecwid.profile.latest_stats()
        search: SyncPaginator[Product] = ecwid.products.search(enabled=True, limit=50)
        for product in search:
            names.append(product.name or "")
        created: CreateStatus = ecwid.products.create({"name": "Tea"})
        updated: UpdateStatus = ecwid.products.update(created.id, {"price": 3})
        status: BatchStatus = ecwid.batch.wait("ticket-id", timeout=60)
        results = ecwid.batch.run([ecwid.calls.products.delete(created.id)])
        assert stats and updated and status and results
    with PartnerClient("client-id", "secret", "key") as partner:
        done: CloneStatus = partner.clone.run(1003, 9001, scope="CATALOG")
        url: str = partner.sso_url(1003, "secret_token")
        assert done and url
    return names
