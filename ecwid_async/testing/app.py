"""The aiohttp application: one catch-all route running the pipeline
log -> latency -> injected faults -> auth -> rate limit -> handler -> error mapping."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qsl, urlencode

import msgspec
from aiohttp import web

from .control import Fault, RateLimit, RequestRecord, ServerStats
from .errors import error_response, json_response
from .models import Backend, StoreState
from .routing import Ctx, Router, Scope, call
from .webhooks import WebhookHub

__all__ = ["ServerState", "make_app"]

#: Status kept internally for a dropped connection; the log records it as 0 (no answer).
RESET_STATUS = 599
_STORE_PATH = re.compile(r"^/api/v3/(?P<store_id>\d+)(?P<rest>/.*)?$")
_HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)


@dataclass
class ServerState:
    """Everything the running app reads: stores, routes and the test knobs."""

    backend: Backend
    router: Router
    base_url: str = ""
    latency: float = 0.0
    rate_limit: RateLimit | None = None
    faults: list[Fault] = field(default_factory=list)
    log: list[RequestRecord] = field(default_factory=list)
    stats: ServerStats = field(default_factory=ServerStats)
    #: Registered webhook receivers and deliveries (``testing/webhooks.py``).
    webhooks: WebhookHub = field(default_factory=WebhookHub)


def _token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    if header[:7].lower() == "bearer ":
        return header[7:].strip() or None
    return request.query.get("token") or None


#: Never kept in the request log: tokens, secrets, keys, passwords.
SECRET_FIELDS = frozenset(
    {"token", "access_token", "refresh_token", "client_secret", "key", "password"}
)
#: Form bodies are OAuth exchanges, where the authorization ``code`` is a secret too.
_FORM_SECRETS = SECRET_FIELDS | {"code"}
_REDACTED = "[redacted]"


def _secret(key: object, secrets: frozenset[str]) -> bool:
    """Whether ``key`` names a secret, in any letter case (``Token``, ``ACCESS_TOKEN``)."""
    return isinstance(key, str) and key.lower() in secrets


def _redact_path(path: str, secrets: frozenset[str]) -> str:
    """A batch item's ``path`` with the values of secret query keys replaced."""
    head, sep, query = path.partition("?")
    if not sep:
        return path
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(_secret(k, secrets) for k, _ in pairs):
        return path
    kept = [(k, _REDACTED if _secret(k, secrets) else v) for k, v in pairs]
    return f"{head}?{urlencode(kept, safe=',[]')}"


def _redact(value: Any, secrets: frozenset[str] = SECRET_FIELDS) -> Any:
    """``value`` with every secret field replaced, at any depth and in any letter case (a
    Batch API body nests whole requests in a list: their bodies and their paths' queries)."""
    if isinstance(value, dict):
        return {k: _redact_field(k, v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v, secrets) for v in value]
    return value


def _redact_field(key: str, value: Any, secrets: frozenset[str]) -> Any:
    if _secret(key, secrets):
        return _REDACTED
    if key == "path" and isinstance(value, str):
        return _redact_path(value, secrets)
    return _redact(value, secrets)


def _log_body(body: bytes, content_type: str) -> Any:
    """The body as the log keeps it: decoded JSON or form fields (secrets redacted), or
    the raw bytes of an upload."""
    if not body:
        return None
    if content_type == "application/x-www-form-urlencoded":
        return _redact(dict(parse_qsl(body.decode("utf-8", "replace"))), _FORM_SECRETS)
    if "json" in content_type or body[:1] in (b"{", b"["):
        try:
            return _redact(msgspec.json.decode(body))
        except msgspec.DecodeError:
            return body
    return body


async def _fault_response(request: web.Request, fault: Fault) -> web.StreamResponse:
    if fault.kind == "status":
        return error_response(fault.status, f"Injected fault: HTTP {fault.status}")
    if fault.kind == "empty":
        return web.Response(status=fault.status)
    if fault.kind == "html":
        return web.Response(status=502, text=_HTML_502, content_type="text/html")
    transport = request.transport
    if fault.kind == "truncated":
        resp = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
        resp.content_length = 4096
        await resp.prepare(request)
        await resp.write(b'{"total": 100, "count": 100, "items": [{"id": 1')
        if transport is not None:
            transport.abort()
        return resp
    # "reset": drop the connection without an answer.
    if transport is not None:
        transport.abort()
    return web.Response(status=RESET_STATUS)


