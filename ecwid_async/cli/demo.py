"""``ecwid-async demo``: a tour of the client against an embedded fake Ecwid store.

Starts a fake store that enforces Ecwid's 600 requests a minute, seeds a realistic
catalog, then: exports the catalog with a progress bar, raises a thousand prices in
batch tickets, clones the catalog into a new store, and sums up requests, 429s and times.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table

from ..batch import MAX_BATCH, NOT_EXECUTED
from ..errors import EcwidError
from ..hooks import ResponseEvent
from ._common import json_lines, progress_bar, seed_sandbox, stderr

__all__ = ["CODE", "NEXT_STEPS", "demo"]

#: The few lines of code behind each step, shown as it runs.
CODE = {
    "export": """\
async with EcwidClient(store_id, token) as ecwid:
    async for page in ecwid.products.search().pages():   # paced, prefetched, streamed
        out.write(json_lines(page.items))""",
    "batch": """\
calls = [ecwid.products.update(pid, {"price": new}) for pid, new in prices.items()]
results = await ecwid.batch.run(calls, stop_on_first_failure=False)   # 500 a ticket""",
    "clone": """\
async with PartnerClient(client_id, client_secret, partner_key) as partner:
    target = await partner.stores.create("demo-clone@example.com", "Demo clone")
    done = await partner.clone.run(store_id, target.id, scope="CATALOG")""",
}

#: Printed at the end: where to go from here.
NEXT_STEPS = """\
[bold]What to try next[/bold]
  python -m ecwid_async.testing            a seeded fake store to point your own code at
  ecwid-async --sandbox export products --format csv --out products.csv
  ecwid-async --sandbox stats              the same commands against a real store without --sandbox
  README.md: async, sync, batch, partner, testing with the fake; docs/ for the guides"""


def _show(code: str) -> None:
    stderr.print(Syntax(code, "python", theme="ansi_dark", background_color="default"))


class _Counter:
    """Counts the client's HTTP attempts by status, through the response hook."""

    def __init__(self) -> None:
        self.responses = 0
        self.by_status: dict[int, int] = {}

    def __call__(self, event: ResponseEvent) -> None:
        self.responses += 1
        self.by_status[event.status] = self.by_status.get(event.status, 0) + 1


async def demo(session: Any, args: argparse.Namespace) -> int:
    """Run the tour; return 0 when every step did what it says."""
    from ..testing import FakeEcwid

    steps: list[tuple[str, str, float]] = []
    counter = _Counter()
    async with FakeEcwid() as fake:
        fake.set_rate_limit(600, window=60.0)  # Ecwid's limit, enforced on the server side
        fake.set_latency(args.latency)
        t0 = time.monotonic()
        seed_sandbox(fake, size="demo")
        store = fake.store
        steps.append(("seed the fake store", f"{len(store.products)} products, "
                      f"{len(store.orders)} orders, {len(store.customers)} customers",
                      time.monotonic() - t0))  # fmt: skip
        async with fake.client(rate_limit=600, on_response=counter) as ecwid:
            stderr.rule("[bold]ecwid-async demo")
            profile = await ecwid.profile.get()
            name = profile.settings.store_name if profile.settings else None
            stderr.print(f"store {ecwid.store_id} ({name}) at {fake.base_url}, paced at 600/min\n")

            # 1. export the catalog, streaming, with a progress bar
            _show(CODE["export"])
            t0 = time.monotonic()
            out = Path(tempfile.gettempdir()) / "ecwid-demo-products.jsonl"
            exported = 0
            prices: dict[int, float] = {}
            with out.open("wb") as handle, progress_bar() as progress:
                task = progress.add_task("export products", total=None)
                async with ecwid.products.search().pages() as pages:
                    async for page in pages:
                        progress.update(task, total=page.total)
                        handle.write(json_lines(page.items))
                        for product in page.items:
                            if product.id is not None and len(prices) < args.updates:
                                prices[product.id] = product.price or 0.0
                        exported += page.count
                        progress.update(task, completed=exported)
            steps.append(
                ("export products (JSON lines)", f"{exported} to {out}", time.monotonic() - t0)
            )

            # 2. a bulk price change through batch tickets
            _show(CODE["batch"])
            t0 = time.monotonic()
            calls = [
                ecwid.products.update(pid, {"price": round(price * 1.1, 2)})
                for pid, price in prices.items()
            ]
            with progress_bar() as progress:
                task = progress.add_task("raise prices 10% (batch)", total=len(calls))
                results = await ecwid.batch.run(
                    calls,
                    stop_on_first_failure=False,
                    poll_interval=0.5,
                    progress=lambda done, total: progress.update(task, completed=done),
                )
            failed = sum(1 for r in results if r is NOT_EXECUTED or isinstance(r, EcwidError))
            tickets = math.ceil(len(calls) / MAX_BATCH)
            steps.append((
                "bulk price change via batch",
                f"{len(calls) - failed} updated, {failed} failed, {tickets} tickets",
                time.monotonic() - t0,
            ))  # fmt: skip

            # 3. clone the catalog into a new store
            _show(CODE["clone"])
            t0 = time.monotonic()
            async with fake.partner_client(rate_limit=600, on_response=counter) as partner:
                target = await partner.stores.create("demo-clone@example.com", "Demo clone")
                assert target.id is not None
                with stderr.status("cloning the catalog") as status:
                    done = await partner.clone.run(
                        ecwid.store_id,
                        target.id,
                        scope="CATALOG",
                        poll_interval=0.5,
                        progress=lambda s: status.update(f"cloning the catalog: {s.status}"),
                    )
            mapping = done.cloned_entities_mapping
            mapped = len(mapping.products or {}) if mapping else 0
            steps.append((
                "clone catalog into a new store",
                f"store {target.id}: {mapped} products mapped",
                time.monotonic() - t0,
            ))  # fmt: skip

        table = Table(title="demo summary")
        table.add_column("step")
        table.add_column("result")
        table.add_column("seconds", justify="right")
        for step, result, seconds in steps:
            table.add_row(step, result, f"{seconds:.1f}")
        stderr.print(table)
        stats = Table(title="traffic")
        stats.add_column("HTTP requests sent", justify="right")
        stats.add_column("429s from the server", justify="right")
        stats.add_column("by status")
        stats.add_row(
            str(counter.responses),
            str(fake.stats.rate_limited),
            ", ".join(f"{k}: {v}" for k, v in sorted(counter.by_status.items())),
        )
        stderr.print(stats)
        stderr.print(Panel(NEXT_STEPS, expand=False))
    ok = failed == 0 and mapped == exported and fake.stats.rate_limited == 0
    return 0 if ok else 1


def add_parser(commands: Any) -> None:
    """Register ``demo``."""
    parser = commands.add_parser("demo", help="a tour against an embedded fake Ecwid store")
    parser.add_argument("--updates", type=int, default=1000, help="prices to change in batch")
    parser.add_argument(
        "--latency", type=float, default=0.02, help="simulated server latency, seconds"
    )
    parser.set_defaults(handler=demo, partner=False, standalone=True)
