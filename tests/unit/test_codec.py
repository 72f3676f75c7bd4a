"""The codec: bodies out (no NaN or infinity, Decimal as a number), answers in (hostile
bodies become DecodeError), and what that means for calls, retries, batches and the CLI."""

from __future__ import annotations

import decimal
from typing import Any

import msgspec
import pytest
from aioresponses import aioresponses

from ecwid_async import DecodeError, EcwidClient, RetryPolicy, ServerError
from ecwid_async.batch import BatchRequest, to_batch_item
from ecwid_async.codec import decode, encode
from ecwid_async.models.common import SearchResult, UpdateStatus
from ecwid_async.models.reseller import ResellerStoreStatus
from tests.vtime import virtual_time

from .conftest import TOKEN, url

NAN, INF = float("nan"), float("inf")
DEEP_JSON = b"[" * 50_000 + b"]" * 50_000
DEEP_OBJECT = b'{"a":' * 50_000 + b"1" + b"}" * 50_000  # past every Python's C recursion limit
DEEP_PAGE = b'{"total": 1, "count": 1, "items": [{"unknown": ' + DEEP_JSON + b"}]}"
DEEP_XML = b"<a>" * 50_000 + b"</a>" * 50_000
UTF7_XML = b'<?xml version="1.0" encoding="UTF-7"?><store><id>1</id></store>'


class Body(msgspec.Struct, rename="camel", omit_defaults=True):
    name: str = ""
    price_modifier: float | None = None


def client(**kwargs: Any) -> EcwidClient:
    kwargs.setdefault("rate_limit", None)
    return EcwidClient(1003, TOKEN, **kwargs)


# --- encode ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"price": NAN}, "price"),
        ({"price": -INF}, "price"),
        ({"options": [{"name": "a", "priceModifier": 1.0}, {"priceModifier": INF}]},
         r"options\[1\]\.priceModifier"),
        ([1.0, NAN], r"\[1\]"),
        ({"price": decimal.Decimal("NaN")}, "price"),
        ({"weight": decimal.Decimal("-Infinity")}, "weight"),
        (Body(name="tea", price_modifier=NAN), "priceModifier"),
        (NAN, "the top level"),
    ],
)  # fmt: skip
def test_nan_and_infinity_are_refused_naming_where(body: Any, where: str) -> None:
    with pytest.raises(ValueError, match=rf"\(at {where}\): JSON has no NaN or infinity"):
        encode(body)


def test_decimal_is_sent_as_a_json_number_with_its_digits() -> None:
    body = {"price": decimal.Decimal("19.90"), "big": decimal.Decimal("12345678901234567.89")}
    assert encode(body) == b'{"price":19.90,"big":12345678901234567.89}'
    assert encode({"a": None, "b": "null"}) == b'{"a":null,"b":"null"}'  # real nulls stay


@virtual_time
async def test_a_call_with_nan_in_its_body_is_refused_before_sending() -> None:
    with aioresponses() as m:
        async with client() as ecwid:
            call = ecwid.request(
                "PUT", "/products/1", json={"price": NAN}, result_type=UpdateStatus
            )
            with pytest.raises(ValueError, match=r"cannot send nan in a JSON body \(at price\)"):
                await call
        assert m.requests == {}


@virtual_time
async def test_a_batch_with_nan_in_an_item_body_is_refused_before_any_ticket() -> None:
    with aioresponses() as m:
        async with client() as ecwid:
            good = BatchRequest("PUT", "/products/1", body={"price": 1.0})
            bad = BatchRequest("PUT", "/products/2", body={"price": INF})
            with pytest.raises(
                ValueError, match=r"PUT /products/2: cannot send inf .*\(at price\)"
            ):
                await ecwid.batch.run([good, bad])
            with pytest.raises(ValueError, match="at price"):
                ecwid.batch.submit([bad])
        assert m.requests == {}


def test_a_batch_item_keeps_decimal_digits_exactly() -> None:
    item = to_batch_item(
        BatchRequest("PUT", "/products/1", body={"price": decimal.Decimal("0.10")})
    )
    assert encode(item) == b'{"method":"PUT","path":"/products/1","body":{"price":0.10}}'


# --- decode ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("result_type", "body"),
    [
        (Any, DEEP_JSON),
        (Any, DEEP_OBJECT),
        (list[Any], DEEP_JSON),
        (SearchResult[Any], b'{"total": 1, "items": [' + DEEP_OBJECT + b"]}"),
        (SearchResult[UpdateStatus], DEEP_PAGE),  # an unknown field is skipped recursively
    ],
    ids=["arrays", "objects", "list", "items", "skipped"],
)
def test_deeply_nested_json_is_a_decode_error_not_a_recursion_error(
    result_type: Any, body: bytes
) -> None:
    with pytest.raises(msgspec.DecodeError, match="nested too deeply"):
        decode(body, result_type)


@pytest.mark.parametrize(
    ("body", "match"),
    [
        (DEEP_XML, "nested too deeply"),
        (UTF7_XML, "unreadable XML"),
        (UTF7_XML.replace(b"UTF-7", b"Shift_JIS"), "unreadable XML"),
        (UTF7_XML.replace(b"UTF-7", b"x-no-such-encoding"), "unreadable XML"),
    ],
    ids=["deep", "utf-7", "shift_jis", "unknown-encoding"],
)
def test_deep_or_utf7_xml_is_a_decode_error(body: bytes, match: str) -> None:
    with pytest.raises(msgspec.DecodeError, match=match):
        decode(body, ResellerStoreStatus)


@virtual_time
async def test_a_deep_json_answer_raises_decode_error() -> None:
    with aioresponses() as m:
        m.get(url("/profile"), body=DEEP_JSON)
        async with client() as ecwid:
            with pytest.raises(DecodeError, match="nested too deeply") as info:
                await ecwid.request("GET", "/profile")
    assert info.value.status == 200


@virtual_time
async def test_a_5xx_with_a_deep_json_body_is_still_a_retried_server_error() -> None:
    with aioresponses() as m:
        m.get(url("/profile"), status=503, body=DEEP_JSON)
        m.get(url("/profile"), status=502, body=b'{"a":' * 5_000 + b"1" + b"}" * 5_000)
        m.get(url("/profile"), payload={"generalInfo": {"storeId": 1003}})
        async with client(retry=RetryPolicy(max_attempts=3)) as ecwid:
            response = await ecwid.request("GET", "/profile").raw()
        assert response.retries_taken == 2
        m.get(url("/profile"), status=500, body=DEEP_JSON, repeat=True)
        async with client(retry=RetryPolicy(max_attempts=2)) as ecwid:
            with pytest.raises(ServerError) as info:
                await ecwid.request("GET", "/profile")
    assert info.value.status == 500


def test_the_cli_prints_a_deep_json_answer_as_an_ecwid_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ecwid_async.cli import main

    with aioresponses() as m:
        m.get(url("/products"), body=DEEP_PAGE, repeat=True)
        args = ["export", "products", "--store-id", "1003", "--token", TOKEN, "--rate-limit", "0"]
        assert main(args) == 1
    err = capsys.readouterr().err
    assert "Ecwid error" in err and "nested too deeply" in err
    assert "Traceback" not in err
