"""The docs site's generated API pages are current, every page of its nav exists, and
every Python block of the guides runs against a fake store."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ecwid_async.testing import FakeEcwid
from scripts import docs_reference

from .test_readme import fake  # noqa: F401  (the README fake-store fixture, shared)

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = sorted((DOCS / "guides").glob("*.md"))


def test_generated_api_pages_are_current() -> None:
    for path, text in docs_reference.render().items():
        assert path.read_text() == text, "run: python -m scripts.docs_reference"


def test_every_nav_page_exists() -> None:
    nav = re.findall(r":\s*([\w/.-]+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(), flags=re.M)
    assert len(nav) >= 15
    missing = [page for page in nav if not (DOCS / page).is_file()]
    assert not missing


PAGES = [DOCS / "index.md", *GUIDES]
BLOCKS = [
    (page, code)
    for page in PAGES
    for lang, code in re.findall(r"```(\w+)\n(.*?)```", page.read_text(), flags=re.S)
    if lang == "python"
]
SNIPPETS = [(page, code) for page, code in BLOCKS if "def test_" not in code]
PYTEST_EXAMPLES = [(page, code) for page, code in BLOCKS if "def test_" in code]


def test_the_guides_have_code() -> None:
    assert len(SNIPPETS) >= 8
    assert len(PYTEST_EXAMPLES) >= 1


@pytest.mark.parametrize(
    "code",
    [code for _, code in SNIPPETS],
    ids=[f"{page.stem}-{n}" for n, (page, _) in enumerate(SNIPPETS)],
)
def test_guide_snippet_runs(code: str, fake: FakeEcwid, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    fake.seed_products(1250)
    fake.seed_customers(10)
    fake.seed_orders(30)
    exec(compile(code, "guide", "exec"), {"__name__": "__guide__"})
    assert "Traceback" not in capsys.readouterr().out


@pytest.mark.parametrize(
    "code", [code for _, code in PYTEST_EXAMPLES], ids=[p.stem for p, _ in PYTEST_EXAMPLES]
)
def test_guide_pytest_example_passes(code: str, tmp_path: Path) -> None:
    (tmp_path / "test_guide.py").write_text(code)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTEST")},
    )
    assert result.returncode == 0, result.stdout + result.stderr
