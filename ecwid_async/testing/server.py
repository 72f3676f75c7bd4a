"""``FakeEcwid``: the in-memory Ecwid server, run in the current loop or in a thread."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from aiohttp import web

from . import seed as seeding
from .app import ServerState, make_app
from .control import FAULT_KINDS, Fault, FaultKind, RateLimit, RequestRecord, ServerStats
from .loop_thread import LoopThread
from .models import Backend, StoreState
from .routing import API_MODULES, build_router
from .webhooks import ObservedRouter, WebhookKnobs

if TYPE_CHECKING:
    from ecwid_async import EcwidClient

__all__ = ["DEFAULT_PUBLIC_TOKEN", "DEFAULT_STORE_ID", "DEFAULT_TOKEN", "FakeEcwid"]

DEFAULT_STORE_ID = 1003
DEFAULT_TOKEN = "secret_fake_token_1003"
DEFAULT_PUBLIC_TOKEN = "public_fake_token_1003"

P = ParamSpec("P")
R = TypeVar("R")


def _on_server_loop(method: Callable[P, R]) -> Callable[P, R]:
    """Run a state-changing knob on the server's loop when the fake runs in a thread, so
    it never races a request being handled there; then drop every cached search."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        fake = args[0]
        assert isinstance(fake, FakeEcwid)

        def bumping() -> R:
            try:
                return method(*args, **kwargs)
            finally:
                for store in fake.stores.values():
                    store.bump()

        return fake._loop_thread.call(bumping)

    return wrapper


