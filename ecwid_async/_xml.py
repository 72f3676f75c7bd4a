"""Safe XML for the reseller API v1: defusedxml parsing, then plain dicts, then msgspec.

A hostile document (entity expansion, external entities, any DTD) is refused with a
clear error before it can expand or read anything. Element names become snake_case
keys (``productCount`` -> ``product_count``, ``account-type`` -> ``account_type``),
repeated elements become lists, attributes become keys, and leaf text is kept as a
string for ``msgspec.convert(..., strict=False)`` to type.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
import msgspec
from defusedxml import DefusedXmlException

__all__ = ["parse_xml", "to_dict", "xml_convert"]

T = TypeVar("T")

_CAMEL = re.compile(r"(?<=[a-z0-9])([A-Z])")


def snake(name: str) -> str:
    """An element name as a snake_case key: ``productCount`` -> ``product_count``."""
    return _CAMEL.sub(r"_\1", name).replace("-", "_").replace(".", "_").lower()


def parse_xml(content: bytes) -> Element:
    """Parse untrusted XML; raise ``msgspec.DecodeError`` for hostile or broken documents."""
    if not content.strip():
        raise msgspec.DecodeError("expected an XML document, got an empty body")
    try:
        return SafeET.fromstring(
            content, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        raise msgspec.DecodeError(
            f"refused a hostile XML document ({type(exc).__name__}): "
            "DTDs and entities are not allowed"
        ) from None
    except ParseError as exc:
        raise msgspec.DecodeError(f"not well-formed XML: {exc}") from None
    except (ValueError, LookupError) as exc:  # UTF-7, Shift_JIS, ...; an unknown encoding
        raise msgspec.DecodeError(f"unreadable XML: {exc}") from None


def to_dict(element: Element) -> Any:
    """An element as plain data: text for a leaf, a dict (lists for repeats) otherwise."""
    children = list(element)
    if not children and not element.attrib:
        return (element.text or "").strip()
    out: dict[str, Any] = {snake(k): v for k, v in element.attrib.items()}
    for child in children:
        key = snake(child.tag)
        value = to_dict(child)
        if key in out:
            if not isinstance(out[key], list):
                out[key] = [out[key]]
            out[key].append(value)
        else:
            out[key] = value
    text = (element.text or "").strip()
    if text and not children:
        out["text"] = text
    return out


def xml_convert(content: bytes, result_type: type[T]) -> T:
    """Parse ``content`` safely and convert the root element into ``result_type``.

    Every failure is a ``msgspec.DecodeError``, a document nested too deeply included.
    """
    root = parse_xml(content)
    try:
        data = to_dict(root)
        if not isinstance(data, dict):
            data = {"text": data}
        return msgspec.convert(data, result_type, strict=False)
    except msgspec.ValidationError as exc:
        raise msgspec.DecodeError(f"unexpected XML answer: {exc}") from None
    except RecursionError:
        raise msgspec.DecodeError("the XML answer is nested too deeply to read") from None
