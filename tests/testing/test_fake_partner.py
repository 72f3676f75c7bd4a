"""The partner side of FakeEcwid over plain aiohttp: v3 stores, the Clone API, OAuth."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid
from ecwid_async.testing.api.clone import ERROR_MESSAGES

from .fake_http import Api


class Partner:
    """JSON calls to the fake's root routes with the partner app headers."""

    def __init__(self, session: aiohttp.ClientSession, fake: FakeEcwid) -> None:
        self.session, self.fake = session, fake
        self.headers = {
            "X-Ecwid-App-Client-Id": fake.client_id,
            "X-Ecwid-App-Secret-Key": fake.client_secret,
        }

    async def call(
        self, method: str, path: str, headers: dict[str, str] | None = None, **kw: Any
    ) -> tuple[int, Any]:
        url = self.fake.url + path
        hdrs = self.headers if headers is None else headers
        async with self.session.request(method, url, headers=hdrs, **kw) as resp:
            body = await resp.json() if resp.content_type == "application/json" else None
            return resp.status, body

    async def create(self, email: str, name: str = "Ann", token: bool = True) -> dict[str, Any]:
        status, body = await self.call(
            "POST",
            "/api/v3/stores",
            params={"returnApiToken": str(token).lower()},
            json={"merchant": {"email": email, "name": name}},
        )
        assert status == 200, body
        return dict(body)

    async def start(self, source: int, target: int, **params: str) -> tuple[int, Any]:
        query = {"sourceStoreId": str(source), "targetStoreId": str(target), **params}
        return await self.call("POST", "/api/v3/stores/clone", params=query)

    async def poll(self, ticket: str) -> Any:
        status, body = await self.call("GET", "/api/v3/stores/clone", params={"ticket": ticket})
        assert status == 200, body
        return body


@pytest.fixture
def partner(session: aiohttp.ClientSession, fake: FakeEcwid) -> Partner:
    return Partner(session, fake)


# -- v3 stores -----------------------------------------------------------------------------------
async def test_create_store_makes_a_real_store_with_its_own_token(
    partner: Partner, fake: FakeEcwid, session: aiohttp.ClientSession
) -> None:
    created = await partner.create("ann@example.com", "Ann Lee")
    store = fake.stores[created["id"]]
    assert created == {"id": store.store_id, "token": store.token}
    api = Api(session, f"{fake.base_url}/{store.store_id}", created["token"])
    profile = await api.ok("GET", "/profile")
    assert profile["account"]["accountEmail"] == "ann@example.com"
    assert await api.ok("GET", "/products") == {
        "total": 0, "count": 0, "offset": 0, "limit": 100, "items": []
    }  # fmt: skip
    without = await partner.create("bob@example.com", token=False)
    assert "token" not in without


async def test_create_store_errors(partner: Partner) -> None:
    await partner.create("ann@example.com")
    body = {"merchant": {"email": "ANN@example.com", "name": "Ann"}}
    assert (await partner.call("POST", "/api/v3/stores", json=body))[0] == 409
    bad = {"merchant": {"email": "not-an-email", "name": "Ann"}}
    assert (await partner.call("POST", "/api/v3/stores", json=bad))[0] == 400
    assert (await partner.call("POST", "/api/v3/stores", json={}))[0] == 400
    no_name = {"merchant": {"email": "c@example.com"}}
    assert (await partner.call("POST", "/api/v3/stores", json=no_name))[0] == 400


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-Ecwid-App-Client-Id": "fake-client-id", "X-Ecwid-App-Secret-Key": "wrong"}],
)
async def test_partner_v3_calls_need_the_app_headers(
    partner: Partner, headers: dict[str, str]
) -> None:
    body = {"merchant": {"email": "a@example.com", "name": "A"}}
    for method, path, kw in (
        ("POST", "/api/v3/stores", {"json": body}),
        ("GET", "/api/v3/stores", {"params": {"email": "a@example.com"}}),
        ("POST", "/api/v3/stores/clone", {"params": {"sourceStoreId": "1003"}}),
        ("GET", "/api/v3/stores/clone", {"params": {"ticket": "x"}}),
    ):
        status, answer = await partner.call(method, path, headers=headers, **kw)
        assert status == 403, (method, path)
        assert answer["errorMessage"]


async def test_find_store_by_email(partner: Partner) -> None:
    created = await partner.create("ann@example.com", "Ann Lee")
    found = await partner.call("GET", "/api/v3/stores", params={"email": "ANN@example.com"})
    assert found == (200, {"id": created["id"], "email": "ann@example.com", "name": "Ann Lee"})
    status, _ = await partner.call("GET", "/api/v3/stores", params={"email": "no@example.com"})
    assert status == 404
    assert (await partner.call("GET", "/api/v3/stores"))[0] == 400


