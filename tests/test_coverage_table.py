"""The endpoint coverage table is complete and up to date."""

from __future__ import annotations

from scripts import coverage


def test_every_documented_endpoint_has_a_client_method() -> None:
    documented = coverage.documented_endpoints()
    methods = coverage.client_methods()
    missing = sorted(f"{m} {p}" for m, p in set(documented) - set(methods))
    assert len(documented) >= 77
    assert missing == []


def test_client_docstrings_name_only_documented_endpoints() -> None:
    documented = coverage.documented_endpoints()
    unknown = sorted(
        f"{names} -> {m} {p}"
        for (m, p), names in coverage.client_methods().items()
        if (m, p) not in documented
    )
    assert unknown == []


def test_docs_coverage_md_is_generated_and_current() -> None:
    assert coverage.TABLE.read_text() == coverage.render(), "run: python -m scripts.coverage"
    assert "**missing**" not in coverage.TABLE.read_text()
