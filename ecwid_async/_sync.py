"""The blocking facade (implementation): same clients, resources and methods, no ``await``.

Generated from the async classes by introspection, not written twice: every resource of
the async client gets a sync class with the same methods, signatures and docstrings.
Each client runs one long-lived portal (an event loop in a daemon thread, so an unclosed
client never keeps a script from exiting); its session and connection pool live in that
loop. A client cannot be used in a child made by ``os.fork()``: it raises there. A search becomes a
plain iterator that hops to the loop once per page, not per item.

``with EcwidClient(...) as ecwid:`` (or ``close()``) stops the loop and its thread; the
HTTP session is closed first. Calling a sync client from inside a running event loop
raises a clear error instead of blocking that loop: use :mod:`ecwid_async` there.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import os
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

from . import client as _async_client
from . import partner as _async_partner
from .call import Call
from .pagination import Page, PageStream, Paginator
from .resources._base import Resource, resources_of

__all__ = ["EcwidClient", "PartnerClient", "SyncPaginator", "SyncResource"]

T = TypeVar("T")


class _Portal:
    """One event loop in a daemon thread, and the rules for calling into it.

    The thread is a daemon so that a client nobody closed (a module-level one in a cron
    job) never keeps the interpreter from exiting. The loop belongs to the process that
    created it: after ``os.fork()`` the child has no such thread, so calls raise instead
    of waiting forever.
    """

    def __init__(self) -> None:
        self._pid = os.getpid()
        self._loop = asyncio.new_event_loop()
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(ready,), name="ecwid-async", daemon=True
        )
        self._thread.start()
        ready.wait()
        self.closed = False

    def _run(self, ready: threading.Event) -> None:
        loop = self._loop
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())  # closes a session left open
        finally:
            loop.close()

    @property
    def forked(self) -> bool:
        """Whether this is a child process forked after the portal was made."""
        return os.getpid() != self._pid

    def call(self, func: Callable[..., Any], *args: Any) -> Any:
        """Run ``func(*args)`` (a coroutine function or plain callable) in the loop; block."""
        if self.closed:
            raise RuntimeError("this client is closed; create a new one")
        if self.forked:
            raise RuntimeError(
                "this ecwid_async.sync client was created in process "
                f"{self._pid} and cannot be used after os.fork(); create a new client in "
                "the child process (its event loop thread did not survive the fork)"
            )
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError(
                "ecwid_async.sync blocks the calling thread and cannot be used inside a running "
                "event loop; use the async client (ecwid_async.EcwidClient) there"
            )
        future = asyncio.run_coroutine_threadsafe(_invoke(func, args), self._loop)
        try:
            return future.result()
        except BaseException:
            future.cancel()  # interrupted while waiting (Ctrl-C): stop the work too
            raise

    def stop(self) -> None:
        """Stop the loop and join its thread (idempotent; a forked child only forgets it)."""
        if self.closed:
            return
        self.closed = True
        if self.forked:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()


async def _invoke(func: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    result = func(*args)
    if inspect.isawaitable(result):
        result = await result
    return result


async def _await(call: Call[Any]) -> Any:
    return await call


class SyncPaginator(Generic[T]):
    """A search as a plain iterator: ``for item in ...``, ``.pages()``, ``.collect()``."""

    def __init__(self, portal: _Portal, paginator: Paginator[T]) -> None:
        self._portal = portal
        self._paginator = paginator

    def pages(self) -> Iterator[Page[T]]:
        """Iterate over pages; each page is one hop to the event loop."""
        stream: PageStream[T] = self._paginator.pages()
        try:
            while True:
                try:
                    page: Page[T] = self._portal.call(stream.__anext__)
                except StopAsyncIteration:
                    return
                yield page
        finally:
            if not self._portal.closed:
                self._portal.call(stream.aclose)

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def collect(self) -> list[T]:
        """All items in one list."""
        return [item for page in self.pages() for item in page.items]

    def first(self) -> T | None:
        """The first item, or None."""
        result: T | None = self._portal.call(self._paginator.first)
        return result

    def __repr__(self) -> str:
        return f"Sync{self._paginator!r}"


def _wrap_result(portal: _Portal, result: Any) -> Any:
    if isinstance(result, Call):
        return portal.call(_await, result)
    if isinstance(result, Paginator):
        return SyncPaginator(portal, result)
    return result


def _sync_method(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(func):

        def method(self: SyncResource, *args: Any, **kwargs: Any) -> Any:
            bound = getattr(self._target, name)
            return self._portal.call(functools.partial(bound, *args, **kwargs))

    else:

        def method(self: SyncResource, *args: Any, **kwargs: Any) -> Any:
            return _wrap_result(self._portal, getattr(self._target, name)(*args, **kwargs))

    method.__name__ = name
    method.__qualname__ = name
    method.__doc__ = func.__doc__
    method.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    return method


class SyncResource:
    """Base of the generated sync resources: holds the async resource and the portal."""

    def __init__(self, portal: _Portal, target: Resource) -> None:
        self._portal = portal
        self._target = target


_generated: dict[type[Resource], type[SyncResource]] = {}


def sync_class(resource_class: type[Resource]) -> type[SyncResource]:
    """The sync twin of an async resource class (generated once, then cached)."""
    cached = _generated.get(resource_class)
    if cached is not None:
        return cached
    namespace: dict[str, Any] = {"__doc__": resource_class.__doc__, "__module__": __name__}
    for name, func in inspect.getmembers(resource_class, inspect.isfunction):
        if not name.startswith("_"):
            namespace[name] = _sync_method(name, func)
    generated = type(f"Sync{resource_class.__name__}", (SyncResource,), namespace)
    _generated[resource_class] = generated
    return generated


class _SyncClient:
    """Shared machinery of the sync clients: portal lifecycle and resource generation."""

    _async_class: type[Any]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._portal = _Portal()
        try:
            self._async = self._portal.call(functools.partial(self._make, *args, **kwargs))
        except BaseException:
            self._portal.stop()
            raise
        for name, resource_class in resources_of(self._async_class).items():
            value = getattr(self._async, name)
            setattr(self, name, sync_class(resource_class)(self._portal, value))

    def _make(self, *args: Any, **kwargs: Any) -> Any:
        return self._async_class(*args, **kwargs)

    def close(self) -> None:
        """Close the HTTP session, stop the event loop and join its thread (idempotent)."""
        if not self._portal.closed:
            try:
                if not self._portal.forked:
                    self._portal.call(self._async.aclose)
            finally:
                self._portal.stop()

    def __enter__(self) -> Any:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"sync.{self._async!r}"


class EcwidClient(_SyncClient):
    """Blocking twin of :class:`ecwid_async.EcwidClient`: same arguments, resources, methods."""

    _async_class = _async_client.EcwidClient

    def __enter__(self) -> EcwidClient:
        return self

    @property
    def calls(self) -> _async_client.EcwidClient:
        """The async client's resources, whose methods return un-sent Calls (for ``batch.run``)."""
        return self._async  # type: ignore[no-any-return]

    @property
    def store_id(self) -> int:
        """The store this client talks to."""
        return int(self._async.store_id)

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """Any endpoint by path relative to the store (see the async ``request``)."""
        return _wrap_result(self._portal, self._async.request(method, path, **kwargs))


