"""``resources._uploads``: sources, limits, content types, replay on retry, typed bodies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aioresponses import aioresponses

from ecwid_async import RateLimitError, RetryPolicy
from ecwid_async.models.product import Product, ProductInput
from ecwid_async.resources._base import json_body
from ecwid_async.resources._uploads import (
    FILE_CONTENT_TYPE,
    MAX_FILE_BYTES,
    MAX_IMAGE_BYTES,
    file_name_of,
    file_payload,
    image_payload,
    sniff_image,
)
from tests.vtime import virtual_time

from ..conftest import url
from . import GIF, JPEG, PNG, WEBP, client, drain, sent


@pytest.mark.parametrize(
    ("head", "expected"),
    [(PNG, "image/png"), (JPEG, "image/jpeg"), (GIF, "image/gif"), (WEBP, "image/webp"),
     (b"<svg", None), (b"RIFF\x00\x00\x00\x00WAVE", None), (b"", None)],
)  # fmt: skip
def test_sniff_image_knows_png_jpeg_gif_webp(head: bytes, expected: str | None) -> None:
    assert sniff_image(head) == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.JPG", b"anything", "image/jpeg"),
        ("photo.jpeg", b"anything", "image/jpeg"),
        ("anim.gif", b"anything", "image/gif"),
        ("pic.webp", b"anything", "image/webp"),
        ("no_suffix", PNG, "image/png"),
        ("wrong.dat", GIF, "image/gif"),
    ],
)
def test_image_path_type_comes_from_suffix_else_magic_bytes(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert image_payload(path).content_type == expected


def test_image_path_of_unknown_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"hello world")
    with pytest.raises(ValueError, match=r"notes\.txt is not a PNG, JPEG, GIF or WebP image"):
        image_payload(path)


def test_limits_are_the_documented_ones() -> None:
    assert MAX_IMAGE_BYTES == 20 * 1024 * 1024
    assert MAX_FILE_BYTES == 100 * 1024 * 1024
    image_payload(PNG + bytes(MAX_IMAGE_BYTES - len(PNG)))  # exactly at the limit is fine
    with pytest.raises(ValueError, match="at most 20 MB"):
        image_payload(PNG + bytes(MAX_IMAGE_BYTES - len(PNG) + 1))


def test_files_are_octet_stream_whatever_they_hold() -> None:
    payload = file_payload(PNG)
    assert (payload.content, payload.content_type, payload.params) == (PNG, FILE_CONTENT_TYPE, ())


def test_empty_file_on_disk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.bin"
    path.write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        file_payload(path)
    with pytest.raises(ValueError, match="not a regular file"):
        file_payload(tmp_path)


async def _chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


async def test_stream_is_sent_once_as_octet_stream_and_capped_while_it_goes() -> None:
    payload = image_payload(_chunks(b"a" * 10, b"b" * 10), max_bytes=15)
    assert payload.content_type == FILE_CONTENT_TYPE
    assert not callable(payload.content)  # one-shot: the transport never retries it
    with pytest.raises(ValueError, match="at most"):
        await drain(payload.content)


async def test_path_content_is_a_factory_that_reopens_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(PNG)
    payload = image_payload(path)
    assert callable(payload.content)
    assert await drain(payload.content()) == PNG
    assert await drain(payload.content()) == PNG


async def test_file_that_grew_past_the_limit_stops_while_streaming(tmp_path: Path) -> None:
    path = tmp_path / "grow.bin"
    path.write_bytes(b"x" * 10)
    payload = file_payload(path, max_bytes=20)
    path.write_bytes(b"x" * 30)
    assert callable(payload.content)
    with pytest.raises(ValueError, match="at most"):
        await drain(payload.content())


@virtual_time
async def test_path_upload_is_sent_again_in_full_on_retry(
    mocked: aioresponses, tmp_path: Path
) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(PNG * 1000)
    mocked.put(url("/profile/logo"), status=429, headers={"Retry-After": "1"})
    mocked.put(url("/profile/logo"), payload={"id": 5})
    async with client(retry=RetryPolicy()) as ecwid:
        assert (await ecwid.profile.upload_logo(path)).id == 5
        attempts = sent(mocked)
        bodies = [await drain(request.data) for request in attempts]
    assert bodies == [PNG * 1000, PNG * 1000]
    assert [r.headers["Content-Type"] for r in attempts] == ["image/png", "image/png"]


@virtual_time
async def test_stream_upload_is_never_retried(mocked: aioresponses) -> None:
    mocked.post(url("/products/1/files"), status=429, headers={"Retry-After": "1"}, repeat=True)
    async with client(retry=RetryPolicy()) as ecwid:
        call = ecwid.products.upload_file(1, _chunks(b"abc"), file_name="a.bin")
        with pytest.raises(RateLimitError):
            await call
    assert len(sent(mocked)) == 1


def test_file_name_defaults() -> None:
    assert file_name_of(None, Path("/tmp/x/book.epub"), None) == "book.epub"
    assert file_name_of("Nice.pdf", b"data", None) == "Nice.pdf"
    assert file_name_of(None, None, "https://cdn.example/a/b%20c.zip?sig=1") == "b c.zip"
    with pytest.raises(ValueError, match="file_name"):
        file_name_of(None, None, "https://cdn.example/")
    with pytest.raises(ValueError, match="non-empty"):
        file_name_of("  ", b"x", None)


def test_json_body_accepts_mappings_and_the_input_struct_only() -> None:
    assert json_body({"a": 1}, ProductInput, "product") == {"a": 1}
    struct = ProductInput(name="x")
    assert json_body(struct, ProductInput, "product") is struct
    bad: list[Any] = ["x", [1], 5, None, Product(id=1, name="x")]
    for value in bad:
        with pytest.raises(TypeError, match="product body must be a dict or ProductInput"):
            json_body(value, ProductInput, "product")
