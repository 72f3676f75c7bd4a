"""The fake's Batch API: tickets progress over polls and run items against the store."""

from __future__ import annotations

from typing import Any

import msgspec

from ecwid_async.testing import FakeEcwid

from .fake_http import Api


def update(pid: int, price: float, item_id: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"method": "PUT", "path": f"/products/{pid}", "body": {"price": price}}
    if item_id is not None:
        item["id"] = item_id
    return item


async def test_ticket_progresses_queued_in_progress_completed(fake: FakeEcwid, api: Api) -> None:
    ids = fake.seed_products(4)
    items = [update(pid, 9.5, str(n)) for n, pid in enumerate(ids)]
    ticket = (await api.ok("POST", "/batch", json=items))["ticket"]
    polls = [await api.ok("GET", "/batch", params={"ticket": ticket}) for _ in range(3)]
    assert [p["status"] for p in polls] == ["QUEUED", "IN_PROGRESS", "COMPLETED"]
    assert [p["completedRequests"] for p in polls] == [0, 2, 4]
    assert all(p["totalRequests"] == 4 for p in polls)
    assert "responses" not in polls[0]
    done = polls[2]["responses"]
    assert [r["id"] for r in done] == ["0", "1", "2", "3"]
    assert all(r["status"] == "COMPLETED" and r["httpStatusCode"] == 200 for r in done)
    assert all(r["httpBody"] == {"updateCount": 1} for r in done)
    assert all(fake.store.products[pid]["price"] == 9.5 for pid in ids)


async def test_stop_on_first_failure_leaves_the_rest_not_executed(
    fake: FakeEcwid, api: Api
) -> None:
    fake.set_batch_polls(1)
    [pid] = fake.seed_products(1)
    items = [update(pid, 1.0), update(999999, 2.0), update(pid, 3.0)]
    ticket = (await api.ok("POST", "/batch", json=items))["ticket"]
    status = await api.ok("GET", "/batch", params={"ticket": ticket})
    assert [r["status"] for r in status["responses"]] == ["COMPLETED", "FAILED", "NOT_EXECUTED"]
    assert status["responses"][1]["httpStatusCode"] == 404
    assert "errorMessage" in status["responses"][1]["httpBody"]
    assert fake.store.products[pid]["price"] == 1.0

    keep_going = (
        await api.ok("POST", "/batch", json=items, params={"stopOnFirstFailure": "false"})
    )["ticket"]
    status = await api.ok("GET", "/batch", params={"ticket": keep_going})
    assert [r["status"] for r in status["responses"]] == ["COMPLETED", "FAILED", "COMPLETED"]
    assert fake.store.products[pid]["price"] == 3.0


async def test_items_reach_any_store_route_with_their_query(fake: FakeEcwid, api: Api) -> None:
    fake.set_batch_polls(1)
    fake.seed_products(3)
    items = [
        {"id": "a", "method": "GET", "path": "/products?limit=2&offset=1", "body": ""},
        {"id": "b", "method": "POST", "path": "/products", "body": {"name": "Tea", "sku": "T-1"}},
        {"id": "c", "method": "GET", "path": "/profile"},
    ]
    ticket = (await api.ok("POST", "/batch", json=items))["ticket"]
    responses = (await api.ok("GET", "/batch", params={"ticket": ticket}))["responses"]
    page, created, profile = (r["httpBody"] for r in responses)
    assert (page["offset"], page["limit"], page["count"]) == (1, 2, 2)
    assert created["id"] in fake.store.products
    assert profile["generalInfo"]["storeId"] == fake.store.store_id


async def test_escaped_json_answers_bodies_as_strings(fake: FakeEcwid, api: Api) -> None:
    fake.set_batch_polls(1)
    [pid] = fake.seed_products(1)
    ticket = (await api.ok("POST", "/batch", json=[update(pid, 4.0, "x")]))["ticket"]
    [entry] = (await api.ok("GET", "/batch", params={"ticket": ticket, "escapedJson": "true"}))[
        "responses"
    ]
    assert "httpBody" not in entry
    assert msgspec.json.decode(entry["escapedHttpBody"]) == {"updateCount": 1}


async def test_a_repeated_deduplication_key_returns_the_first_ticket(
    fake: FakeEcwid, api: Api
) -> None:
    fake.set_batch_polls(1)
    [pid] = fake.seed_products(1)
    create = [{"method": "POST", "path": "/products", "body": {"name": "Once"}}]
    params = {"deduplicationKey": "k-1"}
    first = (await api.ok("POST", "/batch", json=create, params=params))["ticket"]
    again = (await api.ok("POST", "/batch", json=create, params=params))["ticket"]
    assert again == first
    await api.ok("GET", "/batch", params={"ticket": first})
    assert sum(p["name"] == "Once" for p in fake.store.products.values()) == 1
    assert pid in fake.store.products