class FakeEcwid(WebhookKnobs):
    """An in-memory Ecwid REST API v3 server on 127.0.0.1 over real HTTP.

    ``async with FakeEcwid() as fake:`` serves from the running loop;
    ``with FakeEcwid().start_in_thread() as fake:`` serves from a daemon thread with its
    own loop (for sync code). Every store is independent; ``fake.store`` is the default one.

    ``clock`` (monotonic seconds) times the rate-limit window and ``wall_clock`` (UNIX
    seconds) stamps entities, ``latest-stats``, deletions and the ``Date`` header; both are
    injectable for tests, and ``advance_clock(seconds)`` moves the wall clock forward.
    ``modules`` lists the API modules served (``routing.API_MODULES`` plus any extra).
    """

    def __init__(
        self,
        *,
        port: int = 0,
        store_id: int = DEFAULT_STORE_ID,
        token: str = DEFAULT_TOKEN,
        public_token: str = DEFAULT_PUBLIC_TOKEN,
        store_name: str = "Fake Store",
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        client_id: str = "fake-client-id",
        client_secret: str = "fake-client-secret",
        partner_key: str = "fake-partner-key",
        modules: Iterable[str | ModuleType] = API_MODULES,
    ) -> None:
        self._port = port
        self._clock = clock
        self._default = (store_id, token, store_name, public_token)
        backend = Backend(wall_clock)
        backend.client_id, backend.client_secret = client_id, client_secret
        backend.partner_key = partner_key
        self._state = ServerState(backend=backend, router=build_router(modules))
        self._state.router = ObservedRouter(self._state.router, self._state.webhooks)
        self.store: StoreState = backend.add_store(store_id, token, store_name, public_token)
        self._runner: web.AppRunner | None = None
        self._loop_thread = LoopThread()
        self.host = "127.0.0.1"
        self.port = 0

    # -- credentials -------------------------------------------------------------------------
    @property
    def client_id(self) -> str:
        """The partner app's client id (``X-Ecwid-App-Client-Id``)."""
        return self._state.backend.client_id

    @property
    def client_secret(self) -> str:
        """The partner app's client secret (``X-Ecwid-App-Secret-Key``)."""
        return self._state.backend.client_secret

    @property
    def partner_key(self) -> str:
        """The reseller API v1 ``key``."""
        return self._state.backend.partner_key

    @property
    def backend(self) -> Backend:
        """Every store and the add-on state, as the handlers see them."""
        return self._state.backend

    # -- URLs ------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The server root, ``http://127.0.0.1:PORT``."""
        if not self.port:
            raise RuntimeError("FakeEcwid is not started")
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The REST API v3 root; a store client appends ``/{store_id}``."""
        return f"{self.url}/api/v3"

    @property
    def partner_base_url(self) -> str:
        """The root of the partner v3 endpoints (``/stores...``): the same v3 root."""
        return self.base_url

    @property
    def reseller_base_url(self) -> str:
        """The root of the reseller API v1."""
        return f"{self.url}/resellerapi/v1"

    @property
    def oauth_base_url(self) -> str:
        """The root of the OAuth endpoints."""
        return f"{self.url}/api/oauth"

    # -- lifecycle in the current loop -------------------------------------------------------
    async def start(self) -> FakeEcwid:
        """Start serving on 127.0.0.1 from the running event loop."""
        if self._runner is not None:
            raise RuntimeError("FakeEcwid is already started")
        runner = web.AppRunner(
            make_app(self._state), access_log=None, handle_signals=False, shutdown_timeout=0.5
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._port)
        await site.start()
        self.port = int(runner.addresses[0][1])
        self._state.base_url = self.base_url
        self._runner = runner
        return self

    async def close(self) -> None:
        """Stop serving and release the port (idempotent)."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        await self._state.webhooks.aclose()

    async def __aenter__(self) -> FakeEcwid:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- lifecycle in a thread ---------------------------------------------------------------
    def start_in_thread(self, timeout: float = 10.0) -> FakeEcwid:
        """Serve from a daemon thread with its own event loop; returns ``self`` once ready."""
        self._loop_thread.start(self.start, self.close, timeout)
        return self

    def stop_thread(self, timeout: float = 10.0) -> None:
        """Stop the server thread started by ``start_in_thread`` and join it (idempotent)."""
        self._loop_thread.stop(timeout)

    def __enter__(self) -> FakeEcwid:
        if not self._loop_thread.running:
            self.start_in_thread()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop_thread()

    # -- stores and clients ------------------------------------------------------------------
    @_on_server_loop
    def add_store(
        self,
        store_id: int | None = None,
        token: str | None = None,
        name: str | None = None,
        public_token: str | None = None,
    ) -> StoreState:
        """Add a store with its own tokens and data (a free id and random tokens if omitted)."""
        return self._state.backend.add_store(store_id, token, name, public_token)

    @property
    def stores(self) -> dict[int, StoreState]:
        """Every store by id."""
        return self._state.backend.stores

    def _store(self, store: StoreState | int | None) -> StoreState:
        if store is None:
            return self.store
        if isinstance(store, StoreState):
            return store
        return self._state.backend.stores[store]

    def client(
        self, store: StoreState | int | None = None, *, public: bool = False, **kwargs: Any
    ) -> EcwidClient:
        """An ``EcwidClient`` for ``store`` (default store if None) wired to this fake, with
        its secret token (``public``: its public token) and client-side rate limiting off
        unless ``rate_limit`` is given."""
        from ecwid_async import EcwidClient

        state = self._store(store)
        kwargs.setdefault("rate_limit", None)
        token = state.public_token if public else state.token
        return EcwidClient(store_id=state.store_id, token=token, base_url=self.base_url, **kwargs)

    def partner_client(self, **kwargs: Any) -> Any:
        """A ``PartnerClient`` with this fake's partner credentials and URLs."""
        import ecwid_async

        partner_client_cls: Any = getattr(ecwid_async, "PartnerClient", None)
        if partner_client_cls is None:
            raise RuntimeError("this ecwid_async has no PartnerClient yet")
        kwargs.setdefault("rate_limit", None)
        return partner_client_cls(
            client_id=self.client_id,
            client_secret=self.client_secret,
            partner_key=self.partner_key,
            base_url=self.partner_base_url,
            reseller_base_url=self.reseller_base_url,
            oauth_base_url=self.oauth_base_url,
            **kwargs,
        )

    # -- seeding -------------------------------------------------------------------------------
    @_on_server_loop
    def seed_products(
        self, n: int, store: StoreState | int | None = None, seed: int = 0
    ) -> list[int]:
        """Add ``n`` realistic products (deterministic for a given ``seed``); returns ids."""
        return seeding.seed_products(self._store(store), n, seed)

    @_on_server_loop
    def seed_categories(
        self, n: int, store: StoreState | int | None = None, seed: int = 0
    ) -> list[int]:
        """Add ``n`` categories (a third of them subcategories); returns their ids."""
        return seeding.seed_categories(self._store(store), n, seed)

    @_on_server_loop
    def seed_customers(
        self, n: int, store: StoreState | int | None = None, seed: int = 0
    ) -> list[int]:
        """Add ``n`` customers with unique emails and addresses; returns their ids."""
        return seeding.seed_customers(self._store(store), n, seed)

    @_on_server_loop
    def seed_orders(
        self, n: int, store: StoreState | int | None = None, seed: int = 0
    ) -> list[int]:
        """Add ``n`` orders (of seeded products and customers when present); returns numbers."""
        return seeding.seed_orders(self._store(store), n, seed)

    @_on_server_loop
    def seed_carts(self, n: int, store: StoreState | int | None = None, seed: int = 0) -> list[str]:
        """Add ``n`` abandoned carts (there is no API to create one); returns cart ids."""
        return seeding.seed_carts(self._store(store), n, seed)

    @_on_server_loop
    def seed_coupons(
        self, n: int, store: StoreState | int | None = None, seed: int = 0
    ) -> list[int]:
        """Add ``n`` discount coupons with unique codes; returns their ids."""
        return seeding.seed_coupons(self._store(store), n, seed)

    @_on_server_loop
    def add_cart(self, cart: dict[str, Any], store: StoreState | int | None = None) -> str:
        """Add one abandoned cart from an order-like dict; returns its ``cartId``."""
        return seeding.add_cart(self._store(store), cart)

    # -- knobs ---------------------------------------------------------------------------------
    @_on_server_loop
    def advance_clock(self, seconds: float) -> float:
        """Move the fake's wall clock (entity stamps, ``latest-stats``, deletion dates, the
        ``Date`` header) forward by ``seconds``; returns the new UNIX time."""
        return self._state.backend.advance_clock(seconds)

    def now(self) -> float:
        """The fake's wall-clock UNIX time (``wall_clock`` plus what ``advance_clock`` added)."""
        return self._state.backend.wall_clock()

    @_on_server_loop
    def set_latency(self, seconds: float) -> None:
        """Delay every response by ``seconds`` on the server side (0 turns it off)."""
        if seconds < 0:
            raise ValueError("latency must be >= 0")
        self._state.latency = seconds

    @_on_server_loop
    def set_batch_polls(self, polls: int) -> None:
        """Make batch tickets complete on status poll number ``polls`` (1: at once; default 3)."""
        if polls < 1:
            raise ValueError("polls must be >= 1")
        from .api.batch import state_of

        state_of(self._state.backend).polls_to_complete = polls

    @_on_server_loop
    def set_rate_limit(self, per_minute: int | None, window: float = 60.0) -> None:
        """Allow at most ``per_minute`` requests per token in any sliding ``window`` seconds;
        beyond that answer 429 with ``Retry-After`` (``None`` turns the limit off)."""
        self._state.rate_limit = (
            None if per_minute is None else RateLimit(per_minute, window, self._clock)
        )

    @_on_server_loop
    def inject_fault(
        self,
        method: str,
        path: str,
        status: int = 500,
        times: int | None = 1,
        kind: FaultKind = "status",
    ) -> Fault:
        """Fail the next ``times`` requests (``None``: all) matching ``method`` (or ``*``)
        and the glob ``path`` (store-relative like ``/products*``, or a full path)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        fault = Fault(method.upper() if method != "*" else "*", path, status, times, kind)
        self._state.faults.append(fault)
        return fault

    @_on_server_loop
    def clear_faults(self) -> None:
        """Remove every injected fault."""
        self._state.faults.clear()

    @property
    def requests(self) -> list[RequestRecord]:
        """The request log, oldest first (a copy)."""
        return list(self._state.log)

    @_on_server_loop
    def clear_requests(self) -> None:
        """Empty the request log."""
        self._state.log.clear()

    @property
    def stats(self) -> ServerStats:
        """Counters: ``requests``, ``rate_limited`` (429s answered), ``faults``, ``by_status``."""
        return self._state.stats

    @_on_server_loop
    def reset(self) -> None:
        """Back to a fresh state: only the default store (empty, same id and token), no extra
        stores, no faults, latency or rate limit, empty log and zeroed counters."""
        backend = self._state.backend
        backend.stores.clear()
        backend.extra.clear()
        self.store = backend.add_store(*self._default)
        self._state.latency = 0.0
        self._state.rate_limit = None
        self._state.faults.clear()
        self._state.log.clear()
        self._state.stats = ServerStats()
        self._state.webhooks.reset()

    # -- partner knobs (clone scripting, OAuth codes) ------------------------------------------
    @_on_server_loop
    def script_clone(
        self, polls_to_complete: int = 3, fail: str | None = None, start_error: str | None = None
    ) -> None:
        """Script the clones started from now on: COMPLETED on the ``polls_to_complete``-th
        status poll (QUEUED, then IN_PROGRESS before), or FAILED there with ``fail`` as the
        ``errorMessage``; ``start_error`` (a documented ``errorCode`` such as
        ``"TARGET_PRODUCTS_LIMIT"``) refuses every start. ``script_clone()`` restores the
        default; ``reset()`` too."""
        from .api.clone import CloneScript, set_script

        if polls_to_complete < 1:
            raise ValueError("polls_to_complete must be >= 1")
        set_script(self._state.backend, CloneScript(polls_to_complete, fail, start_error))

    @_on_server_loop
    def issue_oauth_code(
        self,
        store: StoreState | int | None = None,
        scope: str = "read_store_profile read_catalog update_catalog",
        redirect_uri: str | None = None,
    ) -> str:
        """A single-use OAuth ``code`` for ``store`` (default store) granting ``scope``
        (space-separated), as Ecwid sends to the app's return URL; with ``redirect_uri``
        the exchange must send the same one."""
        from .api.oauth import issue_code

        return issue_code(self._state.backend, self._store(store), scope, redirect_uri)
