"""Docs fidelity: every JSON example of the Ecwid reference decodes into its model.

Fixtures live in ``tests/docs/examples/`` and are the docs' examples copied verbatim, with
only their syntax repaired (trailing commas, comments, unquoted keys, ``...``). The file
name says what to decode into:

* ``<Model>--<slug>.json``: a response, decoded into the class ``<Model>`` found in any
  submodule of ``ecwid_async.models`` (a JSON array decodes into ``list[<Model>]``);
* ``SearchResult-<Model>--<slug>.json``: a search page, decoded into
  ``ecwid_async.models.common.SearchResult[<Model>]``;
* ``<InputModel>--<slug>.request.json``: a request body, decoded into that input model
  and encoded back.

A response passes when it decodes and every key of the example, at any depth, is a known
field whose decoded value equals the example's (dates compared as instants, numbers
numerically): a field missing from a model fails. A request passes when re-encoding gives
back the example exactly (as parsed JSON).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import math
import pkgutil
from functools import cache
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect as mi
import pytest

import ecwid_async.models
from ecwid_async.models._base import EcwidDateTime, dec_hook, enc_hook
from ecwid_async.models.common import SearchResult

EXAMPLES = Path(__file__).parent / "examples"
FIXTURES = sorted(p.name for p in EXAMPLES.glob("*.json"))

# Models of the catalog side and the store profile that must each have at least one
# documented example. Extend it when a model area gains fixtures.
EXPECTED_MODELS = {
    "StoreProfile": "GET /profile",
    "StoreProfileInput": "PUT /profile",
    "UpdateStats": "GET /latest-stats",
    "SearchResult-DeletedItem": "GET /{products,orders,customers,discount_coupons}/deleted",
    "SearchResult-Product": "GET /products",
    "Product": "GET /products/{productId}",
    "ProductInput": "POST /products, PUT /products/{productId}",
    "InventoryAdjustmentInput": "PUT /products/{productId}[/combinations/{id}]/inventory",
    "InventoryAdjustmentStatus": "PUT .../inventory",
    "ProductFileInput": "PUT /products/{productId}/files/{fileId}",
    "SearchResult-Category": "GET /categories",
    "Category": "GET /categories/{categoryId}",
    "CategoryInput": "POST /categories, PUT /categories/{categoryId}",
    "Combination": "GET /products/{productId}/combinations[/{combinationId}]",
    "CombinationInput": "POST/PUT /products/{productId}/combinations",
    "ProductClass": "GET /classes[/{classId}]",
    "ProductClassInput": "POST /classes, PUT /classes/{classId}",
    "CreateStatus": "POST (create)",
    "UpdateStatus": "PUT (update)",
    "DeleteStatus": "DELETE",
    "UploadStatus": "POST (image and file uploads)",
    "SearchResult-Order": "GET /orders",
    "Order": "GET /orders/{orderNumber}",
    "OrderInput": "POST /orders, PUT /orders/{orderNumber}",
    "OrderCalculationInput": "POST /order/calculate",
    "CalculatedOrder": "POST /order/calculate",
    "SearchResult-Cart": "GET /carts",
    "CartInput": "PUT /carts/{cartId}",
    "PlaceCartResult": "POST /carts/{cartId}/place",
    "SearchResult-CustomerSearchEntry": "GET /customers",
    "Customer": "GET /customers/{customerId}",
    "CustomerInput": "POST /customers, PUT /customers/{customerId}",
    "SearchResult-CustomerGroup": "GET /customer_groups",
    "CustomerGroup": "GET /customer_groups/{groupId}",
    "CustomerGroupInput": "POST /customer_groups, PUT /customer_groups/{groupId}",
    "SearchResult-DiscountCoupon": "GET /discount_coupons",
    "DiscountCoupon": "GET /discount_coupons/{couponIdentifier}",
    "DiscountCouponInput": "POST /discount_coupons, PUT /discount_coupons/{couponIdentifier}",
    "DiscountCouponCreateStatus": "POST /discount_coupons",
}


@cache
def _model_modules() -> tuple[dict[str, list[type[Any]]], dict[str, str]]:
    """Struct classes defined in the submodules of ``ecwid_async.models`` (by name), and
    the modules that failed to import (so one broken module fails only its own fixtures
    here, and loudly in ``test_every_model_module_imports``)."""
    found: dict[str, list[type[Any]]] = {}
    broken: dict[str, str] = {}
    package = ecwid_async.models
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        try:
            module = importlib.import_module(info.name)
        except Exception as exc:
            broken[info.name] = f"{type(exc).__name__}: {exc}"
            continue
        for name, obj in vars(module).items():
            if (
                isinstance(obj, type)
                and issubclass(obj, msgspec.Struct)
                and obj.__module__ == module.__name__
            ):
                found.setdefault(name, []).append(obj)
    return found, broken


def _model(name: str) -> type[Any]:
    found, broken = _model_modules()
    classes = found.get(name, [])
    assert classes, f"no model named {name!r} in any submodule of ecwid_async.models" + (
        f" (modules that failed to import: {broken})" if broken else ""
    )
    assert len(classes) == 1, f"model name {name!r} is ambiguous: {classes}"
    return classes[0]


def _target(fixture: str, example: Any) -> tuple[Any, bool]:
    """The type a fixture decodes into, and whether it is a request body."""
    is_request = fixture.endswith(".request.json")
    stem = fixture.removesuffix(".json").removesuffix(".request")
    assert "--" in stem, f"{fixture}: expected <Model>--<slug>.json"
    head = stem.split("--", 1)[0]
    tp: Any
    if head.startswith("SearchResult-"):
        tp = SearchResult[_model(head.removeprefix("SearchResult-"))]  # type: ignore[misc]
    else:
        tp = _model(head)
    if isinstance(example, list):
        tp = list[tp]
    return tp, is_request


def _unwrap(info: mi.Type, value: Any) -> mi.Type:
    """Pick the member of a union (``X | None``, ``int | str``) that fits ``value``."""
    if not isinstance(info, mi.UnionType):
        return info
    members = [t for t in info.types if not isinstance(t, mi.NoneType)]
    for member in members:
        if isinstance(value, dict) and isinstance(member, (mi.StructType, mi.DictType)):
            return member
        if isinstance(value, list) and isinstance(member, (mi.ListType, mi.TupleType)):
            return member
    return members[0] if len(members) == 1 else mi.AnyType()


def _default_of(field: mi.Field) -> Any:
    if field.default_factory is not msgspec.NODEFAULT:
        return field.default_factory()
    return None if field.default is msgspec.NODEFAULT else field.default


def _same_scalar(expected: Any, actual: Any, info: mi.Type) -> bool:
    if isinstance(info, mi.CustomType) and info.cls is EcwidDateTime:
        return bool(EcwidDateTime.parse(expected) == EcwidDateTime.parse(actual))
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(expected, actual, rel_tol=1e-12, abs_tol=1e-12)
    if isinstance(actual, (dt.datetime, dt.date)):
        return bool(actual == EcwidDateTime.parse(expected))
    return bool(expected == actual)


def _compare(expected: Any, actual: Any, info: mi.Type, path: str) -> list[str]:
    """Differences between an example and the decoded model (as builtins), key by key."""
    info = _unwrap(info, expected)
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, decoded {actual!r}"]
        if isinstance(info, mi.StructType):
            fields = {f.encode_name: f for f in info.fields}
            problems: list[str] = []
            for key, value in expected.items():
                where = f"{path}.{key}"
                field = fields.get(key)
                if field is None:
                    problems.append(f"{where}: not a field of {info.cls.__name__}")
                elif key not in actual:
                    # omit_defaults drops values equal to the field's default
                    if value != _default_of(field):
                        problems.append(f"{where}: lost in decoding (example {value!r})")
                else:
                    problems += _compare(value, actual[key], field.type, where)
            return problems
        value_type = info.value_type if isinstance(info, mi.DictType) else mi.AnyType()
        problems = []
        for key, value in expected.items():
            if key not in actual:
                problems.append(f"{path}.{key}: lost in decoding")
            else:
                problems += _compare(value, actual[key], value_type, f"{path}.{key}")
        return problems
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected {len(expected)} items, decoded {actual!r}"]
        item_type = info.item_type if isinstance(info, (mi.ListType, mi.SetType)) else mi.AnyType()
        problems = []
        for index, (exp, act) in enumerate(zip(expected, actual, strict=True)):
            problems += _compare(exp, act, item_type, f"{path}[{index}]")
        return problems
    if expected is None:
        return [] if actual is None else [f"{path}: expected null, decoded {actual!r}"]
    if not _same_scalar(expected, actual, info):
        return [f"{path}: expected {expected!r}, decoded {actual!r}"]
    return []


@pytest.mark.parametrize("fixture", FIXTURES)
def test_docs_example_decodes(fixture: str, record_property: Any) -> None:
    raw = (EXAMPLES / fixture).read_bytes()
    example = json.loads(raw)
    tp, is_request = _target(fixture, example)

    decoded = msgspec.json.decode(raw, type=tp, dec_hook=dec_hook)

    if is_request:
        encoded = msgspec.json.encode(decoded, enc_hook=enc_hook)
        assert json.loads(encoded) == example
    else:
        built = msgspec.to_builtins(decoded, enc_hook=enc_hook)
        problems = _compare(example, built, mi.type_info(tp), "$")
        assert not problems, "\n".join(problems)
    record_property("docs_example", fixture)


def test_every_model_module_imports() -> None:
    _, broken = _model_modules()
    assert not broken


def test_every_expected_model_has_an_example() -> None:
    heads = {
        name.removesuffix(".json").removesuffix(".request").split("--")[0] for name in FIXTURES
    }
    missing = sorted(set(EXPECTED_MODELS) - heads)
    assert not missing, f"no docs example for: {missing}"


def test_fixture_names_follow_the_contract() -> None:
    for name in FIXTURES:
        stem = name.removesuffix(".json").removesuffix(".request")
        assert stem.count("--") == 1, f"{name}: expected <Model>--<slug>[.request].json"
        head, slug = stem.split("--")
        assert head, name
        assert slug, name
        assert not (name.endswith(".request.json") and head.startswith("SearchResult-")), name


class _Probe(msgspec.Struct, omit_defaults=True, rename="camel"):
    """A tiny model to prove the comparison catches what it must."""

    known_field: int | None = None
    when: EcwidDateTime | None = None
    price: float | None = None


def _probe_problems(example: dict[str, Any]) -> list[str]:
    decoded = msgspec.json.decode(json.dumps(example), type=_Probe, dec_hook=dec_hook)
    built = msgspec.to_builtins(decoded, enc_hook=enc_hook)
    return _compare(example, built, mi.type_info(_Probe), "$")


def test_harness_flags_a_field_missing_from_the_model() -> None:
    assert _probe_problems({"knownField": 1, "undocumented": 2}) == [
        "$.undocumented: not a field of _Probe"
    ]


def test_harness_compares_dates_as_instants_and_numbers_numerically() -> None:
    assert _probe_problems({"when": "2014-10-19 18:56:21 +0400", "price": 10}) == []
    assert _probe_problems({"knownField": None}) == []
