"""The blocking client ends with the script and refuses to work in a forked child."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

UNREACHABLE = 'base_url="http://127.0.0.1:9/api/v3", retry=RetryPolicy.never()'


def run_script(source: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(source)],
        capture_output=True,
        text=True,
        timeout=timeout,  # today: the interpreter never exits, this raises TimeoutExpired
        env=env,
        cwd=ROOT,
    )


@pytest.mark.parametrize("make_a_call", [False, True], ids=["no-call", "after-a-call"])
def test_an_unclosed_module_level_sync_client_lets_the_script_exit(make_a_call: bool) -> None:
    result = run_script(f"""
        from ecwid_async import RetryPolicy, TransportError
        from ecwid_async.sync import EcwidClient

        ecwid = EcwidClient(1003, "secret_cron", rate_limit=None, {UNREACHABLE})
        if {make_a_call}:
            try:
                ecwid.request("GET", "/profile")
            except TransportError:
                pass
        print("done")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "done"
    assert "secret_cron" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_sync_client_used_in_a_forked_child_raises_a_clear_error() -> None:
    result = run_script(f"""
        import os
        import signal
        from ecwid_async import RetryPolicy, TransportError
        from ecwid_async.sync import EcwidClient

        ecwid = EcwidClient(1003, "secret_fork", rate_limit=None, {UNREACHABLE})
        try:
            ecwid.request("GET", "/profile")
        except TransportError:
            pass
        pid = os.fork()
        if pid == 0:
            signal.alarm(20)  # a child that hangs must not outlive the test
            try:
                ecwid.request("GET", "/profile")
            except RuntimeError as exc:
                print("child:", exc, flush=True)
                ecwid.close()  # and closing it there does not hang either
                os._exit(0)
            os._exit(1)
        _, status = os.waitpid(pid, 0)
        ecwid.close()
        print("parent:", os.waitstatus_to_exitcode(status))
    """)
    assert result.returncode == 0, result.stderr
    assert "cannot be used after os.fork()" in result.stdout
    assert "parent: 0" in result.stdout
