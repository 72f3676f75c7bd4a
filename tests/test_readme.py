"""Every snippet of README.md runs: Python blocks against a fake store, the pytest example
under pytest, and the ``ecwid-async`` command lines through the CLI."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecwid_async.cli import main
from ecwid_async.testing import FakeEcwid

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README.read_text(), flags=re.S)
PYTHON = [code for lang, code in BLOCKS if lang == "python" and "def test_" not in code]
PYTEST = [code for lang, code in BLOCKS if lang == "python" and "def test_" in code]
COMMANDS = [
    line.split("#")[0].strip()
    for lang, code in BLOCKS
    if lang == "bash"
    for line in code.splitlines()
    if line.startswith("ecwid-async ")
]
#: Shell lines not run here: installs, and the nox commands CI itself runs.
NOT_RUN = ("pip install", "python3 -m venv .venv && .venv/bin/pip install -q nox")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeEcwid]:
    with FakeEcwid().start_in_thread() as server:
        server.set_batch_polls(1)
        env = {
            "ECWID_STORE_ID": str(server.store.store_id),
            "ECWID_TOKEN": server.store.token,
            "ECWID_BASE_URL": server.base_url,
            "ECWID_CLIENT_ID": server.client_id,
            "ECWID_CLIENT_SECRET": server.client_secret,
            "ECWID_PARTNER_KEY": server.partner_key,
        }
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.chdir(tmp_path)
        yield server


def test_the_readme_has_what_this_test_expects() -> None:
    assert len(PYTHON) >= 4
    assert len(PYTEST) == 1
    assert len(COMMANDS) >= 6
    shell = [
        line.strip()
        for lang, code in BLOCKS
        if lang == "bash"
        for line in code.splitlines()
        if line.strip() and not line.startswith("ecwid-async ")
    ]
    assert all(line.startswith(NOT_RUN) for line in shell), shell


@pytest.mark.parametrize("code", PYTHON, ids=[f"python-{n}" for n in range(len(PYTHON))])
def test_python_snippet_runs(
    code: str, fake: FakeEcwid, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.seed_products(1250)
    fake.seed_customers(10)
    fake.seed_orders(30)
    exec(compile(code, str(README), "exec"), {"__name__": "__readme__"})
    out = capsys.readouterr().out
    assert out.strip()
    assert "Traceback" not in out


def test_pytest_example_passes_under_pytest(tmp_path: Path) -> None:
    # as written, in a project with no pytest config: pytest-asyncio's default strict mode
    (tmp_path / "test_my_shop.py").write_text(PYTEST[0])
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTEST")},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


@pytest.mark.parametrize("line", COMMANDS, ids=[c.split()[1] for c in COMMANDS])
def test_command_line_runs(line: str, fake: FakeEcwid, tmp_path: Path) -> None:
    fake.seed_products(40)
    fake.seed_orders(20)
    fake.add_store(9001)  # the empty clone target the README names
    (tmp_path / "new-products.jsonl").write_text('{"name": "README tea", "sku": "RT-1"}\n')
    args = shlex.split(line)[1:]
    if ">" in args:
        at = args.index(">")
        args = [*args[:at], "--out", args[at + 1]]
    if args[0] in ("clone", "import"):
        args += ["--poll-interval", "0.01"]
    assert main(args) == 0
    if args[0] == "export":
        out = tmp_path / args[args.index("--out") + 1]
        assert out.stat().st_size > 0


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    text = README.read_text()
    tests_block = text.split("Run the tests:", 1)[1].split("```bash\n", 1)[1].split("\n```")[0]
    ci = (README.parent / ".ci" / "run").read_text().splitlines()
    assert tests_block.strip() in ci, (tests_block, ci)
    demo_block = text.split("Run the demo", 1)[1].split("```bash\n", 1)[1].split("\n```")[0]
    assert demo_block.strip().endswith("nox -s demo")


def test_the_readme_snippets_for_mypy_are_current() -> None:
    from scripts import readme_snippets

    on_disk = {p.name: p.read_text() for p in readme_snippets.OUT.glob("*.py")}
    assert on_disk == readme_snippets.snippets(), "run: python -m scripts.readme_snippets"
