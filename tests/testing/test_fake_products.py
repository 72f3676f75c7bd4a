"""Products: search envelope and every documented filter, CRUD, media, inventory, stats."""

from __future__ import annotations

from typing import Any

import pytest

from ecwid_async.testing import FakeEcwid

from .fake_http import Api


async def make(api: Api, **fields: Any) -> int:
    body = await api.ok("POST", "/products", json={"name": "Product", **fields})
    assert set(body) == {"id"}
    return int(body["id"])


async def ids(api: Api, **params: Any) -> list[int]:
    body = await api.ok("GET", "/products", params=params)
    return [p["id"] for p in body["items"]]


async def test_search_envelope_default_limit_and_cap(fake: FakeEcwid, api: Api) -> None:
    fake.seed_products(150)
    body = await api.ok("GET", "/products")
    assert (body["total"], body["count"], body["offset"], body["limit"]) == (150, 100, 0, 100)
    body = await api.ok("GET", "/products", params={"limit": 500, "offset": 120})
    assert (body["total"], body["count"], body["offset"], body["limit"]) == (150, 30, 120, 100)
    body = await api.ok("GET", "/products", params={"limit": 0})
    assert body["count"] == 0
    assert body["total"] == 150


async def test_search_pages_cover_every_product_once(fake: FakeEcwid, api: Api) -> None:
    seeded = fake.seed_products(250)
    seen: list[int] = []
    for offset in range(0, 250, 100):
        seen += await ids(api, offset=offset, limit=100)
    assert seen == seeded


async def test_bad_paging_parameters_are_400(api: Api) -> None:
    assert (await api.get("/products", params={"limit": "ten"}))[0] == 400
    assert (await api.get("/products", params={"offset": -1}))[0] == 400


async def test_keyword_searches_name_description_sku_and_phrases(api: Api) -> None:
    tea = await make(api, name="Green Tea", description="Leaves from Yunnan")
    await make(api, name="Coffee", sku="BEAN-1")
    mug = await make(api, name="Mug", description="For tea time")
    assert await ids(api, keyword="tea") == [tea, mug]
    assert await ids(api, keyword="yunnan") == [tea]
    assert await ids(api, keyword="BEAN-1") == [tea + 1]
    assert await ids(api, keyword='"tea time"') == [mug]
    assert await ids(api, keyword="green leaves") == [tea]


async def test_keyword_searches_category_names(api: Api) -> None:
    cat = (await api.ok("POST", "/categories", json={"name": "Beverages"}))["id"]
    pid = await make(api, name="Cola", categoryIds=[cat])
    await make(api, name="Chair")
    assert await ids(api, keyword="beverages") == [pid]


async def test_price_range(api: Api) -> None:
    cheap = await make(api, price=5)
    mid = await make(api, price=10)
    dear = await make(api, price=50)
    assert await ids(api, priceFrom=10) == [mid, dear]
    assert await ids(api, priceTo=10) == [cheap, mid]
    assert await ids(api, priceFrom=6, priceTo=49.5) == [mid]
    assert (await api.get("/products", params={"priceFrom": "cheap"}))[0] == 400


@pytest.mark.parametrize(
    ("low", "high"),
    [
        ("1420070400", "1420156799"),  # UNIX seconds: 2015-01-01 00:00:00 .. 23:59:59 UTC
        ("2015-01-01 02:00:00 +0200", "2015-01-02 01:59:59 +0200"),
        ("2015-01-01 00:00:00", "2015-01-01 23:59:59"),
        ("2015-01-01", "2015-01-01 23:59:59"),
    ],
)
async def test_created_range_in_every_documented_format(api: Api, low: str, high: str) -> None:
    await make(api, created="2014-12-31 23:59:59")
    inside = await make(api, created="2015-01-01 12:00:00")
    await make(api, created="2015-01-02")
    assert await ids(api, createdFrom=low, createdTo=high) == [inside]


async def test_bad_date_is_400(api: Api) -> None:
    status, body = await api.get("/products", params={"createdFrom": "yesterday"})
    assert status == 400
    assert "createdFrom" in body["errorMessage"]


