"""Every model and input exported by ``ecwid_async.models`` is a type msgspec can decode
and encode (a union of two object types, for one, is only refused when first used)."""

from __future__ import annotations

import msgspec
import pytest

import ecwid_async.models as models

STRUCTS = sorted(
    name
    for name in models.__all__
    if isinstance(getattr(models, name), type) and issubclass(getattr(models, name), msgspec.Struct)
    and not getattr(getattr(models, name), "__parameters__", ())
)  # fmt: skip


@pytest.mark.parametrize("name", STRUCTS)
def test_every_model_builds_a_decoder(name: str) -> None:
    msgspec.json.Decoder(getattr(models, name))
    msgspec.inspect.type_info(getattr(models, name))
