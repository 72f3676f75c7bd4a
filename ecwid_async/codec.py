"""JSON in and out: msgspec encoding of request bodies and typed decoding of answers."""

from __future__ import annotations

import decimal
import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import msgspec

from .errors import DecodeError, excerpt
from .models._base import dec_hook, enc_hook

__all__ = ["decode", "decode_answer", "encode"]

# Decimal goes out as a JSON number (``1.10``, digits as given), never as a string.
_encoder = msgspec.json.Encoder(enc_hook=enc_hook, decimal_format="number")
#: The decode function of each result type (a msgspec Decoder's, or the type's own).
_decoders: dict[Any, Callable[[bytes], Any]] = {}


def encode(value: Any) -> bytes:
    """Encode a dict, list or Struct as JSON (Structs drop unset and default fields).

    NaN and infinities (float or Decimal) raise ``ValueError`` naming where they are
    (``items[2].price``): JSON has no such numbers, and msgspec would send ``null``.
    """
    try:
        out = _encoder.encode(value)
    except (msgspec.EncodeError, ValueError):  # a non-finite Decimal is a ValueError
        _refuse_non_finite(value)
        raise
    # NaN and inf encode as ``null``: only a body with a null can hide one.
    if b"null" in out:
        _refuse_non_finite(value)
    return out


def _refuse_non_finite(value: Any) -> None:
    """Raise ``ValueError`` at the first NaN or infinity inside ``value``."""
    for where, number in _non_finite(value, ""):
        raise ValueError(
            f"cannot send {number!r} in a JSON body (at {where or 'the top level'}): "
            "JSON has no NaN or infinity; send a finite number or leave the field out"
        )


def _non_finite(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    """The (path, value) of every non-finite number inside ``value``, depth first."""
    if isinstance(value, float):
        if not math.isfinite(value):
            yield where, value
    elif isinstance(value, decimal.Decimal):
        if not value.is_finite():
            yield where, value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _non_finite(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _non_finite(item, f"{where}[{index}]")
    elif isinstance(value, msgspec.Struct):
        for field in msgspec.structs.fields(value):
            item = getattr(value, field.name)
            name = field.encode_name
            yield from _non_finite(item, f"{where}.{name}" if where else name)


def decode(content: bytes, result_type: Any) -> Any:
    """Decode JSON straight into ``result_type``.

    ``bytes`` and ``str`` pass the body through, ``None`` ignores it, and a type with an
    ``__ecwid_decode__(content)`` classmethod decodes itself (the XML answers). A body
    nested too deeply to decode raises ``msgspec.DecodeError`` like any broken body.
    """
    if result_type is bytes:
        return content
    if result_type is str:
        return content.decode("utf-8", "replace")
    if result_type is None or result_type is type(None):
        return None
    try:
        decoder = _decoders.get(result_type)
        if decoder is None:  # once per type: a getattr on a generic alias costs microseconds
            custom = getattr(result_type, "__ecwid_decode__", None)  # the reseller API's XML
            decoder = _decoders[result_type] = (
                custom or msgspec.json.Decoder(result_type, dec_hook=dec_hook).decode
            )
        return decoder(content)
    except RecursionError:
        raise msgspec.DecodeError("the body is nested too deeply to decode") from None


def decode_answer(
    content: bytes, result_type: Any, *, status: int, method: str, url: str | Callable[[], str]
) -> Any:
    """An answer's body decoded into ``result_type``; a body that is not one raises
    :class:`~ecwid_async.DecodeError` with the status and an excerpt (``url`` redacted; a
    callable is asked for it only then)."""
    try:
        return decode(content, result_type)
    except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError) as exc:
        raise DecodeError(
            f"cannot decode the answer: {exc}",
            status=status,
            excerpt=excerpt(content),
            method=method,
            url=url if isinstance(url, str) else url(),
        ) from None
