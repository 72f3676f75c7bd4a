"""Today's products and categories endpoints, client against FakeEcwid over loopback."""

from __future__ import annotations

import pytest

from ecwid_async import BadRequestError, EcwidClient, NotFoundError
from ecwid_async.models import (
    MediaLinkInput,
    ProductInput,
    ProductMediaUpdateInput,
    ProductOption,
    ProductOptionChoice,
    ProductUpdateStatus,
)
from ecwid_async.testing import FakeEcwid

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


async def _product(ecwid: EcwidClient, **fields: object) -> int:
    return (await ecwid.products.create({"name": "P", **fields})).id  # type: ignore[return-value]


async def test_search_by_attribute_option_onsale_and_inventory(ecwid_client: EcwidClient) -> None:
    size = {"type": "SELECT", "name": "Size", "choices": [{"text": "S"}, {"text": "M"}]}
    apple = await _product(
        ecwid_client,
        attributes=[{"name": "Brand", "value": "Apple"}],
        options=[size],
        price=5,
        compareToPrice=9,
        quantity=2,
    )
    other = await _product(
        ecwid_client, attributes=[{"name": "Brand", "value": "Pear"}], quantity=0
    )
    search = ecwid_client.products.search

    async def ids(**kw: object) -> set[int]:
        return {p.id async for p in search(**kw)}  # type: ignore[arg-type]

    assert await ids(attributes={"Brand": "Apple"}) == {apple}
    assert await ids(attributes={"Brand": ["Apple", "Pear"]}) == {apple, other}
    assert await ids(options={"Size": ["M", "XL"]}) == {apple}
    assert await ids(onsale="onsale") == {apple}
    assert await ids(inventory="outofstock") == {other}


async def test_response_fields_trims_what_the_fake_sends(ecwid_client: EcwidClient) -> None:
    pid = await _product(ecwid_client, sku="TRIM", price=3)
    page = await ecwid_client.products.search(response_fields="total,items(id,sku)").collect()
    assert [(p.id, p.sku, p.price, p.name) for p in page] == [(pid, "TRIM", None, None)]
    got = await ecwid_client.products.get(pid, response_fields=["id", "price"])
    assert (got.id, got.price, got.sku) == (pid, 3, None)


async def test_update_with_return_item_and_save_combinations(ecwid_client: EcwidClient) -> None:
    created = await ecwid_client.products.create(
        ProductInput(
            name="Tee",
            options=[
                ProductOption(type="SELECT", name="Size", choices=[ProductOptionChoice(text="S")])
            ],
            combinations=[{"options": [{"name": "Size", "value": "S"}], "sku": "TEE-S"}],  # type: ignore[list-item]
        ),
        save_combinations=True,
    )
    status = await ecwid_client.products.update(
        created.id, {"price": 12}, return_item=True, response_fields="updateCount,item(id,price)"
    )
    assert isinstance(status, ProductUpdateStatus)
    assert (status.update_count, status.item and status.item.price) == (1, 12)
    combos = await ecwid_client.combinations.list(created.id, response_fields="id,sku")
    assert [c.sku for c in combos] == ["TEE-S"]


async def test_delete_all_products_then_none_left(ecwid_client: EcwidClient) -> None:
    first, second = await _product(ecwid_client), await _product(ecwid_client)
    assert await ecwid_client.products.delete_all() is None
    assert await ecwid_client.products.search().collect() == []
    deleted = {d.id async for d in ecwid_client.products.deleted()}
    assert {first, second} <= deleted


async def test_product_filters_count_facets(ecwid_client: EcwidClient) -> None:
    cat = (await ecwid_client.categories.create({"name": "Toys"})).id
    await _product(
        ecwid_client, price=10, categoryIds=[cat], attributes=[{"name": "Brand", "value": "A"}]
    )
    await _product(ecwid_client, price=30, attributes=[{"name": "Brand", "value": "B"}])
    result = await ecwid_client.products.filters(["price", "categories", "attribute_Brand"])
    assert result.product_count == 2
    price = result.filters["price"]
    assert (price.min_value, price.max_value) == (10, 30)
    assert [(v.id, v.title) for v in result.filters["categories"].values or ()] == [(cat, "Toys")]
    brands = result.filters["attribute_Brand"]
    assert sorted((v.title, v.product_count) for v in brands.values or ()) == [("A", 1), ("B", 1)]
    only_cat = await ecwid_client.products.filters("price", categories=[cat])
    assert only_cat.product_count == 1


