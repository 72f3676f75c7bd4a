"""Today's products examples (products, types, variations, reviews, brands, filters) and
the models they decode into."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "products__adjust-product-stock--request1": "InventoryAdjustmentInput.request",
    "products__adjust-product-stock--response1": "InventoryAdjustmentStatus",
    "products__create-product--request1": "ProductInput.request",
    "products__create-product--response1": "CreateStatus",
    "products__get-product--response1": "Product",
    "products__get-product--response2": "Product",
    "products__get-product-filters--request1": "ProductFiltersInput.request",
    "products__get-product-filters--response1": "ProductFiltersResult",
    # The next five are fragments the page shows of the answer: one value each of the
    # inventory, onsale and categories filters, then an attribute and an option filter.
    "products__get-product-filters--response2": "ProductFilterValue",
    "products__get-product-filters--response3": "ProductFilterValue",
    "products__get-product-filters--response4": "ProductFilterValue",
    "products__get-product-filters--response5": "ProductFilter",
    "products__get-product-filters--response6": "ProductFilter",
    "products__product-reviews__bulk-update-delete-product-reviews--request1": (
        "ReviewMassUpdateInput.request"
    ),
    "products__product-reviews__bulk-update-delete-product-reviews--response1": "UpdateStatus",
    "products__product-reviews__get-product-reviews-stats--response1": "ReviewStats",
    "products__product-reviews__search-product-reviews--response1": "SearchResult-Review",
    "products__product-reviews__update-product-review-status--request1": (
        "ReviewStatusInput.request"
    ),
    "products__product-reviews__update-product-review-status--response1": "UpdateStatus",
    "products__product-types-and-attributes__create-product-type--request1": (
        "ProductClassInput.request"
    ),
    "products__product-types-and-attributes__create-product-type--response1": "CreateStatus",
    "products__product-types-and-attributes__get-product-type--response1": "ProductClass",
    "products__product-types-and-attributes__search-product-types--response1": "ProductClass",
    "products__product-types-and-attributes__update-product-type-and-attributes--request1": (
        "ProductClassInput.request"
    ),
    "products__product-types-and-attributes__update-product-type-and-attributes--response1": (
        "UpdateStatus"
    ),
    "products__product-variations__adjust-product-variation-stock--request1": (
        "InventoryAdjustmentInput.request"
    ),
    "products__product-variations__adjust-product-variation-stock--response1": (
        "InventoryAdjustmentStatus"
    ),
    "products__product-variations__create-product-variation--request1": (
        "CombinationInput.request"
    ),
    "products__product-variations__create-product-variation--response1": "CreateStatus",
    "products__product-variations__get-product-variation--response1": "Combination",
    "products__product-variations__get-product-variation--response2": "Combination",
    "products__product-variations__search-product-variations--response1": "Combination",
    "products__product-variations__search-product-variations--response2": "Combination",
    "products__product-variations__update-product-variation--request1": (
        "CombinationInput.request"
    ),
    "products__product-variations__update-product-variation--response1": "UpdateStatus",
    "products__search-product-brands--response1": "SearchResult-Brand",
    "products__search-products--response1": "SearchResult-Product",
    "products__update-product--request1": "ProductInput.request",
    "products__update-product--response1": "UpdateStatus",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
