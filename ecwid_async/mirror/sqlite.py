"""The SQLite sink (standard-library ``sqlite3``): one table per entity, named like it,
``id`` primary key, ``data`` (the item's JSON as the API sent it) and ``updated`` (its
update time, UNIX seconds); the feed states in ``ecwid_mirror_state``, written in the
same transaction as the rows they describe."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from types import TracebackType

from .entities import EntitySpec
from .state import ChangeBatch, SyncState, decode_state, encode_state

__all__ = ["STATE_TABLE", "Applied", "SqliteSink", "sqlite_path"]

STATE_TABLE = "ecwid_mirror_state"
_SCHEME = "sqlite:///"


def sqlite_path(target: str) -> str:
    """The file of a ``sqlite:///PATH`` target (``sqlite:////abs/x.db`` for an absolute
    path); a ``ValueError`` naming what is supported for anything else."""
    if not target.startswith(_SCHEME) or len(target) == len(_SCHEME):
        raise ValueError(f"unsupported mirror target {target!r}: expected sqlite:///PATH")
    return target[len(_SCHEME) :]


@dataclass(frozen=True)
class Applied:
    """What one batch changed: rows written and rows removed."""

    upserted: int
    deleted: int


class SqliteSink:
    """A mirror database for one store; ``with SqliteSink(path, store_id) as sink:``."""

    def __init__(self, path: str, store_id: int) -> None:
        self._store_id = store_id
        self._db = sqlite3.connect(path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (entity TEXT PRIMARY KEY, "
            "store_id INTEGER NOT NULL, state TEXT NOT NULL)"
        )

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> SqliteSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def prepare(self, spec: EntitySpec) -> SyncState | None:
        """Create the entity's table if needed; its stored feed state (``None``: none yet).

        A database mirrors one store: a state of another store is a ``ValueError``."""
        self._db.execute(
            f'CREATE TABLE IF NOT EXISTS "{spec.name}" '
            f"(id {spec.key_type} PRIMARY KEY, data TEXT NOT NULL, updated INTEGER)"
        )
        row = self._db.execute(
            f"SELECT store_id, state FROM {STATE_TABLE} WHERE entity = ?", (spec.name,)
        ).fetchone()
        if row is None:
            return None
        if row[0] != self._store_id:
            raise ValueError(
                f"this database mirrors {spec.name} of store {row[0]}, not {self._store_id}"
            )
        return decode_state(row[1])

    def apply(self, batch: ChangeBatch) -> Applied:
        """Apply one batch and store its state, all in one transaction."""
        table = f'"{batch.entity}"'
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            removed = db.execute(f"DELETE FROM {table}").rowcount if batch.reset else 0
            written = db.executemany(
                f"INSERT INTO {table} (id, data, updated) VALUES (?, ?, ?) ON CONFLICT(id) "
                "DO UPDATE SET data = excluded.data, updated = excluded.updated",
                [(u.key, u.data.decode("utf-8"), u.updated) for u in batch.upserts],
            ).rowcount
            removed += db.executemany(
                f"DELETE FROM {table} WHERE id = ?", [(k,) for k in batch.deletions]
            ).rowcount
            if batch.keep is not None:
                db.execute("CREATE TEMP TABLE IF NOT EXISTS mirror_keep (id PRIMARY KEY)")
                db.execute("DELETE FROM mirror_keep")
                db.executemany(
                    "INSERT OR IGNORE INTO mirror_keep VALUES (?)", [(k,) for k in batch.keep]
                )
                removed += db.execute(
                    f"DELETE FROM {table} WHERE id NOT IN (SELECT id FROM mirror_keep)"
                ).rowcount
            db.execute(
                f"INSERT OR REPLACE INTO {STATE_TABLE} (entity, store_id, state) VALUES (?, ?, ?)",
                (batch.entity, self._store_id, encode_state(batch.state).decode()),
            )
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return Applied(written, removed)
