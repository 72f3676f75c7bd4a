"""The SQLite sink: tables named like the entity, rows and state in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ecwid_async.mirror import ENTITIES, ChangeBatch, SyncState, Upsert
from ecwid_async.mirror.sqlite import STATE_TABLE, SqliteSink, sqlite_path


def test_targets() -> None:
    assert sqlite_path("sqlite:///shop.db") == "shop.db"
    assert sqlite_path("sqlite:////var/x.db") == "/var/x.db"
    for bad in ("sqlite:///", "postgres://h/db", "shop.db"):
        with pytest.raises(ValueError, match="expected sqlite:///PATH"):
            sqlite_path(bad)


def test_batches_upsert_delete_reset_and_reconcile(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    spec = ENTITIES["orders"]
    with SqliteSink(path, 1003) as sink:
        assert sink.prepare(spec) is None
        one = [Upsert("A1", b'{"id":"A1","v":1}', 10), Upsert("B2", b'{"id":"B2"}', None)]
        done = sink.apply(ChangeBatch("orders", SyncState(cursor=10), one, reset=True))
        assert (done.upserted, done.deleted) == (2, 0)
        again = [Upsert("A1", b'{"id":"A1","v":2}', 11)]
        done = sink.apply(ChangeBatch("orders", SyncState(cursor=11), again, ["B2", "ZZ"]))
        assert (done.upserted, done.deleted) == (1, 1)
        assert sink.prepare(spec) == SyncState(cursor=11)
        sink.apply(ChangeBatch("orders", SyncState(cursor=12), [Upsert("C3", b"{}", 12)]))
        done = sink.apply(ChangeBatch("orders", SyncState(cursor=13), keep=frozenset({"C3"})))
        assert (done.upserted, done.deleted) == (0, 1)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT id, data, updated FROM orders").fetchall() == [("C3", "{}", 12)]


def test_a_failed_batch_keeps_neither_rows_nor_state(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    with SqliteSink(path, 1003) as sink:
        sink.prepare(ENTITIES["products"])
        sink.apply(ChangeBatch("products", SyncState(cursor=1), [Upsert(1, b"{}", 1)]))
        bad = [Upsert(2, b"{}", 2), Upsert(3, b"\xff", 3)]  # not UTF-8: fails mid-batch
        with pytest.raises(UnicodeDecodeError):
            sink.apply(ChangeBatch("products", SyncState(cursor=3), bad))
        assert sink.prepare(ENTITIES["products"]) == SyncState(cursor=1)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT id FROM products").fetchall() == [(1,)]


def test_a_database_mirrors_one_store(tmp_path: Path) -> None:
    path = str(tmp_path / "m.db")
    with SqliteSink(path, 1003) as sink:
        sink.prepare(ENTITIES["products"])
        sink.apply(ChangeBatch("products", SyncState(cursor=1)))
    with SqliteSink(path, 2000) as other, pytest.raises(ValueError, match="of store 1003"):
        other.prepare(ENTITIES["products"])
    with sqlite3.connect(path) as db:
        assert db.execute(f"SELECT entity, store_id FROM {STATE_TABLE}").fetchall() == [
            ("products", 1003)
        ]
