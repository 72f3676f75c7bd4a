"""FakeEcwid lifecycle, URLs, stores, auth, routing errors, request log and reset."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import types
import urllib.error
import urllib.request
from typing import Any

import aiohttp
import pytest

from ecwid_async.testing import DEFAULT_STORE_ID, Ctx, FakeApiError, FakeEcwid, RouteTable
from ecwid_async.testing.routing import API_MODULES

from .fake_http import Api


async def test_serves_on_loopback_with_documented_roots(fake: FakeEcwid) -> None:
    assert fake.url.startswith("http://127.0.0.1:")
    assert fake.port > 0
    assert fake.base_url == f"{fake.url}/api/v3"
    assert fake.partner_base_url == fake.base_url
    assert fake.reseller_base_url == f"{fake.url}/resellerapi/v1"
    assert fake.oauth_base_url == f"{fake.url}/api/oauth"
    assert fake.store.store_id == DEFAULT_STORE_ID == 1003
    assert fake.store.token


async def test_profile_answers_over_http(api: Api) -> None:
    profile = await api.ok("GET", "/profile")
    assert profile["generalInfo"]["storeId"] == 1003
    assert profile["settings"]["storeName"] == "Fake Store"


async def test_missing_token_is_403(api: Api) -> None:
    status, body = await api.get("/profile", token=None)
    assert status == 403
    assert "errorMessage" in body


async def test_wrong_token_is_403(api: Api) -> None:
    status, body = await api.get("/profile", token="secret_wrong")
    assert status == 403
    assert body["errorMessage"]


async def test_token_query_parameter_is_accepted(api: Api) -> None:
    status, body = await api.get("/profile", token=None, params={"token": api.token})
    assert status == 200
    assert body["generalInfo"]["storeId"] == 1003


async def test_unknown_store_is_403(fake: FakeEcwid, session: aiohttp.ClientSession) -> None:
    other = Api(session, f"{fake.base_url}/999", fake.store.token)
    status, _ = await other.get("/profile")
    assert status == 403


async def test_unknown_path_is_404_and_wrong_method_405(api: Api) -> None:
    status, body = await api.get("/no-such-thing")
    assert status == 404
    assert "errorMessage" in body
    status, body = await api.call("PATCH", "/products")
    assert status == 405


async def test_error_message_is_also_the_reason_phrase(
    fake: FakeEcwid, session: aiohttp.ClientSession
) -> None:
    url = f"{fake.base_url}/1003/products"
    headers = {"Authorization": f"Bearer {fake.store.token}"}
    async with session.get(url, params={"inStock": "maybe"}, headers=headers) as resp:
        assert resp.status == 400
        assert resp.reason is not None
        assert resp.reason.startswith("Wrong parameter 'inStock' value")


async def test_non_numeric_id_is_400(api: Api) -> None:
    status, body = await api.get("/products/abc")
    assert status == 400
    assert body["errorMessage"].startswith("Wrong numeric parameter 'id' value")


async def test_stores_are_isolated(fake: FakeEcwid, session: aiohttp.ClientSession) -> None:
    second = fake.add_store(name="Second")
    assert second.store_id != fake.store.store_id
    assert second.token != fake.store.token
    one = Api(session, f"{fake.base_url}/{fake.store.store_id}", fake.store.token)
    two = Api(session, f"{fake.base_url}/{second.store_id}", second.token)
    await one.ok("POST", "/products", json={"name": "Only in one"})
    assert (await one.ok("GET", "/products"))["total"] == 1
    assert (await two.ok("GET", "/products"))["total"] == 0
    status, _ = await two.get("/products", token=fake.store.token)
    assert status == 403
    third = fake.add_store(store_id=5555, token="secret_third")
    assert fake.stores[5555] is third
    with pytest.raises(ValueError, match="already exists"):
        fake.add_store(store_id=5555)


async def test_request_log_records_requests_without_token(api: Api, fake: FakeEcwid) -> None:
    await api.post("/products", json={"name": "Tea", "price": 5})
    await api.get("/products", params={"keyword": "tea", "token": api.token})
    create, search = fake.requests[-2:]
    assert (create.method, create.path, create.status) == ("POST", "/api/v3/1003/products", 200)
    assert create.body == {"name": "Tea", "price": 5}
    assert create.store_id == 1003
    assert search.query == {"keyword": "tea"}
    assert api.token not in repr(fake.requests)
    await api.post("/customers", json={"email": "a@b.c", "password": "hunter2"})
    assert fake.requests[-1].body == {"email": "a@b.c", "password": "[redacted]"}
    assert "hunter2" not in repr(fake.requests)
    fake.clear_requests()
    assert fake.requests == []


async def test_reset_restores_a_fresh_default_store(fake: FakeEcwid, api: Api) -> None:
    token = fake.store.token
    fake.seed_products(5)
    fake.add_store(store_id=42)
    fake.set_latency(0.5)
    fake.set_rate_limit(1)
    fake.inject_fault("GET", "/profile", times=None)
    fake.reset()
    assert fake.store.token == token
    assert set(fake.stores) == {1003}
    assert fake.stats.requests == 0
    body = await api.ok("GET", "/products")
    assert body["total"] == 0
    await api.ok("GET", "/profile")
    await api.ok("GET", "/profile")  # neither rate limited nor faulted any more
    assert fake.stats.requests == 3


async def test_client_factory_wires_store_and_base_url(fake: FakeEcwid) -> None:
    from ecwid_async import EcwidClient

    client = fake.client()
    try:
        assert isinstance(client, EcwidClient)
        profile = await client.request("GET", "/profile")
        assert profile["generalInfo"]["storeId"] == 1003
    finally:
        await client.aclose()


def test_start_in_thread_serves_sync_code_and_stops_cleanly() -> None:
    before = threading.active_count()
    with FakeEcwid().start_in_thread() as fake:
        request = urllib.request.Request(
            f"{fake.base_url}/1003/latest-stats",
            headers={"Authorization": f"Bearer {fake.store.token}"},
        )
        with urllib.request.urlopen(request, timeout=5) as resp:
            assert resp.status == 200
            assert "productsUpdated" in json.loads(resp.read())
        url = fake.base_url
    assert threading.active_count() == before
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/1003/profile", timeout=2)


def test_knobs_from_the_calling_thread_apply_to_the_server_thread() -> None:
    with FakeEcwid().start_in_thread() as fake:
        fake.seed_products(3)
        fake.inject_fault("GET", "/profile", status=418)
        headers = {"Authorization": f"Bearer {fake.store.token}"}
        request = urllib.request.Request(f"{fake.base_url}/1003/products", headers=headers)
        with urllib.request.urlopen(request, timeout=5) as resp:
            assert json.loads(resp.read())["total"] == 3
        request = urllib.request.Request(f"{fake.base_url}/1003/profile", headers=headers)
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request, timeout=5)
        assert info.value.code == 418
        info.value.close()
        fake.reset()
        request = urllib.request.Request(f"{fake.base_url}/1003/products", headers=headers)
        with urllib.request.urlopen(request, timeout=5) as resp:
            assert json.loads(resp.read())["total"] == 0
        assert [r.status for r in fake.requests] == [200]


def test_thread_mode_is_idempotent_to_stop() -> None:
    fake = FakeEcwid().start_in_thread()
    fake.stop_thread()
    fake.stop_thread()
    with pytest.raises(RuntimeError, match="not started"):
        _ = FakeEcwid().base_url


async def test_close_is_idempotent_and_start_twice_fails() -> None:
    fake = FakeEcwid()
    await fake.start()
    with pytest.raises(RuntimeError, match="already started"):
        await fake.start()
    await fake.close()
    await fake.close()


async def test_extra_module_adds_root_routes_without_touching_store_routes(
    session: aiohttp.ClientSession,
) -> None:
    ext = types.ModuleType("partner_ext")
    routes = RouteTable(scope="root")

    @routes.post("/api/v3/extension/stores")
    async def create_store(ctx: Ctx) -> Any:
        if ctx.request.headers.get("X-Ecwid-App-Secret-Key") != "s3":
            raise FakeApiError(403, "bad secret")
        return {"id": ctx.backend.add_store().store_id}

    @routes.get("/api/v3/extension/stores/broken")
    def broken(ctx: Ctx) -> Any:
        raise RuntimeError("bug")

    ext.routes = routes  # type: ignore[attr-defined]
    async with FakeEcwid(modules=[*API_MODULES, ext]) as fake:
        url = f"{fake.base_url}/extension/stores"
        async with session.post(url, headers={"X-Ecwid-App-Secret-Key": "s3"}) as resp:
            assert resp.status == 200
            new_id = (await resp.json())["id"]
        assert new_id in fake.stores
        async with session.post(url) as resp:
            assert resp.status == 403
        async with session.get(f"{url}/broken") as resp:
            assert resp.status == 500
            assert "RuntimeError" in (await resp.json())["errorMessage"]
        async with session.get(f"{fake.base_url}/1003/profile") as resp:
            assert resp.status == 403  # store routes keep their auth


def test_module_runs_a_standalone_server() -> None:
    cmd = [sys.executable, "-m", "ecwid_async.testing", "--products", "3", "--token", "secret_x"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None
            lines = dict(proc.stdout.readline().strip().split("=", 1) for _ in range(3))
            assert lines["ECWID_STORE_ID"] == "1003"
            assert lines["ECWID_TOKEN"] == "secret_x"
            request = urllib.request.Request(
                f"{lines['ECWID_BASE_URL']}/1003/products",
                headers={"Authorization": "Bearer secret_x"},
            )
            with urllib.request.urlopen(request, timeout=5) as resp:
                assert json.loads(resp.read())["total"] == 3
        finally:
            proc.terminate()
            proc.wait(timeout=10)


async def test_public_token_reads_public_data_only(fake: FakeEcwid, api: Api) -> None:
    public = fake.store.public_token
    assert public.startswith("public_")
    on = (await api.ok("POST", "/products", json={"name": "On"}))["id"]
    off = (await api.ok("POST", "/products", json={"name": "Off", "enabled": False}))["id"]
    body = {"name": "Hidden", "enabled": False}
    hidden_cat = (await api.ok("POST", "/categories", json=body))["id"]
    status, found = await api.get("/products", token=public)
    assert status == 200
    assert [p["id"] for p in found["items"]] == [on]
    _, found = await api.get("/products", token=public, params={"enabled": "false"})
    assert found["total"] == 0
    assert (await api.get(f"/products/{off}", token=public))[1] == {"id": off, "enabled": False}
    assert (await api.get(f"/categories/{hidden_cat}", token=public))[1]["enabled"] is False
    params = {"hidden_categories": "true"}
    assert (await api.get("/categories", token=public, params=params))[1]["total"] == 0
    status, profile = await api.get("/profile", token=public)
    assert status == 200
    assert "account" not in profile
    assert profile["settings"]["storeName"] == "Fake Store"
    for method, path in (("POST", "/products"), ("GET", "/orders"), ("PUT", f"/products/{on}")):
        status, error = await api.call(method, path, token=public, json={})
        assert status == 403, (method, path)
        assert error["errorMessage"]


async def test_client_factory_can_use_the_public_token(fake: FakeEcwid) -> None:
    client = fake.client(public=True)
    try:
        profile = await client.request("GET", "/profile")
        assert "account" not in profile
    finally:
        await client.aclose()


async def test_request_log_drops_secret_query_keys_in_any_letter_case(
    api: Api, fake: FakeEcwid
) -> None:
    params = {"keyword": "tea", "Token": "secret_A1", "ACCESS_TOKEN": "secret_B2", "Key": "k3"}
    await api.get("/products", params=params)
    assert fake.requests[-1].query == {"keyword": "tea"}
    assert not any(s in repr(fake.requests) for s in ("secret_A1", "secret_B2", "k3"))


async def test_request_log_redacts_secret_keys_of_bodies_in_any_letter_case(
    api: Api, fake: FakeEcwid
) -> None:
    await api.post("/customers", json={"email": "a@b.c", "Password": "hunter2", "TOKEN": "t9"})
    assert fake.requests[-1].body == {
        "email": "a@b.c",
        "Password": "[redacted]",
        "TOKEN": "[redacted]",
    }
    assert "hunter2" not in repr(fake.requests) and "t9" not in repr(fake.requests)
