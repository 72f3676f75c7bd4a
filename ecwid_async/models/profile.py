"""Store profile (``/profile``) and update statistics (``/latest-stats``).

``StoreProfile`` is what GET /profile returns. Its sections follow the REST reference's
field tables; the settings, shipping options, legal pages, payment options, feature toggles,
design and product-filter settings come from the fuller profile shown in the Batch API
docs (supplement/batch_api.md). Logo uploads and deletes answer with the shared
``UploadStatus`` / ``DeleteStatus`` of :mod:`ecwid_async.models.common`.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel

__all__ = [
    "AbandonedSalesSettings",
    "BusinessRegistrationId",
    "CarrierMethod",
    "CarrierSettings",
    "DesignSettings",
    "DimensionsUnit",
    "FeatureToggle",
    "FlatRate",
    "FormatsAndUnits",
    "FulfilmentType",
    "HandlingFee",
    "LegalPage",
    "LegalPageDisplay",
    "LegalPageType",
    "LegalPagesSettings",
    "MailNotifications",
    "PaymentInstructions",
    "PaymentOption",
    "PostageDimensions",
    "ProductFiltersSettings",
    "RatesCalculationType",
    "SalePriceSettings",
    "ShippingRate",
    "ShippingRateConditions",
    "ShippingRatesTable",
    "ShippingTableRate",
    "StarterSiteInfo",
    "StoreAccount",
    "StoreCompany",
    "StoreGeneralInfo",
    "StoreLanguages",
    "StorePayment",
    "StoreProfile",
    "StoreProfileInput",
    "StoreSettings",
    "StoreShipping",
    "StoreShippingOption",
    "StoreTax",
    "StoreTaxRule",
    "TaxSettings",
    "UpdateStats",
    "WeightUnit",
    "Zone",
]

# Documented enumeration values. Fields are annotated ``str`` so values Ecwid adds later
# still decode; these aliases exist for documentation and for callers' own annotations.
WeightUnit = Literal["CARAT", "GRAM", "OUNCE", "POUND", "KILOGRAM"]
DimensionsUnit = Literal["IN", "CM", "MM", "YD"]
FulfilmentType = Literal["shipping", "pickup"]
RatesCalculationType = Literal["flat", "carrier-calculated", "table", "app"]
LegalPageType = Literal[
    "LEGAL_INFO", "SHIPPING_COST_PAYMENT_INFO", "PRIVACY_STATEMENT", "TERMS", "REVOCATION_TERMS"
]
LegalPageDisplay = Literal["INLINE", "EXTERNAL_URL"]


class StarterSiteInfo(EcwidModel):
    """Starter Site domain and URLs (GET /profile, ``generalInfo.starterSite``)."""

    ecwid_subdomain: str | None = None
    custom_domain: str | None = None
    generated_url: str | None = None
    store_logo_url: str | None = None


class StoreGeneralInfo(EcwidModel):
    """Store id and storefront URL (GET /profile, ``generalInfo``; the docs' GeneralInfo)."""

    store_id: int | None = None
    store_url: str | None = None
    starter_site: StarterSiteInfo | None = None


class StoreAccount(EcwidModel):
    """The store owner's account (GET /profile, ``account``; the docs' Account)."""

    account_name: str | None = None
    account_nick_name: str | None = None
    account_email: str | None = None
    available_features: list[str] | None = None
    white_label: bool | None = None


class AbandonedSalesSettings(EcwidModel):
    """Abandoned cart recovery setting (GET /profile, ``settings.abandonedSales``)."""

    auto_abandoned_sales_recovery: bool | None = None


class SalePriceSettings(EcwidModel):
    """How sale prices are shown (GET /profile, ``settings.salePrice``)."""

    display_on_product_list: bool | None = None
    old_price_label: str | None = None
    display_discount: str | None = None  # e.g. "PERCENT"


class StoreSettings(EcwidModel):
    """General store settings (GET /profile, ``settings``; the docs' Settings)."""

    # The update table types ``closed`` as string; the get table and every example use a
    # boolean, which is what is kept.
    closed: bool | None = None
    store_name: str | None = None
    store_description: str | None = None
    invoice_logo_url: str | None = None
    email_logo_url: str | None = None
    google_remarketing_enabled: bool | None = None
    google_analytics_id: str | None = None
    fb_pixel_id: str | None = None
    order_comments_enabled: bool | None = None
    order_comments_caption: str | None = None
    order_comments_required: bool | None = None
    hide_out_of_stock_products_in_storefront: bool | None = None
    ask_company_name: bool | None = None
    favorites_enabled: bool | None = None
    default_product_sort_order: str | None = None  # e.g. "DEFINED_BY_STORE_OWNER"
    abandoned_sales: AbandonedSalesSettings | None = None
    sale_price: SalePriceSettings | None = None
    show_accept_marketing_checkbox: bool | None = None
    accept_marketing_checkbox_default_value: bool | None = None
    accept_marketing_checkbox_custom_text: str | None = None
    ask_consent_to_track_in_storefront: bool | None = None
    pinterest_tag_id: str | None = None


class MailNotifications(EcwidModel):
    """Notification email addresses (GET /profile, ``mailNotifications``)."""

    admin_notification_emails: list[str] | None = None
    customer_notification_from_email: str | None = None


class StoreCompany(EcwidModel):
    """Company name and address (GET /profile, ``company`` and ``shipping.shippingOrigin``)."""

    company_name: str | None = None
    email: str | None = None
    street: str | None = None
    city: str | None = None
    country_code: str | None = None
    postal_code: str | None = None
    state_or_province_code: str | None = None
    phone: str | None = None


class FormatsAndUnits(EcwidModel):
    """Currency, weight, date and dimension formats (GET /profile, ``formatsAndUnits``)."""

    currency: str | None = None
    currency_prefix: str | None = None
    currency_suffix: str | None = None
    currency_precision: int | None = None
    currency_group_separator: str | None = None
    currency_decimal_separator: str | None = None
    currency_truncate_zero_fractional: bool | None = None
    currency_rate: float | None = None
    weight_unit: str | None = None  # WeightUnit
    weight_precision: int | None = None
    weight_group_separator: str | None = None
    weight_decimal_separator: str | None = None
    weight_truncate_zero_fractional: bool | None = None
    date_format: str | None = None
    time_format: str | None = None
    timezone: str | None = None
    dimensions_unit: str | None = None  # DimensionsUnit
    order_number_prefix: str | None = None
    order_number_suffix: str | None = None


class StoreLanguages(EcwidModel):
    """Storefront languages; the first enabled one is the default (GET /profile, ``languages``)."""

    enabled_languages: list[str] | None = None
    facebook_preferred_locale: str | None = None
    default_language: str | None = None


class HandlingFee(EcwidModel):
    """The handling fee added to orders (GET /profile, ``shipping.handlingFee``)."""

    name: str | None = None
    value: float | None = None
    description: str | None = None


class Zone(EcwidModel):
    """A destination zone (GET /profile, ``zones`` and ``shippingOptions[].destinationZone``)."""

    id: str | None = None
    name: str | None = None
    country_codes: list[str] | None = None
    state_or_province_codes: list[str] | None = None
    post_codes: list[str] | None = None


class FlatRate(EcwidModel):
    """The rate of a flat-rate shipping option (GET /profile, ``shippingOptions[].flatRate``)."""

    rate_type: str | None = None  # e.g. "ABSOLUTE"
    rate: float | None = None


class CarrierMethod(EcwidModel):
    """One carrier service of a carrier-calculated shipping option (GET /profile)."""

    id: str | None = None
    name: str | None = None
    enabled: bool | None = None
    order_by: int | None = None


class PostageDimensions(EcwidModel):
    """Default parcel dimensions for carrier rates (GET /profile, ``carrierSettings``)."""

    length: float | None = None
    width: float | None = None
    height: float | None = None


class CarrierSettings(EcwidModel):
    """Carrier account settings of a shipping option (GET /profile, ``carrierSettings``)."""

    default_carrier_account_enabled: bool | None = None
    default_postage_dimensions: PostageDimensions | None = None


class ShippingRateConditions(EcwidModel):
    """When a table rate applies (GET /profile, ``ratesTable.rates[].conditions``)."""

    weight_from: float | None = None
    weight_to: float | None = None


class ShippingRate(EcwidModel):
    """The cost parts of a table rate (GET /profile, ``ratesTable.rates[].rate``)."""

    per_order: float | None = None
    percent: float | None = None
    per_item: float | None = None
    per_weight: float | None = None


class ShippingTableRate(EcwidModel):
    """One row of a shipping rates table (GET /profile, ``ratesTable.rates``)."""

    conditions: ShippingRateConditions | None = None
    rate: ShippingRate | None = None


class ShippingRatesTable(EcwidModel):
    """Custom table rates of a shipping option (GET /profile, ``shippingOptions[].ratesTable``)."""

    table_based_on: str | None = None  # e.g. "weight"
    rates: list[ShippingTableRate] | None = None


class StoreShippingOption(EcwidModel):
    """A shipping or pickup method of the store (GET /profile, ``shipping.shippingOptions``)."""

    id: str | None = None
    title: str | None = None
    enabled: bool | None = None
    orderby: int | None = msgspec.field(default=None, name="orderby")
    destination_zone: Zone | None = None
    fulfilment_type: str | None = None  # FulfilmentType
    rates_calculation_type: str | None = None  # RatesCalculationType
    flat_rate: FlatRate | None = None
    carrier: str | None = None
    carrier_methods: list[CarrierMethod] | None = None
    shipping_cost_markup: float | None = None
    carrier_settings: CarrierSettings | None = None
    rates_table: ShippingRatesTable | None = None
    delivery_time_days: str | None = None
    description: str | None = None
    pickup_instruction: str | None = None
    scheduled_pickup: bool | None = None
    pickup_preparation_time_hours: int | None = None
    # A JSON-encoded string such as '{"MON":[["09:00","18:00"]]}', kept as sent.
    pickup_business_hours: str | None = None
    app_client_id: str | None = None


class StoreShipping(EcwidModel):
    """Shipping settings: handling fee, origin and methods (GET /profile, ``shipping``)."""

    handling_fee: HandlingFee | None = None
    shipping_origin: StoreCompany | None = None
    shipping_options: list[StoreShippingOption] | None = None


class StoreTaxRule(EcwidModel):
    """A tax rate for one destination zone (GET /profile, ``taxSettings.taxes[].rules``)."""

    zone_id: str | None = None
    tax: float | None = None


class StoreTax(EcwidModel):
    """A manual tax (GET /profile, ``taxSettings.taxes``; the docs' Taxes)."""

    id: int | None = None
    name: str | None = None
    enabled: bool | None = None
    include_in_price: bool | None = None
    use_shipping_address: bool | None = None
    tax_shipping: bool | None = None
    applied_by_default: bool | None = None
    default_tax: float | None = None
    rules: list[StoreTaxRule] | None = None


class TaxSettings(EcwidModel):
    """Automatic and manual tax settings (GET /profile, ``taxSettings``)."""

    automatic_tax_enabled: bool | None = None
    taxes: list[StoreTax] | None = None


class BusinessRegistrationId(EcwidModel):
    """Company registration id such as a VAT number (GET /profile, ``businessRegistrationID``)."""

    name: str | None = None
    value: str | None = None


class LegalPage(EcwidModel):
    """One legal page of the storefront (GET /profile, ``legalPagesSettings.legalPages``)."""

    type: str | None = None  # LegalPageType
    enabled: bool | None = None
    title: str | None = None
    display: str | None = None  # LegalPageDisplay
    text: str | None = None
    external_url: str | None = None


class LegalPagesSettings(EcwidModel):
    """Legal pages and the terms checkbox (GET /profile, ``legalPagesSettings``)."""

    require_terms_agreement_at_checkout: bool | None = None
    legal_pages: list[LegalPage] | None = None


class PaymentInstructions(EcwidModel):
    """Payment instructions shown to customers (GET /profile, ``instructionsForCustomer``)."""

    instructions_title: str | None = None
    instructions: str | None = None


class PaymentOption(EcwidModel):
    """A payment method of the store (GET /profile, ``payment.paymentOptions``)."""

    id: str | None = None
    enabled: bool | None = None
    checkout_title: str | None = None
    checkout_description: str | None = None
    payment_processor_id: str | None = None
    payment_processor_title: str | None = None
    order_by: int | None = None
    app_client_id: str | None = None
    instructions_for_customer: PaymentInstructions | None = None


class StorePayment(EcwidModel):
    """Payment settings (GET /profile, ``payment``)."""

    payment_options: list[PaymentOption] | None = None


class FeatureToggle(EcwidModel):
    """A storefront feature flag (GET /profile, ``featureToggles``)."""

    name: str | None = None
    visible: bool | None = None
    enabled: bool | None = None


def _snake(name: str) -> Any:
    # Design settings keep snake_case names on the wire, so each field names itself.
    return msgspec.field(default=None, name=name)


class DesignSettings(EcwidModel):
    """Storefront design settings, snake_case on the wire (GET /profile, ``designSettings``)."""

    product_list_image_size: str | None = _snake("product_list_image_size")
    product_list_image_aspect_ratio: str | None = _snake("product_list_image_aspect_ratio")
    product_list_product_info_layout: str | None = _snake("product_list_product_info_layout")
    product_list_show_additional_image_on_hover: bool | None = _snake(
        "product_list_show_additional_image_on_hover"
    )
    product_list_title_behavior: str | None = _snake("product_list_title_behavior")
    product_list_price_behavior: str | None = _snake("product_list_price_behavior")
    product_list_sku_behavior: str | None = _snake("product_list_sku_behavior")
    product_list_buybutton_behavior: str | None = _snake("product_list_buybutton_behavior")
    product_list_category_title_behavior: str | None = _snake(
        "product_list_category_title_behavior"
    )
    product_list_image_has_shadow: bool | None = _snake("product_list_image_has_shadow")
    show_signin_link: bool | None = _snake("show_signin_link")
    show_footer_menu: bool | None = _snake("show_footer_menu")
    show_breadcrumbs: bool | None = _snake("show_breadcrumbs")
    product_list_show_sort_viewas_options: bool | None = _snake(
        "product_list_show_sort_viewas_options"
    )
    product_filters_position_search_page: str | None = _snake(
        "product_filters_position_search_page"
    )
    product_filters_position_category_page: str | None = _snake(
        "product_filters_position_category_page"
    )
    product_details_show_product_sku: bool | None = _snake("product_details_show_product_sku")
    product_details_layout: str | None = _snake("product_details_layout")
    product_details_two_columns_with_right_sidebar_show_product_description_on_sidebar: (
        bool | None
    ) = _snake("product_details_two_columns_with_right_sidebar_show_product_description_on_sidebar")
    product_details_show_product_name: bool | None = _snake("product_details_show_product_name")
    product_details_show_breadcrumbs: bool | None = _snake("product_details_show_breadcrumbs")
    product_details_show_product_price: bool | None = _snake("product_details_show_product_price")
    product_details_show_sale_price: bool | None = _snake("product_details_show_sale_price")
    product_details_show_tax: bool | None = _snake("product_details_show_tax")
    product_details_show_product_description: bool | None = _snake(
        "product_details_show_product_description"
    )
    product_details_show_product_options: bool | None = _snake(
        "product_details_show_product_options"
    )
    product_details_show_wholesale_prices: bool | None = _snake(
        "product_details_show_wholesale_prices"
    )
    product_details_show_save_for_later: bool | None = _snake("product_details_show_save_for_later")
    product_details_show_share_buttons: bool | None = _snake("product_details_show_share_buttons")
    product_details_show_price_per_unit: bool | None = _snake("product_details_show_price_per_unit")
    product_details_show_qty: bool | None = _snake("product_details_show_qty")
    product_details_show_in_stock_label: bool | None = _snake("product_details_show_in_stock_label")
    product_details_show_number_of_items_in_stock: bool | None = _snake(
        "product_details_show_number_of_items_in_stock"
    )
    product_details_gallery_layout: str | None = _snake("product_details_gallery_layout")


class ProductFiltersSettings(EcwidModel):
    """Whether storefront product filters are on (GET /profile, ``productFiltersSettings``)."""

    enabled_in_storefront: bool | None = None


class StoreProfile(EcwidModel):
    """Store information and settings, from GET /profile (the docs' Profile)."""

    general_info: StoreGeneralInfo | None = None
    account: StoreAccount | None = None
    settings: StoreSettings | None = None
    mail_notifications: MailNotifications | None = None
    company: StoreCompany | None = None
    formats_and_units: FormatsAndUnits | None = None
    languages: StoreLanguages | None = None
    shipping: StoreShipping | None = None
    tax_settings: TaxSettings | None = None
    zones: list[Zone] | None = None
    business_registration_id: BusinessRegistrationId | None = msgspec.field(
        default=None, name="businessRegistrationID"
    )
    legal_pages_settings: LegalPagesSettings | None = None
    payment: StorePayment | None = None
    feature_toggles: list[FeatureToggle] | None = None
    design_settings: DesignSettings | None = None
    product_filters_settings: ProductFiltersSettings | None = None


class StoreProfileInput(EcwidInput):
    """Body of PUT /profile: only the sections that are set are sent."""

    general_info: StoreGeneralInfo | msgspec.UnsetType = msgspec.UNSET
    account: StoreAccount | msgspec.UnsetType = msgspec.UNSET
    settings: StoreSettings | msgspec.UnsetType = msgspec.UNSET
    mail_notifications: MailNotifications | msgspec.UnsetType = msgspec.UNSET
    company: StoreCompany | msgspec.UnsetType = msgspec.UNSET
    formats_and_units: FormatsAndUnits | msgspec.UnsetType = msgspec.UNSET
    languages: StoreLanguages | msgspec.UnsetType = msgspec.UNSET
    shipping: StoreShipping | msgspec.UnsetType = msgspec.UNSET
    tax_settings: TaxSettings | msgspec.UnsetType = msgspec.UNSET
    zones: list[Zone] | msgspec.UnsetType = msgspec.UNSET
    business_registration_id: BusinessRegistrationId | msgspec.UnsetType = msgspec.field(
        default=msgspec.UNSET, name="businessRegistrationID"
    )


class UpdateStats(EcwidModel):
    """When each part of the store last changed, from GET /latest-stats.

    ``reviews_updated``, ``domains_updated`` and ``subscriptions_updated`` come only when
    asked for (``reviewsUpdatesRequired``, ``domainsRequired``, ``subscriptionRequired``);
    the two counts likewise (``productCountRequired``, ``categoryCountRequired``: today's
    reference names the answer fields like the flags).
    """

    products_updated: EcwidDateTime | None = None
    orders_updated: EcwidDateTime | None = None
    reviews_updated: EcwidDateTime | None = None
    domains_updated: EcwidDateTime | None = None
    profile_updated: EcwidDateTime | None = None
    categories_updated: EcwidDateTime | None = None
    discount_coupons_updated: EcwidDateTime | None = None
    abandoned_sales_updated: EcwidDateTime | None = None
    customers_updated: EcwidDateTime | None = None
    subscriptions_updated: EcwidDateTime | None = None
    product_count_required: int | None = None
    category_count_required: int | None = None