async def test_recent_swatches_from_swatch_options(ecwid_client: EcwidClient) -> None:
    swatch = {
        "type": "SWATCHES",
        "name": "Color",
        "choices": [{"text": "Red", "hexCodes": ["#f00"]}],
    }
    await _product(ecwid_client, options=[swatch])
    colors = (await ecwid_client.products.recent_swatches()).colors
    assert [(c.name, c.hex_code) for c in colors] == [("Red", "#f00")]


async def test_videos_cover_and_media_block(ecwid_client: EcwidClient) -> None:
    products = ecwid_client.products
    pid = await _product(ecwid_client)
    main = await products.upload_video(pid, "https://youtu.be/main")
    video = await products.upload_gallery_video(pid, "https://vimeo.com/2")
    assert main.id and video.id
    details = await products.download_gallery_video(pid, video.id)
    assert (details.id, details.url, details.provider_name) == (
        video.id,
        "https://vimeo.com/2",
        "vimeo.com",
    )
    cover = await products.upload_video_cover(pid, video.id, PNG)
    assert (await products.download_gallery_video(pid, video.id)).video_cover_id == cover.id
    media = (await products.get(pid)).media
    assert media is not None and [v.url for v in media.videos or ()] == [
        "https://youtu.be/main",
        "https://vimeo.com/2",
    ]
    assert (await products.delete_gallery_video(pid, video.id)).delete_count == 1
    assert (await products.delete_video(pid)).delete_count == 1
    after = (await products.get(pid)).media
    assert after is not None and after.videos == []


async def test_async_image_uploads_and_bulk_media_update(ecwid_client: EcwidClient) -> None:
    products = ecwid_client.products
    pid = await _product(ecwid_client)
    await products.upload_image_async(pid, "https://cdn.example/main.png", width=800, height=600)
    await products.upload_gallery_image_async(
        pid, "https://cdn.example/g1.png", width=10, height=10
    )
    product = await products.get(pid)
    assert product.image_url == "https://cdn.example/main.png"
    assert [g.url for g in product.gallery_images or ()] == ["https://cdn.example/g1.png"]
    assert [
        (i.is_main, i.image_original_url) for i in (product.media and product.media.images) or ()
    ] == [
        (True, "https://cdn.example/main.png"),
        (False, "https://cdn.example/g1.png"),
    ]
    await products.update_media(
        pid,
        ProductMediaUpdateInput(
            main_media=MediaLinkInput(image_url="https://cdn.example/new.png"),
            gallery_media=[MediaLinkInput(image_url="https://cdn.example/g2.png")],
        ),
    )
    product = await products.get(pid)
    assert product.image_url == "https://cdn.example/new.png"
    assert [g.url for g in product.gallery_images or ()] == ["https://cdn.example/g2.png"]
    with pytest.raises(BadRequestError):
        await ecwid_client.request("POST", f"/products/{pid}/image/async", json={"url": "http://x"})


async def test_categories_by_path_order_and_assignment(ecwid_client: EcwidClient) -> None:
    cats = ecwid_client.categories
    toys = (await cats.create({"name": "Toys"})).id
    cars = (await cats.create({"name": "Cars", "parentId": toys})).id
    dolls = (await cats.create({"name": "Dolls", "parentId": toys})).id
    found = await cats.search_by_path("Toys / Cars", "/").collect()
    assert [c.id for c in found] == [cars]
    assert (await cats.get_order(parent_category=toys)).sorted_ids == [cars, dolls]
    await cats.update_order([dolls, cars], parent_category=toys)
    assert (await cats.get_order(parent_category=toys)).sorted_ids == [dolls, cars]
    assert [c.id async for c in cats.search(parent=toys)] == [dolls, cars]
    assert {c.id async for c in cats.search(parent_ids=[toys], with_subcategories=True)} == {
        cars,
        dolls,
    }
    assert [c.id async for c in cats.search(keyword="doll")] == [dolls]
    one, two = await _product(ecwid_client), await _product(ecwid_client)
    assert (await cats.assign_products(cars, [one, two])).update_count == 1
    assert (await cats.get_products_order(cars)).sorted_ids == [one, two]
    await cats.update_products_order(cars, [two, one])
    assert (await cats.get_products_order(cars)).sorted_ids == [two, one]
    assert (await cats.unassign_products(cars, [one])).delete_count == 1
    assert (await ecwid_client.products.get(one)).category_ids == []
    assert (await cats.get(cars)).product_ids == [two]
    with pytest.raises(NotFoundError):
        await cats.assign_products(cars, [999])


