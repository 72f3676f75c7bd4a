"""Brands: ``GET /brands`` (docs: "Search product brands")."""

from __future__ import annotations

from .._params import check_choice, query
from .._typing import Unpack
from ..models.brand import Brand
from ..pagination import Paginator, Paging
from ._base import Resource

__all__ = ["BrandsResource"]

#: The documented ``sortBy`` values of Search product brands.
BRAND_SORT_BY = frozenset({"PRODUCT_COUNT_DESC", "PRODUCT_COUNT_ASC", "NAME_DESC", "NAME_ASC"})


class BrandsResource(Resource):
    """``ecwid.brands``: the brands of the store's products (their ``Brand`` attribute)."""

    __slots__ = ()

    def search(
        self,
        *,
        sort_by: str | None = None,
        hidden_brands: bool | None = None,
        lang: str | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[Brand]:
        """Search product brands: ``GET /brands``.

        Most used first by default; ``hidden_brands=True`` adds the brands of disabled
        products.
        """
        return self._paginate(
            "/brands",
            Brand,
            query(
                {
                    "sortBy": check_choice("sort_by", sort_by, BRAND_SORT_BY),
                    "hidden_brands": hidden_brands,
                    "lang": lang,
                    "baseUrl": base_url,
                    "cleanUrls": clean_urls,
                }
            ),
            **paging,
        )
