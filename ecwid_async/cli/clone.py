"""``ecwid-async clone --source --target``: clone a store, with live status."""

from __future__ import annotations

import argparse
import time
from typing import Any

from ..errors import CloneFailedError, CloneRejectedError
from ..models.partner import CloneStatus
from ._common import CliError, Session, stderr

__all__ = ["clone"]


async def clone(session: Session, args: argparse.Namespace) -> int:
    """Start a clone and follow it to COMPLETED (print the mapping sizes) or FAILED."""
    if session.partner is None:  # pragma: no cover - open_session always gives one here
        raise CliError("clone needs partner credentials")
    source = args.source
    target = args.target
    if session.fake is not None and target is None:
        created = await session.partner.stores.create("clone-target@example.com", "Clone target")
        target = created.id
        stderr.print(f"sandbox: created empty target store {target}")
    if target is None:
        raise CliError("--target is required")
    if source is None:
        source = session.ecwid.store_id
    started = time.monotonic()
    with stderr.status("starting clone") as status:

        def show(state: CloneStatus) -> None:
            elapsed = time.monotonic() - started
            status.update(f"clone {source} -> {target}: {state.status} ({elapsed:.0f}s)")

        try:
            done = await session.partner.clone.run(
                source, target, scope=args.scope, poll_interval=args.poll_interval, progress=show
            )
        except CloneRejectedError as exc:
            code = getattr(exc.error_code, "value", exc.error_code)
            raise CliError(f"Ecwid refused the clone [{code}]: {exc.message}") from None
        except CloneFailedError as exc:
            raise CliError(f"the clone failed: {exc.message}") from None
    mapping = done.cloned_entities_mapping
    products = len(mapping.products or {}) if mapping else 0
    categories = len(mapping.categories or {}) if mapping else 0
    stderr.print(
        f"cloned store {source} into {target} in {time.monotonic() - started:.1f}s: "
        f"{products} products, {categories} categories mapped"
    )
    return 0


def add_parser(commands: Any) -> None:
    """Register ``clone``."""
    parser = commands.add_parser("clone", help="clone one store into another (partner API)")
    parser.add_argument("--source", type=int, help="source store id (default: --store-id)")
    parser.add_argument("--target", type=int, help="empty target store id")
    parser.add_argument("--scope", choices=("CATALOG", "STORE_SETTINGS"))
    parser.add_argument("--poll-interval", type=float, default=5.0, help=argparse.SUPPRESS)
    parser.set_defaults(handler=clone, partner=True)