async def test_updated_range_follows_updates(fake: FakeEcwid, api: Api) -> None:
    fake.seed_products(3)  # seeded products were last updated in the past
    pid = await make(api)
    now = fake.store.now()
    assert await ids(api, updatedFrom=now - 5) == [pid]
    assert len(await ids(api, updatedTo=now - 5)) == 3


async def test_enabled_and_in_stock_filters(api: Api) -> None:
    on_stock = await make(api, enabled=True, quantity=3)
    off = await make(api, enabled=False, quantity=3)
    empty = await make(api, enabled=True, quantity=0)
    unlimited = await make(api, enabled=True)
    assert await ids(api, enabled="true") == [on_stock, empty, unlimited]
    assert await ids(api, enabled="false") == [off]
    assert await ids(api, inStock="true") == [on_stock, off, unlimited]
    assert await ids(api, inStock="no") == [empty]


async def test_non_boolean_in_stock_is_400_like_ecwid(api: Api) -> None:
    status, body = await api.get("/products", params={"inStock": "maybe"})
    assert status == 400
    assert body["errorMessage"].startswith(
        "Wrong parameter 'inStock' value: expected one of 'true', 'false'"
    )


async def test_category_filters_with_and_without_subcategories(api: Api) -> None:
    parent = (await api.ok("POST", "/categories", json={"name": "Drinks"}))["id"]
    child = (await api.ok("POST", "/categories", json={"name": "Tea", "parentId": parent}))["id"]
    in_parent = await make(api, categoryIds=[parent])
    in_child = await make(api, categoryIds=[child])
    front = await make(api)
    assert await ids(api, category=parent) == [in_parent]
    assert await ids(api, category=parent, withSubcategories="true") == [in_parent, in_child]
    assert await ids(api, category=0) == [front]


async def test_product_id_list_ignores_other_filters(api: Api) -> None:
    a = await make(api, price=1)
    b = await make(api, price=2)
    await make(api, price=3)
    assert await ids(api, productId=f"{b},{a}", priceFrom=100) == [a, b]
    assert await ids(api, productId="999999") == []


async def test_sku_filter_matches_product_and_combination_skus(api: Api) -> None:
    pid = await make(api, sku="TEA-1")
    await make(api, sku="TEA-2")
    await api.ok(
        "POST",
        f"/products/{pid}/combinations",
        json={"options": [{"name": "Size", "value": "L"}], "sku": "TEA-1-L"},
    )
    assert await ids(api, sku="TEA-1") == [pid]
    assert await ids(api, sku="TEA-1-L", priceFrom=1000) == [pid]
    assert await ids(api, sku="TEA") == []


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("RELEVANCE", ["b", "a", "c"]),
        ("NAME_ASC", ["a", "b", "c"]),
        ("NAME_DESC", ["c", "b", "a"]),
        ("PRICE_ASC", ["c", "a", "b"]),
        ("PRICE_DESC", ["b", "a", "c"]),
        ("ADDED_TIME_ASC", ["a", "c", "b"]),
        ("ADDED_TIME_DESC", ["b", "c", "a"]),
    ],
)
async def test_sort_by(api: Api, sort: str, expected: list[str]) -> None:
    await make(api, name="b", price=30, created="2020-01-03")
    await make(api, name="a", price=20, created="2020-01-01")
    await make(api, name="c", price=10, created="2020-01-02")
    body = await api.ok("GET", "/products", params={"sortBy": sort})
    assert [p["name"] for p in body["items"]] == expected


async def test_sort_by_updated_time(fake: FakeEcwid, api: Api) -> None:
    first, _ = fake.seed_products(2)
    await api.ok("PUT", f"/products/{first}", json={"price": 1})
    assert (await ids(api, sortBy="UPDATED_TIME_DESC"))[0] == first
    assert (await ids(api, sortBy="UPDATED_TIME_ASC"))[-1] == first


async def test_unknown_sort_is_400(api: Api) -> None:
    assert (await api.get("/products", params={"sortBy": "RANDOM"}))[0] == 400


async def test_attribute_filter_by_name(api: Api) -> None:
    apple = await make(api, attributes=[{"id": 1, "name": "Brand", "value": "Apple"}])
    await make(api, attributes=[{"id": 1, "name": "Brand", "value": "Pear"}])
    acme = await make(api, attributes=[{"id": 1, "name": "Brand", "value": "Acme"}])
    assert await ids(api, fieldBrand="Apple,Acme") == [apple, acme]


