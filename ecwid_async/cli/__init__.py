"""The ``ecwid-async`` command: export, import, clone, stats, demo (extra ``[cli]``)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from .._version import __version__

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    from . import clone, demo, export, importer, mirror, stats
    from ._common import add_connection_options, add_partner_options

    parser = argparse.ArgumentParser(
        prog="ecwid-async", description="Work with an Ecwid store from the command line."
    )
    parser.add_argument("--version", action="version", version=f"ecwid-async {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (export, importer, clone, stats, demo, mirror):
        module.add_parser(commands)
    for name, sub in commands.choices.items():
        if name != "demo":
            add_connection_options(sub)
        if name == "clone":
            add_partner_options(sub)
    return parser


async def _run(args: argparse.Namespace) -> int:
    from ._common import open_session

    if getattr(args, "standalone", False):
        return int(await args.handler(None, args))
    async with open_session(args, partner=args.partner) as session:
        return int(await args.handler(session, args))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ecwid-async`` command; returns the exit status."""
    try:
        from ._common import CliError, stderr
    except ImportError as exc:  # rich is missing
        print(f"ecwid-async: the CLI needs its extra: pip install 'ecwid-async[cli]' ({exc})")
        return 2
    from ..errors import EcwidError

    args = build_parser().parse_args(argv)
    try:
        return asyncio.run(_run(args))
    except CliError as exc:
        stderr.print(f"[red]error:[/red] {exc}")
        return 2
    except EcwidError as exc:
        stderr.print(f"[red]Ecwid error:[/red] {exc}")
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
