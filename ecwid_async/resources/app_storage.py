"""App storage: the application's own key-value data in the store (docs: "Application")."""

from __future__ import annotations

from ..call import Call
from ..models.application import AppStorageEntry
from ..models.common import SuccessStatus
from ._base import Resource
from ._store_params import check_key

__all__ = ["AppStorageResource"]


def _value_body(value: str) -> dict[str, str]:
    if not isinstance(value, str):
        raise TypeError(
            f"value must be a string (encode JSON yourself), not {type(value).__name__}"
        )
    return {"value": value}


class AppStorageResource(Resource):
    """``ecwid.app_storage``: string values under string keys, private to the app."""

    __slots__ = ()

    def all(self) -> Call[list[AppStorageEntry]]:
        """Get all app storage data: ``GET /storage``."""
        return self._call("GET", "/storage", list[AppStorageEntry])

    def get(self, key: str) -> Call[AppStorageEntry]:
        """Get specific app storage data: ``GET /storage/{key}``.

        One entry (today's page calls the answer an array, the official client reads one
        object: the object is what is decoded; ``.json()`` gives the answer as sent).
        """
        return self._call("GET", f"/storage/{check_key('key', key)}", AppStorageEntry)

    def add(self, key: str, value: str) -> Call[SuccessStatus]:
        """Add app storage data: ``POST /storage/{key}``.

        An existing ``key`` is overwritten (as the docs say).
        """
        return self._call(
            "POST", f"/storage/{check_key('key', key)}", SuccessStatus, body=_value_body(value)
        )

    def set(self, key: str, value: str) -> Call[SuccessStatus]:
        """Update specific app storage data: ``PUT /storage/{key}``."""
        return self._call(
            "PUT", f"/storage/{check_key('key', key)}", SuccessStatus, body=_value_body(value)
        )

    def delete(self, key: str) -> Call[SuccessStatus]:
        """Delete specific app storage data: ``DELETE /storage/{key}``."""
        return self._call("DELETE", f"/storage/{check_key('key', key)}", SuccessStatus)
