"""Every script in ``examples/`` runs as a user would run it (``python examples/X.py``),
with no credentials in the environment, against the embedded fake Ecwid it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs_against_the_fake(script: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ECWID_")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "embedded fake" in result.stdout
    assert len(result.stdout.splitlines()) >= 3


def test_every_example_says_how_to_run_it() -> None:
    for script in EXAMPLES:
        head = script.read_text().split('"""')[1]
        assert f"python examples/{script.name}" in head, script.name
