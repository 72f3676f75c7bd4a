"""Today's reference, example by example: every JSON example of
``../shared/ecwid-docs/current/`` decodes into its model and loses no key.

The examples are extracted verbatim (syntax repaired) into ``current/examples/``; each
docs area's ``current/map_<area>.py`` names the model of each example and the few keys
left out on purpose (``OBSOLETE``, each with its reason). See ``current/map_README.md``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from functools import cache
from pathlib import Path
from typing import Any

import msgspec
import msgspec.inspect as mi
import pytest

from ecwid_async.models._base import dec_hook, enc_hook
from ecwid_async.models.common import SearchResult
from scripts import current_examples

from . import current
from .test_docs_examples import _compare, _model

EXAMPLES = Path(current.__file__).parent / "examples"
STEMS = sorted(p.name.removesuffix(".json") for p in EXAMPLES.glob("*.json"))


def area_of(stem: str) -> str:
    """The docs area of an example: ``customers__search-customers--response1`` -> ``customers``."""
    return stem.split("--", 1)[0].split("__", 1)[0]


@cache
def maps() -> dict[str, Any]:
    """Area -> its map module."""
    found = {}
    for info in pkgutil.iter_modules(current.__path__):
        if info.name.startswith("map_"):
            module = importlib.import_module(f"{current.__name__}.{info.name}")
            found[info.name.removeprefix("map_").replace("_", "-")] = module
    return found


def _mapped() -> list[tuple[str, str]]:
    pairs = []
    for module in maps().values():
        pairs += [(stem, target) for stem, target in module.MODELS.items() if target != "-"]
    return sorted(pairs)


def _obsolete() -> dict[str, str]:
    merged: dict[str, str] = {}
    for module in maps().values():
        merged.update(module.OBSOLETE)
    return merged


def _type_of(target: str, example: Any) -> tuple[Any, bool]:
    is_request = target.endswith(".request")
    name = target.removesuffix(".request")
    tp: Any
    if name.startswith("SearchResult-"):
        tp = SearchResult[_model(name.removeprefix("SearchResult-"))]  # type: ignore[misc]
    else:
        tp = _model(name)
    if isinstance(example, list):
        tp = list[tp]
    return tp, is_request


def problems_of(stem: str, target: str) -> list[str]:
    """What decoding the example loses or changes (``$``-paths), before ``OBSOLETE``."""
    raw = (EXAMPLES / f"{stem}.json").read_bytes()
    example = json.loads(raw)
    tp, is_request = _type_of(target, example)
    decoded = msgspec.json.decode(raw, type=tp, dec_hook=dec_hook)
    if is_request:
        encoded = json.loads(msgspec.json.encode(decoded, enc_hook=enc_hook))
        built = encoded
    else:
        built = msgspec.to_builtins(decoded, enc_hook=enc_hook)
    found = _compare(example, built, mi.type_info(tp), "$")
    if is_request and not found and encoded != example:
        found = ["$: re-encoding the request changes it"]
    return found


@pytest.mark.parametrize(("stem", "target"), _mapped())
def test_todays_example_decodes_without_losing_a_key(stem: str, target: str) -> None:
    obsolete = _obsolete()
    problems = [
        p for p in problems_of(stem, target) if f"{stem}:{p.split(':', 1)[0]}" not in obsolete
    ]
    assert not problems, "\n".join(problems)


def test_every_obsolete_key_is_still_in_an_example() -> None:
    live = set()
    for stem, target in _mapped():
        live |= {f"{stem}:{p.split(':', 1)[0]}" for p in problems_of(stem, target)}
    stale = sorted(set(_obsolete()) - live)
    assert not stale, f"OBSOLETE entries that no example needs any more: {stale}"


def test_every_example_of_a_mapped_area_is_named() -> None:
    areas = maps()
    missing = [s for s in STEMS if area_of(s) in areas and s not in areas[area_of(s)].MODELS]
    unknown = [s for m in areas.values() for s in m.MODELS if s not in STEMS]
    assert not missing, f"examples without a model in their area's map: {missing}"
    assert not unknown, f"map entries for examples that do not exist: {unknown}"


def test_the_extracted_examples_are_current() -> None:
    if not current_examples.DOCS.is_dir():  # a clone without shared/ beside it
        assert STEMS, "no extracted examples"
        return
    fresh = current_examples.examples()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.json")}
    assert on_disk == fresh, "run: python -m scripts.current_examples"


def test_every_area_with_examples_has_a_map() -> None:
    unmapped = sorted({area_of(s) for s in STEMS} - set(maps()))
    assert not unmapped, f"docs areas whose examples no map names: {unmapped}"
    named = sum(len(m.MODELS) for m in maps().values())
    assert named == len(STEMS)
