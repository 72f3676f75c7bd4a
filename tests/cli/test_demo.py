"""``ecwid-async demo``: the tour runs, shows the code behind each step, and ends with
what to try next."""

from __future__ import annotations

import pytest

from ecwid_async.cli import demo, main


def test_the_demo_runs_and_shows_its_code_and_next_steps(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo", "--updates", "20", "--latency", "0"]) == 0
    err = capsys.readouterr().err
    for code in demo.CODE.values():
        assert code.splitlines()[-1].strip().split("#")[0].strip() in err
    assert "What to try next" in err
    assert "python -m ecwid_async.testing" in err
    assert "429s from the server" in err
