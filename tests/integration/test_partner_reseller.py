"""``partner.reseller`` (the v1 XML calls) against FakeEcwid over loopback."""

from __future__ import annotations

import datetime as dt
import gc
import warnings

import pytest

from ecwid_async import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    PartnerClient,
    PaymentRequiredError,
    PermissionDeniedError,
)
from ecwid_async.call import UnsentCallWarning
from ecwid_async.testing import FakeEcwid


async def test_register_subscribe_unsubscribe_and_status() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        reg = await partner.reseller.register(
            "ann@example.com", "pw", "Ann Lee", "VENTURE", billing="annual",
            timezone="Europe/Paris", default_language="fr", return_profile_id=True,
        )  # fmt: skip
        assert reg.ownerid is not None and reg.ownerid in fake.stores
        assert reg.profile_id is not None and reg.profile_id.startswith("p")
        fake.seed_products(2, reg.ownerid)
        status = await partner.reseller.status(reg.ownerid)
        assert (status.ownerid, status.profile_id, status.email, status.name) == (
            reg.ownerid, reg.profile_id, "ann@example.com", "Ann Lee"
        )  # fmt: skip
        assert (status.suspended, status.closed, status.plan) == (False, False, "VENTURE")
        assert (status.product_count, status.category_count, status.currency) == (2, 0, "USD")
        sub = await partner.reseller.subscribe(reg.ownerid, "BUSINESS", billing="monthly")
        assert sub.expiration is not None and sub.expiration.endswith("+0000")
        assert (await partner.reseller.status(reg.ownerid)).plan == "BUSINESS"
        free = await partner.reseller.unsubscribe(reg.ownerid)
        assert free.expiration is None
        assert (await partner.reseller.status(reg.ownerid)).plan == "FREE"
        trial = await partner.reseller.register(
            "bob@example.com", "pw", "Bob", "FREE", is_trial=True
        )
        assert trial.profile_id is None  # only with return_profile_id


async def test_register_errors_are_typed() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        await partner.reseller.register("ann@example.com", "pw", "Ann", "FREE")
        with pytest.raises(ConflictError):
            await partner.reseller.register("ann@example.com", "pw", "Ann", "FREE")
        with pytest.raises(BadRequestError):
            await partner.reseller.register("ann@nowhere", "pw", "Ann", "FREE")
        with pytest.raises(BadRequestError, match="Unknown plan"):
            await partner.reseller.register("c@example.com", "pw", "C", "GOLD")


async def test_wrong_key_is_permission_denied() -> None:
    async with (
        FakeEcwid() as fake,
        PartnerClient(
            partner_key="wrong", reseller_base_url=fake.reseller_base_url, rate_limit=None
        ) as partner,
    ):
        with pytest.raises(PermissionDeniedError):
            await partner.reseller.plans()


async def test_suspended_store_answers_402_until_resumed() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        owner = (await partner.reseller.register("ann@example.com", "pw", "Ann", "FREE")).ownerid
        assert owner is not None
        assert await partner.reseller.suspend(owner) is None
        assert (await partner.reseller.status(owner)).suspended is True
        async with fake.client(owner) as ecwid, fake.client() as other:
            with pytest.raises(PaymentRequiredError, match="The store is suspended"):
                await ecwid.profile.get()
            with pytest.raises(PaymentRequiredError):
                await ecwid.products.search().collect()
            assert (await other.profile.get()).general_info is not None
            assert await partner.reseller.resume(owner) is None
            assert (await ecwid.products.search().collect()) == []


async def test_delete_and_calls_on_foreign_or_unknown_stores() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        owner = (await partner.reseller.register("ann@example.com", "pw", "Ann", "FREE")).ownerid
        assert owner is not None
        assert await partner.reseller.delete(owner) is None
        assert owner not in fake.stores
        with pytest.raises(NotFoundError):
            await partner.reseller.status(owner)
        with pytest.raises(PermissionDeniedError):
            await partner.reseller.delete(fake.store.store_id)  # not created by this partner
        with pytest.raises(NotFoundError):
            await partner.reseller.suspend(owner)


async def test_info_of_one_store_matches_its_status() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        owner = (await partner.reseller.register("ann@example.com", "pw", "Ann", "FREE")).ownerid
        assert owner is not None
        assert await partner.reseller.info(owner) == await partner.reseller.status(owner)


async def test_info_of_several_stores_returns_each_store() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        ids = [
            (await partner.reseller.register(f"u{i}@example.com", "pw", "U", "FREE")).ownerid
            for i in range(2)
        ]
        info = await partner.reseller.info_many([i for i in ids if i is not None])
        assert isinstance(info, list)
        assert [s.ownerid for s in info] == ids


async def test_plans_and_change_store_profile() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        plans = await partner.reseller.plans()
        assert [p.name for p in plans.items] == ["FREE", "VENTURE", "BUSINESS", "UNLIMITED"]
        assert plans.items[1].price == 15.0 and plans.items[1].billing == "monthly"
        reg = await partner.reseller.register(
            "ann@example.com", "pw", "Ann", "FREE", return_profile_id=True
        )
        assert reg.ownerid is not None and reg.profile_id is not None
        assert (
            await partner.reseller.change_store_profile(reg.ownerid, reg.profile_id, "p55555")
            is None
        )
        assert (await partner.reseller.status(reg.ownerid)).profile_id == "p55555"
        with pytest.raises(BadRequestError):
            await partner.reseller.change_store_profile(reg.ownerid, reg.profile_id, "p1")


async def test_list_stores_pages_filters_and_sorts() -> None:
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        owners = []
        for i in range(7):
            reg = await partner.reseller.register(f"user{i}@example.com", "pw", f"U{i}", "FREE")
            assert reg.ownerid is not None
            owners.append(reg.ownerid)
        await partner.reseller.suspend(owners[2])
        fake.clear_requests()
        every = await partner.reseller.list_stores(dt.date(2020, 1, 1), limit=3).collect()
        assert [s.id for s in every] == owners
        pages = [r for r in fake.requests if r.path.endswith("/stores")]
        assert [r.body["offset"] for r in pages] == ["0", "3", "6"]
        assert every[0].email == "user0@example.com" and every[0].suspended is False
        assert every[0].created is not None and every[0].url
        desc = partner.reseller.list_stores(0, order="id_desc", limit=2, max_items=3)
        assert [s.id async for s in desc] == owners[::-1][:3]
        suspended = await partner.reseller.list_stores("2020-01-01", suspended=True).collect()
        assert [s.id for s in suspended] == [owners[2]]
        some = partner.reseller.list_stores(
            dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc),
            store_ids=[owners[5], owners[1]], email_substring="USER",
        )  # fmt: skip
        assert [s.id async for s in some] == [owners[1], owners[5]]
        assert await partner.reseller.list_stores("2999-01-01").collect() == []
        with pytest.raises(BadRequestError):  # the reseller API's 412
            await partner.reseller.list_stores("yesterday").collect()


async def test_a_scan_of_read_only_posts_never_warns_about_the_pages_it_built() -> None:
    # list_stores pages are POSTs; a page the scan built and then cancelled (it stopped
    # early, or the store count was reached) is no forgotten await
    async with FakeEcwid() as fake, fake.partner_client() as partner:
        for i in range(7):
            await partner.reseller.register(f"user{i}@example.com", "pw", f"U{i}", "FREE")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert len(await partner.reseller.list_stores(0, limit=3).collect()) == 7
            async with partner.reseller.list_stores(0, limit=2).pages() as pages:
                async for _ in pages:
                    break
            gc.collect()
        assert [w.message for w in caught if issubclass(w.category, UnsentCallWarning)] == []
