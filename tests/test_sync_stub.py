"""The blocking facade's typed interface is generated and current."""

from __future__ import annotations

import inspect

from ecwid_async import sync
from scripts import sync_stub


def test_sync_pyi_is_generated_and_current() -> None:
    assert sync_stub.STUB.read_text() == sync_stub.render(), "run: python -m scripts.sync_stub"


def test_every_sync_resource_method_is_in_the_stub() -> None:
    stub = sync_stub.STUB.read_text()
    with sync.EcwidClient(1003, "secret_stub", rate_limit=None) as ecwid:
        for attr, value in vars(ecwid).items():
            if isinstance(value, sync.SyncResource):
                assert f"    {attr}: {type(value).__name__}\n" in stub
                for name, _ in inspect.getmembers(type(value), inspect.isfunction):
                    if not name.startswith("_"):
                        assert f"    def {name}(self" in stub, (attr, name)