async def test_bad_batches_are_refused(fake: FakeEcwid, api: Api) -> None:
    too_many = [{"method": "GET", "path": "/profile"}] * 501
    status, body = await api.post("/batch", json=too_many)
    assert (status, body["errorMessage"]) == (
        400,
        "Batch request can't contain more than 500 requests",
    )
    status, body = await api.post("/batch", json=[{"method": "PATCH", "path": "/profile"}])
    assert status == 400 and "Path $[0].path contains bad value" in body["errorMessage"]
    status, _ = await api.get("/batch", params={"ticket": "nope"})
    assert status == 404
    status, _ = await api.post(
        "/batch", json=[{"method": "GET", "path": "/profile"}], token="wrong"
    )
    assert status == 403


async def test_cancel_a_queued_ticket_and_a_group(fake: FakeEcwid, api: Api) -> None:
    item = [{"method": "GET", "path": "/profile"}]
    queued = (await api.ok("POST", "/batch", json=item))["ticket"]
    assert await api.ok("DELETE", "/batch", params={"ticketId": queued}) == {"deleteCount": 1}
    started = (await api.ok("POST", "/batch", json=item))["ticket"]
    await api.ok("GET", "/batch", params={"ticket": started})
    await api.ok("GET", "/batch", params={"ticket": started})
    status, _ = await api.delete("/batch", params={"ticketId": started})
    assert status == 409
    group = {"groupId": "g", "allowParallelMode": "true"}
    for _ in range(3):
        await api.ok("POST", "/batch", json=item, params=group)
    assert await api.ok("POST", "/batch/cancel-group", params={"groupId": "g"}) == {
        "cancelledCount": 3
    }


async def test_an_item_that_breaks_a_handler_fails_with_500_and_the_poll_answers(
    fake: FakeEcwid, api: Api
) -> None:
    fake.set_batch_polls(1)
    [pid] = fake.seed_products(1)
    # A body of unexpected shape: the fake answers a plain request with its 500 ...
    bad = {"method": "PUT", "path": f"/products/{pid}", "body": {"wholesalePrices": 5}}
    status, error = await api.put(f"/products/{pid}", json=bad["body"])
    assert status == 500 and "Internal error in FakeEcwid" in error["errorMessage"]
    # ... and the same item in a batch fails alone instead of breaking every status poll.
    items = [{**bad, "id": "bad"}, update(pid, 2.0, "good")]
    ticket = (await api.ok("POST", "/batch", json=items, params={"stopOnFirstFailure": "false"}))[
        "ticket"
    ]
    responses = (await api.ok("GET", "/batch", params={"ticket": ticket}))["responses"]
    assert [(r["id"], r["status"], r["httpStatusCode"]) for r in responses] == [
        ("bad", "FAILED", 500),
        ("good", "COMPLETED", 200),
    ]
    assert responses[0]["httpBody"] == error
    assert fake.store.products[pid]["price"] == 2.0


async def test_the_request_log_redacts_secrets_inside_batch_items(
    fake: FakeEcwid, api: Api
) -> None:
    item = {"method": "POST", "path": "/customers", "body": {"email": "a@b.c", "password": "pw1"}}
    await api.ok("POST", "/batch", json=[item])
    [logged] = fake.requests[-1].body
    assert logged["body"] == {"email": "a@b.c", "password": "[redacted]"}
    assert "pw1" not in repr(fake.requests)


async def test_searches_of_different_resources_in_one_batch_do_not_share_results(
    fake: FakeEcwid, api: Api
) -> None:
    fake.set_batch_polls(1)
    fake.seed_products(3)
    fake.seed_customers(2)
    fake.seed_orders(4)
    items = [
        {"method": "GET", "path": "/products?limit=5"},
        {"method": "GET", "path": "/customers?limit=5"},
        {"method": "GET", "path": "/orders?limit=5"},
    ]
    ticket = (await api.ok("POST", "/batch", json=items))["ticket"]
    responses = (await api.ok("GET", "/batch", params={"ticket": ticket}))["responses"]
    direct = [
        await api.ok("GET", path, params={"limit": 5})
        for path in ("/products", "/customers", "/orders")
    ]
    assert [r["httpBody"] for r in responses] == direct


async def test_the_request_log_redacts_tokens_in_batch_item_paths(
    fake: FakeEcwid, api: Api
) -> None:
    items = [
        {"method": "GET", "path": "/products?token=secret_p1&limit=1"},
        {"method": "GET", "path": "/orders?Token=secret_p2&paymentStatus=PAID,REFUNDED"},
        {"method": "GET", "path": "/profile"},
    ]
    await api.ok("POST", "/batch", json=items)
    logged = fake.requests[-1].body
    assert [item["path"] for item in logged] == [
        "/products?token=[redacted]&limit=1",
        "/orders?Token=[redacted]&paymentStatus=PAID,REFUNDED",
        "/profile",
    ]
    assert "secret_p1" not in repr(fake.requests) and "secret_p2" not in repr(fake.requests)
