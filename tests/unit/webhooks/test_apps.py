"""The aiohttp app and the raw ASGI app around WebhookReceiver: methods, paths, sizes,
lifespan; the ASGI app driven through scope/receive/send directly."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from ecwid_async.webhooks import (
    RECEIVER_KEY,
    WebhookASGIApp,
    WebhookEvent,
    WebhookReceiver,
    asgi_app,
    webhook_app,
)

from .conftest import SECRET, delivery


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)


# -- ASGI ------------------------------------------------------------------------------------------
async def call_asgi(
    app: Any,
    *,
    method: str = "POST",
    path: str = "/webhooks",
    body: bytes = b"",
    headers: Iterable[tuple[str, str]] = (),
    chunks: list[bytes] | None = None,
    root_path: str = "",
) -> tuple[int, dict[bytes, bytes], bytes]:
    """One HTTP request through ``app``: (status, headers, body)."""
    parts = chunks if chunks is not None else [body]
    incoming = [
        {"type": "http.request", "body": part, "more_body": i < len(parts) - 1}
        for i, part in enumerate(parts)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return incoming.pop(0) if incoming else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "path": path,
        "root_path": root_path,
        "query_string": b"eventtype=order.created",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers],
    }
    await app(scope, receive, send)
    start, body_message = sent
    assert start["type"] == "http.response.start" and body_message["type"] == "http.response.body"
    return start["status"], dict(start["headers"]), body_message["body"]


async def test_asgi_valid_event_200_then_redelivery_acknowledged_once() -> None:
    handler = Recorder()
    app = asgi_app(handler, client_secret=SECRET)
    body, headers = delivery("ev-1")

    status, out_headers, answer = await call_asgi(app, body=body, headers=headers.items())
    again = await call_asgi(app, body=body, headers=headers.items())

    assert status == 200 and json.loads(answer)["status"] == "handled"
    assert out_headers[b"content-type"] == b"application/json"
    assert out_headers[b"content-length"] == str(len(answer)).encode()
    assert again[0] == 200 and json.loads(again[2])["status"] == "duplicate"
    assert len(handler.events) == 1


async def test_asgi_bad_signature_401_and_not_json_400() -> None:
    handler = Recorder()
    app = asgi_app(handler, client_secret=SECRET)
    body, headers = delivery()
    assert (await call_asgi(app, body=body))[0] == 401
    assert (await call_asgi(app, body=b"{nope", headers=headers.items()))[0] == 400
    assert handler.events == []


async def test_asgi_a_chunked_body_is_assembled() -> None:
    handler = Recorder()
    app = asgi_app(handler, client_secret=SECRET)
    body, headers = delivery()
    chunks = [body[:10], body[10:50], body[50:]]
    assert (await call_asgi(app, chunks=chunks, headers=headers.items()))[0] == 200
    assert len(handler.events) == 1


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
async def test_asgi_other_methods_get_405_with_allow(method: str) -> None:
    status, headers, _ = await call_asgi(asgi_app(Recorder(), client_secret=SECRET), method=method)
    assert status == 405 and headers[b"allow"] == b"POST"


async def test_asgi_other_paths_get_404_and_a_mount_prefix_is_understood() -> None:
    handler = Recorder()
    app = asgi_app(handler, client_secret=SECRET, path="/hook")
    body, headers = delivery()
    assert (await call_asgi(app, path="/webhooks", body=body, headers=headers.items()))[0] == 404
    mounted = await call_asgi(
        app, path="/ecwid/hook", root_path="/ecwid", body=body, headers=headers.items()
    )
    assert mounted[0] == 200 and len(handler.events) == 1


async def test_asgi_too_large_bodies_get_413_by_header_or_as_read() -> None:
    handler = Recorder()
    app = asgi_app(handler, client_secret=SECRET, max_body=64)
    declared = await call_asgi(app, body=b"x", headers=[("Content-Length", "100000")])
    streamed = await call_asgi(app, chunks=[b"x" * 40, b"y" * 40])
    assert declared[0] == streamed[0] == 413
    assert handler.events == []


async def test_asgi_lifespan_shutdown_waits_for_running_handlers() -> None:
    release = asyncio.Event()
    finished: list[str] = []

    async def slow(event: WebhookEvent) -> None:
        await release.wait()
        finished.append(event.event_id)

    app = asgi_app(slow, client_secret=SECRET, ack_timeout=0)
    body, headers = delivery("ev-1")
    assert (await call_asgi(app, body=body, headers=headers.items()))[0] == 200

    messages = asyncio.Queue[dict[str, Any]]()
    for kind in ("lifespan.startup", "lifespan.shutdown"):
        messages.put_nowait({"type": kind})
    sent: list[str] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])
        if message["type"] == "lifespan.startup.complete":
            release.set()

    await app({"type": "lifespan"}, messages.get, send)
    assert sent == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert finished == ["ev-1"]


async def test_asgi_refuses_websockets() -> None:
    app = asgi_app(Recorder(), client_secret=SECRET)

    async def never() -> dict[str, Any]:
        raise AssertionError("not read")

    async def no_send(message: Any) -> None:
        raise AssertionError("not sent")

    with pytest.raises(RuntimeError, match="not 'websocket'"):
        await app({"type": "websocket"}, never, no_send)


def test_asgi_app_is_built_around_a_receiver_and_hides_the_secret() -> None:
    app = asgi_app(Recorder(), client_secret=SECRET, path="/in")
    assert isinstance(app, WebhookASGIApp) and isinstance(app.receiver, WebhookReceiver)
    assert SECRET not in repr(app)
    with pytest.raises(ValueError, match="path must start with '/'"):
        asgi_app(Recorder(), client_secret=SECRET, path="in")


# -- aiohttp ---------------------------------------------------------------------------------------
async def test_aiohttp_app_statuses() -> None:
    handler = Recorder()
    app = webhook_app(handler, client_secret=SECRET, path="/ecwid", max_body=1024)
    body, headers = delivery("ev-1")
    async with TestClient(TestServer(app)) as client:
        ok = await client.post("/ecwid?eventtype=order.created", data=body, headers=headers)
        again = await client.post("/ecwid", data=body, headers=headers)
        unsigned = await client.post("/ecwid", data=body)
        garbage = await client.post("/ecwid", data=b"hello", headers=headers)
        wrong_method = await client.get("/ecwid")
        wrong_path = await client.post("/webhooks", data=body, headers=headers)
        too_big = await client.post("/ecwid", data=b"x" * 2048, headers=headers)

        assert ok.status == 200 and (await ok.json())["status"] == "handled"
        assert ok.content_type == "application/json"
        assert again.status == 200 and (await again.json())["status"] == "duplicate"
        assert unsigned.status == 401
        assert garbage.status == 400
        assert wrong_method.status == 405
        assert wrong_path.status == 404
        assert too_big.status == 413
    assert [e.event_id for e in handler.events] == ["ev-1"]


async def test_aiohttp_app_cleanup_waits_for_background_handlers() -> None:
    release = asyncio.Event()
    finished: list[str] = []

    async def slow(event: WebhookEvent) -> None:
        await release.wait()
        finished.append(event.event_id)

    app = webhook_app(slow, client_secret=SECRET, ack_timeout=0)
    async with TestClient(TestServer(app)) as client:
        answer = await client.post("/webhooks", data=delivery()[0], headers=delivery()[1])
        assert (await answer.json())["status"] == "accepted"
        assert app[RECEIVER_KEY].running == 1
        release.set()
    assert finished == ["ev-1"]


def test_aiohttp_app_refuses_a_relative_path() -> None:
    with pytest.raises(ValueError, match="path must start with '/'"):
        webhook_app(Recorder(), client_secret=SECRET, path="webhooks")
