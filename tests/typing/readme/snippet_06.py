"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""

import asyncio

from ecwid_async import EcwidClient


async def main() -> None:
    async with EcwidClient() as ecwid:
        created = await ecwid.products.create({"name": "Oolong", "price": 8})
        everything = await ecwid.products.get(created.id).json()  # dict: every key sent
        print(created.id + 0, sorted(everything)[:5])
        await ecwid.products.delete(created.id)


asyncio.run(main())
