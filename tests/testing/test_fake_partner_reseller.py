"""The reseller API v1 of FakeEcwid over plain aiohttp: form POSTs with the key, XML answers."""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, fromstring

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid

from .fake_http import Api


class Reseller:
    """Form POSTs to ``/resellerapi/v1/<call>`` with the partner key."""

    def __init__(self, session: aiohttp.ClientSession, fake: FakeEcwid) -> None:
        self.session, self.fake = session, fake

    async def call(
        self,
        call: str,
        /,
        params: Any = None,
        key: Any = "",
        **form: Any,
    ) -> tuple[int, Element | None]:
        data = {k.replace("__", "."): str(v) for k, v in form.items()}
        if key is not None:
            data["key"] = key or self.fake.partner_key
        url = f"{self.fake.reseller_base_url}/{call}"
        async with self.session.post(url, params=params, data=data) as resp:
            body = await resp.read()
            if resp.status == 200 and body:
                assert resp.content_type == "text/xml"
                return resp.status, fromstring(body)
            return resp.status, None

    async def ok(self, call: str, /, **form: Any) -> Element | None:
        status, doc = await self.call(call, **form)
        assert status == 200, (call, status)
        return doc

    async def register(self, email: str, plan: str = "VENTURE", **form: Any) -> int:
        doc = await self.ok(
            "register", params={"register": "y"}, email=email, password="pw", name="Ann",
            plan=plan, **form,
        )  # fmt: skip
        assert doc is not None and doc.tag == "registration"
        return int(doc.findtext("ownerid") or 0)


@pytest.fixture
def reseller(session: aiohttp.ClientSession, fake: FakeEcwid) -> Reseller:
    return Reseller(session, fake)


def values(doc: Element | None) -> dict[str, str]:
    assert doc is not None
    return {child.tag: child.text or "" for child in doc}


async def test_every_call_needs_the_key(reseller: Reseller) -> None:
    owner = await reseller.register("ann@example.com")
    for name in ("register", "subscribe", "unsubscribe", "suspend", "resume", "delete",
                 "info", "status", "stores", "plans", "change-store-profile"):  # fmt: skip
        for key in (None, "wrong"):
            status, _ = await reseller.call(name, key=key, ownerid=owner)
            assert status == 403, (name, key)


async def test_register_creates_a_store(
    reseller: Reseller, fake: FakeEcwid, session: aiohttp.ClientSession
) -> None:
    status, doc = await reseller.call(
        "register", params={"register": "y", "returnProfileId": "true"}, email="ann@example.com",
        password="pw", name="Ann Lee", plan="VENTURE", timezone="Europe/Paris",
    )  # fmt: skip
    assert status == 200
    got = values(doc)
    store = fake.stores[int(got["ownerid"])]
    assert got["profile_id"].startswith("p") and got["profile_id"][1:].isdigit()
    profile = await Api(session, f"{fake.base_url}/{store.store_id}", store.token).ok(
        "GET", "/profile"
    )
    assert profile["account"]["accountEmail"] == "ann@example.com"
    assert profile["formatsAndUnits"]["timezone"] == "Europe/Paris"
    again = await reseller.register("bob@example.com", profile_id="p55")
    assert values((await reseller.call("status", ownerid=again))[1])["profile_id"] == "p55"


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ({"email": "ann@example.com"}, 409),
        ({"email": "ANN@EXAMPLE.COM"}, 409),
        ({"email": "not-an-email"}, 400),
        ({"plan": "GOLD"}, 400),
        ({"billing": "weekly"}, 400),
        ({"password": ""}, 400),
        ({"profile_id": "98765"}, 400),
    ],
)
async def test_register_errors(reseller: Reseller, form: dict[str, str], expected: int) -> None:
    await reseller.register("ann@example.com")
    base = {"email": "new@example.com", "password": "pw", "name": "N", "plan": "FREE"}
    status, _ = await reseller.call("register", params={"register": "y"}, **{**base, **form})
    assert status == expected


async def test_subscribe_and_unsubscribe(reseller: Reseller) -> None:
    owner = await reseller.register("ann@example.com", plan="FREE")
    doc = await reseller.ok("subscribe", ownerid=owner, plan="BUSINESS", billing="annual")
    assert doc is not None and doc.tag == "subscription"
    assert values(doc)["expiration"].endswith("+0000")
    doc = await reseller.ok("status", ownerid=owner)
    sub = doc.find("account-type/subscription") if doc is not None else None
    assert sub is not None and sub.findtext("originalProduct") == "BUSINESS"
    doc = await reseller.ok("unsubscribe", ownerid=owner)
    assert doc is not None and doc.tag == "subscription" and list(doc) == []
    assert (await reseller.call("subscribe", ownerid=owner, plan="GOLD"))[0] == 400
    assert (await reseller.call("subscribe", ownerid=999, plan="FREE"))[0] == 404


async def test_suspend_answers_the_store_api_with_402_until_resumed(
    reseller: Reseller, fake: FakeEcwid, session: aiohttp.ClientSession
) -> None:
    owner = await reseller.register("ann@example.com")
    api = Api(session, f"{fake.base_url}/{owner}", fake.stores[owner].token)
    assert await reseller.ok("suspend", ownerid=owner) is None
    assert await reseller.ok("suspend", ownerid=owner) is None  # again: no effect, 200
    status, body = await api.get("/products")
    assert (status, body["errorMessage"]) == (402, "The store is suspended")
    assert (await api.get("/products", token="wrong"))[0] == 403
    assert (await Api(session, f"{fake.base_url}/1003", fake.store.token).get("/profile"))[0] == 200
    assert values(await reseller.ok("status", ownerid=owner))["suspended"] == "true"
    assert await reseller.ok("resume", ownerid=owner) is None
    assert (await api.get("/products"))[0] == 200


