"""Unit tests of the resource modules, and the helpers they share to read what was sent.

Each test module keeps its own tables (``CASES``, ``BAD``) of per-endpoint data; the tests
that run over them are built here once, by :func:`request_test` and :func:`refusal_test`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterable, Callable, Sequence
from typing import Any

import msgspec
import pytest
from aioresponses import aioresponses

from ecwid_async import EcwidClient, RetryPolicy
from tests.vtime import virtual_time

from ..conftest import BASE, TOKEN, url

#: Builds the call under test from a client: ``lambda e: e.products.get(1)``.
Build = Callable[[EcwidClient], Any]
#: A case of bad input: ``(name, build, error, match)``. The client is typed ``Any`` here
#: so that a table can hold the calls that type checkers would refuse.
Refusal = tuple[str, Callable[[Any], Any], type[Exception], str]


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


def request_test(cases: Sequence[tuple[Any, ...]]) -> Any:
    """The test that each case sends its request and decodes the answer, over ``cases``.

    A case is ``(name, build, method, path, query, body, answer, result_type)``; a table
    without the ``query`` column, ``(name, build, method, path, body, answer, result_type)``,
    expects no query string. ``body`` is the JSON sent (None for none).
    """
    rows = [case if len(case) == 8 else (*case[:4], [], *case[4:]) for case in cases]

    @pytest.mark.parametrize(
        ("build", "method", "path", "query", "body", "answer", "result_type"),
        [row[1:] for row in rows],
        ids=[row[0] for row in rows],
    )
    @virtual_time
    async def test_each_method_sends_its_request_and_decodes_the_answer(
        mocked: aioresponses,
        build: Build,
        method: str,
        path: str,
        query: list[tuple[str, str]],
        body: Any,
        answer: Any,
        result_type: type,
    ) -> None:
        mocked.add(url(path), method=method, payload=answer)
        async with client() as ecwid:
            result = await build(ecwid)
        request = only(mocked)
        assert (request.method, request.path, request.query) == (method, path, sorted(query))
        assert request.json == body
        assert isinstance(result, result_type)

    return test_each_method_sends_its_request_and_decodes_the_answer


def refusal_test(bad: Sequence[Refusal]) -> Any:
    """The test that each ``(name, build, error, match)`` case raises before sending."""

    @pytest.mark.parametrize(
        ("build", "error", "match"), [case[1:] for case in bad], ids=[case[0] for case in bad]
    )
    @virtual_time
    async def test_bad_input_is_refused_before_anything_is_sent(
        mocked: aioresponses, build: Callable[[Any], Any], error: type[Exception], match: str
    ) -> None:
        async with client() as ecwid:
            with pytest.raises(error, match=match):
                await build(ecwid)
        assert sent(mocked) == []

    return test_bad_input_is_refused_before_anything_is_sent