# -- clone ---------------------------------------------------------------------------------------
async def test_clone_progresses_per_poll_then_copies_the_catalog(
    partner: Partner, fake: FakeEcwid
) -> None:
    cat_ids = fake.seed_categories(4)
    source = fake.store
    source.categories[cat_ids[1]]["parentId"] = cat_ids[0]
    cls = 4200001
    source.classes[cls] = {"id": cls, "name": "Tea", "googleTaxonomy": "", "attributes": []}
    ids = fake.seed_products(3)
    source.products[ids[0]]["productClassId"] = cls
    child = source.categories[cat_ids[1]]
    source.products[ids[1]]["categoryIds"] = [child["id"]]
    target = (await partner.create("t@example.com"))["id"]
    status, started = await partner.start(source.store_id, target, scope="CATALOG")
    assert status == 200 and started["success"] is True
    ticket = started["ticket"]
    assert await partner.poll(ticket) == {"status": "QUEUED"}
    assert fake.stores[target].products == {}
    assert await partner.poll(ticket) == {"status": "IN_PROGRESS"}
    done = await partner.poll(ticket)
    assert await partner.poll(ticket) == done  # finished tickets keep their answer
    mapping = done["clonedEntitiesMapping"]
    assert done["status"] == "COMPLETED"
    assert set(mapping["products"]) == {str(i) for i in ids}
    assert set(mapping["categories"]) == {str(i) for i in source.categories}
    copied = fake.stores[target]
    for old, new in mapping["products"].items():
        assert old != new
        original, copy = source.products[int(old)], copied.products[int(new)]
        assert (copy["name"], copy["sku"], copy["price"]) == (
            original["name"], original["sku"], original["price"]
        )  # fmt: skip
        cats = [int(mapping["categories"][str(c)]) for c in original["categoryIds"]]
        assert copy["categoryIds"] == cats
    new_child = copied.categories[int(mapping["categories"][str(child["id"])])]
    assert new_child["parentId"] == int(mapping["categories"][str(child["parentId"])])
    new_cls = copied.products[int(mapping["products"][str(ids[0])])]["productClassId"]
    assert new_cls != cls and copied.classes[new_cls]["name"] == "Tea"
    assert copied.profile["settings"]["storeName"] != source.profile["settings"]["storeName"]


async def test_clone_settings_scope_copies_the_profile_not_the_catalog(
    partner: Partner, fake: FakeEcwid
) -> None:
    fake.seed_products(2)
    fake.store.profile["settings"]["storeDescription"] = "Teas of the world"
    target = (await partner.create("t@example.com"))["id"]
    fake.script_clone(polls_to_complete=1)
    _, started = await partner.start(fake.store.store_id, target, scope="STORE_SETTINGS")
    done = await partner.poll(started["ticket"])
    assert done["clonedEntitiesMapping"] == {"products": {}, "categories": {}}
    copied = fake.stores[target]
    assert copied.products == {}
    assert copied.profile["settings"]["storeDescription"] == "Teas of the world"
    assert copied.profile["account"]["accountEmail"] == "t@example.com"
    assert copied.profile["generalInfo"]["storeId"] == target


async def test_clone_preflight_errors(partner: Partner, fake: FakeEcwid) -> None:
    fake.seed_products(1)
    src = fake.store.store_id
    empty = (await partner.create("e@example.com"))["id"]

    async def refused(source: int, target: int) -> tuple[str, str]:
        status, body = await partner.start(source, target)
        assert status == 400 and body["success"] is False
        return body["errorCode"], body["errorMessage"]

    assert await refused(999, empty) == ("SOURCE_NOT_FOUND", "Store #999 not found")
    assert await refused(src, 998) == ("TARGET_NOT_FOUND", "Store #998 not found")
    assert (await refused(src, src))[0] == "TARGET_NOT_ALLOWED_TO_CLONE"
    for code, fill in (
        ("TARGET_PRODUCTS_NOT_EMPTY", lambda s: fake.seed_products(1, s)),
        ("TARGET_CATEGORIES_NOT_EMPTY", lambda s: fake.seed_categories(1, s)),
        ("TARGET_PRODUCT_TYPES_NOT_EMPTY", lambda s: s.classes.update({7: {"id": 7}})),
    ):
        target = fake.stores[(await partner.create(f"{code}@example.com"))["id"]]
        fill(target)
        assert await refused(src, target.store_id) == (code, ERROR_MESSAGES[code])
    _, started = await partner.start(src, empty)
    code, message = await refused(src, empty)
    assert code == "TARGET_ALREADY_USED_IN_ANOTHER_CLONE_TICKET"
    assert message.endswith(f"#{empty} while previous clone is still in progress with ticket {started['ticket']}")  # fmt: skip
    assert (await partner.start(src, empty, scope="EVERYTHING"))[0] == 400
    assert (await partner.start(src, empty, cloneDemoCatalog="maybe"))[0] == 400
    status, _ = await partner.call("GET", "/api/v3/stores/clone", params={"ticket": "nope"})
    assert status == 404


