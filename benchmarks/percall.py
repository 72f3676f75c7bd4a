"""The client's own CPU per call, with no network: ``python -m benchmarks.percall``.

``ecwid.request(...)`` is awaited over a fake session that answers at once with a tiny
body, against the same fake called bare with the same decode; rounds alternate (ABBA)
and the figure is the median of per-round differences, in microseconds. What is left is
the client's own work per call: building the Call, the gate, the limiter, the attempt
loop, error mapping and the result. Not part of the full run (it needs no server).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from multidict import CIMultiDict, CIMultiDictProxy

from ecwid_async import EcwidClient
from ecwid_async.codec import decode

from ._common import abba

BODY = b'{"total":1,"count":1,"offset":0,"limit":100,"items":[{"id":1}]}'
CALLS, ROUNDS = 20_000, 8


class _Response:
    status, reason, content_length = 200, "OK", len(BODY)
    headers = CIMultiDictProxy(CIMultiDict({"Content-Type": "application/json"}))

    def release(self) -> None:
        """Nothing to release."""

    async def read(self) -> bytes:
        """The body, at once."""
        return BODY


class _Session:
    closed = False

    async def request(self, method: str, url: str, **kwargs: Any) -> _Response:
        """Answer at once (after one trip through the event loop, as a socket would)."""
        await asyncio.sleep(0)
        return _Response()


async def measure(rate_limit: float | None) -> float:
    """The median per-call difference, client minus bare, in microseconds."""
    session = _Session()
    ecwid = EcwidClient(1, "secret_bench", session=session, rate_limit=rate_limit)  # type: ignore[arg-type]

    async def ours() -> None:
        await ecwid.request("GET", "/products", params={"limit": 100, "offset": 0})

    async def bare() -> None:
        resp = await session.request("GET", "http://x/products", params={"limit": "100"})
        body = await resp.read()
        resp.release()
        decode(body, Any)

    ones = {"ours": ours, "bare": bare}
    spent: dict[str, list[float]] = {name: [] for name in ones}
    for order in abba(ROUNDS, list(ones)):
        for name in order:
            one = ones[name]
            start = time.process_time()
            for _ in range(CALLS):
                await one()
            spent[name].append((time.process_time() - start) / CALLS * 1e6)
    return statistics.median(o - b for o, b in zip(spent["ours"], spent["bare"], strict=True))


if __name__ == "__main__":
    for limit in (None, 1e9):
        label = "rate limit off" if limit is None else "limiter on (never waits)"
        print(f"{label}: {asyncio.run(measure(limit)):.1f} µs of the client's own per call")
