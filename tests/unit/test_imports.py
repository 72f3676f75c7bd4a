"""``import ecwid_async`` stays light: aiohttp comes with the first session, not before."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(' '.join(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=60,
    )
    return set(out.stdout.split())


def test_import_ecwid_async_does_not_import_aiohttp() -> None:
    loaded = modules_after("import ecwid_async")
    assert "aiohttp" not in loaded
    assert "email.utils" not in loaded


def test_errors_is_a_leaf_that_imports_no_aiohttp() -> None:
    tree = ast.parse((ROOT / "ecwid_async" / "errors.py").read_text())
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert not any(name.startswith("aiohttp") for name in imported)
    # only the standard library, msgspec and the redaction helpers: nothing of the transport
    assert {name for name in imported if not name.startswith(("__future__", "email"))} <= {
        "time", "collections.abc", "http", "typing", "msgspec", "_redact",
    }  # fmt: skip
