"""examples/webhook_receiver.py runs against the fake and prints the events it handled."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_webhook_receiver_example_runs_and_handles_each_event() -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "webhook_receiver.py")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    banner, *lines = done.stdout.splitlines()
    assert "embedded fake" in banner
    assert lines[0].startswith("product.created ")
    assert lines[1].startswith("order.created #") and "payment - -> AWAITING_PAYMENT" in lines[1]
    assert lines[2].startswith("order.updated #") and "AWAITING_PAYMENT -> PAID" in lines[2]
    assert "total 10" in lines[1]
    assert lines[3] == "3 deliveries, all answered 200: True"
    assert len(lines) == 4
