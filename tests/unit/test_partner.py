"""PartnerClient: app-header auth, stores, clone tickets, reseller XML, SSO vectors, OAuth."""

from __future__ import annotations

import asyncio
import itertools
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

import msgspec
import pytest
from aioresponses import CallbackResult, aioresponses

from ecwid_async import (
    CloneFailedError,
    CloneRejectedError,
    ConflictError,
    DecodeError,
    PermissionDeniedError,
    RequestTimeoutError,
    RetryPolicy,
    ServerError,
    TicketTimeoutError,
)
from ecwid_async.models.partner import CloneErrorCode, CloneStatus, CreatedStore, OAuthToken
from ecwid_async.partner import PartnerClient
from ecwid_async.sso import partner_login_url, sso_url
from tests.vtime import virtual_time

V3 = "https://app.ecwid.com/api/v3"
RESELLER = "https://my.ecwid.com/resellerapi/v1"
OAUTH = "https://my.ecwid.com/api/oauth"
SECRET = "app_secret_xyz"
KEY = "partner_key_007"


def at(base: str, path: str) -> re.Pattern[str]:
    return re.compile(re.escape(base + path) + r"(\?.*)?$")


def partner(**kwargs: Any) -> PartnerClient:
    kwargs.setdefault("rate_limit", None)
    return PartnerClient("app_id", SECRET, KEY, channel_id="channel42", **kwargs)


def requests_of(m: aioresponses) -> list[tuple[str, str, dict[str, Any]]]:
    return [(meth, str(u), c.kwargs) for (meth, u), calls in m.requests.items() for c in calls]


@virtual_time
async def test_stores_create_uses_app_headers_and_json_body() -> None:
    with aioresponses() as m:
        m.post(at(V3, "/stores"), payload={"id": 9001, "token": "secret_new_store"})
        async with partner() as p:
            store = await p.stores.create("ann@example.com", "Ann", return_api_token=True)
        [(_, url, kwargs)] = requests_of(m)
    assert store == CreatedStore(id=9001, token="secret_new_store")
    assert "secret_new_store" not in repr(store)
    assert url == f"{V3}/stores?returnApiToken=true"
    assert kwargs["headers"]["X-Ecwid-App-Client-Id"] == "app_id"
    assert kwargs["headers"]["X-Ecwid-App-Secret-Key"] == SECRET
    assert "Authorization" not in kwargs["headers"]
    assert msgspec.json.decode(kwargs["data"]) == {
        "merchant": {"email": "ann@example.com", "name": "Ann"}
    }


@virtual_time
async def test_find_by_email_is_none_on_404_and_conflict_is_typed() -> None:
    with aioresponses() as m:
        m.get(at(V3, "/stores"), status=404, body=b'{"errorMessage":"Store not found"}')
        m.get(at(V3, "/stores"), payload={"id": 5, "email": "ann@example.com"})
        m.post(at(V3, "/stores"), status=409, body=b'{"errorMessage":"Email already registered"}')
        async with partner() as p:
            assert await p.stores.find_by_email("nobody@example.com") is None
            found = await p.stores.find_by_email("ann@example.com")
            with pytest.raises(ConflictError, match="already registered"):
                await p.stores.create("ann@example.com", "Ann")
    assert found is not None and found.id == 5


def test_bad_input_and_missing_credentials_fail_before_sending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("ECWID_CLIENT_ID", "ECWID_CLIENT_SECRET", "ECWID_PARTNER_KEY", "ECWID_CHANNEL_ID"):
        monkeypatch.delenv(name, raising=False)
    p = PartnerClient(rate_limit=None)
    with pytest.raises(ValueError, match="not an email"):
        p.stores.create("not-an-email", "Ann")
    with pytest.raises(ValueError, match="client_secret"):
        p.sso_url(1003, "secret_t")
    with pytest.raises(ValueError, match="partner_key"):
        p.partner_login_url(1003)
    with pytest.raises(ValueError, match="client_id"):
        p.exchange_code("abc")

    async def go() -> None:
        with aioresponses() as m:
            with pytest.raises(ValueError, match="needs client_id and client_secret"):
                await p.stores.create("a@b.c", "Ann")
            with pytest.raises(ValueError, match="needs partner_key"):
                await p.reseller.status(5)
            with pytest.raises(ValueError, match="scope must be one of"):
                await partner().clone.start(1, 2, scope="EVERYTHING")
            assert m.requests == {}
        await p.aclose()

    asyncio.run(go())


