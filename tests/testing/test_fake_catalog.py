"""Categories, combinations, product classes and the store profile."""

from __future__ import annotations

from typing import Any

from ecwid_async.testing import FakeEcwid

from .fake_http import Api


async def category(api: Api, **fields: Any) -> int:
    return int((await api.ok("POST", "/categories", json={"name": "Cat", **fields}))["id"])


async def product(api: Api, **fields: Any) -> int:
    return int((await api.ok("POST", "/products", json={"name": "P", **fields}))["id"])


# -- categories ------------------------------------------------------------------------------
async def test_categories_search_parent_hidden_and_product_ids(api: Api) -> None:
    root = await category(api, name="Root")
    child = await category(api, name="Child", parentId=root)
    hidden = await category(api, name="Hidden", enabled=False)
    p1 = await product(api, categoryIds=[root])
    p2 = await product(api, categoryIds=[child], enabled=False)
    body = await api.ok("GET", "/categories")
    assert (body["total"], body["limit"]) == (2, 100)
    assert [c["id"] for c in body["items"]] == [root, child]
    assert "productIds" not in body["items"][0]
    body = await api.ok("GET", "/categories", params={"hidden_categories": "true"})
    assert [c["id"] for c in body["items"]] == [root, child, hidden]
    body = await api.ok("GET", "/categories", params={"parent": 0, "hidden_categories": "true"})
    assert [c["id"] for c in body["items"]] == [root, hidden]
    body = await api.ok("GET", "/categories", params={"parent": root, "productIds": "true"})
    assert [(c["id"], c["productIds"]) for c in body["items"]] == [(child, [p2])]
    got = await api.ok("GET", f"/categories/{root}")
    assert got["productCount"] == 2  # its own product and its subcategory's
    assert got["enabledProductCount"] == 1
    assert got["productIds"] == [p1]
    assert got["url"].endswith(f"/c/{root}")


async def test_category_create_links_products_and_update_is_partial(api: Api) -> None:
    p1, p2 = await product(api), await product(api)
    cid = await category(api, name="Tea", description="Leaves", productIds=[p1])
    assert (await api.ok("GET", f"/products/{p1}"))["categoryIds"] == [cid]
    assert await api.ok("PUT", f"/categories/{cid}", json={"name": "Teas"}) == {"updateCount": 1}
    got = await api.ok("GET", f"/categories/{cid}")
    assert (got["name"], got["description"], got["productIds"]) == ("Teas", "Leaves", [p1])
    await api.ok("PUT", f"/categories/{cid}", json={"productIds": [p2]})
    assert (await api.ok("GET", f"/products/{p1}"))["categoryIds"] == []
    assert (await api.ok("GET", f"/products/{p2}"))["categoryIds"] == [cid]


async def test_category_errors(api: Api) -> None:
    assert (await api.post("/categories", json={"name": "x", "parentId": 5}))[0] == 404
    assert (await api.post("/categories", json={"name": "x", "productIds": [5]}))[0] == 404
    assert (await api.post("/categories", json={}))[0] == 400
    status, body = await api.get("/categories/77")
    assert (status, body) == (404, {"errorMessage": "Category #77 not found"})
    cid = await category(api)
    assert (await api.put(f"/categories/{cid}", json={"parentId": cid}))[0] == 400


async def test_category_delete_removes_subtree_and_unlinks_products(api: Api) -> None:
    root = await category(api)
    child = await category(api, parentId=root)
    pid = await product(api, categoryIds=[child])
    assert await api.ok("DELETE", f"/categories/{root}") == {"deleteCount": 1}
    assert (await api.get(f"/categories/{child}"))[0] == 404
    assert (await api.ok("GET", f"/products/{pid}"))["categoryIds"] == []
    assert (await api.delete(f"/categories/{root}"))[0] == 404


async def test_category_image_and_stats(fake: FakeEcwid, api: Api) -> None:
    before = await api.ok("GET", "/latest-stats")
    fake.advance_clock(1)  # stamps have one-second resolution
    cid = await category(api)
    after = await api.ok("GET", "/latest-stats")
    assert after["categoriesUpdated"] > before["categoriesUpdated"]
    assert after["productsUpdated"] > before["productsUpdated"]
    assert set(await api.ok("POST", f"/categories/{cid}/image", data=b"img")) == {"id"}
    assert "imageUrl" in await api.ok("GET", f"/categories/{cid}")
    assert await api.ok("DELETE", f"/categories/{cid}/image") == {"deleteCount": 1}
    assert "imageUrl" not in await api.ok("GET", f"/categories/{cid}")


