"""Today's categories examples and the models they decode into."""

_ORDER = "categories__manage-order-of-categories-in-the-store__"
_PRODUCTS = "categories__manage-order-of-products-in-the-category__"

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "categories__create-category--request1": "CategoryInput.request",
    "categories__create-category--response1": "CreateStatus",
    "categories__get-category--response1": "Category",
    "categories__get-category--response2": "Category",
    f"{_ORDER}get-order-of-categories--response1": "SortedIds",
    f"{_ORDER}update-order-of-categories--request1": "SortedIdsInput.request",
    f"{_ORDER}update-order-of-categories--response1": "UpdateStatus",
    f"{_PRODUCTS}assign-products-to-the-category--request1": "CategoryProductIdsInput.request",
    f"{_PRODUCTS}assign-products-to-the-category--response1": "UpdateStatus",
    f"{_PRODUCTS}get-order-of-products--response1": "SortedIds",
    f"{_PRODUCTS}unassign-products-from-the-category--request1": (
        "CategoryProductIdsInput.request"
    ),
    f"{_PRODUCTS}unassign-products-from-the-category--response1": "DeleteStatus",
    f"{_PRODUCTS}update-order-of-products--request1": "SortedIdsInput.request",
    f"{_PRODUCTS}update-order-of-products--response1": "UpdateStatus",
    "categories__search-categories--response1": "SearchResult-Category",
    "categories__search-categories--response2": "SearchResult-Category",
    "categories__search-categories-by-path--response1": "SearchResult-Category",
    "categories__update-category--request1": "CategoryInput.request",
    "categories__update-category--response1": "UpdateStatus",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
