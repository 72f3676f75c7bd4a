"""Where an area keeps its per-store state: ``store.areas[name]``, built on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from ..models import StoreState

__all__ = ["area_state"]

T = TypeVar("T")


def area_state(store: StoreState, name: str, factory: Callable[[], T]) -> T:
    """The state of area ``name`` in ``store`` (made by ``factory`` the first time)."""
    if name not in store.areas:
        store.areas[name] = factory()
    return cast(T, store.areas[name])