# --- clone ---------------------------------------------------------------------------------


@virtual_time
async def test_clone_happy_path_polls_with_backoff_until_completed() -> None:
    loop = asyncio.get_running_loop()
    states = iter(["QUEUED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED"])
    poll_times: list[float] = []

    def status(u: Any, **kwargs: Any) -> CallbackResult:
        poll_times.append(loop.time())
        state = next(states)
        payload: dict[str, Any] = {"status": state}
        if state == "COMPLETED":
            payload["clonedEntitiesMapping"] = {
                "products": {"12345": "54321", "67890": "09876"},
                "categories": {"111": "222"},
            }
        return CallbackResult(payload=payload)

    seen: list[str | None] = []
    with aioresponses() as m:
        m.post(at(V3, "/stores/clone"), payload={"ticket": "352397e5", "success": True})
        m.get(at(V3, "/stores/clone"), callback=status, repeat=True)
        async with partner() as p:
            done = await p.clone.run(
                1003, 9001, scope="CATALOG", progress=lambda s: seen.append(s.status)
            )
        start_url = next(u for meth, u, _ in requests_of(m) if meth == "POST")
    assert parse_qs(urlsplit(start_url).query) == {
        "sourceStoreId": ["1003"], "targetStoreId": ["9001"], "scope": ["CATALOG"],
    }  # fmt: skip
    assert done.status == "COMPLETED"
    assert done.cloned_entities_mapping is not None
    assert done.cloned_entities_mapping.products == {"12345": "54321", "67890": "09876"}
    assert seen == ["QUEUED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED"]
    gaps = [b - a for a, b in itertools.pairwise(poll_times)]
    assert gaps == pytest.approx([5.0, 7.5, 11.25])


@virtual_time
async def test_clone_failed_raises_with_the_reason() -> None:
    with aioresponses() as m:
        m.get(at(V3, "/stores/clone"), payload={"status": "IN_PROGRESS"})
        m.get(
            at(V3, "/stores/clone"),
            payload={"status": "FAILED", "errorMessage": "Source store failed to respond"},
        )
        async with partner() as p:
            with pytest.raises(CloneFailedError, match="Source store failed to respond") as info:
                await p.clone.wait("t-1", poll_interval=1)
    assert info.value.ticket == "t-1"


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (200, {"success": False, "errorCode": "TARGET_PRODUCTS_NOT_EMPTY", "errorMessage": "Target store products should be empty"}, CloneErrorCode.TARGET_PRODUCTS_NOT_EMPTY),
        (400, {"success": False, "errorCode": "SOURCE_NOT_FOUND", "errorMessage": "Store #1 not found"}, CloneErrorCode.SOURCE_NOT_FOUND),
        (200, {"success": False, "errorCode": "SOMETHING_NEW", "errorMessage": "new reason"}, "SOMETHING_NEW"),
    ],
)  # fmt: skip
@virtual_time
async def test_clone_rejected_start_raises_with_a_typed_code(
    status: int, body: Any, code: Any
) -> None:
    with aioresponses() as m:
        m.post(at(V3, "/stores/clone"), status=status, payload=body)
        async with partner() as p:
            with pytest.raises(CloneRejectedError) as info:
                await p.clone.start(1, 2)
    assert info.value.error_code == code
    assert isinstance(info.value.error_code, CloneErrorCode)
    assert info.value.message == body["errorMessage"]


@virtual_time
async def test_clone_wait_times_out() -> None:
    with aioresponses() as m:
        m.get(at(V3, "/stores/clone"), payload={"status": "QUEUED"}, repeat=True)
        async with partner() as p:
            with pytest.raises(RequestTimeoutError, match="still QUEUED after 60s"):
                await p.clone.wait("t", timeout=60)


