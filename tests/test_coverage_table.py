"""The endpoint coverage table is complete (for the finished areas) and up to date."""

from __future__ import annotations

from scripts import coverage


def test_every_endpoint_of_a_covered_area_has_a_client_method() -> None:
    documented = coverage.documented_endpoints()
    missing = sorted(
        f"{documented[key][0]}: {documented[key][1]}"
        for key, methods in coverage.coverage().items()
        if not methods and documented[key][0] in coverage.COVERED_AREAS | {"older"}
    )
    assert len(documented) >= 160
    assert missing == []


def test_covered_areas_are_areas_of_the_reference() -> None:
    areas = {area for area, _ in coverage.documented_endpoints().values()}
    assert areas >= coverage.COVERED_AREAS


def test_client_docstrings_name_only_documented_endpoints() -> None:
    documented = coverage.documented_endpoints()
    unknown = sorted(
        f"{names} -> {m} {p}"
        for (m, p), names in coverage.client_methods().items()
        if coverage.match_endpoint((m, p), documented) is None
    )
    assert unknown == []


def test_a_template_segment_is_served_by_a_literal_one_and_not_the_reverse() -> None:
    assert coverage.serves(("GET", "/{}/deleted"), ("GET", "/products/deleted"))
    assert coverage.serves(("PUT", "/profile/{}"), ("PUT", "/profile/logo"))
    assert not coverage.serves(("GET", "/products/deleted"), ("GET", "/products/{}"))
    assert not coverage.serves(("POST", "/profile/{}"), ("PUT", "/profile/logo"))
    documented = {
        ("DELETE", "/staff/{}"): ("staff-accounts", "DELETE /staff/{staffAccountId}"),
        ("DELETE", "/staff/invite"): ("staff-accounts", "DELETE /staff/invite"),
    }
    assert coverage.match_endpoint(("DELETE", "/staff/invite"), documented) == (
        "DELETE",
        "/staff/invite",
    )


def test_todays_logo_uploads_replace_the_older_posts() -> None:
    lines = set(coverage.ENDPOINTS.read_text().splitlines())
    assert "store-profile PUT /profile/{logo}" in lines
    assert not any(line.endswith("POST /profile/logo") for line in lines)


def test_official_client_endpoints_are_counted() -> None:
    hit, total = coverage.official_covered()
    assert total >= 140
    assert 0 < hit <= total


def test_docs_coverage_md_is_generated_and_current() -> None:
    assert coverage.TABLE.read_text() == coverage.render(), "run: python -m scripts.coverage"


#: Documented query parameters served by another keyword than their snake_case name.
KEYWORD_FOR = {
    "tplvar_*": "template_vars",  # any number of tplvar_<option> parameters, as one mapping
    "offset": "paging",  # **paging: Unpack[Paging] (limit/offset/max_items/prefetch)
    "limit": "paging",
    "cleanURLs": "clean_urls",  # the categories and brands pages' spelling of cleanUrls
}
#: (endpoint, parameter) pairs whose documentation is wrong, and what serves them.
DOCS_SLIPS = {
    # Its description is responseFields' ("Specify the exact fields to receive"), word for word.
    ("GET /storefront-widget-pages", "limit"): "response_fields",
    # The async upload takes the image link in the body's ``url``; the table repeats the
    # synchronous upload's ``externalUrl`` (typed "boolean").
    ("POST /categories/{categoryId}/image/async", "externalUrl"): "url",
    # Spelt "delimeter" (sic) by the page and "delimiter" by the official client: the
    # keyword is spelt right and both wire names are sent.
    ("GET /categoriesByPath", "delimeter"): "delimiter",
}


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def test_every_documented_query_parameter_of_a_covered_area_is_a_keyword() -> None:
    import inspect

    from ecwid_async import EcwidClient

    documented = coverage.documented_endpoints()
    table = coverage.coverage()
    missing = []
    for key, names in coverage.documented_query_params().items():
        area, written = documented[key]
        if area not in coverage.COVERED_AREAS:
            continue
        for _heading, qualified in table[key]:
            _, attr, method = qualified.split(".")
            resource = getattr(EcwidClient, attr).resource_class
            params = inspect.signature(getattr(resource, method)).parameters
            for name in names:
                keyword = DOCS_SLIPS.get((written.split(" {")[0], name)) or KEYWORD_FOR.get(
                    name, _snake(name)
                )
                if keyword not in params:
                    missing.append(f"{qualified}: {name} (as {keyword})")
    assert missing == []


def test_the_query_parameter_list_names_latest_stats_flags() -> None:
    assert coverage.documented_query_params()[("GET", "/latest-stats")] == [
        "reviewsUpdatesRequired",
        "domainsRequired",
        "subscriptionRequired",
        "productCountRequired",
        "categoryCountRequired",
    ]


def test_official_requests_are_read_as_method_and_path(tmp_path: object) -> None:
    from pathlib import Path

    root = Path(str(tmp_path)) / "dto" / "productreview" / "request"
    root.mkdir(parents=True)
    (root / "ProductReviewUpdateRequest.kt").write_text(
        "data class ProductReviewUpdateRequest(val reviewId: Long = 0) : ApiRequest {\n"
        "  override fun toRequestInfo() = RequestInfo.createPutRequest(\n"
        '    pathSegments = listOf("reviews", "$reviewId"),\n'
        "    httpBody = HttpBody.EmptyBody)\n}\n"
    )
    (root / "StoreLogoUploadRequest.kt").write_text(
        "class StoreLogoUploadRequest : ApiRequest {\n"
        '  override fun toRequestInfo() = RequestInfo.buildUploadRequestInfo(listOf("profile", "logo"),'
        " emptyMap(), fileData)\n}\n"
    )
    (root / "VariationDeleteRequest.kt").write_text(
        "data class VariationDeleteRequest(val productId: Int = 0) : ApiRequest {\n"
        "  override fun toRequestInfo() = RequestInfo.createDeleteRequest(\n"
        '    pathSegments = listOf("products", productId.toString(), "combinations"))\n}\n'
    )
    found = coverage.official_from_checkout(Path(str(tmp_path)))
    assert sorted(found) == [
        "DELETE /products/{}/combinations",
        "POST /profile/logo",
        "PUT /reviews/{}",
    ]
