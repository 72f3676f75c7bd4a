"""A Call that changes data and is dropped without being sent warns: a forgotten await."""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable

from aioresponses import aioresponses

from ecwid_async import BatchRequest, EcwidClient, UnsentCallWarning
from ecwid_async.batch import to_batch_item

from .conftest import TOKEN, url


def client() -> EcwidClient:
    return EcwidClient(1003, TOKEN, rate_limit=None)


def _dropped(build: Callable[[], object]) -> list[warnings.WarningMessage]:
    """Warnings raised while what ``build`` makes is dropped (it keeps no reference)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build()
        gc.collect()
    return [w for w in caught if issubclass(w.category, UnsentCallWarning)]


def test_a_mutating_call_never_sent_warns_when_collected() -> None:
    found = _dropped(lambda: client().products.delete(37))
    assert len(found) == 1
    assert "DELETE /products/37 was built but never sent: await it" in str(found[0].message)


def test_reads_never_warn() -> None:
    assert _dropped(lambda: client().products.get(37)) == []


async def test_an_awaited_call_does_not_warn() -> None:
    ecwid = client()
    with warnings.catch_warnings(record=True) as caught, aioresponses() as m:
        warnings.simplefilter("always")
        m.delete(url("/products/37"), payload={"deleteCount": 1})
        assert (await ecwid.products.delete(37)).delete_count == 1
        gc.collect()
    await ecwid.aclose()
    assert not [w for w in caught if issubclass(w.category, UnsentCallWarning)]


def test_a_call_put_into_a_batch_does_not_warn() -> None:
    assert _dropped(lambda: to_batch_item(client().products.update(37, {"price": 1}))) == []
    assert to_batch_item(BatchRequest("DELETE", "/products/1"))["method"] == "DELETE"


def test_a_call_copied_with_options_warns_only_for_the_copy() -> None:
    found = _dropped(lambda: client().products.delete(37).with_options(timeout=5))
    assert len(found) == 1  # the copy, never sent; not the original it was made from


def test_the_warning_is_a_runtime_warning() -> None:
    assert issubclass(UnsentCallWarning, RuntimeWarning)
    found = _dropped(lambda: client().orders.delete(5))
    assert found and isinstance(found[0].message, RuntimeWarning)