# -- combinations ----------------------------------------------------------------------------
async def test_combinations_crud(api: Api) -> None:
    pid = await product(api, quantity=0, sku="BASE")
    opts = [{"name": "Size", "value": "L"}]
    cid = (
        await api.ok(
            "POST",
            f"/products/{pid}/combinations",
            json={"options": opts, "sku": "BASE-L", "quantity": 4, "price": 9},
        )
    )["id"]
    listed = await api.ok("GET", f"/products/{pid}/combinations")
    assert isinstance(listed, list)
    assert [(c["id"], c["combinationNumber"], c["sku"]) for c in listed] == [(cid, 1, "BASE-L")]
    assert (await api.ok("GET", f"/products/{pid}"))["inStock"] is True  # via the combination
    body = await api.ok("PUT", f"/products/{pid}/combinations/{cid}", json={"price": 10})
    assert body == {"updateCount": 1}
    got = await api.ok("GET", f"/products/{pid}/combinations/{cid}")
    assert (got["price"], got["quantity"], got["options"]) == (10, 4, opts)
    body = await api.ok(
        "PUT", f"/products/{pid}/combinations/{cid}/inventory", json={"quantityDelta": -1}
    )
    assert body == {"updateCount": 1}
    assert (await api.ok("GET", f"/products/{pid}/combinations/{cid}"))["quantity"] == 3
    assert await api.ok("DELETE", f"/products/{pid}/combinations/{cid}") == {"deleteCount": 1}
    assert (await api.get(f"/products/{pid}/combinations/{cid}"))[0] == 404


async def test_combination_conflicts_and_delete_all(api: Api) -> None:
    pid = await product(api, sku="TAKEN")
    path = f"/products/{pid}/combinations"
    await api.ok("POST", path, json={"options": [{"name": "Size", "value": "S"}]})
    await api.ok("POST", path, json={"options": [{"name": "Size", "value": "M"}], "sku": "M"})
    status, _ = await api.post(path, json={"options": [{"name": "Size", "value": "S"}]})
    assert status == 409
    status, body = await api.post(
        path, json={"options": [{"name": "Size", "value": "L"}], "sku": "TAKEN"}
    )
    assert (status, body["errorCode"]) == (409, "SKU_ALREADY_EXISTS")
    assert (await api.post(path, json={}))[0] == 400
    assert (await api.post("/products/1/combinations", json={"options": []}))[0] == 404
    assert await api.ok("DELETE", path) == {"deleteCount": 2}
    assert await api.ok("GET", path) == []


async def test_combination_image(api: Api) -> None:
    pid = await product(api)
    cid = (
        await api.ok(
            "POST",
            f"/products/{pid}/combinations",
            json={"options": [{"name": "C", "value": "Red"}]},
        )
    )["id"]
    await api.ok("POST", f"/products/{pid}/combinations/{cid}/image", data=b"img")
    assert "imageUrl" in await api.ok("GET", f"/products/{pid}/combinations/{cid}")
    body = await api.ok("DELETE", f"/products/{pid}/combinations/{cid}/image")
    assert body == {"deleteCount": 1}


# -- product classes ---------------------------------------------------------------------------
async def test_classes_crud_and_reassignment(api: Api) -> None:
    classes = await api.ok("GET", "/classes")
    assert [c["id"] for c in classes] == [0]
    body = {"name": "Shirts", "attributes": [{"name": "Gender", "type": "CUSTOM"}]}
    cls = (await api.ok("POST", "/classes", json=body))["id"]
    got = await api.ok("GET", f"/classes/{cls}")
    assert got["name"] == "Shirts"
    assert got["attributes"][0]["id"]
    assert got["attributes"][0]["show"] == "DESCR"
    assert (await api.post("/classes", json={"name": "Shirts"}))[0] == 409
    assert await api.ok("PUT", f"/classes/{cls}", json={"name": "Tees"}) == {"updateCount": 1}
    got = await api.ok("GET", f"/classes/{cls}")
    assert (got["name"], len(got["attributes"])) == ("Tees", 1)
    pid = await product(api, productClassId=cls)
    assert await api.ok("DELETE", f"/classes/{cls}") == {"deleteCount": 1}
    assert (await api.ok("GET", f"/products/{pid}"))["productClassId"] == 0
    assert (await api.get(f"/classes/{cls}"))[0] == 404


# -- profile -------------------------------------------------------------------------------------
async def test_profile_update_merges_sections_and_moves_stats(fake: FakeEcwid, api: Api) -> None:
    before = await api.ok("GET", "/latest-stats")
    fake.advance_clock(1)  # stamps have one-second resolution
    body = await api.ok("PUT", "/profile", json={"settings": {"storeName": "Renamed"}})
    assert body["updateCount"] == 1
    profile = await api.ok("GET", "/profile")
    assert profile["settings"]["storeName"] == "Renamed"
    assert profile["settings"]["orderCommentsEnabled"] is True  # untouched sibling
    after = await api.ok("GET", "/latest-stats")
    assert after["profileUpdated"] > before["profileUpdated"]


