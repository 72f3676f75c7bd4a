"""The debug switch: ``ECWID_LOG=debug`` (or ``info``) logs every request to stderr.

The ``ecwid_async`` logger is silent unless the application configures logging or this
variable is set. With ``info`` there is one line per HTTP answer (method, redacted URL,
status, elapsed, retries, time queued for the limiter, operation, store), one per attempt
that got no answer, and one per retry; ``debug`` adds a line as each attempt is sent.
URLs are redacted and headers never logged, so no token or secret reaches a log line.
"""

from __future__ import annotations

import logging
import os
import sys

__all__ = ["LEVELS", "configure_from_env"]

#: The values ``ECWID_LOG`` takes.
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}

_HANDLER_NAME = "ecwid_async.ECWID_LOG"


def configure_from_env(value: str | None = None) -> logging.Logger:
    """Set the ``ecwid_async`` logger up from ``ECWID_LOG`` (or ``value``): a stderr handler
    at that level, added once. Unset or empty changes nothing; an unknown value is a
    ``ValueError`` naming the variable."""
    logger = logging.getLogger("ecwid_async")
    raw = os.environ.get("ECWID_LOG", "") if value is None else value
    name = raw.strip().lower()
    if not name:
        return logger
    level = LEVELS.get(name)
    if level is None:
        raise ValueError(f"ECWID_LOG must be one of {', '.join(LEVELS)}, got {raw!r}")
    if not any(h.get_name() == _HANDLER_NAME for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name(_HANDLER_NAME)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)
    return logger
