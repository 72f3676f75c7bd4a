"""Time windows of a feed: inclusive spans of whole UNIX seconds, split when too full."""

from __future__ import annotations

import math
from typing import NamedTuple

__all__ = ["Window", "split"]

#: At most this many parts per split (one probe request each).
MAX_PARTS = 16


class Window(NamedTuple):
    """Seconds ``start`` to ``end``, both included."""

    start: int
    end: int

    @property
    def width(self) -> int:
        """How many seconds the window spans."""
        return self.end - self.start + 1


def split(window: Window, total: int, window_items: int) -> list[Window]:
    """``window`` cut into consecutive equal parts, as many as should bring ``total`` items
    down to half of ``window_items`` each if they were spread evenly (2 to ``MAX_PARTS``,
    never more than its seconds), earliest first."""
    if window.width < 2:
        raise ValueError(f"a window of one second cannot be split: {window}")
    parts = min(MAX_PARTS, window.width, max(2, math.ceil(2 * total / window_items)))
    step = math.ceil(window.width / parts)
    starts = range(window.start, window.end + 1, step)
    return [Window(s, min(s + step - 1, window.end)) for s in starts]
