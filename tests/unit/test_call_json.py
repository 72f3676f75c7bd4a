"""``await call.json()`` and ``Response.json()``: every key the server sent, no model."""

from __future__ import annotations

import msgspec
import pytest
from aioresponses import aioresponses

from ecwid_async import DecodeError, EcwidClient, RetryPolicy
from ecwid_async.call import Response
from ecwid_async.models.profile import StoreProfile
from tests.vtime import virtual_time

from .conftest import TOKEN, url

ANSWER = {
    "generalInfo": {"storeId": 1003, "brandNewField": {"nested": [1, 2]}},
    "keyNoModelKnows": True,
}


def client() -> EcwidClient:
    return EcwidClient(1003, TOKEN, rate_limit=None, retry=RetryPolicy.never())


@virtual_time
async def test_call_json_returns_every_key_the_model_drops(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), payload=ANSWER)
    mocked.get(url("/profile"), payload=ANSWER)
    async with client() as ecwid:
        typed = await ecwid.profile.get()
        untyped = await ecwid.profile.get().json()
    assert isinstance(typed, StoreProfile)
    assert "keyNoModelKnows" not in msgspec.to_builtins(typed)
    assert untyped == ANSWER


@virtual_time
async def test_call_json_is_retried_like_awaiting_the_call(mocked: aioresponses) -> None:
    mocked.get(url("/profile"), status=503)
    mocked.get(url("/profile"), payload=ANSWER)
    async with EcwidClient(1003, TOKEN, rate_limit=None) as ecwid:
        assert await ecwid.profile.get().json() == ANSWER


@virtual_time
async def test_raw_response_json_matches_the_body_and_keeps_the_value(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/profile"), payload=ANSWER)
    async with client() as ecwid:
        raw = await ecwid.profile.get().raw()
    assert raw.json() == ANSWER
    assert isinstance(raw.value, StoreProfile) and raw.value.general_info is not None
    assert raw.value.general_info.store_id == 1003


@virtual_time
async def test_call_json_of_a_body_that_is_not_json_is_a_decode_error(
    mocked: aioresponses,
) -> None:
    mocked.get(url("/profile"), body="<html>maintenance</html>", content_type="text/html")
    async with client() as ecwid:
        with pytest.raises(DecodeError, match="maintenance"):
            await ecwid.profile.get().json()


def test_response_json_of_a_body_that_is_not_json_names_status_and_excerpt() -> None:
    response = Response(502, {}, b"Bad gateway", None, 0)
    with pytest.raises(DecodeError, match=r"HTTP 502.*Bad gateway"):
        response.json()


def test_response_json_decodes_arrays_and_scalars() -> None:
    assert Response(200, {}, b'[{"key": "a", "value": "1"}]', None, 0).json() == [
        {"key": "a", "value": "1"}
    ]
    assert Response(200, {}, b"true", None, 0).json() is True
