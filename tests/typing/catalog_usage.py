"""Type-checked by ``nox -s typecheck`` (mypy --strict), not run: the ids the API always
sends are plain ``int`` for user code, and today's keywords type-check."""

from __future__ import annotations

from ecwid_async import EcwidClient
from ecwid_async.models import Brand, ProductFiltersResult, Review, ReviewStats, SortedIds


async def catalog_job(ecwid: EcwidClient) -> list[int]:
    """Every id read here is an ``int`` without a None check."""
    ids: list[int] = []
    async for product in ecwid.products.search(
        categories=[5, 6],
        include_products_from_subcategories=True,
        attributes={"Brand": "Apple"},
        options={"Size": ["S", "M"]},
        response_fields="items(id,updated)",
    ):
        product_id: int = product.id
        ids.append(product_id)
    category_id: int = (await ecwid.categories.get(5)).id
    variation_id: int = (await ecwid.combinations.list(ids[0]))[0].id
    type_id: int = (await ecwid.product_classes.get(0)).id
    review: Review = (await ecwid.reviews.search(status="published").collect())[0]
    review_id: int = review.id
    brands: list[Brand] = await ecwid.brands.search().collect()
    stats: ReviewStats = await ecwid.reviews.stats()
    order: SortedIds = await ecwid.categories.get_products_order(category_id)
    facets: ProductFiltersResult = await ecwid.products.filters(["price", "attribute_Brand"])
    counted: int = stats.all_count + facets.product_count + len(order.sorted_ids) + len(brands)
    return [*ids, category_id, variation_id, type_id, review_id, counted]
