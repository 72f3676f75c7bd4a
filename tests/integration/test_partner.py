"""``PartnerClient`` against FakeEcwid over loopback: v3 stores, the Clone API, OAuth, and
the blocking facade."""

from __future__ import annotations

from typing import Any

import pytest

from ecwid_async import (
    BadRequestError,
    CloneFailedError,
    CloneRejectedError,
    ConflictError,
    EcwidClient,
    PartnerClient,
    PermissionDeniedError,
)
from ecwid_async.models.partner import CloneErrorCode, CloneStatus
from ecwid_async.sync import PartnerClient as SyncPartnerClient
from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.api.clone import ERROR_MESSAGES

FAST = {"poll_interval": 0.001, "timeout": 30}


# -- v3 stores -----------------------------------------------------------------------------------
async def test_created_store_token_works_with_a_store_client() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        created = await partner.stores.create("ann@example.com", "Ann", return_api_token=True)
        assert created.id is not None and created.token == fake.stores[created.id].token
        async with fake.client(created.id) as ecwid:
            profile = await ecwid.profile.get()
            new = await ecwid.products.create({"name": "Tea", "price": 5})
        assert profile.general_info is not None
        assert profile.general_info.store_id == created.id
        assert new.id in fake.stores[created.id].products
        plain = await partner.stores.create("bob@example.com", "Bob")
        assert plain.id is not None and plain.token is None
        with pytest.raises(ConflictError):
            await partner.stores.create("ann@example.com", "Ann again")


async def test_find_by_email() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        assert await partner.stores.find_by_email("ann@example.com") is None
        created = await partner.stores.create("ann@example.com", "Ann Lee")
        found = await partner.stores.find_by_email("ann@example.com")
        assert found is not None
        assert (found.id, found.email, found.name) == (created.id, "ann@example.com", "Ann Lee")


async def test_wrong_app_credentials_are_permission_denied() -> None:
    async with FakeEcwid() as fake, PartnerClient(
        fake.client_id, "wrong", base_url=fake.partner_base_url,
        oauth_base_url=fake.oauth_base_url, rate_limit=None,
    ) as partner:  # fmt: skip
        with pytest.raises(PermissionDeniedError):
            await partner.stores.create("ann@example.com", "Ann")
        with pytest.raises(PermissionDeniedError):
            await partner.clone.status("any")
        with pytest.raises(PermissionDeniedError):
            await partner.store_token(fake.store.store_id)


# -- clone ---------------------------------------------------------------------------------------
async def test_clone_run_copies_the_catalog_and_maps_the_ids() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        fake.seed_categories(3)
        source_ids = fake.seed_products(5)
        target = await partner.stores.create("t@example.com", "T")
        assert target.id is not None
        seen: list[str | None] = []
        done = await partner.clone.run(
            fake.store.store_id, target.id, scope="CATALOG",
            progress=lambda s: seen.append(s.status), **FAST,
        )  # fmt: skip
        assert seen == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
        assert done.status == "COMPLETED" and done.finished
        mapping = done.cloned_entities_mapping
        assert mapping is not None and mapping.products is not None
        assert sorted(mapping.products) == sorted(str(i) for i in source_ids)
        async with fake.client() as source, fake.client(target.id) as copy:
            copied = {p.id: p async for p in copy.products.search()}
            for old, new in mapping.products.items():
                original = await source.products.get(int(old))
                clone = copied.pop(int(new))
                assert (clone.name, clone.sku, clone.price) == (
                    original.name, original.sku, original.price
                )  # fmt: skip
            assert copied == {}
            assert mapping.categories is not None
            categories = [c.id or 0 async for c in copy.categories.search()]
            assert sorted(categories) == sorted(int(i) for i in mapping.categories.values())


async def test_clone_start_then_status_polls() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        target = await partner.stores.create("t@example.com", "T")
        assert target.id is not None
        fake.script_clone(polls_to_complete=2)
        ticket = await partner.clone.start(fake.store.store_id, target.id, clone_demo_catalog=True)
        assert ticket.success is True and ticket.ticket
        assert (await partner.clone.status(ticket)).status == "QUEUED"
        last = await partner.clone.status(ticket.ticket)
        assert last == CloneStatus(
            status="COMPLETED", cloned_entities_mapping=last.cloned_entities_mapping
        )


async def test_clone_failed_raises_clone_failed_error() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        target = await partner.stores.create("t@example.com", "T")
        assert target.id is not None
        fake.script_clone(polls_to_complete=2, fail="Source store failed to respond")
        with pytest.raises(CloneFailedError, match="Source store failed to respond"):
            await partner.clone.run(fake.store.store_id, target.id, **FAST)
        assert fake.stores[target.id].products == {}


def _fill(fake: FakeEcwid, code: str, store_id: int) -> None:
    store = fake.stores[store_id]
    if code == "TARGET_PRODUCTS_NOT_EMPTY":
        fake.seed_products(1, store)
    elif code == "TARGET_CATEGORIES_NOT_EMPTY":
        fake.seed_categories(1, store)
    else:
        store.classes[4200009] = {"id": 4200009, "name": "Tea", "attributes": []}


