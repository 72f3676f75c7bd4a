"""A minimal aiohttp server in its own process: serves one fixed products page.

Run as ``python -m benchmarks._server``; prints its port on stdout, stops when stdin closes.
"""

from __future__ import annotations

import asyncio
import sys

from aiohttp import web

from ._data import page_bytes


async def main() -> None:
    body = page_bytes(100)

    async def products(request: web.Request) -> web.Response:
        return web.Response(body=body, content_type="application/json")

    app = web.Application()
    app.router.add_get("/api/v3/{store_id}/products", products)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
