"""Run every benchmark (or ``--only NAME ...``), print the tables, write benchmarks/RESULTS.md."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import re
import time
from collections.abc import Callable

from . import bulk, decoding, overhead, ratelimit, redis_limiter, startup, stores, streaming
from ._common import RESULTS, machine

#: Each benchmark, given the scale factor (1 = the default run, 2 = about twice as long).
BENCHMARKS: dict[str, Callable[[float], str]] = {
    "overhead": lambda k: overhead.report(asyncio.run(overhead.measure(k))),
    "stores": lambda k: stores.report(stores.measure(k)),
    "decoding": lambda k: decoding.report(decoding.measure(k)),
    "ratelimit": lambda k: ratelimit.report(ratelimit.measure(k)),
    "startup": lambda k: startup.report(startup.measure(k)),
    "streaming": lambda k: streaming.report(streaming.measure(k)),
    "bulk": lambda k: bulk.report(bulk.measure(k)),
    "redis_limiter": lambda k: redis_limiter.report(redis_limiter.measure()),
}


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("pydantic", "pyecwid", "requests", "httpx"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} not installed")
    return "; ".join(found)


def main(argv: list[str] | None = None) -> None:
    """Run the chosen benchmarks in sequence and write the results file."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), default=None)
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="rounds and sizes x this (default 1: the whole run in ~10 minutes on 2 cores)",
    )
    args = parser.parse_args(argv)
    chosen = args.only or list(BENCHMARKS)
    sections = _previous_sections() if chosen != list(BENCHMARKS) else {}
    for name in chosen:
        start = time.perf_counter()
        print(f"running {name} ...", flush=True)
        section = _numbered(BENCHMARKS[name](args.scale), list(BENCHMARKS).index(name) + 1)
        print(section, f"\n({name}: {time.perf_counter() - start:.0f} s)\n", flush=True)
        sections[name] = section
    header = (
        "# Benchmark results\n\n"
        f"Measured {dt.date.today().isoformat()} on {machine()}; "
        f"compared against {_versions()}.\n"
        "Servers run in their own process; rounds alternate (ABBA); figures are medians; "
        "client CPU is `time.process_time` of the client process; every timed round of "
        "sections 1-2 starts from a full garbage collection (not timed), so both sides "
        "start each round from the same collector state.\n"
    )
    if args.scale != 1.0:
        header += f"Scale x{args.scale:g} (`python -m benchmarks --scale {args.scale:g}`).\n"
    if chosen != list(BENCHMARKS):
        header += f"Last partial run ({dt.date.today().isoformat()}): {', '.join(chosen)}.\n"
    ordered = [sections[name] for name in BENCHMARKS if name in sections]
    RESULTS.write_text(header + "\n" + "\n\n".join(ordered) + "\n")
    print(f"wrote {RESULTS}")


def _numbered(section: str, number: int) -> str:
    """The section with its heading numbered by its place in :data:`BENCHMARKS`."""
    return re.sub(r"\A## (\d+\. )?", f"## {number}. ", section.strip(), count=1)


def _previous_sections() -> dict[str, str]:
    """The sections of the existing RESULTS.md, by benchmark name (``## N.`` in run order)."""
    if not RESULTS.exists():
        return {}
    found = {}
    names = list(BENCHMARKS)
    for chunk in RESULTS.read_text().split("\n## ")[1:]:
        number = chunk.split(".", 1)[0]
        if number.isdigit() and 1 <= int(number) <= len(names):
            found[names[int(number) - 1]] = "## " + chunk.strip()
    return found


if __name__ == "__main__":
    main()
