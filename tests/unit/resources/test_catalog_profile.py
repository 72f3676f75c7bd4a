"""``ecwid.profile``: profile get/update, logos and latest stats."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async.models.common import DeleteStatus, UpdateStatus, UploadStatus
from ecwid_async.models.profile import (
    StoreProfile,
    StoreProfileInput,
    StoreSettings,
    UpdateStats,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import GIF, PNG, Build, Refusal, client, only, refusal_test, request_test

CASES: list[tuple[str, Build, str, str, list[tuple[str, str]], Any, Any, type]] = [
    (
        "get",
        lambda e: e.profile.get(),
        "GET", "/profile", [], None,
        {"generalInfo": {"storeId": 1003}, "settings": {"storeName": "Shop"}}, StoreProfile,
    ),
    (
        "update_dict",
        lambda e: e.profile.update({"settings": {"closed": False}}),
        "PUT", "/profile", [], {"settings": {"closed": False}},
        {"updateCount": 1, "success": True}, UpdateStatus,
    ),
    (
        "update_struct",
        lambda e: e.profile.update(StoreProfileInput(settings=StoreSettings(store_name="Cool"))),
        "PUT", "/profile", [], {"settings": {"storeName": "Cool"}},
        {"updateCount": 1}, UpdateStatus,
    ),
    (
        "delete_logo",
        lambda e: e.profile.delete_logo(),
        "DELETE", "/profile/logo", [], None, {"deleteCount": 1, "success": True}, DeleteStatus,
    ),
    (
        "delete_invoice_logo",
        lambda e: e.profile.delete_invoice_logo(),
        "DELETE", "/profile/invoicelogo", [], None, {"deleteCount": 1}, DeleteStatus,
    ),
    (
        "upload_logo_url",
        lambda e: e.profile.upload_logo(external_url="https://cdn.example/logo.png"),
        "PUT", "/profile/logo", [("externalUrl", "https://cdn.example/logo.png")], None,
        {"id": 1}, UploadStatus,
    ),
    (
        "latest_stats",
        lambda e: e.profile.latest_stats(),
        "GET", "/latest-stats", [], None,
        {"productsUpdated": "2014-10-19 18:56:21 +0400"}, UpdateStats,
    ),
]  # fmt: skip


test_each_method_sends_its_request_and_decodes_the_answer = request_test(CASES)


@virtual_time
async def test_latest_stats_parses_dates(mocked: aioresponses) -> None:
    mocked.get(url("/latest-stats"), payload={"ordersUpdated": "2014-10-15 16:54:11 +0400"})
    async with client() as ecwid:
        stats = await ecwid.profile.latest_stats()
    assert stats.orders_updated == dt.datetime(
        2014, 10, 15, 16, 54, 11, tzinfo=dt.timezone(dt.timedelta(hours=4))
    )


@pytest.mark.parametrize(
    ("method_name", "path", "image", "content_type"),
    [
        ("upload_logo", "/profile/logo", PNG, "image/png"),
        ("upload_invoice_logo", "/profile/invoicelogo", GIF, "image/gif"),
    ],
)
@virtual_time
async def test_logo_uploads_send_the_image_with_its_type(
    mocked: aioresponses, method_name: str, path: str, image: bytes, content_type: str
) -> None:
    mocked.put(url(path), payload={"id": 240198557})
    async with client() as ecwid:
        status = await getattr(ecwid.profile, method_name)(image)
    assert status == UploadStatus(id=240198557)
    request = only(mocked)
    assert (request.method, request.path, request.data) == ("PUT", path, image)
    assert request.headers["Content-Type"] == content_type


BAD: list[Refusal] = [
    ("body_str", lambda e: e.profile.update("closed"), TypeError, "StoreProfileInput"),
    ("body_model", lambda e: e.profile.update(StoreProfile()), TypeError, "not StoreProfile"),
    ("svg_logo", lambda e: e.profile.upload_logo(b"<svg/>"), ValueError, "not a PNG, JPEG, GIF or WebP"),
    ("no_source", lambda e: e.profile.upload_invoice_logo(), ValueError, "external_url"),
]  # fmt: skip

test_bad_input_is_refused_before_anything_is_sent = refusal_test(BAD)
