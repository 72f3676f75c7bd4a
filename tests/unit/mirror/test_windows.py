"""Window maths of the change feed."""

from __future__ import annotations

import itertools

import pytest

from ecwid_async.mirror.windows import MAX_PARTS, Window, split


def test_split_covers_the_window_once_in_order() -> None:
    window = Window(100, 1099)
    parts = split(window, total=5000, window_items=2000)
    assert len(parts) == 5  # 5,000 items at 1,000 a part, if spread evenly
    assert parts[0].start == 100 and parts[-1].end == 1099
    assert all(a.end + 1 == b.start for a, b in itertools.pairwise(parts))
    assert sum(p.width for p in parts) == window.width


def test_split_is_bounded_by_max_parts_and_by_seconds() -> None:
    assert len(split(Window(0, 10**9), total=10**6, window_items=2000)) == MAX_PARTS
    assert split(Window(7, 8), total=10**6, window_items=2000) == [Window(7, 7), Window(8, 8)]
    assert len(split(Window(0, 99), total=2001, window_items=2000)) == 3


def test_one_second_cannot_be_split() -> None:
    with pytest.raises(ValueError, match="one second"):
        split(Window(5, 5), total=5000, window_items=2000)