@virtual_time
async def test_clone_wait_rides_out_a_poll_outage_while_the_clone_runs() -> None:
    import aiohttp

    loop = asyncio.get_running_loop()
    poll_times: list[float] = []
    with aioresponses() as m:
        for answer in (
            {"payload": {"status": "IN_PROGRESS"}},
            {"status": 503},
            {"exception": aiohttp.ClientConnectionError("reset")},
            {"status": 429, "headers": {"Retry-After": "20"}},
            {"status": 502, "body": b"<html>bad gateway</html>"},
            {"payload": {"status": "COMPLETED", "clonedEntitiesMapping": {}}},
        ):
            m.get(at(V3, "/stores/clone"), **answer)
        async with partner(
            retry=RetryPolicy.never(), on_request=lambda e: poll_times.append(loop.time())
        ) as p:
            done = await p.clone.wait("t-7", poll_interval=1, max_poll_interval=4)
    assert done.status == "COMPLETED"
    gaps = [b - a for a, b in itertools.pairwise(poll_times)]
    assert gaps == pytest.approx([1.0, 1.5, 2.25, 20.0, 4.0])  # the 429's wait is kept


@virtual_time
async def test_clone_wait_outage_past_the_timeout_raises_with_the_ticket() -> None:
    with aioresponses() as m:
        m.get(at(V3, "/stores/clone"), payload={"status": "IN_PROGRESS"})
        m.get(at(V3, "/stores/clone"), status=503, repeat=True)
        async with partner(retry=RetryPolicy.never()) as p:
            with pytest.raises(TicketTimeoutError) as info:
                await p.clone.wait("t-9", timeout=30, poll_interval=1)
    error = info.value
    assert error.ticket == "t-9"
    assert error.last_status == CloneStatus(status="IN_PROGRESS")
    assert isinstance(error.__cause__, ServerError)
    assert isinstance(error, RequestTimeoutError)
    assert "clone t-9 still IN_PROGRESS after 30s; the last poll failed: 503" in str(error)


@virtual_time
async def test_clone_wait_raises_a_lasting_error_at_once() -> None:
    with aioresponses() as m:
        m.get(at(V3, "/stores/clone"), status=403, payload={"errorMessage": "no scope"})
        async with partner(retry=RetryPolicy.never()) as p:
            with pytest.raises(PermissionDeniedError):
                await p.clone.wait("t-3", poll_interval=1)
        assert sum(len(calls) for calls in m.requests.values()) == 1


def test_clone_status_model() -> None:
    status = msgspec.json.decode(b'{"status": "IN_PROGRESS"}', type=CloneStatus)
    assert not status.finished


# --- reseller v1 (XML) ---------------------------------------------------------------------------


