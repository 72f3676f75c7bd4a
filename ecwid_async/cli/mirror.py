"""``ecwid-async mirror --to sqlite:///PATH [ENTITY ...]``: bring a local copy up to date."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from rich.progress import Progress, TaskID
from rich.table import Table

from ..mirror import ENTITIES, EntityReport, FeedError, mirror
from ..mirror.sqlite import sqlite_path
from ._common import CliError, Session, progress_bar, stderr

__all__ = ["run_mirror"]


class _Bars:
    """One progress bar per entity: rows written and removed so far."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._tasks: dict[str, TaskID] = {}

    def __call__(self, entity: str, so_far: EntityReport) -> None:
        task = self._tasks.get(entity)
        if task is None:
            task = self._tasks[entity] = self._progress.add_task(f"mirror {entity}", total=None)
        self._progress.update(task, completed=so_far.upserted + so_far.deleted)


def _entity(name: str) -> str:
    if name not in ENTITIES:
        raise argparse.ArgumentTypeError(
            f"unknown entity {name!r} (choose from {', '.join(ENTITIES)})"
        )
    return name


async def run_mirror(session: Session, args: argparse.Namespace) -> int:
    """Mirror the named entities (all when none) into ``--to`` and print what changed."""
    try:
        sqlite_path(args.to)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        with progress_bar() as progress:
            report = await mirror(
                session.ecwid, args.to, args.entities or None, on_progress=_Bars(progress)
            )
    except (ValueError, FeedError, sqlite3.Error) as exc:  # what committed stays committed
        raise CliError(f"mirror {args.to}: {exc}") from None
    table = Table(title=f"store {session.ecwid.store_id} -> {args.to}")
    for column in ("entity", "upserted", "deleted", "requests"):
        table.add_column(column, justify="left" if column == "entity" else "right")
    for name, entry in report.entities.items():
        table.add_row(name, str(entry.upserted), str(entry.deleted), str(entry.requests))
    stderr.print(table)
    stderr.print(f"mirrored in {report.requests} requests")
    return 0


def add_parser(commands: Any) -> None:
    """Register ``mirror``."""
    parser = commands.add_parser(
        "mirror", help="copy a store into SQLite, then only what changed since"
    )
    parser.add_argument("--to", required=True, metavar="sqlite:///PATH", help="the mirror")
    parser.add_argument(
        "entities",
        nargs="*",
        metavar="ENTITY",
        type=_entity,
        help=f"what to mirror (default: all of {', '.join(ENTITIES)})",
    )
    parser.set_defaults(handler=run_mirror, partner=False)
