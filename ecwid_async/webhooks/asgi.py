"""``asgi_app``: a raw ASGI 3 application receiving Ecwid webhooks (Starlette, FastAPI,
any ASGI server), with no framework dependency."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from .._typing import Unpack
from .receiver import ReceiverOptions, Reply, WebhookReceiver, json_reply
from .router import Handler, WebhookRouter

__all__ = ["ASGIReceive", "ASGIScope", "ASGISend", "WebhookASGIApp", "asgi_app"]

ASGIScope = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[MutableMapping[str, Any]]]
ASGISend = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class WebhookASGIApp:
    """ASGI app answering ``POST path`` as :class:`WebhookReceiver` does; 405 for other
    methods, 404 for other paths (relative to ``root_path`` when mounted), 413 over
    ``max_body``. Handles ``lifespan`` (shutdown waits for handlers); when mounted where
    lifespan does not reach it, ``await app.aclose()`` on shutdown."""

    def __init__(self, receiver: WebhookReceiver, *, path: str = "/webhooks") -> None:
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        self.receiver, self.path = receiver, path

    def __repr__(self) -> str:
        return f"WebhookASGIApp(path={self.path!r}, receiver={self.receiver!r})"

    async def __call__(self, scope: ASGIScope, receive: ASGIReceive, send: ASGISend) -> None:
        """Serve one ASGI connection (``http`` or ``lifespan``)."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await _send(send, await self._answer(scope, receive))
        else:
            raise RuntimeError(f"WebhookASGIApp serves http and lifespan, not {scope['type']!r}")

    def _relative(self, scope: ASGIScope) -> str:
        path, root = str(scope.get("path", "")), str(scope.get("root_path", ""))
        return path[len(root) :] if root and path.startswith(root) else path

    async def _answer(self, scope: ASGIScope, receive: ASGIReceive) -> Reply:
        if self.path not in (self._relative(scope), scope.get("path")):
            return json_reply(404, {"error": "not found"})
        if scope.get("method") != "POST":
            return json_reply(405, {"error": "method not allowed"}, {"Allow": "POST"})
        headers = {
            k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())
        }
        body = await _read_body(receive, headers, self.receiver.max_body)
        if body is None:
            return json_reply(413, {"error": f"body larger than {self.receiver.max_body} bytes"})
        return await self.receiver.receive(body, headers)

    async def _lifespan(self, receive: ASGIReceive, send: ASGISend) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.receiver.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def aclose(self) -> None:
        """Wait for running handlers."""
        await self.receiver.aclose()


async def _read_body(receive: ASGIReceive, headers: dict[str, str], limit: int) -> bytes | None:
    """The request body, or ``None`` past ``limit`` bytes (by Content-Length or as read)."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send(send: ASGISend, reply: Reply) -> None:
    headers = [(b"content-type", b"application/json")]
    headers += [
        (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()
    ]
    headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


def asgi_app(
    handler_or_router: WebhookRouter | Handler,
    *,
    client_secret: str,
    path: str = "/webhooks",
    **options: Unpack[ReceiverOptions],
) -> WebhookASGIApp:
    """An ASGI app for ``handler_or_router``: ``app.mount("/ecwid", asgi_app(...))`` in
    Starlette/FastAPI, or serve it alone with any ASGI server."""
    receiver = WebhookReceiver(handler_or_router, client_secret=client_secret, **options)
    return WebhookASGIApp(receiver, path=path)