async def test_store_calls_on_unknown_or_foreign_stores(
    reseller: Reseller, fake: FakeEcwid
) -> None:
    for name in ("suspend", "resume", "delete", "status", "unsubscribe"):
        assert (await reseller.call(name, ownerid=999))[0] == 404, name
        assert (await reseller.call(name, ownerid=fake.store.store_id))[0] == 403, name
        assert (await reseller.call(name, ownerid="abc"))[0] == 400, name


async def test_delete_removes_the_store(
    reseller: Reseller, fake: FakeEcwid, session: aiohttp.ClientSession
) -> None:
    owner = await reseller.register("ann@example.com")
    token = fake.stores[owner].token
    assert await reseller.ok("delete", ownerid=owner) is None
    assert owner not in fake.stores
    assert (await Api(session, f"{fake.base_url}/{owner}", token).get("/profile"))[0] == 403
    assert (await reseller.call("status", ownerid=owner))[0] == 404
    await reseller.register("ann@example.com")  # the email is free again


async def test_status_and_info(reseller: Reseller, fake: FakeEcwid) -> None:
    owner = await reseller.register("ann@example.com")
    fake.seed_products(3, owner)
    fake.seed_categories(2, owner)
    got = values(await reseller.ok("status", ownerid=owner))
    assert got["ownerid"] == str(owner)
    assert (got["email"], got["name"], got["suspended"], got["closed"]) == (
        "ann@example.com", "Ann", "false", "false"
    )  # fmt: skip
    assert (got["productCount"], got["categoryCount"], got["currency"]) == ("3", "2", "USD")
    for name in ("traffic", "storage", "total", "profile_id"):
        assert got[name]
    assert values(await reseller.ok("info", store__id=owner)) == got
    other = await reseller.register("bob@example.com")
    doc = await reseller.ok("info", store__ids=f"{owner},{other}")
    assert doc is not None and doc.tag == "stores"
    assert [s.findtext("ownerid") for s in doc] == [str(owner), str(other)]


async def test_plans(reseller: Reseller) -> None:
    doc = await reseller.ok("plans")
    assert doc is not None and doc.tag == "plans"
    plans = [values(p) for p in doc]
    assert [p["name"] for p in plans][:2] == ["FREE", "VENTURE"]
    assert set(plans[1]) == {"name", "title", "price", "billing"}


async def test_change_store_profile(reseller: Reseller) -> None:
    owner = await reseller.register("ann@example.com")
    src = values(await reseller.ok("status", ownerid=owner))["profile_id"]
    status, _ = await reseller.call(
        "change-store-profile",
        params={"ownerid": str(owner), "src_profile": src, "dst_profile": "p55555"},
    )  # the docs send the parameters in the query
    assert status == 200
    assert values(await reseller.ok("status", ownerid=owner))["profile_id"] == "p55555"
    bad = {"ownerid": owner, "src_profile": src, "dst_profile": "p1"}  # src is no longer right
    assert (await reseller.call("change-store-profile", **bad))[0] == 400
    bad = {"ownerid": owner, "src_profile": "p55555", "dst_profile": "55"}
    assert (await reseller.call("change-store-profile", **bad))[0] == 400


async def test_store_list_filters_sorts_and_pages(reseller: Reseller) -> None:
    owners = [await reseller.register(f"user{i}@example.com") for i in range(5)]
    await reseller.ok("suspend", ownerid=owners[1])

    async def listed(**form: Any) -> tuple[dict[str, str], list[int]]:
        doc = await reseller.ok("stores", **{"date__from": "2020-01-01", **form})
        assert doc is not None and doc.tag == "stores"
        return dict(doc.attrib), [int(s.findtext("id") or 0) for s in doc]

    attrs, ids = await listed()
    assert attrs == {"total": "5", "count": "5", "offset": "0", "limit": "20"}
    assert ids == owners
    assert (await listed(offset=1, limit=2)) == (
        {"total": "5", "count": "2", "offset": "1", "limit": "2"}, owners[1:3]
    )  # fmt: skip
    assert (await listed(order="id_desc"))[1] == owners[::-1]
    assert (await listed(order="email_desc"))[1] == owners[::-1]
    assert (await listed(suspended="y"))[1] == [owners[1]]
    assert (await listed(suspended="f"))[1] == [o for o in owners if o != owners[1]]
    assert (await listed(email__substring="USER3"))[1] == [owners[3]]
    assert (await listed(store__ids=f"{owners[4]},{owners[0]}"))[1] == [owners[0], owners[4]]
    assert (await listed(url__substring=f"store{owners[2]}."))[1] == [owners[2]]
    assert (await listed(date__to="2020-01-02"))[1] == []
    assert (await listed(date__from="2999-01-01"))[1] == []
    doc = await reseller.ok("stores", date__from="0", limit=1)
    assert doc is not None
    assert set(values(doc[0])) == {"id", "email", "url", "name", "suspended", "created"}


@pytest.mark.parametrize(
    "form",
    [
        {},
        {"date.from": "yesterday"},
        {"date.from": "2020-01-01", "limit": "101"},
        {"date.from": "2020-01-01", "limit": "-1"},
        {"date.from": "2020-01-01", "offset": "x"},
        {"date.from": "2020-01-01", "order": "name"},
        {"date.from": "2020-01-01", "suspended": "maybe"},
        {"date.from": "2020-01-01", "store.ids": "1,x"},
        {"date.from": "2020-01-01", "timezone": "Mars/Olympus"},
    ],
)
async def test_store_list_malformed_parameters_are_412(
    reseller: Reseller, form: dict[str, str]
) -> None:
    status, _ = await reseller.call("stores", **form)
    assert status == 412
