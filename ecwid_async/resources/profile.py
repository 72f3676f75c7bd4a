"""Store information: profile, logos, latest update stats (docs: "Store information")."""

from __future__ import annotations

from ..call import Call
from ..models.profile import StoreProfile, UpdateStats
from ._base import Resource

__all__ = ["ProfileResource"]


class ProfileResource(Resource):
    """``ecwid.profile``: the store profile and its update statistics."""

    __slots__ = ()

    def get(self) -> Call[StoreProfile]:
        """Get store profile: ``GET /profile``."""
        return self._call("GET", "/profile", StoreProfile)

    def latest_stats(self) -> Call[UpdateStats]:
        """Get store update statistics: ``GET /latest-stats``."""
        return self._call("GET", "/latest-stats", UpdateStats)
