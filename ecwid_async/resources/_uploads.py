"""Binary upload payloads shared by the resource modules.

An upload source is ``bytes``, a :class:`pathlib.Path` (any ``os.PathLike``) or an async
iterable of ``bytes`` chunks:

* bytes are sent as they are and can be sent again on a retry;
* a path is streamed from disk in chunks with anyio; each attempt re-opens the file, so a
  retried upload sends the whole file again;
* an async iterable is sent once and never retried (it cannot be rewound).

Size limits are checked before anything is sent (Ecwid answers 413 beyond them): images
up to 20 MB (store logos, product, gallery, category and combination images), product
files (e-goods) up to 100 MB. A stream of unknown size is counted as it goes and the
upload is cut off once it passes the limit (the call raises ``TransportError`` naming
it). Image content types are sniffed from the magic bytes (PNG, JPEG, GIF, WebP) or taken
from the path suffix; anything else is refused with ``ValueError``. Where Ecwid can fetch
the file itself, ``external_url=`` sends its ``externalUrl`` parameter instead of a body
(the only way to upload inside a batch).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import anyio
import msgspec

from ..call import Call, Content
from ..models.catalog_media import AsyncImageInput, ImageAlt, VideoInput
from ..models.common import UploadStatus
from ._base import Resource

__all__ = [
    "CHUNK_SIZE",
    "FILE_CONTENT_TYPE",
    "MAX_FILE_BYTES",
    "MAX_IMAGE_BYTES",
    "Payload",
    "UploadSource",
    "UploadingResource",
    "async_image_body",
    "file_payload",
    "image_payload",
    "video_body",
]

_MB = 1024 * 1024
#: Ecwid's limit for every image upload ("Maximum allowed file size is 20Mb").
MAX_IMAGE_BYTES = 20 * _MB
#: Ecwid's limit for product files, e-goods ("Maximum allowed size is 100Mb").
MAX_FILE_BYTES = 100 * _MB
#: How much of a file on disk is read and sent at a time.
CHUNK_SIZE = 256 * 1024
#: The Content-Type of file uploads and of image streams (Ecwid sniffs those itself).
FILE_CONTENT_TYPE = "application/octet-stream"

#: What an upload accepts: bytes, a path on disk, or an async stream of chunks.
UploadSource = bytes | bytearray | memoryview | os.PathLike[str] | AsyncIterable[bytes]

_SUFFIXES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".jpe": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
_ACCEPTED = "PNG, JPEG, GIF or WebP"


@dataclasses.dataclass(frozen=True)
class Payload:
    """A checked upload: the ``content`` to send (None with an ``externalUrl``), its
    ``content_type`` and the query ``params`` it adds."""

    content: Content | None
    content_type: str | None
    params: tuple[tuple[str, str], ...] = ()


def sniff_image(head: bytes) -> str | None:
    """The image MIME type told by the first bytes, or None if it is no image we know."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def _check_url(url: str) -> str:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"external_url must be an http(s) URL, got {url!r}")
    return url


def _too_big(what: str, size: int, limit: int) -> ValueError:
    most = f"{limit // _MB} MB" if limit % _MB == 0 else f"{limit:,} bytes"
    return ValueError(f"{what} is {size:,} bytes; Ecwid accepts at most {most}")


async def _read_file(path: Path, chunk_size: int) -> AsyncIterator[bytes]:
    async with await anyio.open_file(path, "rb") as handle:
        while chunk := await handle.read(chunk_size):
            yield chunk


async def _capped(chunks: AsyncIterable[bytes], what: str, limit: int) -> AsyncIterator[bytes]:
    sent = 0
    async for chunk in chunks:
        sent += len(chunk)
        if sent > limit:
            raise _too_big(what, sent, limit)
        yield bytes(chunk)


def _path_content(path: Path, what: str, limit: int) -> Callable[[], AsyncIterable[bytes]]:
    return lambda: _capped(_read_file(path, CHUNK_SIZE), what, limit)


