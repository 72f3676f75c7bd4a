"""``ecwid.products`` against FakeEcwid over loopback: real state changes, end to end."""

from __future__ import annotations

import time
from pathlib import Path

import aiohttp
import pytest

from ecwid_async import EcwidClient, NotFoundError
from ecwid_async.models.product import AttributeValue, ProductInput
from ecwid_async.testing import FakeEcwid

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4


async def fetch(url: str) -> bytes:
    """The bytes behind a media URL the fake put in an entity (127.0.0.1 only)."""
    assert url.startswith("http://127.0.0.1:"), url
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        assert response.status == 200
        return await response.read()


async def test_create_then_get_returns_what_was_sent(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.products.create(
        ProductInput(name="Green Tea", price=5.5, sku="TEA-1", quantity=12, enabled=True)
    )
    assert created.id
    product = await ecwid_client.products.get(created.id)
    assert (product.id, product.name, product.price, product.sku) == (
        created.id,
        "Green Tea",
        5.5,
        "TEA-1",
    )
    assert (product.quantity, product.enabled, product.in_stock) == (12, True, True)
    assert product.created is not None


async def test_update_changes_only_the_fields_sent(ecwid_client: EcwidClient) -> None:
    pid = (
        await ecwid_client.products.create(
            {"name": "Mug", "price": 9, "sku": "MUG", "description": "<p>Big</p>"}
        )
    ).id
    assert pid
    status = await ecwid_client.products.update(pid, {"price": 11.25})
    assert status.update_count == 1
    product = await ecwid_client.products.get(pid)
    assert (product.name, product.price, product.sku, product.description) == (
        "Mug",
        11.25,
        "MUG",
        "<p>Big</p>",
    )


async def test_delete_then_get_is_404_and_the_deletion_is_listed(
    ecwid_client: EcwidClient,
) -> None:
    before = int(time.time()) - 5
    pid = (await ecwid_client.products.create({"name": "Gone"})).id
    assert pid
    assert (await ecwid_client.products.delete(pid)).delete_count == 1
    with pytest.raises(NotFoundError):
        await ecwid_client.products.get(pid)
    deleted = await ecwid_client.products.deleted(from_date=before).collect()
    assert [item.id for item in deleted] == [pid]
    assert deleted[0].date is not None
    assert await ecwid_client.products.deleted(to_date=before - 3600).collect() == []


async def test_adjust_inventory_adds_the_delta_and_warns_below_zero(
    ecwid_client: EcwidClient,
) -> None:
    pid = (await ecwid_client.products.create({"name": "Jam", "quantity": 10})).id
    assert pid
    status = await ecwid_client.products.adjust_inventory(pid, -3)
    assert (status.update_count, status.warning) == (1, None)
    assert (await ecwid_client.products.get(pid)).quantity == 7
    negative = await ecwid_client.products.adjust_inventory(pid, -10)
    assert negative.warning
    product = await ecwid_client.products.get(pid)
    assert (product.quantity, product.in_stock) == (-3, False)


async def test_search_filters(ecwid_client: EcwidClient) -> None:
    products = ecwid_client.products
    tea = (
        await products.create(
            ProductInput(
                name="Green Tea",
                price=5,
                sku="T-1",
                quantity=3,
                attributes=[AttributeValue(name="Brand", value="Acme")],
            )
        )
    ).id
    coffee = (
        await products.create(
            {
                "name": "Dark Coffee",
                "price": 15,
                "sku": "C-1",
                "quantity": 0,
                "attributes": [{"name": "Brand", "value": "Roast"}],
            }
        )
    ).id
    off = (await products.create({"name": "Old Tea", "price": 25, "enabled": False})).id

    async def ids(**filters: object) -> list[int | None]:
        return [p.id async for p in products.search(**filters)]  # type: ignore[arg-type]

    assert set(await ids(keyword="tea")) == {tea, off}
    assert await ids(price_from=10, price_to=20) == [coffee]
    assert await ids(enabled=False) == [off]
    assert set(await ids(in_stock=True)) == {tea, off}
    assert await ids(sku="C-1") == [coffee]
    assert set(await ids(product_id=[tea, coffee])) == {tea, coffee}
    assert await ids(sort_by="PRICE_DESC") == [off, coffee, tea]
    assert await ids(sort_by="NAME_ASC") == [coffee, tea, off]
    assert await ids(attributes={"Brand": ["Acme", "Nope"]}) == [tea]
    assert set(await ids(created_from=int(time.time()) - 60)) == {tea, coffee, off}
    assert await ids(created_to=int(time.time()) - 3600) == []
    assert set(await ids(updated_from=int(time.time()) - 60)) == {tea, coffee, off}


async def test_search_by_category_with_subcategories(ecwid_client: EcwidClient) -> None:
    parent = (await ecwid_client.categories.create({"name": "Drinks"})).id
    child = (await ecwid_client.categories.create({"name": "Tea", "parentId": parent})).id
    assert parent and child
    in_child = (await ecwid_client.products.create({"name": "Oolong", "categoryIds": [child]})).id
    loose = (await ecwid_client.products.create({"name": "Loose"})).id
    search = ecwid_client.products.search
    assert [p.id async for p in search(categories=parent)] == []
    deep = search(categories=[parent], include_products_from_subcategories=True)
    assert [p.id async for p in deep] == [in_child]
    assert [p.id async for p in search(categories=0)] == [loose]
    assert {p.id async for p in search(categories=[0, child])} == {loose, in_child}


async def test_search_pages_through_a_big_catalog(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    seeded = fake_ecwid.seed_products(250)
    found = [p.id async for p in ecwid_client.products.search(limit=100)]
    assert len(found) == len(seeded)
    assert set(found) == set(seeded)
    pages = [page async for page in ecwid_client.products.search(limit=100).pages()]
    assert [(page.total, page.count) for page in pages] == [(250, 100), (250, 100), (250, 50)]
    assert len(await ecwid_client.products.search(max_items=7).collect()) == 7


async def test_get_and_search_build_urls_from_base_url_and_clean_urls(
    ecwid_client: EcwidClient,
) -> None:
    pid = (await ecwid_client.products.create({"name": "Honey"})).id
    assert pid
    product = await ecwid_client.products.get(
        pid, base_url="https://shop.example.com", clean_urls=True
    )
    assert product.url is not None
    assert product.url.startswith("https://shop.example.com/")
    assert "#" not in product.url
    [found] = await ecwid_client.products.search(
        base_url="https://other.example.com", clean_urls=False
    ).collect()
    assert found.url is not None
    assert found.url.startswith("https://other.example.com#")


async def test_main_image_upload_sets_the_image_urls_and_delete_clears_them(
    ecwid_client: EcwidClient, tmp_path: Path
) -> None:
    pid = (await ecwid_client.products.create({"name": "Candle"})).id
    assert pid
    status = await ecwid_client.products.upload_image(pid, PNG)
    assert status.id
    product = await ecwid_client.products.get(pid)
    assert product.image_url and product.original_image_url
    assert await fetch(product.original_image_url) == PNG
    path = tmp_path / "candle.jpg"
    path.write_bytes(JPEG)
    await ecwid_client.products.upload_image(pid, path)  # streamed from disk, replaces
    replaced = await ecwid_client.products.get(pid)
    assert replaced.original_image_url
    assert await fetch(replaced.original_image_url) == JPEG
    assert (await ecwid_client.products.delete_image(pid)).delete_count == 1
    cleared = await ecwid_client.products.get(pid)
    assert (cleared.image_url, cleared.original_image_url) == (None, None)


async def test_main_image_upload_by_external_url(ecwid_client: EcwidClient) -> None:
    pid = (await ecwid_client.products.create({"name": "Soap"})).id
    assert pid
    await ecwid_client.products.upload_image(pid, external_url="https://cdn.example.com/soap.png")
    assert (await ecwid_client.products.get(pid)).image_url


async def test_gallery_images_are_added_titled_and_deleted(ecwid_client: EcwidClient) -> None:
    products = ecwid_client.products
    pid = (await products.create({"name": "Teapot"})).id
    assert pid
    first = (await products.upload_gallery_image(pid, PNG, file_name="Side view")).id
    second = (await products.upload_gallery_image(pid, JPEG)).id
    third = (await products.upload_gallery_image(pid, PNG, file_name="Top")).id
    assert first and second and third
    gallery = (await products.get(pid)).gallery_images or []
    assert [(g.id, g.alt) for g in gallery] == [(first, "Side view"), (second, ""), (third, "Top")]
    assert (await products.delete_gallery_image(pid, second)).delete_count == 1
    left = (await products.get(pid)).gallery_images or []
    assert [g.id for g in left] == [first, third]
    assert (await products.delete_gallery_images(pid)).delete_count == 2
    assert not (await products.get(pid)).gallery_images


async def test_files_upload_download_describe_and_delete(
    ecwid_client: EcwidClient, tmp_path: Path
) -> None:
    products = ecwid_client.products
    pid = (await products.create({"name": "E-book"})).id
    assert pid
    book = bytes(range(256)) * 2048  # 512 KB: several chunks both ways
    path = tmp_path / "book.epub"
    path.write_bytes(book)
    file_id = (await products.upload_file(pid, path, description="The book")).id
    assert file_id
    [entry] = (await products.get(pid)).files or []
    assert (entry.id, entry.name, entry.description, entry.size) == (
        file_id,
        "book.epub",
        "The book",
        len(book),
    )
    assert await products.download_file(pid, file_id) == book
    async with products.download_file(pid, file_id).stream(chunk_size=65536) as chunks:
        assert b"".join([chunk async for chunk in chunks]) == book

    assert (await products.update_file(pid, file_id, "Second edition")).update_count == 1
    [renamed] = (await products.get(pid)).files or []
    assert (renamed.name, renamed.description) == ("book.epub", "Second edition")

    extra = (await products.upload_file(pid, b"notes", file_name="notes.txt")).id
    assert extra
    assert (await products.delete_file(pid, file_id)).delete_count == 1
    with pytest.raises(NotFoundError):
        await products.download_file(pid, file_id)
    assert [f.id for f in (await products.get(pid)).files or []] == [extra]
    await products.upload_file(pid, b"more", file_name="more.txt")
    assert (await products.delete_files(pid)).delete_count == 2
    assert not (await products.get(pid)).files


async def test_file_upload_by_external_url(ecwid_client: EcwidClient) -> None:
    pid = (await ecwid_client.products.create({"name": "Manual"})).id
    assert pid
    await ecwid_client.products.upload_file(
        pid, external_url="https://cdn.example.com/manual.pdf", description="PDF"
    )
    [entry] = (await ecwid_client.products.get(pid)).files or []
    assert (entry.name, entry.description) == ("manual.pdf", "PDF")
