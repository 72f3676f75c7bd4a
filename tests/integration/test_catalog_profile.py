"""``ecwid.profile`` against FakeEcwid over loopback: profile, logos, latest stats."""

from __future__ import annotations

from pathlib import Path

import aiohttp

from ecwid_async import EcwidClient, RetryPolicy
from ecwid_async.models.profile import StoreProfileInput, StoreSettings
from ecwid_async.testing import FakeEcwid

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


async def test_get_returns_the_store_profile(ecwid_client: EcwidClient) -> None:
    profile = await ecwid_client.profile.get()
    assert profile.general_info is not None
    assert profile.general_info.store_id == ecwid_client.store_id
    assert profile.settings is not None
    assert profile.settings.store_name == "Fake Store"


async def test_update_changes_only_the_fields_sent(ecwid_client: EcwidClient) -> None:
    before = await ecwid_client.profile.get()
    assert before.settings is not None
    status = await ecwid_client.profile.update(
        StoreProfileInput(settings=StoreSettings(store_name="Renamed", closed=True))
    )
    assert status.update_count == 1
    await ecwid_client.profile.update({"company": {"city": "Encinitas"}})
    after = await ecwid_client.profile.get()
    assert after.settings is not None and after.company is not None
    assert (after.settings.store_name, after.settings.closed) == ("Renamed", True)
    assert after.company.city == "Encinitas"
    assert after.settings.store_description == before.settings.store_description
    assert after.general_info == before.general_info
    assert after.formats_and_units == before.formats_and_units


async def test_logo_upload_sets_the_starter_site_logo_and_delete_clears_it(
    ecwid_client: EcwidClient, tmp_path: Path
) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(PNG)
    assert (await ecwid_client.profile.upload_logo(path)).id
    site = (await ecwid_client.profile.get()).general_info
    assert site is not None and site.starter_site is not None
    assert site.starter_site.store_logo_url
    assert (await ecwid_client.profile.delete_logo()).delete_count == 1
    site = (await ecwid_client.profile.get()).general_info
    assert site is not None and site.starter_site is not None
    assert not site.starter_site.store_logo_url


async def test_invoice_logo_upload_sets_the_invoice_logo_and_delete_clears_it(
    ecwid_client: EcwidClient,
) -> None:
    assert (await ecwid_client.profile.upload_invoice_logo(PNG)).id
    settings = (await ecwid_client.profile.get()).settings
    assert settings is not None and settings.invoice_logo_url
    assert (await ecwid_client.profile.delete_invoice_logo()).delete_count == 1
    settings = (await ecwid_client.profile.get()).settings
    assert settings is not None and not settings.invoice_logo_url


async def test_logo_upload_by_external_url(ecwid_client: EcwidClient) -> None:
    await ecwid_client.profile.upload_logo(external_url="https://cdn.example.com/logo.png")
    site = (await ecwid_client.profile.get()).general_info
    assert site is not None and site.starter_site is not None
    assert site.starter_site.store_logo_url


async def test_latest_stats_move_when_the_catalog_and_profile_change(
    ecwid_client: EcwidClient,
) -> None:
    before = await ecwid_client.profile.latest_stats()
    await ecwid_client.products.create({"name": "Tea"})
    await ecwid_client.profile.update({"settings": {"storeName": "New"}})
    after = await ecwid_client.profile.latest_stats()
    assert after.products_updated is not None and after.profile_updated is not None
    assert before.products_updated is None or after.products_updated >= before.products_updated
    assert before.profile_updated is None or after.profile_updated >= before.profile_updated
    assert after.orders_updated == before.orders_updated


async def test_logo_from_disk_is_sent_again_in_full_after_a_429(
    fake_ecwid: FakeEcwid, tmp_path: Path
) -> None:
    logo = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2000  # 512 KB: several chunks
    path = tmp_path / "logo.png"
    path.write_bytes(logo)
    fake_ecwid.inject_fault("PUT", "/profile/logo", status=429, times=1)
    retry = RetryPolicy(base_delay=0, default_retry_after=0)
    async with fake_ecwid.client(retry=retry) as ecwid:
        await ecwid.profile.upload_logo(path)
        site = (await ecwid.profile.get()).general_info
    posts = [r for r in fake_ecwid.requests if r.method == "PUT"]
    assert len(posts) == 2
    assert site is not None and site.starter_site is not None
    url = site.starter_site.store_logo_url
    assert url and url.startswith("http://127.0.0.1:")
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert await response.read() == logo
