"""``ecwid-async mirror --to sqlite:///PATH [ENTITY ...]`` against a FakeEcwid in a thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ecwid_async.cli import main
from ecwid_async.testing import FakeEcwid

from .test_cli import connection


@pytest.fixture
def fake() -> Iterator[FakeEcwid]:
    with FakeEcwid(wall_clock=lambda: 1_750_000_000.0).start_in_thread() as server:
        yield server


def test_mirror_copies_then_transfers_only_changes(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.seed_products(250)
    fake.seed_customers(30)
    fake.advance_clock(120)
    db = tmp_path / "shop.db"
    args = ["mirror", "--to", f"sqlite:///{db}", "products", "customers", *connection(fake)]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "mirror products" in err  # a progress bar per entity
    assert "│ products  │      250 │       0 │" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM products").fetchone() == (250,)
        assert conn.execute("SELECT count(*) FROM customers").fetchone() == (30,)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'orders'").fetchall() == []

    fake.advance_clock(120)
    assert main(args) == 0
    assert "mirrored in 1 requests" in capsys.readouterr().err


def test_an_unsupported_target_is_a_one_line_error(
    fake: FakeEcwid, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mirror", "--to", "postgres://db/shop", *connection(fake)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "error: unsupported mirror target 'postgres://db/shop': expected sqlite:///PATH"
    assert fake.requests == []


def test_an_unknown_entity_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["mirror", "--to", "sqlite:///x.db", "reviews"])
    assert exit_info.value.code == 2
    assert "unknown entity 'reviews'" in capsys.readouterr().err


def test_a_database_of_another_store_is_a_one_line_error(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "shop.db"
    assert main(["mirror", "--to", f"sqlite:///{db}", "categories", *connection(fake)]) == 0
    other = fake.add_store(store_id=2004)
    args = ["--store-id", "2004", "--token", other.token, "--base-url", fake.base_url]
    capsys.readouterr()
    assert main(["mirror", "--to", f"sqlite:///{db}", "categories", *args]) == 2
    err = capsys.readouterr().err.strip().replace("\n", "")  # rich wraps long lines
    expected = "this database mirrors categories of store 1003, not 2004"
    assert err == f"error: mirror sqlite:///{db}: {expected}"