async def test_profile_logos(fake: FakeEcwid, api: Api) -> None:
    assert set(await api.ok("POST", "/profile/logo", data=b"logo")) == {"id"}
    profile = await api.ok("GET", "/profile")
    assert profile["generalInfo"]["starterSite"]["storeLogoUrl"].startswith(fake.url)
    assert await api.ok("DELETE", "/profile/logo") == {"deleteCount": 1}
    await api.ok("POST", "/profile/invoicelogo", data=b"logo")
    assert (await api.ok("GET", "/profile"))["settings"]["invoiceLogoUrl"]
    assert await api.ok("DELETE", "/profile/invoicelogo") == {"deleteCount": 1}


async def test_category_urls_follow_base_url_and_clean_urls(api: Api) -> None:
    cid = await category(api, name="Green Tea")
    params = {"baseUrl": "https://shop.test", "cleanUrls": "true"}
    got = await api.ok("GET", f"/categories/{cid}", params=params)
    assert got["url"] == f"https://shop.test/green-tea-c{cid}"
    status, body = await api.get("/categories", params={"cleanUrls": "maybe"})
    assert (status, body["errorCode"]) == (400, "CLEAN_URLS_PARAMETER_IS_INVALID")


async def test_todays_and_older_category_filter_names_both_answer(api: Api) -> None:
    _, parent = await api.post("/categories", json={"name": "Drinks"})
    _, child = await api.post("/categories", json={"name": "Tea", "parentId": parent["id"]})
    _, tea = await api.post("/products", json={"name": "Oolong", "categoryIds": [child["id"]]})
    today = {"categories": str(parent["id"]), "includeProductsFromSubcategories": "true"}
    older = {"category": str(parent["id"]), "withSubcategories": "true"}
    for params in (today, older):
        status, body = await api.get("/products", params=params)
        assert (status, [p["id"] for p in body["items"]]) == (200, [tea["id"]])


async def test_response_fields_trim_and_a_malformed_spec_is_400(api: Api) -> None:
    await api.post("/products", json={"name": "Tea", "price": 2})
    status, body = await api.get("/products", params={"responseFields": "total,items(name)"})
    assert (status, body) == (200, {"total": 1, "items": [{"name": "Tea"}]})
    status, body = await api.get("/products", params={"responseFields": "items(name"})
    assert status == 400 and "responseFields" in body["errorMessage"]


async def test_delete_all_products_is_202_without_body(fake: FakeEcwid, api: Api) -> None:
    fake.seed_products(5)
    status, body = await api.delete("/products")
    assert (status, body) == (202, b"")
    assert fake.store.products == {}
    assert len(fake.store.deleted["products"]) == 5


async def test_filter_fields_unescape_commas_in_option_names(api: Api) -> None:
    option = {"type": "SELECT", "name": "Color, size", "choices": [{"text": "Red L"}]}
    await api.post("/products", json={"name": "Tee", "options": [option]})
    status, body = await api.post(
        "/products/filters", json={"params": {"filterFields": "option_Color\\, size"}}
    )
    assert status == 200
    facet = body["filters"]["option_Color, size"]
    assert facet["values"] == [{"title": "Red L", "productCount": 1}]
    status, body = await api.post("/products/filters", json={"params": {}})
    assert status == 400


async def test_review_mass_update_refuses_an_unknown_select_mode(fake: FakeEcwid, api: Api) -> None:
    from ecwid_async.testing.backend.reviews import add_review

    fake.seed_products(1)
    review = add_review(fake.store, next(iter(fake.store.products)), 4, "ok")
    status, body = await api.put("/reviews/mass_update", json={"selectMode": "SOME"})
    assert status == 400 and "selectMode" in body["errorMessage"]
    status, _ = await api.put(f"/reviews/{review}", json={"status": "deleted"})
    assert status == 400
    assert fake.store.reviews[review]["status"] == "moderated"


async def test_order_of_categories_refuses_ids_from_elsewhere(api: Api) -> None:
    _, top = await api.post("/categories", json={"name": "Top"})
    _, other = await api.post("/categories", json={"name": "Other"})
    _, child = await api.post("/categories", json={"name": "Child", "parentId": top["id"]})
    status, body = await api.put(
        "/categories/sort",
        params={"parentCategory": str(top["id"])},
        json={"sortedIds": [other["id"]]},
    )
    assert status == 400
    status, body = await api.get("/categories/sort", params={"parentCategory": str(top["id"])})
    assert body == {"sortedIds": [child["id"]]}
    status, _ = await api.get("/products/sort")
    assert status == 400
