"""Routing: each API module declares ``routes = RouteTable(...)`` and is listed in
``API_MODULES``; the router matches ``method + path`` to a handler ``(Ctx) -> value``.

A handler (plain or ``async def``) returns a JSON-able value (sent as 200 JSON) or an
``aiohttp.web.Response``, and raises ``FakeApiError`` for errors. Store routes
(``scope="store"``) live under ``/api/v3/{storeId}``, are authenticated with the store
token and rate limited per token; root routes (``scope="root"``) take an absolute path and
do their own auth.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

import msgspec
from multidict import MultiDictProxy

from .backend.fields import trimmed
from .errors import FakeApiError, bad_request, error_body
from .params import numeric_error

if TYPE_CHECKING:
    from aiohttp import web

    from .models import Backend, StoreState

__all__ = [
    "API_MODULES",
    "Ctx",
    "Handler",
    "Route",
    "RouteTable",
    "Router",
    "build_router",
    "call",
]

#: Modules whose ``routes`` the fake serves; add one line here to add an API area.
API_MODULES = (
    "ecwid_async.testing.api.profile",
    "ecwid_async.testing.api.stats",
    "ecwid_async.testing.api.products",
    "ecwid_async.testing.api.product_media",
    "ecwid_async.testing.api.categories",
    "ecwid_async.testing.api.combinations",
    "ecwid_async.testing.api.classes",
    "ecwid_async.testing.api.orders",
    "ecwid_async.testing.api.carts",
    "ecwid_async.testing.api.customers",
    "ecwid_async.testing.api.customer_groups",
    "ecwid_async.testing.api.coupons",
    "ecwid_async.testing.api.media_files",
    "ecwid_async.testing.api.partner_stores",
    "ecwid_async.testing.api.clone",
    "ecwid_async.testing.api.reseller",
    "ecwid_async.testing.api.oauth",
    "ecwid_async.testing.api.batch",
    "ecwid_async.testing.api.application",
    "ecwid_async.testing.api.staff",
    "ecwid_async.testing.api.options",
    "ecwid_async.testing.api.dictionaries",
    "ecwid_async.testing.api.store_reports",
    "ecwid_async.testing.api.order_extras",
    "ecwid_async.testing.api.subscriptions",
    "ecwid_async.testing.api.promotions",
    "ecwid_async.testing.api.brands",
    "ecwid_async.testing.api.reviews",
)

Scope = Literal["store", "root"]
_log = logging.getLogger("ecwid_async.testing")
_decoder = msgspec.json.Decoder()


@dataclass
class Ctx:
    """What a handler sees: the request, its path parameters, query and pre-read body,
    the store (store routes) and the backend with every store."""

    request: web.Request
    #: The path the route matched: relative to ``/api/v3/{storeId}`` for store routes (for
    #: a Batch API item, the item's path, not the batch request's).
    path: str
    params: dict[str, str]
    query: MultiDictProxy[str]
    body: bytes
    backend: Backend
    base_url: str
    store_state: StoreState | None = None
    #: The router, so a handler can run other routes itself (as the Batch API does).
    router: Router | None = None
    #: Whether the request came with the store's public token (only enabled items show).
    public: bool = False
    _json: Any = field(default=None, repr=False)

    @property
    def store(self) -> StoreState:
        """The store addressed by the path (store routes only)."""
        assert self.store_state is not None, "root routes have no store"
        return self.store_state

    def json(self) -> Any:
        """The body decoded as JSON (400 if malformed); ``{}`` for an empty body."""
        if self._json is None:
            if not self.body.strip():
                self._json = {}
            else:
                try:
                    self._json = _decoder.decode(self.body)
                except msgspec.DecodeError as exc:
                    raise bad_request(f"Malformed JSON in request body: {exc}") from None
        return self._json

    def json_object(self) -> dict[str, Any]:
        """The body as a JSON object (400 if it is not one)."""
        value = self.json()
        if not isinstance(value, dict):
            raise bad_request("Request body must be a JSON object")
        return value

    def int_param(self, name: str, label: str = "id") -> int:
        """A numeric path parameter (400 the way Ecwid words it if not a number)."""
        try:
            return int(self.params[name])
        except ValueError:
            raise numeric_error(label) from None


Handler = Callable[[Ctx], Any]


async def call(handler: Handler, ctx: Ctx) -> tuple[int, Any]:
    """Run a handler (plain or async): ``(200, its value)``, or the status and Ecwid error
    body of a ``FakeApiError``, or a 500 (logged) for a bug in the fake or a body of
    unexpected shape. The app and the Batch API both run handlers through here."""
    try:
        result = handler(ctx)
        if asyncio.iscoroutine(result):
            result = await result
        if isinstance(result, dict):  # ``responseFields`` trims any JSON answer
            result = trimmed(ctx.query, result)
    except FakeApiError as exc:
        return exc.status, error_body(exc.message, exc.code)
    except Exception as exc:
        _log.exception("FakeEcwid handler failed for %s", ctx.request.path)
        return 500, error_body(f"Internal error in FakeEcwid: {type(exc).__name__}")
    return 200, result


@dataclass(frozen=True)
class Route:
    """One endpoint: method, path template (``/products/{productId}``), handler, scope, and
    whether a store's public token may call it."""

    method: str
    template: str
    handler: Handler
    scope: Scope
    regex: re.Pattern[str]
    n_params: int
    public: bool = False


