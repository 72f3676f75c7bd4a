"""``mirror(client, "sqlite:///PATH", entities=[...])``: bring a local copy up to date."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .entities import ENTITIES, entity_spec
from .feed import ChangeFeed, read_stats
from .sqlite import SqliteSink, sqlite_path

if TYPE_CHECKING:
    from ..client import EcwidClient

__all__ = ["DEFAULT_ENTITIES", "EntityReport", "MirrorReport", "mirror"]

#: What ``mirror`` copies when no entities are named: every entity the feed knows.
DEFAULT_ENTITIES = tuple(ENTITIES)


@dataclass
class EntityReport:
    """One entity's run: rows written and removed, requests sent, whether it had changed."""

    upserted: int = 0
    deleted: int = 0
    requests: int = 0
    changed: bool = False


@dataclass
class MirrorReport:
    """A mirror run: per entity, and ``requests`` in all (``/latest-stats`` included)."""

    entities: dict[str, EntityReport] = field(default_factory=dict)
    requests: int = 0


#: Called after each applied batch with the entity's name and its report so far.
Progress = Callable[[str, EntityReport], None]


async def mirror(
    client: EcwidClient,
    to: str,
    entities: Sequence[str] | None = None,
    *,
    overlap: int = 60,
    on_progress: Progress | None = None,
) -> MirrorReport:
    """Bring the mirror at ``to`` (``sqlite:///PATH``) up to date with the store.

    The first run copies every item; later runs transfer what changed since (an unchanged
    store costs one request). Each batch of rows is committed with the feed state that
    follows it, so a run that fails or is cancelled keeps what it committed and the next
    run resumes there. ``overlap``: see :class:`~ecwid_async.mirror.ChangeFeed`.
    """
    path = sqlite_path(to)
    specs = [entity_spec(name) for name in dict.fromkeys(entities or DEFAULT_ENTITIES)]
    report = MirrorReport()
    with SqliteSink(path, client.store_id) as sink:
        states = {spec.name: sink.prepare(spec) for spec in specs}
        stats = await read_stats(client)
        report.requests += stats.requests
        for spec in specs:
            entry = report.entities[spec.name] = EntityReport()
            feed = ChangeFeed(client, spec.name, states[spec.name], stats=stats, overlap=overlap)
            try:
                async for batch in feed:
                    applied = sink.apply(batch)
                    entry.upserted += applied.upserted
                    entry.deleted += applied.deleted
                    entry.changed = True
                    entry.requests = feed.requests
                    if on_progress is not None:
                        on_progress(spec.name, entry)
            finally:
                entry.requests = feed.requests
                report.requests += feed.requests
    return report