@pytest.mark.parametrize(
    "code",
    ["TARGET_PRODUCTS_NOT_EMPTY", "TARGET_CATEGORIES_NOT_EMPTY", "TARGET_PRODUCT_TYPES_NOT_EMPTY"],
)
async def test_clone_into_a_non_empty_target_is_rejected(code: str) -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        target = await partner.stores.create("t@example.com", "T")
        assert target.id is not None
        _fill(fake, code, target.id)
        with pytest.raises(CloneRejectedError) as info:
            await partner.clone.start(fake.store.store_id, target.id)
        assert info.value.error_code == CloneErrorCode(code)
        assert info.value.message == ERROR_MESSAGES[code]


async def test_clone_preflight_rejections() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        target = await partner.stores.create("t@example.com", "T")
        assert target.id is not None
        src = fake.store.store_id
        cases: list[tuple[int, int, CloneErrorCode]] = [
            (404, target.id, CloneErrorCode.SOURCE_NOT_FOUND),
            (src, 405, CloneErrorCode.TARGET_NOT_FOUND),
            (src, src, CloneErrorCode.TARGET_NOT_ALLOWED_TO_CLONE),
        ]
        for source, dest, code in cases:
            with pytest.raises(CloneRejectedError) as info:
                await partner.clone.start(source, dest)
            assert info.value.error_code is code
        first = await partner.clone.start(src, target.id)
        with pytest.raises(CloneRejectedError) as info:
            await partner.clone.start(src, target.id)
        assert info.value.error_code is CloneErrorCode.TARGET_ALREADY_USED_IN_ANOTHER_CLONE_TICKET
        assert str(first.ticket) in info.value.message
        await partner.clone.wait(first, **FAST)
        again = await partner.clone.start(src, target.id)  # finished: the target is free again
        assert again.success is True and again.ticket != first.ticket


@pytest.mark.parametrize("code", sorted(ERROR_MESSAGES))
async def test_every_documented_start_error_can_be_scripted(code: str) -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        fake.script_clone(start_error=code)
        with pytest.raises(CloneRejectedError) as info:
            await partner.clone.run(fake.store.store_id, 5, **FAST)
        assert info.value.error_code == code
        assert isinstance(info.value.error_code, CloneErrorCode)


# -- OAuth ---------------------------------------------------------------------------------------
async def test_exchange_code_and_store_token() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        code = fake.issue_oauth_code(
            scope="read_catalog public_storefront", redirect_uri="https://a/cb"
        )
        token = await partner.exchange_code(code, "https://a/cb")
        assert token.access_token == fake.store.token
        assert token.public_token == fake.store.public_token
        assert token.store_id == fake.store.store_id
        assert token.scopes == ["read_store_profile", "read_catalog", "public_storefront"]
        async with EcwidClient(
            store_id=token.store_id,
            token=token.access_token,
            base_url=fake.base_url,
            rate_limit=None,
        ) as ecwid:
            assert (await ecwid.profile.get()).general_info is not None
        with pytest.raises(BadRequestError, match="already used"):
            await partner.exchange_code(code, "https://a/cb")
        created = await partner.stores.create("ann@example.com", "Ann")
        assert created.id is not None
        partner_token = await partner.store_token(created.id)
        assert partner_token.access_token == fake.stores[created.id].token
        with pytest.raises(PermissionDeniedError):
            await partner.store_token(fake.store.store_id)  # not a store of this partner


# -- blocking facade -----------------------------------------------------------------------------
def test_sync_partner_client_clones_against_a_threaded_fake() -> None:
    with FakeEcwid().start_in_thread() as fake:
        ids = fake.seed_products(4)
        kwargs: dict[str, Any] = {
            "client_id": fake.client_id,
            "client_secret": fake.client_secret,
            "partner_key": fake.partner_key,
            "base_url": fake.partner_base_url,
            "reseller_base_url": fake.reseller_base_url,
            "oauth_base_url": fake.oauth_base_url,
            "rate_limit": None,
        }
        with SyncPartnerClient(**kwargs) as client:
            partner: Any = client  # resources are attached at run time
            target = partner.stores.create("t@example.com", "T")
            done = partner.clone.run(fake.store.store_id, target.id, **FAST)
            mapping = done.cloned_entities_mapping
            assert sorted(mapping.products) == sorted(str(i) for i in ids)
            assert set(fake.stores[target.id].products) == {
                int(v) for v in mapping.products.values()
            }
            owner = partner.reseller.register("b@example.com", "pw", "B", "FREE").ownerid
            assert partner.reseller.status(owner).email == "b@example.com"


async def test_clone_wait_rides_out_a_status_outage_of_the_fake() -> None:
    from ecwid_async import RetryPolicy

    async with FakeEcwid() as fake, fake.partner_client(retry=RetryPolicy.never()) as partner:
        fake.seed_products(2)
        target = await partner.stores.create("t@example.com", "T")
        assert target.id is not None
        fake.script_clone(polls_to_complete=2)
        ticket = await partner.clone.start(fake.store.store_id, target.id, scope="CATALOG")
        fake.inject_fault("GET", "/api/v3/stores/clone", status=502, times=3)
        done = await partner.clone.wait(ticket, **FAST)
        assert done.status == "COMPLETED"
        statuses = [r.status for r in fake.requests if r.path.endswith("/stores/clone")]
        assert statuses[1:4] == [502, 502, 502]