async def test_script_clone_fails_refuses_and_resets(partner: Partner, fake: FakeEcwid) -> None:
    target = (await partner.create("t@example.com"))["id"]
    fake.script_clone(polls_to_complete=2, fail="Source store failed to respond")
    _, started = await partner.start(fake.store.store_id, target)
    assert await partner.poll(started["ticket"]) == {"status": "QUEUED"}
    failed = await partner.poll(started["ticket"])
    assert failed == {"status": "FAILED", "errorMessage": "Source store failed to respond"}
    fake.script_clone(start_error="TARGET_PRODUCTS_LIMIT")
    status, body = await partner.start(fake.store.store_id, target)
    assert (status, body["errorCode"]) == (400, "TARGET_PRODUCTS_LIMIT")
    assert body["errorMessage"] == "Target store products limit will be exceeded"
    fake.script_clone()
    assert (await partner.start(fake.store.store_id, target))[0] == 200
    fake.script_clone(start_error="SOMETHING_NEW")
    fake.reset()
    target = (await partner.create("t@example.com"))["id"]
    assert (await partner.start(fake.store.store_id, target))[0] == 200
    with pytest.raises(ValueError, match="polls_to_complete"):
        fake.script_clone(polls_to_complete=0)


# -- OAuth ---------------------------------------------------------------------------------------
def _form(fake: FakeEcwid, **fields: str) -> dict[str, str]:
    base = {"client_id": fake.client_id, "client_secret": fake.client_secret}
    return {**base, "grant_type": "authorization_code", **fields}


async def test_oauth_code_exchange_is_single_use(partner: Partner, fake: FakeEcwid) -> None:
    code = fake.issue_oauth_code(
        scope="read_catalog public_storefront", redirect_uri="https://a/cb"
    )
    form = _form(fake, code=code, redirect_uri="https://a/cb")
    status, token = await partner.call("POST", "/api/oauth/token", headers={}, data=form)
    assert (status, token) == (200, {
        "access_token": fake.store.token, "token_type": "bearer",
        "scope": "read_store_profile read_catalog public_storefront",
        "store_id": fake.store.store_id, "public_token": fake.store.public_token,
    })  # fmt: skip
    status, error = await partner.call("POST", "/api/oauth/token", headers={}, data=form)
    assert status == 400 and "already used" in error["errorMessage"]


async def test_oauth_errors(partner: Partner, fake: FakeEcwid) -> None:
    code = fake.issue_oauth_code(redirect_uri="https://a/cb")
    cases = [
        (_form(fake, code=code, client_secret="wrong"), 403),
        (_form(fake, code=code, client_id="other"), 403),
        (_form(fake, code=code, grant_type="password"), 400),
        (_form(fake, code="made-up", redirect_uri="https://a/cb"), 400),
        (_form(fake, code=code, redirect_uri="https://evil/cb"), 400),
    ]
    for form, expected in cases:
        status, body = await partner.call("POST", "/api/oauth/token", headers={}, data=form)
        assert status == expected, form
        assert body["errorMessage"]
    plain = fake.issue_oauth_code(fake.store.store_id)
    _, token = await partner.call(
        "POST", "/api/oauth/token", headers={}, data=_form(fake, code=plain)
    )
    assert "public_token" not in token


async def test_partner_token_flow(partner: Partner, fake: FakeEcwid) -> None:
    created = await partner.create("ann@example.com")
    path = f"/api/oauth/token/{created['id']}"
    status, token = await partner.call("POST", path, headers={}, data=_form(fake))
    assert status == 200 and token["access_token"] == created["token"]
    assert token["store_id"] == created["id"]
    assert (await partner.call("POST", path, headers={}, data=_form(fake, client_secret="x")))[
        0
    ] == 403
    other = f"/api/oauth/token/{fake.store.store_id}"
    assert (await partner.call("POST", other, headers={}, data=_form(fake)))[0] == 403
    assert (await partner.call("POST", "/api/oauth/token/5", headers={}, data=_form(fake)))[
        0
    ] == 404


async def test_the_request_log_keeps_no_partner_secret(partner: Partner, fake: FakeEcwid) -> None:
    code = fake.issue_oauth_code()
    await partner.call("POST", "/api/oauth/token", headers={}, data=_form(fake, code=code))
    await partner.create("ann@example.com")
    async with partner.session.post(
        f"{fake.reseller_base_url}/register",
        params={"register": "y", "key": fake.partner_key},
        data={"email": "b@example.com", "password": "hunter22", "name": "B", "plan": "FREE"},
    ) as resp:
        assert resp.status == 200
    text = repr(fake.requests)
    for secret in (code, fake.client_secret, fake.partner_key, "hunter22"):
        assert secret not in text


async def test_an_oauth_code_in_the_query_string_is_not_logged(
    partner: Partner, fake: FakeEcwid
) -> None:
    code = fake.issue_oauth_code()
    status, _ = await partner.call(
        "POST", "/api/oauth/token", headers={}, params=_form(fake, code=code)
    )
    assert status == 200
    assert code not in repr(fake.requests)
