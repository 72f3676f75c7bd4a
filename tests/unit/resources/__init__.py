"""Unit tests of the resource modules, and the helpers they share to read what was sent."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterable
from typing import Any

import msgspec
from aioresponses import aioresponses

from ecwid_async import EcwidClient, RetryPolicy

from ..conftest import BASE, TOKEN


def client(**kwargs: Any) -> EcwidClient:
    """A client of store 1003 with no pacing and no retries unless asked."""
    kwargs.setdefault("rate_limit", None)
    kwargs.setdefault("retry", RetryPolicy.never())
    return EcwidClient(1003, TOKEN, **kwargs)


@dataclasses.dataclass
class Sent:
    """One request aioresponses saw: method, store-relative path, query pairs (sorted, as
    aioresponses normalises them), JSON body, raw data and headers."""

    method: str
    path: str
    query: list[tuple[str, str]]
    json: Any
    data: Any
    headers: dict[str, str]


def sent(m: aioresponses) -> list[Sent]:
    """Every request sent so far, in order."""
    found = []
    for (method, u), calls in m.requests.items():
        for call in calls:
            data = call.kwargs.get("data")
            headers = dict(call.kwargs.get("headers") or {})
            is_json = headers.get("Content-Type", "").startswith("application/json")
            body = msgspec.json.decode(data) if is_json and data is not None else None
            path = str(u.with_query(None)).removeprefix(BASE)
            found.append(Sent(method, path, sorted(u.query.items()), body, data, headers))
    return found


def only(m: aioresponses) -> Sent:
    """The one request sent (fails if there were more or none)."""
    [request] = sent(m)
    return request


async def drain(data: Any) -> bytes:
    """The bytes of a request body: bytes as they are, an async stream read to its end."""
    if isinstance(data, bytes):
        return data
    assert isinstance(data, AsyncIterable)
    return b"".join([chunk async for chunk in data])


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32
GIF = b"GIF89a" + b"\x00" * 32
WEBP = b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 32