async def test_todays_attribute_and_option_filters(api: Api) -> None:
    size = {"type": "SELECT", "name": "Size", "choices": [{"text": "S"}, {"text": "L"}]}
    apple = await make(api, attributes=[{"id": 1, "name": "Brand", "value": "Apple"}])
    large = await make(
        api, options=[size], attributes=[{"id": 1, "name": "Brand", "value": "Acme"}]
    )
    assert await ids(api, attribute_Brand="Apple,Acme") == [apple, large]
    assert await ids(api, option_Size="L") == [large]
    assert await ids(api, attribute_Brand="Acme", option_Size="XL") == []


async def test_flag_filters_of_todays_reference(api: Api) -> None:
    sale = await make(api, price=5, compareToPrice=8, quantity=1, externalReferenceId="POS-9")
    gift = await make(api, isGiftCard=True, quantity=0, discountsAllowed=False)
    assert await ids(api, onsale="onsale") == [sale]
    assert await ids(api, onsale="notonsale") == [gift]
    assert await ids(api, inventory="outofstock") == [gift]
    assert await ids(api, isGiftCard="true") == [gift]
    assert await ids(api, discountsAllowed="false") == [gift]
    assert await ids(api, externalReferenceId="POS-9") == [sale]
    assert await ids(api, visibleInStorefront="true") == [sale, gift]
    assert await ids(api, sortBy="DEFINED_BY_STORE_OWNER") == [sale, gift]


async def test_base_url_and_clean_urls(api: Api) -> None:
    pid = await make(api, name="Green Tea")
    body = await api.ok("GET", f"/products/{pid}")
    assert body["url"].endswith(f"#!/green-tea/p/{pid}")
    body = await api.ok(
        "GET", f"/products/{pid}", params={"baseUrl": "https://shop.test", "cleanUrls": "true"}
    )
    assert body["url"] == f"https://shop.test/green-tea-p{pid}"
    status, body = await api.get("/products", params={"cleanUrls": "sure"})
    assert status == 400
    assert body["errorCode"] == "CLEAN_URLS_PARAMETER_IS_INVALID"


async def test_create_get_defaults_and_derived_fields(api: Api) -> None:
    pid = await make(api, name="Tea", price=5, quantity=3, categoryIds=[])
    product = await api.ok("GET", f"/products/{pid}")
    assert product["id"] == pid
    assert (product["name"], product["price"], product["quantity"]) == ("Tea", 5, 3)
    assert product["inStock"] is True
    assert product["unlimited"] is False
    assert product["enabled"] is True
    assert product["sku"]
    assert product["created"].endswith(" +0000")
    assert product["createTimestamp"] == product["updateTimestamp"]
    unlimited = await api.ok("GET", f"/products/{await make(api)}")
    assert unlimited["unlimited"] is True
    assert "quantity" not in unlimited


async def test_update_changes_only_fields_sent(api: Api) -> None:
    pid = await make(api, name="Tea", price=5, description="Nice", sku="T-1")
    assert await api.ok("PUT", f"/products/{pid}", json={"price": 6}) == {"updateCount": 1}
    product = await api.ok("GET", f"/products/{pid}")
    assert (product["name"], product["price"], product["description"]) == ("Tea", 6, "Nice")
    assert product["sku"] == "T-1"
    await api.ok("PUT", f"/products/{pid}", json={"sku": "T-2"})
    assert await ids(api, sku="T-2") == [pid]
    assert await ids(api, sku="T-1") == []


async def test_duplicate_sku_is_409(api: Api) -> None:
    first = await make(api, sku="DUP")
    status, body = await api.post("/products", json={"name": "Other", "sku": "DUP"})
    assert status == 409
    assert body["errorCode"] == "SKU_ALREADY_EXISTS"
    other = await make(api, sku="FREE")
    status, _ = await api.put(f"/products/{other}", json={"sku": "DUP"})
    assert status == 409
    await api.ok("PUT", f"/products/{first}", json={"sku": "DUP"})  # its own SKU is fine