def make_app(state: ServerState) -> web.Application:
    """Build the application serving ``state``."""

    async def dispatch(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        path = request.rel_url.raw_path  # still percent-encoded: "%2F" stays in its segment
        m = _STORE_PATH.match(path)
        store_id = int(m["store_id"]) if m else None
        relative = (m["rest"] or "/") if m else None
        query = {k: v for k, v in request.query.items() if not _secret(k, _FORM_SECRETS)}
        response = await _answer(request, body, path, store_id, relative)
        if not response.prepared:  # the server's time is the fake's clock, not the host's
            response.headers["Date"] = formatdate(state.backend.wall_clock(), usegmt=True)
        status = 0 if response.status == RESET_STATUS else response.status
        state.stats.requests += 1
        state.stats.by_status[status] = state.stats.by_status.get(status, 0) + 1
        state.log.append(
            RequestRecord(
                method=request.method,
                path=request.path,
                query=query,
                body=_log_body(body, request.content_type),
                status=status,
                store_id=store_id,
            )
        )
        return response

    async def _answer(
        request: web.Request,
        body: bytes,
        path: str,
        store_id: int | None,
        relative: str | None,
    ) -> web.StreamResponse:
        if state.latency > 0:
            await asyncio.sleep(state.latency)
        decoded = request.path
        decoded_relative = decoded[len(f"/api/v3/{store_id}") :] or "/" if store_id else None
        for fault in state.faults:
            if fault.matches(request.method, decoded, decoded_relative):
                fault.hits += 1
                state.stats.faults += 1
                return await _fault_response(request, fault)
        public = False
        store: StoreState | None = None
        if store_id is not None:
            auth = _authorize(request, store_id)
            if isinstance(auth, web.Response):
                return auth
            store, public = auth
        route_path = path if relative is None else relative
        scope: Scope = "root" if store_id is None else "store"
        match = state.router.resolve(scope, request.method, route_path)
        if match.route is None:
            if match.allowed:
                resp = error_response(405, f"Method {request.method} is not allowed here")
                resp.headers["Allow"] = ", ".join(sorted(set(match.allowed)))
                return resp
            return error_response(404, f"Resource not found: {path}")
        if public and not match.route.public:
            return error_response(403, "The public token cannot be used for this request")
        ctx = Ctx(
            request=request,
            path=route_path,
            params=dict(match.params),
            query=request.rel_url.query,
            body=body,
            backend=state.backend,
            base_url=state.base_url,
            store_state=store,
            router=state.router,
            public=public,
        )
        status, result = await call(match.route.handler, ctx)
        if status != 200:
            response: web.StreamResponse = error_response(
                status, result["errorMessage"], result.get("errorCode")
            )
        elif isinstance(result, web.StreamResponse):
            response = result
        else:
            response = json_response(result)
        if request.method != "GET":  # drop cached searches of what may have changed
            for changed in (store,) if store is not None else state.backend.stores.values():
                changed.bump()
        return response

    def _authorize(request: web.Request, store_id: int) -> tuple[StoreState, bool] | web.Response:
        """The store and whether its public token was used; or the 403/429 to answer."""
        token = _token(request)
        store = state.backend.stores.get(store_id)
        if token is None:
            return error_response(403, "Access token is missing")
        if store is None or token not in (store.token, store.public_token):
            return error_response(403, "Token doesn't match the store id or is invalid")
        if store.suspended:
            return error_response(402, "The store is suspended")
        if state.rate_limit is not None:
            wait = state.rate_limit.check(token)
            if wait is not None:
                state.stats.rate_limited += 1
                resp = error_response(429, "Too many requests")
                resp.headers["Retry-After"] = RateLimit.retry_after(wait)
                return resp
        return store, token == store.public_token

    app = web.Application(client_max_size=128 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", dispatch)
    return app
