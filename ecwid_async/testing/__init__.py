"""``ecwid_async.testing``: FakeEcwid, an in-memory Ecwid server over real HTTP, for tests.

Usage::

    async with FakeEcwid() as fake:              # serves on 127.0.0.1 from this loop
        fake.seed_products(1000)
        async with fake.client() as ecwid:       # EcwidClient for the default store 1003
            ...
    with FakeEcwid().start_in_thread() as fake:  # for sync code: own loop in a thread
        ...

Test knobs: ``seed_*``, ``add_store``, ``add_cart``, ``set_latency``, ``set_rate_limit``
(per token, sliding window, injectable ``clock``), ``inject_fault`` (status, empty,
reset, truncated, html), ``requests`` (the log, never the token), ``stats``, ``reset``.
With pytest, the ``ecwid_async`` plugin gives the ``fake_ecwid`` and ``ecwid_client``
fixtures; ``python -m ecwid_async.testing`` runs a standalone fake.

Layout (moto's shape)::

    server.py    FakeEcwid: lifecycle (in-loop or threaded), stores, clients, test knobs
    loop_thread.py  LoopThread: the daemon thread and event loop of ``start_in_thread``
    app.py       the aiohttp app: log -> latency -> faults -> auth -> rate limit -> handler
    routing.py   RouteTable / Router / Ctx, ``call`` (handler -> status and body, shared
                 with the Batch API), and API_MODULES, the list of served modules
    models.py    per-store state: plain dicts, id counters, deletions, latest-stats
    params.py    query parsing: booleans, numbers, dates, comma lists, search envelope
    errors.py    FakeApiError and Ecwid-shaped error bodies
    control.py   faults, sliding-window rate limit, request log records, counters
    seed*.py     deterministic seed data (catalog; customers, orders, carts, coupons)
    api/*.py     one module per API area, each with ``routes = RouteTable()``

Adding an endpoint area: write ``api/<area>.py`` with ``routes = RouteTable()`` (store
routes, relative to ``/api/v3/{storeId}``, authenticated and rate limited for you) or
``RouteTable(scope="root")`` (absolute paths such as ``/api/v3/stores``,
``/resellerapi/v1/...`` or ``/api/oauth/token``; the handler does its own auth with
``ctx.request.headers``/``ctx.query`` and reaches every store through ``ctx.backend``),
decorate handlers ``@routes.get("/path/{id}")`` taking a ``Ctx`` and returning a JSON-able
value (or an ``aiohttp.web.Response``; raise ``FakeApiError`` for errors), then append the
module to ``routing.API_MODULES``. Literal paths win over parameters, so
``/products/deleted`` and ``/stores/clone`` are safe next to ``/{id}`` routes; a path whose
first segment after ``/api/v3`` is not a number is never a store route.
"""

from __future__ import annotations

from .control import Fault, FaultKind, RequestRecord, ServerStats
from .errors import FakeApiError
from .models import StoreState
from .routing import Ctx, RouteTable
from .server import DEFAULT_PUBLIC_TOKEN, DEFAULT_STORE_ID, DEFAULT_TOKEN, FakeEcwid

__all__ = [
    "DEFAULT_PUBLIC_TOKEN",
    "DEFAULT_STORE_ID",
    "DEFAULT_TOKEN",
    "Ctx",
    "FakeApiError",
    "FakeEcwid",
    "Fault",
    "FaultKind",
    "RequestRecord",
    "RouteTable",
    "ServerStats",
    "StoreState",
]