async def test_invalid_bodies_are_rejected(api: Api) -> None:
    assert (await api.post("/products", json={"name": "x", "price": "cheap"}))[0] == 400
    status, body = await api.post(
        "/products", json={"name": "x", "wholesalePrices": [{"quantity": 2, "price": None}]}
    )
    assert (status, body["errorCode"]) == (409, "WHOLESALE_PRICES_CANT_BE_NULL")
    assert (await api.post("/products", json={"name": "x", "productClassId": 77}))[0] == 404
    assert (await api.post("/products", data=b"{not json"))[0] == 400


async def test_missing_product_is_404_with_error_message(api: Api) -> None:
    for method in ("GET", "PUT", "DELETE"):
        status, body = await api.call(method, "/products/424242", json={})
        assert status == 404
        assert body == {"errorMessage": "Product #424242 not found"}


async def test_delete_records_deleted_item(fake: FakeEcwid, api: Api) -> None:
    pid = await make(api, sku="GONE")
    assert await api.ok("DELETE", f"/products/{pid}") == {"deleteCount": 1}
    assert (await api.get(f"/products/{pid}"))[0] == 404
    deleted = await api.ok("GET", "/products/deleted")
    assert deleted["total"] == 1
    assert deleted["items"][0]["id"] == pid
    assert deleted["items"][0]["date"].endswith("+0000")
    await make(api, sku="GONE")  # the SKU is free again


async def test_deleted_items_date_filters(fake: FakeEcwid, api: Api) -> None:
    pid = await make(api)
    await api.ok("DELETE", f"/products/{pid}")
    now = fake.store.now()
    assert (await api.ok("GET", "/products/deleted", params={"from_date": now - 60}))["total"] == 1
    assert (await api.ok("GET", "/products/deleted", params={"to_date": now - 60}))["total"] == 0


async def test_latest_stats_move_when_products_change(fake: FakeEcwid, api: Api) -> None:
    before = await api.ok("GET", "/latest-stats")
    assert set(before) == {
        "productsUpdated",
        "ordersUpdated",
        "profileUpdated",
        "categoriesUpdated",
        "discountCouponsUpdated",
        "abandonedSalesUpdated",
        "customersUpdated",
    }
    fake.advance_clock(1)  # stamps have one-second resolution
    pid = await make(api)
    after_create = await api.ok("GET", "/latest-stats")
    assert after_create["productsUpdated"] > before["productsUpdated"]
    assert after_create["ordersUpdated"] == before["ordersUpdated"]
    fake.advance_clock(1)
    await api.ok("PUT", f"/products/{pid}", json={"price": 2})
    after_update = await api.ok("GET", "/latest-stats")
    assert after_update["productsUpdated"] > after_create["productsUpdated"]


async def test_adjust_inventory(api: Api) -> None:
    pid = await make(api, quantity=5)
    body = await api.ok("PUT", f"/products/{pid}/inventory", json={"quantityDelta": -2})
    assert body == {"updateCount": 1}
    assert (await api.ok("GET", f"/products/{pid}"))["quantity"] == 3
    body = await api.ok("PUT", f"/products/{pid}/inventory", json={"quantityDelta": -4})
    assert body["warning"]
    product = await api.ok("GET", f"/products/{pid}")
    assert (product["quantity"], product["inStock"]) == (-1, False)
    assert (await api.put(f"/products/{pid}/inventory", json={}))[0] == 400
    assert (await api.put("/products/1/inventory", json={"quantityDelta": 1}))[0] == 404


async def test_main_image_upload_and_delete(api: Api, session: Any) -> None:
    pid = await make(api)
    body = await api.ok("POST", f"/products/{pid}/image", data=b"\x89PNG fake image")
    assert set(body) == {"id"}
    product = await api.ok("GET", f"/products/{pid}")
    assert product["originalImage"]["url"] == product["imageUrl"]
    async with session.get(product["imageUrl"]) as resp:
        assert await resp.read() == b"\x89PNG fake image"
    assert await api.ok("DELETE", f"/products/{pid}/image") == {"deleteCount": 1}
    assert "imageUrl" not in await api.ok("GET", f"/products/{pid}")
    assert (await api.post(f"/products/{pid}/image", data=b""))[0] == 400
    assert (await api.post("/products/9/image", data=b"x"))[0] == 404