@virtual_time
async def test_reseller_sends_key_in_the_form_and_parses_xml() -> None:
    xml = (
        b"<status><ownerid>5</ownerid><profile_id>p98765</profile_id><suspended>false</suspended>"
        b"<email>ann@example.com</email><account-type><subscription><originalProduct>VENTURE"
        b"</originalProduct></subscription></account-type><productCount>12</productCount>"
        b"<currency>USD</currency></status>"
    )
    with aioresponses() as m:
        m.post(at(RESELLER, "/status"), body=xml, content_type="text/xml")
        async with partner() as p:
            status = await p.reseller.status(5)
        [(_, url, kwargs)] = requests_of(m)
    assert KEY not in url
    assert parse_qs(kwargs["data"].decode()) == {"ownerid": ["5"], "key": [KEY]}
    assert kwargs["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert "X-Ecwid-App-Secret-Key" not in kwargs["headers"]
    assert status.ownerid == 5
    assert status.suspended is False
    assert status.plan == "VENTURE"
    assert status.product_count == 12


@pytest.mark.parametrize(
    "hostile",
    [
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;">]><status>&lol3;</status>',
        b'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><status><email>&xxe;</email></status>',
        b'<?xml version="1.0"?><!DOCTYPE foo SYSTEM "http://127.0.0.1:9/evil.dtd"><status/>',
        b"<status><ownerid>5</ownerid>",
    ],
)
@virtual_time
async def test_hostile_or_broken_xml_raises_a_clear_error(hostile: bytes) -> None:
    with aioresponses() as m:
        m.post(at(RESELLER, "/status"), body=hostile, content_type="text/xml")
        async with partner() as p:
            with pytest.raises(DecodeError, match=r"hostile XML|not well-formed"):
                await p.reseller.status(5)


@virtual_time
async def test_reseller_register_subscribe_and_errors() -> None:
    with aioresponses() as m:
        m.post(
            at(RESELLER, "/register"),
            body=b"<registration><ownerid>777</ownerid><profile_id>p1</profile_id></registration>",
        )
        m.post(
            at(RESELLER, "/subscribe"),
            body=b"<subscription><expiration>2027-01-01</expiration></subscription>",
        )
        m.post(at(RESELLER, "/suspend"), body=b"")
        m.post(at(RESELLER, "/delete"), status=403, body=b"")
        async with partner() as p:
            reg = await p.reseller.register(
                "ann@example.com", "pw", "Ann", "VENTURE", return_profile_id=True
            )
            sub = await p.reseller.subscribe(777, "BUSINESS", billing="annual")
            assert await p.reseller.suspend(777) is None
            with pytest.raises(PermissionDeniedError):
                await p.reseller.delete(777)
            with pytest.raises(ValueError, match="billing"):
                p.reseller.subscribe(777, "X", billing="weekly")
            with pytest.raises(ValueError, match="profile id"):
                p.reseller.change_store_profile(777, "98765", "p1")
        register_url = next(u for meth, u, _ in requests_of(m) if "register" in u)
    assert reg.ownerid == 777 and reg.profile_id == "p1"
    assert sub.expiration == "2027-01-01"
    assert register_url.endswith("/register?register=y")


@virtual_time
async def test_reseller_store_list_is_a_paginator() -> None:
    def page(u: Any, **kwargs: Any) -> CallbackResult:
        form = parse_qs(kwargs["data"].decode())
        offset, limit = int(form["offset"][0]), int(form["limit"][0])
        ids = range(offset, min(offset + limit, 5))
        stores = b"".join(
            b"<store><id>%d</id><email>s%d@example.com</email></store>" % (i, i) for i in ids
        )
        head = b'<stores total="5" count="%d" offset="%d" limit="%d">' % (len(ids), offset, limit)
        return CallbackResult(body=head + stores + b"</stores>")

    with aioresponses() as m:
        m.post(at(RESELLER, "/stores"), callback=page, repeat=True)
        async with partner() as p:
            stores = await p.reseller.list_stores("2020-01-01", limit=2, suspended=False).collect()
    assert [s.id for s in stores] == [0, 1, 2, 3, 4]


# --- SSO and OAuth -------------------------------------------------------------------------------


def test_sso_url_vector_from_the_docs_formula() -> None:
    # signature = sha256(ownerid + token + timestamp + app_secret), lowercase hex
    url = sso_url(1003, "secret_abc", SECRET, timestamp=1492688357, place="orders", inline=True)
    query = parse_qs(urlsplit(url).query)
    assert url.startswith("https://my.ecwid.com/api/v3/1003/sso?")
    assert query["signature"] == [
        "dae518bb314b8142645094c5a391e81a84322717c64ac752ce59258fb70b79d3"
    ]
    assert query["timestamp"] == ["1492688357"]
    assert query["place"] == ["orders"]
    assert query["inline"] == ["true"]
    assert SECRET not in url


def test_partner_login_url_vector_from_the_docs_formula() -> None:
    # login_sha256token = sha256(timestamp + store_id + channel_id + partner_key)
    url = partner_login_url(1003, "channel42", KEY, timestamp=1492688357, lang="fr", inline=True)
    query = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert url.startswith("https://my.ecwid.com/cp/partner-login?ownerid=1003&t=1492688357&")
    assert query["login_sha256token"] == [
        "d6bcd12f62b541224835a477f02fff5410c211ee47a16c93b31997c744ad8195"
    ]
    assert query["lang"] == ["fr"]
    assert url.endswith("&inline")
    assert KEY not in url
    via_client = partner().partner_login_url(1003, timestamp=1492688357, lang="fr", inline=True)
    assert via_client == url


def test_authorize_url() -> None:
    url = partner().authorize_url(
        "https://example.com/cb", ["read_store_profile", "read_catalog"], state="x1"
    )
    assert url == (
        "https://my.ecwid.com/api/oauth/authorize?client_id=app_id&redirect_uri=https%3A%2F%2Fexample.com%2Fcb"
        "&response_type=code&scope=read_store_profile+read_catalog&state=x1"
    )


@virtual_time
async def test_exchange_code_posts_the_secret_in_the_body_not_the_url() -> None:
    with aioresponses() as m:
        m.post(at(OAUTH, "/token"), payload={
            "access_token": "secret_store_token", "token_type": "bearer",
            "scope": "read_store_profile update_catalog", "store_id": 1003,
        })  # fmt: skip
        async with partner() as p:
            token = await p.exchange_code("987654321hgfdsa", "https://example.com/cb")
        [(_, url, kwargs)] = requests_of(m)
    assert url == f"{OAUTH}/token"
    assert parse_qs(kwargs["data"].decode())["client_secret"] == [SECRET]
    assert SECRET not in url
    assert token == OAuthToken(
        access_token="secret_store_token", token_type="bearer",
        scope="read_store_profile update_catalog", store_id=1003,
    )  # fmt: skip
    assert token.scopes == ["read_store_profile", "update_catalog"]
    assert "secret_store_token" not in repr(token)


def test_partner_repr_hides_secrets() -> None:
    text = repr(partner())
    assert SECRET not in text and KEY not in text


BAD_STORE_IDS = [1.9, 1.0, "1", True, None, -1]


@pytest.mark.parametrize("store_id", BAD_STORE_IDS, ids=repr)
async def test_partner_store_ids_are_validated_not_coerced(store_id: Any) -> None:
    from ecwid_async.sso import partner_login_token, sso_signature

    with aioresponses() as m:
        async with partner() as p:
            for build in (
                lambda: p.store_token(store_id),
                lambda: p.sso_url(store_id, "tok"),
                lambda: p.partner_login_url(store_id),
                lambda: sso_url(store_id, "tok", SECRET, timestamp=1),
                lambda: partner_login_url(store_id, "ch", KEY, timestamp=1),
                lambda: sso_signature(store_id, "tok", 1, SECRET),
                lambda: partner_login_token(1, store_id, "ch", KEY),
                lambda: p.clone.start(store_id, 2),
                lambda: p.clone.start(1, store_id),
            ):
                with pytest.raises((TypeError, ValueError), match=r"store_id must be"):
                    await _maybe(build())
        assert m.requests == {}


async def _maybe(value: Any) -> Any:
    return await value if asyncio.iscoroutine(value) else value


STATUS_XML = b"<status><ownerid>5</ownerid><productCount>1</productCount></status>"
PLANS_XML = b"<plans><plan><name>VENTURE</name></plan></plans>"
STORES_XML = (
    b'<stores total="1" count="1" offset="0" limit="100"><store><id>5</id></store></stores>'
)


@pytest.mark.parametrize(
    ("path", "answer", "build"),
    [
        ("/status", STATUS_XML, lambda p: p.reseller.status(5)),
        ("/info", STATUS_XML, lambda p: p.reseller.info(5)),
        ("/info", b"<stores>" + STATUS_XML + b"</stores>", lambda p: p.reseller.info_many([5])),
        ("/plans", PLANS_XML, lambda p: p.reseller.plans()),
        ("/stores", STORES_XML, lambda p: p.reseller.list_stores("2020-01-01").collect()),
    ],
    ids=["status", "info", "info_many", "plans", "list_stores"],
)
@virtual_time
async def test_read_only_reseller_posts_are_retried_after_a_5xx(
    path: str, answer: bytes, build: Any
) -> None:
    with aioresponses() as m:
        m.post(at(RESELLER, path), status=503)
        m.post(at(RESELLER, path), status=502)
        m.post(at(RESELLER, path), body=answer, content_type="text/xml")
        async with partner() as p:
            await build(p)
        assert sum(len(calls) for calls in m.requests.values()) == 3


@virtual_time
async def test_a_reseller_post_that_changes_things_is_still_not_retried_after_a_5xx() -> None:
    with aioresponses() as m:
        m.post(at(RESELLER, "/suspend"), status=503)
        async with partner() as p:
            with pytest.raises(ServerError):
                await p.reseller.suspend(5)
        assert sum(len(calls) for calls in m.requests.values()) == 1
