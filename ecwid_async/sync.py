"""The blocking facade: the same clients, resources and methods, without ``await``.

The implementation is :mod:`ecwid_async._sync`; ``sync.pyi`` beside this module is its
typed interface, generated from the async resources by ``python -m scripts.sync_stub``.
"""

from ._sync import EcwidClient, PartnerClient, SyncPaginator, SyncResource

__all__ = ["EcwidClient", "PartnerClient", "SyncPaginator", "SyncResource"]