def _source(source: Any, what: str, limit: int) -> tuple[Content, bytes | Path | None]:
    """The content to send and what can be inspected for its type (bytes or a path)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if not data:
            raise ValueError(f"{what} is empty")
        if len(data) > limit:
            raise _too_big(what, len(data), limit)
        return data, data
    if isinstance(source, os.PathLike):
        path = Path(os.fspath(source))
        size = path.stat().st_size  # FileNotFoundError here, before anything is sent
        if not path.is_file():
            raise ValueError(f"{what}: {path} is not a regular file")
        if size == 0:
            raise ValueError(f"{what}: {path} is empty")
        if size > limit:
            raise _too_big(f"{what} {path.name}", size, limit)
        return _path_content(path, what, limit), path
    if isinstance(source, AsyncIterable):
        return _capped(source, what, limit), None
    if isinstance(source, str):
        raise TypeError(
            f"{what}: pass a pathlib.Path for a file on disk, bytes for data in memory, "
            "or external_url= for a link Ecwid should fetch; a plain str is ambiguous"
        )
    raise TypeError(
        f"{what} must be bytes, a pathlib.Path or an async iterable of bytes, "
        f"not {type(source).__name__}"
    )


def _image_type(inspectable: bytes | Path | None, what: str) -> str:
    if inspectable is None:
        return FILE_CONTENT_TYPE  # a stream: Ecwid sniffs it (octet-stream is accepted)
    if isinstance(inspectable, Path):
        by_suffix = _SUFFIXES.get(inspectable.suffix.lower())
        if by_suffix is not None:
            return by_suffix
        with inspectable.open("rb") as handle:  # 12 bytes, at call-building time
            head = handle.read(12)
        name = inspectable.name
    else:
        head, name = inspectable[:12], "the data"
    sniffed = sniff_image(head)
    if sniffed is None:
        raise ValueError(f"{what}: {name} is not a {_ACCEPTED} image")
    return sniffed


def _exactly_one(source: Any, external_url: str | None, what: str) -> None:
    if (source is None) == (external_url is None):
        raise ValueError(f"{what}: pass either the image or file to send or external_url=")


def image_payload(
    source: UploadSource | None,
    *,
    external_url: str | None = None,
    what: str = "image",
    max_bytes: int = MAX_IMAGE_BYTES,
) -> Payload:
    """Check an image upload (size, type) and build what to send."""
    _exactly_one(source, external_url, what)
    if external_url is not None:
        return Payload(None, None, (("externalUrl", _check_url(external_url)),))
    content, inspectable = _source(source, what, max_bytes)
    return Payload(content, _image_type(inspectable, what))


def file_payload(
    source: UploadSource | None,
    *,
    external_url: str | None = None,
    what: str = "file",
    max_bytes: int = MAX_FILE_BYTES,
) -> Payload:
    """Check a file upload (size) and build what to send, as ``application/octet-stream``."""
    _exactly_one(source, external_url, what)
    if external_url is not None:
        return Payload(None, None, (("externalUrl", _check_url(external_url)),))
    content, _ = _source(source, what, max_bytes)
    return Payload(content, FILE_CONTENT_TYPE)


def file_name_of(
    file_name: str | None, source: UploadSource | None, external_url: str | None
) -> str:
    """The ``fileName`` to send: the one given, else the path's or the URL's last segment."""
    if file_name is not None:
        if not isinstance(file_name, str) or not file_name.strip():
            raise ValueError(f"file_name must be a non-empty string, got {file_name!r}")
        return file_name
    if isinstance(source, os.PathLike):
        return Path(os.fspath(source)).name
    if external_url is not None:
        last = unquote(urlsplit(external_url).path.rstrip("/").rpartition("/")[2])
        if last:
            return last
    raise ValueError("file_name= is required when uploading bytes or a stream")


def async_image_body(
    url: str,
    width: int,
    height: int,
    *,
    external_id: str | None = None,
    alt: ImageAlt | Mapping[str, Any] | None = None,
) -> AsyncImageInput:
    """The checked body of an "(async)" image upload: Ecwid fetches ``url`` (HTTPS) later,
    so nothing is streamed and the call can go into a batch."""
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ValueError(f"url must be an https:// link to the image, got {url!r}")
    for name, value in (("width", width), ("height", height)):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ValueError(f"{name} must be a positive integer (pixels), got {value!r}")
    if alt is not None and not isinstance(alt, ImageAlt):
        alt = msgspec.convert(dict(alt), ImageAlt)
    return AsyncImageInput(
        url=url,
        width=width,
        height=height,
        external_id=msgspec.UNSET if external_id is None else external_id,
        alt=msgspec.UNSET if alt is None else alt,
    )


def video_body(url: str) -> VideoInput:
    """The checked body of a video upload: the HTTPS ``url`` of the video."""
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ValueError(f"url must be an https:// link to the video, got {url!r}")
    return VideoInput(url=url)


class UploadingResource(Resource):
    """A resource with binary uploads (``_upload``) on top of :class:`Resource`."""

    __slots__ = ()

    def _upload(
        self,
        path: str,
        payload: Payload,
        params: tuple[tuple[str, str], ...] = (),
        method: str = "POST",
    ) -> Call[UploadStatus]:
        """``POST path`` (or ``method``) with the payload as the body (or its ``externalUrl``)."""
        return self._call(
            method,
            path,
            UploadStatus,
            params=(*params, *payload.params),
            content=payload.content,
            content_type=payload.content_type,
        )
