"""pytest plugin (entry point ``ecwid_async``): the ``fake_ecwid`` and ``ecwid_client``
fixtures. They are async and need pytest-asyncio; without it this module still imports
and pytest runs as usual; only using a fixture fails, with a message saying what to install.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import pytest

from .server import FakeEcwid

if TYPE_CHECKING:
    from ecwid_async import EcwidClient

__all__ = ["ecwid_client", "fake_ecwid"]

_NEEDS_ASYNCIO = (
    "the ecwid_async fixtures 'fake_ecwid' and 'ecwid_client' are async and need "
    "pytest-asyncio: pip install pytest-asyncio (or ecwid-async[test])"
)

try:
    import pytest_asyncio

    HAVE_PYTEST_ASYNCIO = True
except ImportError:  # pragma: no cover - exercised only without pytest-asyncio
    HAVE_PYTEST_ASYNCIO = False


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