class PartnerClient(_SyncClient):
    """Blocking twin of :class:`ecwid_async.PartnerClient`: same arguments and methods."""

    _async_class = _async_partner.PartnerClient

    def __enter__(self) -> PartnerClient:
        return self

    def sso_url(self, store_id: int, token: str, **options: object) -> str:
        """The v3 SSO URL (see the async ``sso_url``)."""
        return str(self._async.sso_url(store_id, token, **options))

    def partner_login_url(self, store_id: int, **options: object) -> str:
        """The reseller SSO URL (see the async ``partner_login_url``)."""
        return str(self._async.partner_login_url(store_id, **options))

    def authorize_url(
        self, redirect_uri: str, scopes: list[str], *, state: str | None = None
    ) -> str:
        """The OAuth authorization dialog URL (see the async ``authorize_url``)."""
        return str(self._async.authorize_url(redirect_uri, scopes, state=state))

    def exchange_code(self, code: str, redirect_uri: str | None = None) -> Any:
        """Exchange an OAuth code for a store token (blocking)."""
        return _wrap_result(self._portal, self._async.exchange_code(code, redirect_uri))

    def store_token(self, store_id: int) -> Any:
        """A partner's token for one of its stores (blocking)."""
        return _wrap_result(self._portal, self._async.store_token(store_id))
