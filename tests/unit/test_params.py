"""``_params``: query formatting and the argument checks the resource modules share."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import pytest

from ecwid_async._params import (
    check_choice,
    check_choices,
    check_id,
    check_ids,
    check_int,
    check_int_id,
    check_int_ids,
    check_number,
    fmt_date,
    optional_date,
    optional_int,
    query,
    sales_filters,
)

UTC = dt.timezone.utc


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.Enum):
    LOW = 1


def _id(value: Any) -> str:
    """A stable test id: the repr, or the type for objects whose repr has an address."""
    text = repr(value)
    return type(value).__name__ if " at 0x" in text else text


# -- query -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (42, "42"),
        ("green tea", "green tea"),
        ("", ""),
        (1.5, "1.5"),
        (0.1, "0.1"),
        (20.0, "20"),
        (-3.0, "-3"),
        (Color.RED, "red"),
        (Level.LOW, "1"),
        (dt.date(2015, 4, 23), "2015-04-23"),
        (dt.datetime(2015, 4, 22, tzinfo=UTC), "1429660800"),
        (dt.datetime(2015, 4, 22), "1429660800"),
        ([1, 2, 3], "1,2,3"),
        (("a", "b"), "a,b"),
        ([True, 2.5, Color.BLUE, dt.date(2020, 1, 1)], "true,2.5,blue,2020-01-01"),
        ((n for n in (7, 8)), "7,8"),
        (frozenset({"X"}), "X"),
    ],
    ids=_id,
)
def test_query_formats_each_kind_of_value(value: Any, wire: str) -> None:
    assert query(name=value) == (("name", wire),)


def test_query_drops_none_and_keeps_the_order_given() -> None:
    assert query({"b": 1, "a": None, "c": "x"}) == (("b", "1"), ("c", "x"))
    assert query() == ()
    assert query(None) == ()


def test_query_keywords_override_the_mapping() -> None:
    assert query({"limit": 1, "offset": 0}, limit=5) == (("limit", "5"), ("offset", "0"))
    assert query({"limit": 1}, limit=None) == ()


def test_query_refuses_an_empty_list_naming_the_parameter() -> None:
    with pytest.raises(ValueError, match="productId must not be an empty list"):
        query(productId=[])


@pytest.mark.parametrize("value", [b"bytes", {"a": 1}, object(), 1 + 2j, [object()]], ids=_id)
def test_query_refuses_what_it_cannot_send_naming_the_parameter(value: Any) -> None:
    with pytest.raises(TypeError, match=r"^keyword: cannot send a \w+ as a query parameter$"):
        query(keyword=value)


# -- fmt_date ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (dt.datetime(2015, 4, 22, tzinfo=UTC), "1429660800"),
        (dt.datetime(2015, 4, 22, 3, tzinfo=dt.timezone(dt.timedelta(hours=3))), "1429660800"),
        (dt.datetime(2015, 4, 22, 0, 0, 0, 999_999, tzinfo=UTC), "1429660800"),
        (dt.datetime(2015, 4, 22), "1429660800"),  # naive is taken as UTC
        (dt.date(2015, 4, 23), "2015-04-23"),
        (1447804800, "1447804800"),
        (0, "0"),
        (1580515200.7, "1580515200"),
        ("2015-04-22 18:48:38 -0500", "2015-04-22 18:48:38 -0500"),
        ("  2015-04-22 ", "2015-04-22"),
    ],
    ids=_id,
)
def test_fmt_date_sends_seconds_iso_dates_or_the_string_given(value: Any, wire: str) -> None:
    assert fmt_date("created_from", value) == wire


def test_fmt_date_refuses_bool_by_name() -> None:
    with pytest.raises(
        TypeError,
        match=r"^created_from must be a datetime, date, UNIX seconds or a string, not bool$",
    ):
        fmt_date("created_from", True)


@pytest.mark.parametrize("value", ["", "   ", None, [1], object(), b"2015"], ids=_id)
def test_fmt_date_refuses_blank_strings_and_other_types(value: Any) -> None:
    with pytest.raises(
        TypeError,
        match=r"^to_date must be a datetime, date, UNIX seconds or a non-empty string, got ",
    ):
        fmt_date("to_date", value)


def test_optional_date_passes_none_and_formats_the_rest() -> None:
    assert optional_date("from_date", None) is None
    assert optional_date("from_date", dt.date(2014, 10, 1)) == "2014-10-01"
    assert optional_date("from_date", 1413763200) == "1413763200"
    with pytest.raises(TypeError, match=r"^from_date must be"):
        optional_date("from_date", False)


# -- check_choice / check_choices --------------------------------------------------------------
ALLOWED = frozenset({"NAME_ASC", "PRICE_ASC"})


def test_check_choice_returns_an_allowed_value_or_none() -> None:
    assert check_choice("sort_by", None, ALLOWED) is None
    assert check_choice("sort_by", "PRICE_ASC", ALLOWED) == "PRICE_ASC"
    assert check_choice("color", Color.RED, {"red", "blue"}) == "red"  # type: ignore[arg-type]


def test_check_choice_refuses_others_listing_the_choices_sorted() -> None:
    with pytest.raises(
        ValueError, match=r"^sort_by must be one of NAME_ASC, PRICE_ASC; got 'CHEAPEST'$"
    ):
        check_choice("sort_by", "CHEAPEST", ALLOWED)
    with pytest.raises(ValueError, match="got 'price_asc'"):
        check_choice("sort_by", "price_asc", ALLOWED)


def test_check_choices_takes_one_value_or_a_list() -> None:
    assert check_choices("status", None, ALLOWED) is None
    assert check_choices("status", "NAME_ASC", ALLOWED) == ["NAME_ASC"]
    assert check_choices("status", ("NAME_ASC", "PRICE_ASC"), ALLOWED) == ["NAME_ASC", "PRICE_ASC"]


def test_check_choices_refuses_an_empty_list_and_names_the_bad_item() -> None:
    with pytest.raises(ValueError, match=r"^status must not be an empty list$"):
        check_choices("status", [], ALLOWED)
    with pytest.raises(
        ValueError, match=r"^status must be one of NAME_ASC, PRICE_ASC; got 'QUEUED'$"
    ):
        check_choices("status", ["NAME_ASC", "QUEUED"], ALLOWED)


# -- ids ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (0, "0"),
        (37208339, "37208339"),
        ("ab645ad", "ab645ad"),
        (" CODE10 ", "CODE10"),
        ("10% OFF/1", "10%25%20OFF%2F1"),
        ("Attach your image", "Attach%20your%20image"),
        ("a?b#c", "a%3Fb%23c"),
    ],
    ids=_id,
)
def test_check_id_quotes_a_string_id_as_one_path_segment(value: int | str, wire: str) -> None:
    assert check_id("coupon", value) == wire


def test_check_id_refuses_bools_negatives_blanks_and_other_types() -> None:
    with pytest.raises(TypeError, match=r"^product_id must be an id, not bool$"):
        check_id("product_id", True)
    with pytest.raises(ValueError, match=r"^product_id must be >= 0, got -1$"):
        check_id("product_id", -1)
    for value in ("", "  ", 1.5, None, [1]):
        with pytest.raises(
            ValueError, match=r"^product_id must be an integer id or a plain string id, got "
        ):
            check_id("product_id", value)  # type: ignore[arg-type]


def test_check_int_id_takes_integers_only() -> None:
    assert check_int_id("customer_id", 0) == "0"
    assert check_int_id("customer_id", 123123) == "123123"
    for value in ("abc", "5", True, 1.0, None):
        with pytest.raises(TypeError, match=r"^customer_id must be an integer id, got "):
            check_int_id("customer_id", value)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^customer_id must be >= 0, got -1$"):
        check_int_id("customer_id", -1)


def test_check_ids_takes_one_id_or_a_list() -> None:
    assert check_ids("product_id", None) is None
    assert check_ids("product_id", 5) == ["5"]
    assert check_ids("order_number", "ab 1") == ["ab%201"]
    assert check_ids("order_number", [20, 21, "22"]) == ["20", "21", "22"]
    assert check_ids("product_id", (n for n in (1, 2))) == ["1", "2"]  # type: ignore[arg-type]


def test_check_ids_refuses_an_empty_list_and_bad_ids_by_name() -> None:
    with pytest.raises(ValueError, match=r"^product_id must not be an empty list$"):
        check_ids("product_id", [])
    with pytest.raises(ValueError, match=r"^order_number must be >= 0, got -2$"):
        check_ids("order_number", [1, -2])
    with pytest.raises(TypeError, match=r"^product_id must be an id, not bool$"):
        check_ids("product_id", True)
    with pytest.raises(ValueError, match=r"^order_number must be an integer id or a plain"):
        check_ids("order_number", ["20", " "])


# -- numbers -----------------------------------------------------------------------------------
def test_check_number_takes_ints_and_floats_or_none() -> None:
    assert check_number("price_from", None) is None
    assert check_number("price_from", 0) == 0
    assert check_number("price_from", 1.5) == 1.5
    for value in (True, "1", [1]):
        with pytest.raises(TypeError, match=r"^price_from must be a number, got "):
            check_number("price_from", value)  # type: ignore[arg-type]


def test_check_int_takes_ints_only_none_included_in_the_refusals() -> None:
    assert check_int("quantity_delta", -10) == -10
    assert check_int("quantity_delta", 0) == 0
    for value in (True, 1.5, "5", None):
        with pytest.raises(TypeError, match=r"^quantity_delta must be an integer, got "):
            check_int("quantity_delta", value)  # type: ignore[arg-type]


def test_optional_int_passes_none_and_checks_the_rest() -> None:
    assert optional_int("category", None) is None
    assert optional_int("category", 0) == 0
    for value in (False, 1.5, "5"):
        with pytest.raises(TypeError, match=r"^category must be an integer, got "):
            optional_int("category", value)  # type: ignore[arg-type]


# -- sales_filters -----------------------------------------------------------------------------
def test_sales_filters_checks_and_names_each_filter_by_its_wire_name() -> None:
    filters = sales_filters(
        total_from=1,
        total_to=2.5,
        created_from=dt.date(2020, 1, 1),
        created_to="2020-02-01 00:00:00",
        updated_from=dt.datetime(2020, 1, 1, tzinfo=UTC),
        updated_to=None,
        coupon_code="SALE",
        customer=None,
    )
    assert filters == {
        "totalFrom": 1,
        "totalTo": 2.5,
        "createdFrom": "2020-01-01",
        "createdTo": "2020-02-01 00:00:00",
        "updatedFrom": "1577836800",
        "updatedTo": None,
        "couponCode": "SALE",
        "customer": None,
    }
    assert query(filters) == (
        ("totalFrom", "1"),
        ("totalTo", "2.5"),
        ("createdFrom", "2020-01-01"),
        ("createdTo", "2020-02-01 00:00:00"),
        ("updatedFrom", "1577836800"),
        ("couponCode", "SALE"),
    )


@pytest.mark.parametrize(
    ("field", "value", "error", "match"),
    [
        ("total_from", "10", TypeError, r"^total_from must be a number"),
        ("total_to", True, TypeError, r"^total_to must be a number"),
        ("created_from", " ", TypeError, r"^created_from must be a datetime"),
        ("updated_to", False, TypeError, r"^updated_to must be a datetime"),
    ],
)
def test_sales_filters_refuse_bad_values_by_their_keyword(
    field: str, value: Any, error: type[Exception], match: str
) -> None:
    kwargs: dict[str, Any] = dict.fromkeys(
        (
            "total_from",
            "total_to",
            "created_from",
            "created_to",
            "updated_from",
            "updated_to",
            "coupon_code",
            "customer",
        )
    )
    kwargs[field] = value
    with pytest.raises(error, match=match):
        sales_filters(**kwargs)


# -- every checker names its parameter, whatever the bad value -----------------------------------
NAN, INF = float("nan"), float("inf")
CHOICES = frozenset({"A", "B"})


CHECKERS: dict[str, Any] = {
    "query": lambda v: query(the_param=v),
    "fmt_date": lambda v: fmt_date("the_param", v),
    "optional_date": lambda v: optional_date("the_param", v),
    "check_number": lambda v: check_number("the_param", v),
    "check_int": lambda v: check_int("the_param", v),
    "optional_int": lambda v: optional_int("the_param", v),
    "check_id": lambda v: check_id("the_param", v),
    "check_int_id": lambda v: check_int_id("the_param", v),
    "check_ids": lambda v: check_ids("the_param", v),
    "check_int_ids": lambda v: check_int_ids("the_param", v),
    "check_choice": lambda v: check_choice("the_param", v, CHOICES),
    "check_choices": lambda v: check_choices("the_param", v, CHOICES),
}


@pytest.mark.parametrize(
    ("checker", "value"),
    [
        ("query", NAN),
        ("query", INF),
        ("query", [1.0, -INF]),
        ("fmt_date", NAN),
        ("fmt_date", -INF),
        ("optional_date", INF),
        ("check_number", NAN),
        ("check_number", INF),
        ("check_number", "5"),
        ("check_int", NAN),
        ("optional_int", INF),
        ("check_id", NAN),
        ("check_id", ".."),
        ("check_int_id", INF),
        ("check_ids", 1.5),
        ("check_ids", NAN),
        ("check_ids", b"12"),
        ("check_ids", {"a": 1}),
        ("check_ids", object()),
        ("check_ids", [1, "."]),
        ("check_int_ids", NAN),
        ("check_int_ids", "5"),
        ("check_int_ids", b"12"),
        ("check_int_ids", []),
        ("check_int_ids", [1, "2"]),
        ("check_int_ids", [True]),
        ("check_choice", ["A"]),
        ("check_choice", {"A": 1}),
        ("check_choice", NAN),
        ("check_choices", 5),
        ("check_choices", object()),
        ("check_choices", [["A"]]),
        ("check_choices", b"A"),
    ],
    ids=_id,
)
def test_every_checker_names_the_parameter_for_nan_inf_and_wrong_types(
    checker: str, value: Any
) -> None:
    with pytest.raises((TypeError, ValueError), match=r"^the_param "):
        CHECKERS[checker](value)


def test_the_table_covers_every_checker() -> None:
    import ecwid_async._params as params

    checkers = {n for n in params.__all__ if n.startswith(("check_", "optional_", "fmt_"))}
    assert checkers | {"query"} == set(CHECKERS)


@pytest.mark.parametrize("value", [".", "..", " .. ", "...", ["5", ".."]], ids=_id)
def test_ids_made_only_of_dots_are_refused(value: Any) -> None:
    with pytest.raises(ValueError, match=r"^product_id must be an integer id or a plain string"):
        check_ids("product_id", value)
    assert check_id("product_id", ".a.") == ".a."  # dots inside a real id are fine


def test_sales_filters_refuse_nan_totals_by_name() -> None:
    with pytest.raises(ValueError, match=r"^total_to must be a finite number, got nan$"):
        sales_filters(
            total_from=None, total_to=NAN, created_from=None, created_to=None,
            updated_from=None, updated_to=None, coupon_code=None, customer=None,
        )  # fmt: skip


@pytest.mark.parametrize(
    "build",
    [
        lambda e: e.products.delete(".."),
        lambda e: e.products.get("."),
        lambda e: e.orders.delete(".."),
        lambda e: e.discount_coupons.get(" .. "),
    ],
)
async def test_a_dot_id_is_refused_by_the_resources_before_sending(build: Any) -> None:
    from aioresponses import aioresponses

    from ecwid_async import EcwidClient

    with aioresponses() as m:
        async with EcwidClient(1003, "secret_unit_TOKEN_42", rate_limit=None) as ecwid:
            with pytest.raises((TypeError, ValueError), match="must be an"):
                await build(ecwid)
        assert m.requests == {}


def test_response_fields_joins_specs_and_adds_total_for_a_scan() -> None:
    from ecwid_async._params import response_fields

    assert response_fields(None) is None
    assert response_fields(["id", "name"]) == "id,name"
    assert response_fields("items(id,updated)", paged=True) == "total,items(id,updated)"
    assert response_fields("total,items(id)", paged=True) == "total,items(id)"
    assert response_fields("items(total,id)", paged=True) == "total,items(total,id)"
    for bad in ("", [], [" "], [1]):
        with pytest.raises(ValueError, match="response_fields"):
            response_fields(bad)  # type: ignore[arg-type]


def test_a_search_spec_keeps_total_and_needs_items() -> None:
    from ecwid_async._params import response_fields

    assert response_fields("items(id)", paged=True) == "total,items(id)"
    assert response_fields(["total", "items(id,name)"], paged=True) == "total,items(id,name)"
    assert response_fields("id,name") == "id,name"
    with pytest.raises(ValueError, match=r"must keep items\(\.\.\.\)"):
        response_fields("total", paged=True)


def test_encode_query_sends_the_same_bytes_as_urlencode() -> None:
    import random
    import string
    from urllib.parse import urlencode

    from ecwid_async._params import encode_query

    rng = random.Random(7)
    alphabet = string.printable + "äß€,"
    cases: list[list[tuple[str, str]]] = [
        [],
        [("limit", "100"), ("offset", "0")],
        [("keyword", "red shoes"), ("ids", "1,2,3")],
        [("q", "a&b=c?d#e"), ("e", "")],
        [("名", "値"), ("x", "~-._")],
    ]

    def text() -> str:
        return "".join(rng.choices(alphabet, k=rng.randint(0, 4)))

    for _ in range(5000):
        cases.append([(text(), text()) for _ in range(rng.randint(0, 3))])
    for params in cases:
        assert encode_query(params) == urlencode(params, safe=","), params
