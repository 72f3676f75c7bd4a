"""Run every benchmark, print the tables, write benchmarks/RESULTS.md."""

from __future__ import annotations

import asyncio
import datetime as dt

from . import overhead
from ._common import RESULTS, machine


def main() -> None:
    """Run the benchmarks in sequence and write the results file."""
    sections = []
    section = overhead.report(asyncio.run(overhead.measure()))
    print(section, "\n", flush=True)
    sections.append(section)
    header = (
        "# Benchmark results\n\n"
        f"Measured {dt.date.today().isoformat()} on {machine()}.\n"
        "Servers run in their own process; rounds alternate; figures are medians.\n"
    )
    RESULTS.write_text(header + "\n" + "\n\n".join(sections) + "\n")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
