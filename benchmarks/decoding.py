"""Decoding: our typed decode of a 100-product page vs json.loads vs json.loads + pydantic.

The pydantic models are generated from our msgspec Structs (same fields, all optional,
the same camelCase wire names as aliases, the same date parsing), so the comparison is
like for like and cannot drift from the models. Every variant decodes the same bytes
(the light and the heavy page of :mod:`benchmarks._data`); rounds alternate and medians
are reported.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Annotated, Any

import msgspec
import pydantic

from ecwid_async.codec import decode
from ecwid_async.models._base import EcwidDateTime
from ecwid_async.models.common import SearchResult
from ecwid_async.models.product import Product

from ._common import abba, median, ratio, table
from ._data import page_bytes

ROUNDS = 8
REPEAT = 30  # decodes per round and variant

_DateTime = Annotated[dt.datetime, pydantic.BeforeValidator(EcwidDateTime.parse)]


def _annotation(info: msgspec.inspect.Type, models: dict[type, type[pydantic.BaseModel]]) -> Any:
    """The Python annotation pydantic should validate for one msgspec type."""
    mi = msgspec.inspect
    scalars: dict[type, Any] = {
        mi.IntType: int,
        mi.FloatType: float,
        mi.StrType: str,
        mi.BoolType: bool,
        mi.AnyType: Any,
        mi.NoneType: type(None),
        mi.LiteralType: str,
    }
    for kind, annotation in scalars.items():
        if isinstance(info, kind):
            return annotation
    if isinstance(info, mi.UnionType):
        args = tuple(_annotation(t, models) for t in info.types)
        return args[0] if len(args) == 1 else _union(args)
    if isinstance(info, mi.ListType):
        return list[_annotation(info.item_type, models)]  # type: ignore[misc]
    if isinstance(info, mi.DictType):
        key = _annotation(info.key_type, models)
        value = _annotation(info.value_type, models)
        return dict[key, value]  # type: ignore[valid-type]
    if isinstance(info, mi.StructType):
        return pydantic_model(info.cls, models)
    if isinstance(info, mi.CustomType) and issubclass(info.cls, dt.datetime):
        return _DateTime
    return Any  # a type pydantic would check no more cheaply than this: not in its favour


def _union(args: tuple[Any, ...]) -> Any:
    result = args[0]
    for arg in args[1:]:
        result = result | arg
    return result


def pydantic_model(
    struct: type[msgspec.Struct], models: dict[type, type[pydantic.BaseModel]] | None = None
) -> type[pydantic.BaseModel]:
    """A pydantic model with the fields, optionality and wire names of a msgspec Struct."""
    models = {} if models is None else models
    if struct in models:
        return models[struct]
    info = msgspec.inspect.type_info(struct)
    assert isinstance(info, msgspec.inspect.StructType)
    fields: dict[str, Any] = {}
    for field in info.fields:
        annotation = _annotation(field.type, models)
        fields[field.name] = (annotation, pydantic.Field(default=None, alias=field.encode_name))
    config = pydantic.ConfigDict(extra="ignore", populate_by_name=True)
    model: type[pydantic.BaseModel] = pydantic.create_model(
        f"Pydantic{struct.__name__}", __config__=config, **fields
    )
    models[struct] = model
    return model


def variants() -> dict[str, Callable[[bytes], int]]:
    """Each decoder under test, returning the item count it decoded."""
    product_model = pydantic_model(Product)
    page_model = pydantic.create_model(
        "PydanticProductPage",
        total=(int, 0),
        count=(int, 0),
        offset=(int, 0),
        limit=(int, 0),
        items=(list[product_model], []),  # type: ignore[valid-type]
    )
    page_type = SearchResult[Product]

    def ours(body: bytes) -> int:
        return len(decode(body, page_type).items)

    def loads(body: bytes) -> int:
        return len(json.loads(body)["items"])

    def loads_pydantic(body: bytes) -> int:
        return len(page_model.model_validate(json.loads(body)).items)  # type: ignore[attr-defined]

    def pydantic_json(body: bytes) -> int:
        return len(page_model.model_validate_json(body).items)  # type: ignore[attr-defined]

    return {
        "ecwid-async typed decode (msgspec Structs)": ours,
        "json.loads (untyped dicts)": loads,
        "json.loads + pydantic model_validate": loads_pydantic,
        "pydantic model_validate_json (extra)": pydantic_json,
    }


OURS = "ecwid-async typed decode (msgspec Structs)"


def _one_page(body: bytes, cases: dict[str, Callable[[bytes], int]], rounds: int) -> Any:
    for decode_page in cases.values():  # warm up and check they agree
        assert decode_page(body) == 100
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for order in abba(rounds, list(cases)):
        for name in order:
            decode_page = cases[name]
            start = time.perf_counter()
            for _ in range(REPEAT):
                decode_page(body)
            samples[name].append((time.perf_counter() - start) / REPEAT * 1000)
    ours = samples[OURS]
    result = {
        name: {"ms": median(values), "ratio": ratio(values, ours)}
        for name, values in samples.items()
    }
    result["_page"] = {"bytes": float(len(body)), "dates": float(body.count(b" +0000"))}
    return result


def measure(scale: float = 1.0) -> dict[str, dict[str, dict[str, float]]]:
    """Per page, per variant: median ms per page and the median per-round time ratio to ours."""
    cases = variants()
    rounds = max(4, round(ROUNDS * scale))
    return {kind: _one_page(page_bytes(kind), cases, rounds) for kind in ("light", "heavy")}


def report(result: dict[str, dict[str, dict[str, float]]]) -> str:
    """The Markdown section for RESULTS.md."""
    rows = []
    for kind, decoded in result.items():
        page = decoded["_page"]
        label = f"{kind} ({page['bytes'] / 1024:.0f} KiB, {page['dates']:.0f} dates)"
        rows += [
            [label, name, f"{r['ms']:.3f}", f"{r['ratio']:.2f}x"]
            for name, r in decoded.items()
            if not name.startswith("_")
        ]
    return (
        "## 3. Decoding: one 100-product page, in process\n\n"
        f"The pages of section 1; {REPEAT} decodes x {ROUNDS} ABBA rounds per variant. ms per "
        "page: median; time vs ours: median of the per-round ratios. Ours is "
        "`ecwid_async.codec.decode` (what the transport uses) into `SearchResult[Product]`, "
        "dates parsed into `EcwidDateTime`. The pydantic models are generated from our Structs "
        "(same fields, optional, camelCase aliases, the same date parser). Target: "
        "json.loads >= 2x ours, json.loads + pydantic >= 5x.\n\n"
        + table(["page", "decoder", "ms per page", "time vs ours"], rows)
    )


if __name__ == "__main__":
    print(report(measure()))
