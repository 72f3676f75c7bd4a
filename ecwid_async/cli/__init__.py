"""The ``ecwid-async`` command: export, import, clone, stats, demo (extra ``[cli]``).

A user's mistake (a bad option, missing credentials, a path that cannot be written, an
unknown filter) is one line on stderr and exit status 2, never a traceback; an error
Ecwid answered is one line and status 1; Ctrl-C is status 130; a closed pipe
(``| head``) ends quietly with status 141.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .._version import __version__

__all__ = ["OneLineParser", "build_parser", "main"]


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        """Print ``prog: error: message (see --help)`` and exit 2."""
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    from . import clone, demo, export, importer, mirror, stats
    from ._common import add_connection_options, add_partner_options, add_sandbox_option

    parser = OneLineParser(
        prog="ecwid-async", description="Work with an Ecwid store from the command line."
    )
    parser.add_argument("--version", action="version", version=f"ecwid-async {__version__}")
    add_sandbox_option(parser, default=False)
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


def _closed_pipe() -> int:
    # Python would complain about the closed stdout once more at exit: point it elsewhere
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ecwid-async`` command; returns the exit status."""
    try:
        from ._common import CliError, stderr
    except ImportError as exc:  # rich is missing
        print(
            f"ecwid-async: the CLI needs its extra: pip install 'ecwid-async[cli]' ({exc})",
            file=sys.stderr,
        )
        return 2
    from ..errors import EcwidError

    args = build_parser().parse_args(argv)
    try:
        return asyncio.run(_run(args))
    except CliError as exc:
        stderr.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        return 2
    except EcwidError as exc:
        stderr.print(f"[red]Ecwid error:[/red] {exc}", soft_wrap=True)
        return 1
    except BrokenPipeError:
        return _closed_pipe()
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        stderr.print(f"[red]error:[/red] {exc.strerror or exc}{where}", soft_wrap=True)
        return 2
    except (ValueError, TypeError) as exc:  # refused by the client before sending
        stderr.print(f"[red]error:[/red] {exc}", soft_wrap=True)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
