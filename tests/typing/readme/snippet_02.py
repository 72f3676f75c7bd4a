"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

import asyncio

from ecwid_async import NOT_EXECUTED, EcwidClient, EcwidError


async def main() -> None:
    async with EcwidClient() as ecwid:
        ids = [p.id async for p in ecwid.products.search(max_items=1200)]
        results = await ecwid.batch.run(
            [ecwid.products.update(pid, {"price": 9.99}) for pid in ids],   # any number: 500 a ticket
            stop_on_first_failure=False,
            progress=lambda done, total: print(f"{done}/{total}", end="\r"),
        )
        failed = [r for r in results if isinstance(r, EcwidError) or r is NOT_EXECUTED]
        print(f"\n{len(results) - len(failed)} updated, {len(failed)} failed")

        raw = await ecwid.request("GET", "/latest-stats")   # any path: decoded JSON
        print(sorted(raw))


asyncio.run(main())
