"""Bad input to the store-wide resources is refused before anything is sent, naming the
parameter; good input builds the documented query and body."""

from __future__ import annotations

import pytest

from . import client


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (lambda e: e.app_storage.add("k", {"a": 1}), TypeError, "value must be a string"),
        (lambda e: e.app_storage.get(""), ValueError, "key must not be empty"),
        (lambda e: e.application.charge(0, "USD", "d", "k"), ValueError, "amount"),
        (lambda e: e.application.charge(5, "JPY", "d", "k"), ValueError, "currency"),
        (lambda e: e.application.charge(5, "USD", "x" * 256, "k"), ValueError, "description"),
        (lambda e: e.application.charge(5, "USD", "d", ""), ValueError, "idempotency_key"),
        (lambda e: e.application.cancel_subscription(""), ValueError, "namespace"),
        (lambda e: e.staff.create(""), ValueError, "email"),
        (lambda e: e.staff.create("a@b.c", staff_scopes="ALL"), TypeError, "staff_scopes"),
        (lambda e: e.staff.get("p1", response_fields=[]), ValueError, "response_fields"),
        (lambda e: e.payment_options.create(["x"]), TypeError, "payment option body"),
        (lambda e: e.dictionaries.states("USA"), ValueError, "country_code"),
        (lambda e: e.storefront.page(), ValueError, "store_root_page"),
        (lambda e: e.reports.get("everything"), ValueError, "report_type"),
        (lambda e: e.reports.get("allOrders", time_scale_value="decade"), ValueError, "time_scale"),
        (lambda e: e.reports.deleted_items("carts"), ValueError, "entity"),
    ],
)
def test_bad_input_is_refused_naming_the_parameter(
    build: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        build(client())  # type: ignore[operator]


def test_charge_sends_its_parameters_in_the_query_and_may_be_retried() -> None:
    call = client().application.charge(
        24.99, "EUR", "Extra seats", "8c1f-uuid", metadata={"plan": "pro"}
    )
    assert dict(call.params) == {
        "amount": "24.99",
        "currency": "EUR",
        "description": "Extra seats",
        "idempotencyKey": "8c1f-uuid",
        "metadata": '{"plan":"pro"}',
    }
    assert call.idempotent and call.body is None


def test_storage_key_stays_one_path_segment_and_value_goes_in_the_body() -> None:
    call = client().app_storage.set("a/b?c", "1")
    assert (call.method, call.path, call.body) == ("PUT", "/storage/a%2Fb%3Fc", {"value": "1"})


def test_staff_calls_send_todays_names() -> None:
    ecwid = client()
    assert ecwid.staff.create("a@b.c", staff_scopes=["REPORT_ACCESS"]).body == {
        "email": "a@b.c",
        "staffScopes": ["REPORT_ACCESS"],
    }
    assert dict(ecwid.staff.search(response_fields=["staffList(name,email)"]).params) == {
        "responseFields": "staffList(name,email)"
    }
    assert ecwid.staff.cancel_invite("a@b.c").body == {"email": "a@b.c"}


def test_storefront_page_sends_every_documented_parameter() -> None:
    call = client().storefront.page(
        "pizza",
        get_static_content=True,
        lang="fr",
        base_url="https://example.com/store",
        clean_urls=True,
        slugs_without_ids=False,
        international_pages="international_pages[en]",
        template_vars={"product_list_image_size": "'SMALL'"},
    )
    assert dict(call.params) == {
        "tplvar_product_list_image_size": "'SMALL'",
        "slug": "pizza",
        "getStaticContent": "true",
        "lang": "fr",
        "baseUrl": "https://example.com/store",
        "cleanUrls": "true",
        "slugsWithoutIds": "false",
        "internationalPages": "international_pages[en]",
    }


def test_dictionaries_and_latest_stats_send_todays_names() -> None:
    ecwid = client()
    assert dict(ecwid.dictionaries.tax_classes("us", lang="en").params) == {
        "countryCode": "US",
        "lang": "en",
    }
    assert dict(ecwid.dictionaries.countries(with_states=True).params) == {"withStates": "true"}
    stats = ecwid.profile.latest_stats(reviews_updates_required=True, product_count_required=True)
    assert dict(stats.params) == {"reviewsUpdatesRequired": "true", "productCountRequired": "true"}


def test_report_sends_its_interval_and_scale() -> None:
    call = client().reports.get(
        "allRevenue",
        started_from=1591646400,
        ended_at=1591679000,
        time_scale_value="day",
        compare_period="previousPeriod",
    )
    assert call.path == "/reports/allRevenue"
    assert dict(call.params) == {
        "startedFrom": "1591646400",
        "endedAt": "1591679000",
        "timeScaleValue": "day",
        "comparePeriod": "previousPeriod",
    }


def test_profile_get_sends_todays_flags_and_response_fields() -> None:
    call = client().profile.get(
        lang="nl", show_extended_info=True, get_features_by_plans=True,
        response_fields="generalInfo(storeId,storeUrl)",
    )  # fmt: skip
    assert dict(call.params) == {
        "lang": "nl",
        "showExtendedInfo": "true",
        "getFeaturesByPlans": "true",
        "responseFields": "generalInfo(storeId,storeUrl)",
    }