async def test_category_and_variation_async_images(ecwid_client: EcwidClient) -> None:
    cat = (await ecwid_client.categories.create({"name": "Shoes"})).id
    await ecwid_client.categories.upload_image_async(
        cat, "https://cdn.example/c.png", width=5, height=5
    )
    assert (await ecwid_client.categories.get(cat)).image_url == "https://cdn.example/c.png"
    pid = await _product(ecwid_client)
    combo = (
        await ecwid_client.combinations.create(pid, {"options": [{"name": "S", "value": "1"}]})
    ).id
    await ecwid_client.combinations.upload_image_async(
        pid, combo, "https://cdn.example/v.png", width=5, height=5
    )
    assert (
        await ecwid_client.combinations.get(pid, combo)
    ).image_url == "https://cdn.example/v.png"


async def test_brands_search_counts_the_brand_attribute(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    for brand in ("Acme", "Acme", "Zed"):
        await _product(ecwid_client, attributes=[{"alias": "BRAND", "value": brand}])
    await _product(ecwid_client, enabled=False, attributes=[{"alias": "BRAND", "value": "Hidden"}])
    brands = await ecwid_client.brands.search().collect()
    assert [b.name for b in brands] == ["Acme", "Zed"]
    assert brands[0].products_filtered_by_brand_url is not None
    assert "attribute_Brand=Acme" in brands[0].products_filtered_by_brand_url
    with_hidden = await ecwid_client.brands.search(hidden_brands=True, sort_by="NAME_ASC").collect()
    assert [b.name for b in with_hidden] == ["Acme", "Hidden", "Zed"]


async def test_reviews_moderation_bulk_update_delete_and_stats(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    from ecwid_async.testing.seed_catalog import seed_reviews

    fake_ecwid.seed_products(3)
    ids = seed_reviews(fake_ecwid.store, 6, seed=1)
    reviews = ecwid_client.reviews
    stats = await reviews.stats()
    assert stats.all_count == 6 and stats.moderated_count + stats.published_count == 6
    first = ids[0]
    await reviews.update_status(first, "published")
    published = {r.id async for r in reviews.search(status="published")}
    assert first in published and len(published) == (await reviews.stats()).published_count
    await reviews.mass_update(select_mode="ALL", new_status="moderated")
    assert (await reviews.stats()).moderated_count == 6
    assert (
        await reviews.mass_update(select_mode="SELECTED", review_ids=ids[:2], delete=True)
    ).update_count == 2
    assert (await reviews.delete(ids[2])).delete_count == 1
    assert len(await reviews.search().collect()) == 3
    assert {d.id async for d in reviews.deleted()} == set(ids[:3])
    rated = [r.rating async for r in reviews.search(sort_by="RATING_DESC")]
    assert rated == sorted(rated, reverse=True)
    with pytest.raises(NotFoundError):
        await reviews.delete(ids[0])


def test_new_catalog_resources_block_through_the_sync_facade() -> None:
    from ecwid_async.sync import EcwidClient as SyncEcwidClient
    from ecwid_async.testing.seed_catalog import seed_reviews

    with FakeEcwid().start_in_thread() as fake:
        fake.seed_products(2)
        seed_reviews(fake.store, 3)
        store = fake.store
        with SyncEcwidClient(store.store_id, store.token, base_url=fake.base_url) as ecwid:
            assert ecwid.reviews.stats().all_count == 3
            assert len(list(ecwid.reviews.search())) == 3
            assert [b.name for b in ecwid.brands.search()]
            pid = next(iter(store.products))
            found = list(ecwid.products.search(product_id=pid, response_fields="items(id)"))
            assert [p.id for p in found] == [pid]


async def test_update_sets_alt_texts_of_media_images(ecwid_client: EcwidClient) -> None:
    pid = await _product(ecwid_client)
    await ecwid_client.products.upload_image(pid, PNG)
    alt = {"main": "A teapot", "translated": {"nl": "Een theepot"}}
    await ecwid_client.products.update(pid, {"media": {"images": [{"id": "0", "alt": alt}]}})
    media = (await ecwid_client.products.get(pid)).media
    assert media is not None and media.images
    image = media.images[0]
    assert (image.is_main, image.alt and image.alt.main) == (True, "A teapot")
    assert image.alt is not None and image.alt.translated == {"nl": "Een theepot"}


async def test_a_trimmed_scan_still_pages_to_the_end(
    fake_ecwid: FakeEcwid, ecwid_client: EcwidClient
) -> None:
    seeded = fake_ecwid.seed_products(230)
    scan = ecwid_client.products.search(response_fields="items(id,updated)")
    found = [(p.id, p.name) async for p in scan]
    assert sorted(pid for pid, _ in found) == sorted(seeded)
    assert {name for _, name in found} == {None}, "only the fields asked for came back"
    sent = [
        r.query.get("responseFields") for r in fake_ecwid.requests if r.path.endswith("/products")
    ]
    assert sent == ["total,items(id,updated)"] * 3
