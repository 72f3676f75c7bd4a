"""Report how many documented JSON examples the docs-fidelity tests decoded."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    decoded = [
        value
        for report in terminalreporter.stats.get("passed", [])
        for key, value in getattr(report, "user_properties", [])
        if key == "docs_example"
    ]
    if decoded:
        requests = sum(1 for name in decoded if name.endswith(".request.json"))
        terminalreporter.write_line(
            f"docs fidelity: {len(decoded)} documented examples decoded "
            f"({len(decoded) - requests} responses, {requests} requests)"
        )
