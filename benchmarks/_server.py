"""A minimal aiohttp server in its own process: serves one fixed products page per store.

Run as ``python -m benchmarks._server``; prints its port on stdout, stops when stdin closes.
Store :data:`~benchmarks._data.HEAVY_STORE` gets the heavy (docs-shaped) page, every other
store id the light (FakeEcwid-shaped) one; ``/latest-stats`` answers a tiny object;
tokens are not checked.
"""

from __future__ import annotations

import asyncio
import sys

from aiohttp import web

from ._data import HEAVY_STORE, page_bytes


async def main() -> None:
    """Serve until stdin closes."""
    light, heavy = page_bytes("light"), page_bytes("heavy")
    heavy_id = str(HEAVY_STORE)

    async def products(request: web.Request) -> web.Response:
        body = heavy if request.match_info["store_id"] == heavy_id else light
        return web.Response(body=body, content_type="application/json")

    async def latest_stats(request: web.Request) -> web.Response:
        return web.Response(
            body=b'{"productsUpdated":"2026-12-01 00:00:00 +0000"}', content_type="application/json"
        )

    app = web.Application()
    app.router.add_get("/api/v3/{store_id}/products", products)
    app.router.add_get("/api/v3/{store_id}/latest-stats", latest_stats)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
