"""JSON in and out: msgspec encoding of request bodies and typed decoding of answers."""

from __future__ import annotations

from typing import Any

import msgspec

from .models._base import dec_hook, enc_hook

__all__ = ["decode", "encode"]

_encoder = msgspec.json.Encoder(enc_hook=enc_hook)
_decoders: dict[Any, msgspec.json.Decoder[Any]] = {}


def encode(value: Any) -> bytes:
    """Encode a dict, list or Struct as JSON (Structs drop unset and default fields)."""
    return _encoder.encode(value)


def decode(content: bytes, result_type: Any) -> Any:
    """Decode JSON straight into ``result_type``.

    ``bytes`` and ``str`` pass the body through, ``None`` ignores it, and a type with an
    ``__ecwid_decode__(content)`` classmethod decodes itself (the XML answers).
    """
    if result_type is bytes:
        return content
    if result_type is str:
        return content.decode("utf-8", "replace")
    if result_type is None or result_type is type(None):
        return None
    custom = getattr(result_type, "__ecwid_decode__", None)
    if custom is not None:  # a non-JSON answer (the reseller API speaks XML)
        return custom(content)
    decoder = _decoders.get(result_type)
    if decoder is None:
        decoder = _decoders[result_type] = msgspec.json.Decoder(result_type, dec_hook=dec_hook)
    return decoder.decode(content)
