"""Automation: ``nox -s tests``, ``lint``, ``typecheck``, ``bench``."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "lint", "typecheck"]

SOURCES = ["ecwid_async", "tests", "benchmarks", "scripts", "examples", "noxfile.py"]


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (unit, fake-server integration, docs fidelity)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session(python=["3.10", "3.11", "3.12", "3.13"])
def tests_all_pythons(session: nox.Session) -> None:
    """The test suite on every supported Python (each interpreter must be installed)."""
    session.install("-e", ".[test]")
    session.run("pytest", "-q", *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """Run the demo: a tour of the client against the embedded fake Ecwid store."""
    session.install("-e", ".[cli]")
    session.run("ecwid-async", "demo", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", *SOURCES)
    session.run("ruff", "format", "--check", *SOURCES)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over the package."""
    session.install("-e", ".[test]", "mypy>=1.11", "types-defusedxml")
    session.run("mypy", "--strict", "ecwid_async", "tests/typing", "examples")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs site (MkDocs + mkdocstrings) into site/, warnings as errors."""
    session.install("-e", ".", "mkdocs>=1.6", "mkdocs-material>=9.5", "mkdocstrings[python]>=0.26")
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Run the benchmarks and write benchmarks/RESULTS.md."""
    session.install("-e", ".[redis]", "pydantic>=2", "pyecwid==0.1.1", "requests", "httpx")
    session.run("python", "-m", "benchmarks", *session.posargs)
