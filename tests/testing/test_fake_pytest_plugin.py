"""The pytest plugin, run in a child pytest with plugin autoload off (so only the plugins
named are active, whatever is installed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PLUGIN = "ecwid_async.testing.pytest_plugin"


def run_pytest(tmp_path: Path, test_source: str, *plugins: str, block_asyncio: bool) -> str:
    (tmp_path / "test_user.py").write_text(test_source)
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    if block_asyncio:  # make "import pytest_asyncio" fail, as for a user without it
        stub = tmp_path / "stubs" / "pytest_asyncio"
        stub.mkdir(parents=True)
        (stub / "__init__.py").write_text("raise ImportError('not installed')\n")
        env["PYTHONPATH"] = os.pathsep.join([str(tmp_path / "stubs"), env.get("PYTHONPATH", "")])
    args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", os.devnull]
    for plugin in plugins:
        args += ["-p", plugin]
    result = subprocess.run(
        [*args, str(tmp_path / "test_user.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout + result.stderr


USER_TESTS = """
import pytest

@pytest.mark.asyncio
async def test_fixtures(fake_ecwid, ecwid_client):
    assert fake_ecwid.base_url.startswith("http://127.0.0.1:")
    profile = await ecwid_client.request("GET", "/profile")
    assert profile["generalInfo"]["storeId"] == fake_ecwid.store.store_id

def test_plain():
    assert True
"""


def test_fixtures_give_a_started_fake_and_a_wired_client(tmp_path: Path) -> None:
    out = run_pytest(tmp_path, USER_TESTS, PLUGIN, "pytest_asyncio.plugin", block_asyncio=False)
    assert "2 passed" in out, out


def test_without_pytest_asyncio_pytest_still_runs_and_fixture_use_says_why(
    tmp_path: Path,
) -> None:
    source = """
def test_plain():
    assert True

def test_uses_fixture(fake_ecwid):
    pass
"""
    out = run_pytest(tmp_path, source, PLUGIN, block_asyncio=True)
    assert "1 passed" in out, out
    assert "need pytest-asyncio" in out, out


UNMARKED_TESTS = """
async def test_unmarked(fake_ecwid, ecwid_client):
    created = await ecwid_client.products.create({"name": "Tea", "price": 5})
    assert fake_ecwid.store.products[created.id]["name"] == "Tea"
"""


def test_unmarked_async_tests_using_the_fixtures_run_in_strict_mode(tmp_path: Path) -> None:
    # a user's project as it is: plugins load from their entry points, no config file, so
    # pytest-asyncio is in its default strict mode; the plugin marks the test and it runs,
    # with no deprecation warning
    (tmp_path / "test_user.py").write_text(UNMARKED_TESTS)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "error"],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTEST")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "1 passed" in out, out
    assert "warning" not in out.lower(), out
