"""Shared fixtures of the unit tests: aioresponses mocks and a client factory."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from aioresponses import aioresponses

BASE = "https://app.ecwid.com/api/v3/1003"
TOKEN = "secret_unit_TOKEN_42"


def url(path: str) -> re.Pattern[str]:
    """A pattern matching ``BASE + path`` with any query string."""
    return re.compile(re.escape(BASE + path) + r"(\?.*)?$")


@pytest.fixture
def mocked() -> Iterator[aioresponses]:
    with aioresponses() as m:
        yield m
