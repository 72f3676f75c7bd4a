"""Fixtures for the FakeEcwid tests: a started fake and a plain aiohttp client for it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from ecwid_async.testing import FakeEcwid

from .fake_http import Api, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def fake(clock: FakeClock) -> AsyncIterator[FakeEcwid]:
    async with FakeEcwid(clock=clock) as server:
        yield server


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as s:
        yield s


@pytest.fixture
def api(fake: FakeEcwid, session: aiohttp.ClientSession) -> Api:
    return Api(session, f"{fake.base_url}/{fake.store.store_id}", fake.store.token)