async def test_gallery_upload_and_deletes(api: Api) -> None:
    pid = await make(api)
    one = (
        await api.ok("POST", f"/products/{pid}/gallery", params={"fileName": "Side"}, data=b"img1")
    )["id"]
    await api.ok("POST", f"/products/{pid}/gallery", data=b"img2")
    gallery = (await api.ok("GET", f"/products/{pid}"))["galleryImages"]
    assert [(g["alt"], g["orderBy"]) for g in gallery] == [("Side", 0), ("", 1)]
    assert await api.ok("DELETE", f"/products/{pid}/gallery/{one}/") == {"deleteCount": 1}
    assert (await api.delete(f"/products/{pid}/gallery/{one}"))[0] == 404
    assert await api.ok("DELETE", f"/products/{pid}/gallery") == {"deleteCount": 1}
    assert (await api.ok("GET", f"/products/{pid}"))["galleryImages"] == []


async def test_files_upload_download_describe_delete(api: Api) -> None:
    pid = await make(api)
    data = bytes(range(256)) * 10
    params = {"fileName": "manual.pdf", "description": "The manual"}
    file_id = (await api.ok("POST", f"/products/{pid}/files", params=params, data=data))["id"]
    entry = (await api.ok("GET", f"/products/{pid}"))["files"][0]
    assert (entry["id"], entry["name"], entry["size"]) == (file_id, "manual.pdf", len(data))
    assert entry["description"] == "The manual"
    status, content = await api.get(f"/products/{pid}/files/{file_id}")
    assert (status, content) == (200, data)
    body = await api.ok("PUT", f"/products/{pid}/files/{file_id}", json={"description": "New"})
    assert body == {"updateCount": 1}
    assert (await api.ok("GET", f"/products/{pid}"))["files"][0]["description"] == "New"
    assert (await api.get(f"/products/{pid}/files/1"))[0] == 404
    assert await api.ok("DELETE", f"/products/{pid}/files/{file_id}") == {"deleteCount": 1}
    await api.ok("POST", f"/products/{pid}/files", params={"fileName": "a"}, data=b"a")
    await api.ok("POST", f"/products/{pid}/files", params={"fileName": "b"}, data=b"b")
    assert await api.ok("DELETE", f"/products/{pid}/files") == {"deleteCount": 2}
    assert (await api.post(f"/products/{pid}/files", data=b"x"))[0] == 400  # no fileName


async def test_upload_by_external_url_instead_of_body(api: Api) -> None:
    pid = await make(api)
    url = "https://cdn.example.com/tea.jpg"
    await api.ok("POST", f"/products/{pid}/image", params={"externalUrl": url})
    assert (await api.ok("GET", f"/products/{pid}"))["imageUrl"] == url


async def test_search_by_product_id_rejects_non_numbers(api: Api) -> None:
    status, body = await api.get("/products", params={"productId": "1,x"})
    assert status == 400
    assert "productId" in body["errorMessage"]


async def test_cached_search_sees_every_change(fake: FakeEcwid, api: Api) -> None:
    fake.seed_products(3)
    assert (await api.ok("GET", "/products", params={"enabled": "true", "limit": 1}))["total"] >= 0
    before = (await api.ok("GET", "/products", params={"keyword": "fresh tea"}))["total"]
    await make(api, name="Fresh Tea")
    after = (await api.ok("GET", "/products", params={"keyword": "fresh tea"}))["total"]
    assert after == before + 1
    fake.seed_products(2, seed=99)
    assert (await api.ok("GET", "/products"))["total"] == 6
    fake.store.products.clear()
    fake.store.bump()  # hand-made changes must say so
    assert (await api.ok("GET", "/products"))["total"] == 0


async def test_attribute_alias_resolves_to_the_class_attribute(api: Api) -> None:
    pid = await make(api, attributes=[{"alias": "BRAND", "value": "Acme"}])
    attributes = (await api.ok("GET", f"/products/{pid}"))["attributes"]
    assert attributes == [
        {"id": 1, "name": "Brand", "type": "BRAND", "show": "DESCR", "value": "Acme"}
    ]
    assert await ids(api, fieldBrand="Acme") == [pid]
    assert await ids(api, field1="Acme") == [pid]
