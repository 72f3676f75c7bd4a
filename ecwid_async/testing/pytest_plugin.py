"""pytest plugin (entry point ``ecwid_async``): the ``fake_ecwid`` and ``ecwid_client``
fixtures. They are async and need pytest-asyncio; without it this module still imports
and pytest runs as usual; only using a fixture fails, with a message saying what to install.

An ``async def`` test that takes one of these fixtures runs as an asyncio test in
pytest-asyncio's default (strict) mode too, with no ``@pytest.mark.asyncio`` and no
``asyncio_mode = auto``: the plugin marks it, so the README's example works as written.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import pytest

from .server import FakeEcwid

if TYPE_CHECKING:
    from ecwid_async import EcwidClient

__all__ = ["ecwid_client", "fake_ecwid", "pytest_configure", "pytest_pycollect_makeitem"]

#: The fixtures whose async tests this plugin marks as asyncio tests.
FIXTURES = frozenset({"fake_ecwid", "ecwid_client"})

_NEEDS_ASYNCIO = (
    "the ecwid_async fixtures 'fake_ecwid' and 'ecwid_client' are async and need "
    "pytest-asyncio: pip install pytest-asyncio (or ecwid-async[test])"
)

try:
    import pytest_asyncio

    HAVE_PYTEST_ASYNCIO = True
except ImportError:  # pragma: no cover - exercised only without pytest-asyncio
    HAVE_PYTEST_ASYNCIO = False


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Give pytest-asyncio's unset ``asyncio_default_fixture_loop_scope`` the value our
    fixtures need ("function"), so a default setup runs without its deprecation warning."""
    if not HAVE_PYTEST_ASYNCIO:
        return
    try:
        unset = not config.getini("asyncio_default_fixture_loop_scope")
    except ValueError:  # an older pytest-asyncio without this option
        return
    if unset:
        # getini() answers from this cache; pytest-asyncio reads it right after us
        config._inicache["asyncio_default_fixture_loop_scope"] = "function"


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: Any, name: str, obj: object) -> None:
    """Mark an ``async def`` test that uses our fixtures ``@pytest.mark.asyncio``, before
    pytest-asyncio decides (at collection) whether it is an asyncio test."""
    if not (HAVE_PYTEST_ASYNCIO and inspect.iscoroutinefunction(obj)):
        return
    if not collector.funcnamefilter(name) or not FIXTURES & set(inspect.signature(obj).parameters):
        return
    marks = getattr(obj, "pytestmark", [])
    if not any(getattr(mark, "name", None) == "asyncio" for mark in marks):
        pytest.mark.asyncio(obj)


if HAVE_PYTEST_ASYNCIO:

    @pytest_asyncio.fixture
    async def fake_ecwid() -> AsyncIterator[FakeEcwid]:
        """A started FakeEcwid on 127.0.0.1 (default store 1003), stopped after the test."""
        async with FakeEcwid() as fake:
            yield fake

    @pytest_asyncio.fixture
    async def ecwid_client(fake_ecwid: FakeEcwid) -> AsyncIterator[EcwidClient]:
        """An EcwidClient for the fake's default store, closed after the test."""
        async with fake_ecwid.client() as client:
            yield client

else:  # pragma: no cover

    @pytest.fixture
    def fake_ecwid() -> Any:
        """Unavailable without pytest-asyncio: fails with what to install."""
        pytest.fail(_NEEDS_ASYNCIO, pytrace=False)

    @pytest.fixture
    def ecwid_client() -> Any:
        """Unavailable without pytest-asyncio: fails with what to install."""
        pytest.fail(_NEEDS_ASYNCIO, pytrace=False)