def _compile(template: str) -> tuple[re.Pattern[str], int]:
    parts = re.split(r"(\{\w+\})", template.rstrip("/") or "/")
    pattern = "".join(f"(?P<{p[1:-1]}>[^/]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{pattern}/?$"), template.count("{")


class RouteTable:
    """The routes of one API module, declared with ``@routes.get("/path")`` etc."""

    def __init__(self, scope: Scope = "store") -> None:
        self.scope: Scope = scope
        self.routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler, *, public: bool = False) -> None:
        """Register ``handler`` for ``method`` on ``template``."""
        regex, n_params = _compile(template)
        route = Route(method, template, handler, self.scope, regex, n_params, public)
        self.routes.append(route)

    def _decorator(
        self, method: str, template: str, public: bool = False
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.add(method, template, handler, public=public)
            return handler

        return register

    def get(self, template: str, *, public: bool = False) -> Callable[[Handler], Handler]:
        """Decorator: a GET route (``public``: open to the store's public token too)."""
        return self._decorator("GET", template, public)

    def post(self, template: str) -> Callable[[Handler], Handler]:
        """Decorator: a POST route."""
        return self._decorator("POST", template)

    def put(self, template: str) -> Callable[[Handler], Handler]:
        """Decorator: a PUT route."""
        return self._decorator("PUT", template)

    def delete(self, template: str) -> Callable[[Handler], Handler]:
        """Decorator: a DELETE route."""
        return self._decorator("DELETE", template)


@dataclass(frozen=True)
class Match:
    """A resolved route: the route and its percent-decoded path parameters (``route``
    None: path unknown, ``allowed`` non-empty: path known but not for this method)."""

    route: Route | None
    params: Mapping[str, str]
    allowed: tuple[str, ...] = ()


class Router:
    """Resolves a method and a path relative to its scope; literal segments win over
    parameters (``/products/deleted`` before ``/products/{productId}``)."""

    def __init__(self, routes: list[Route]) -> None:
        self._routes = {
            scope: sorted((r for r in routes if r.scope == scope), key=lambda r: r.n_params)
            for scope in ("store", "root")
        }

    def resolve(self, scope: Scope, method: str, path: str) -> Match:
        """Find the route for ``method`` and ``path`` (still percent-encoded, so that an
        encoded ``/`` stays inside its segment)."""
        allowed: list[str] = []
        for route in self._routes[scope]:
            m = route.regex.match(path)
            if m is None:
                continue
            if route.method == method:
                return Match(route, {k: unquote(v) for k, v in m.groupdict().items()})
            allowed.append(route.method)
        return Match(None, {}, tuple(allowed))


def build_router(modules: Iterable[str | ModuleType] = API_MODULES) -> Router:
    """Collect the ``routes`` table of each module (a dotted name is imported)."""
    routes: list[Route] = []
    for module in modules:
        loaded = importlib.import_module(module) if isinstance(module, str) else module
        table: RouteTable = loaded.routes
        routes.extend(table.routes)
    return Router(routes)
