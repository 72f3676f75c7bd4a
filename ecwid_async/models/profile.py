"""Store profile (``/profile``) and update statistics (``/latest-stats``).

``StoreProfile`` is what GET /profile returns: every section and field of today's "Get store
profile" page and example, completed with the official client's ``FetchedStoreProfile``.
Shipping and payment options live in :mod:`.shipping_option` and :mod:`.payment_option`
(their own endpoints share them), design settings in :mod:`.profile_design`, the smaller
sections in :mod:`.profile_sections`. Logo uploads and deletes answer with the shared
``UploadStatus`` / ``DeleteStatus`` of :mod:`ecwid_async.models.common`.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from ._base import EcwidDateTime, EcwidInput, EcwidModel
from .payment_option import PaymentInstructions, PaymentOption, StorePayment
from .profile_design import DesignSettings
from .profile_sections import (
    AccountBilling,
    AccountLimits,
    AddressFormat,
    AdminMessages,
    CustomerMarketingMessages,
    CustomerOrderMessages,
    FacebookMessengerSettings,
    GiftCardSettings,
    MailchimpSettings,
    OrderInvoiceSettings,
    PhoneNotifications,
    ProductFilterSection,
    RecurringSubscriptionsSettings,
    RegistrationAnswers,
    SocialLinks,
    TaxInvoiceSettings,
    TikTokPixelSettings,
    TipsSettings,
    VerticalSettings,
)
from .shipping_option import (
    CarrierMethod,
    CarrierSettings,
    FlatRate,
    FulfilmentType,
    PostageDimensions,
    RatesCalculationType,
    ShippingRate,
    ShippingRateConditions,
    ShippingRatesTable,
    ShippingTableRate,
    StoreShippingOption,
    Zone,
)

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
    ecwid_subdomain_suffix: str | None = None
    slugs_without_ids_enabled: bool | None = None


class StoreGeneralInfo(EcwidModel):
    """Store id and storefront URL (GET /profile, ``generalInfo``; the docs' GeneralInfo)."""

    store_id: int | None = None
    store_url: str | None = None
    starter_site: StarterSiteInfo | None = None
    website_platform: str | None = None  # e.g. "instantsite", "wordpress", "wix"
    storefront_url_format: str | None = None
    storefront_url_slug_format: str | None = None
    profile_id: str | None = None


class StoreAccount(EcwidModel):
    """The store owner's account (GET /profile, ``account``; the docs' Account)."""

    account_name: str | None = None
    account_nick_name: str | None = None
    account_email: str | None = None
    available_features: list[str] | None = None
    white_label: bool | None = None
    brand_name: str | None = None
    support_email: str | None = None
    suspended: bool | None = None
    itunes_subscriptions_available: bool | None = None
    google_play_subscriptions_available: bool | None = None
    track_storefront_stats: bool | None = None
    registration_date: EcwidDateTime | None = None
    paid: bool | None = None
    limits_and_restrictions: AccountLimits | None = None
    #: Feature name -> the lowest plan that has it (with ``get_features_by_plans=True``).
    features_by_plans: dict[str, Any] | None = None
    #: With ``get_store_vertical=True`` / ``get_report_availability_status=True``.
    store_vertical: Any = None
    report_availability_details: Any = None


class AbandonedSalesSettings(EcwidModel):
    """Abandoned cart recovery setting (GET /profile, ``settings.abandonedSales``)."""

    auto_abandoned_sales_recovery: bool | None = None


class SalePriceSettings(EcwidModel):
    """How sale prices are shown (GET /profile, ``settings.salePrice``)."""

    display_on_product_list: bool | None = None
    old_price_label: str | None = None
    old_price_label_translated: dict[str, str] | None = None
    display_discount: str | None = None  # e.g. "PERCENT"
    display_lowest_price: bool | None = None


class StoreSettings(EcwidModel):
    """General store settings (GET /profile, ``settings``; the docs' Settings)."""

    # The update table types ``closed`` as string; the get table and every example use a
    # boolean, which is what is kept.
    closed: bool | None = None
    store_name: str | None = None
    store_description: str | None = None
    store_description_translated: dict[str, str] | None = None
    invoice_logo_url: str | None = None
    email_logo_url: str | None = None
    google_remarketing_enabled: bool | None = None
    google_analytics_id: str | None = None
    fb_pixel_id: str | None = None
    order_comments_enabled: bool | None = None
    order_comments_caption: str | None = None
    order_comments_caption_translated: dict[str, str] | None = None
    order_comments_required: bool | None = None
    hide_out_of_stock_products_in_storefront: bool | None = None
    ask_company_name: bool | None = None
    favorites_enabled: bool | None = None
    default_product_sort_order: str | None = None  # e.g. "DEFINED_BY_STORE_OWNER"
    default_all_products_view_sort_order: str | None = None
    abandoned_sales: AbandonedSalesSettings | None = None
    sale_price: SalePriceSettings | None = None
    show_accept_marketing_checkbox: bool | None = None
    accept_marketing_checkbox_default_value: bool | None = None
    accept_marketing_checkbox_custom_text: str | None = None
    accept_marketing_checkbox_custom_text_translated: dict[str, str] | None = None
    ask_consent_to_track_in_storefront: bool | None = None
    ask_age_confirmation_in_storefront: bool | None = None
    pinterest_tag_id: str | None = None
    snap_pixel_id: str | None = None
    google_tag_id: str | None = None
    google_event_id: str | None = None
    tik_tok_pixel: TikTokPixelSettings | None = None
    product_sort_order_in_cart: str | None = None
    wix_external_tracking_enabled: bool | None = None
    open_bag_on_addition: bool | None = None
    require_phone_on_checkout: bool | None = None
    ask_zip_code: bool | None = None
    show_price_per_unit: bool | None = None
    ask_tax_id: bool | None = None
    google_product_category: int | None = None
    google_product_category_name: str | None = None
    product_condition: str | None = None  # e.g. "NEW"
    highlight_composite_products_on_storefront: str | None = None
    recurring_subscriptions_settings: RecurringSubscriptionsSettings | None = None
    allow_preorders_for_out_of_stock_products: bool | None = None
    show_cost_price_in_control_panel: bool | None = None
    root_category_seo_title: str | None = None
    root_category_seo_title_translated: dict[str, str] | None = None
    root_category_seo_description: str | None = None
    root_category_seo_description_translated: dict[str, str] | None = None
    show_repeat_order_button: bool | None = None
    product_reviews_feature_enabled: bool | None = None
    link_up_enabled: bool | None = None


class MailNotifications(EcwidModel):
    """Notification email addresses (GET /profile, ``mailNotifications``)."""

    admin_notification_emails: list[str] | None = None
    customer_notification_from_email: str | None = None
    customer_order_messages: CustomerOrderMessages | None = None
    admin_messages: AdminMessages | None = None
    customer_marketing_messages: CustomerMarketingMessages | None = None


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
    country_name: str | None = None


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
    volume_unit: str | None = None  # e.g. "ML", "L"
    address_format: AddressFormat | None = None
    order_number_min_digits_amount: int | None = None
    order_number_next_number: int | None = None
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
    eu_ioss_enabled: bool | None = None
    uk_vat_registered: bool | None = None
    prices_include_tax: bool | None = None
    tax_exempt_business: bool | None = None
    b2b_b2c: str | None = msgspec.field(default=None, name="b2b_b2c")
    electronic_invoice_fields_at_checkout_enabled: bool | None = None
    tax_on_shipping_calculation_scheme: str | None = None


class BusinessRegistrationId(EcwidModel):
    """Company registration id such as a VAT number (GET /profile, ``businessRegistrationID``)."""

    name: str | None = None
    value: str | None = None


class LegalPage(EcwidModel):
    """One legal page of the storefront (GET /profile, ``legalPagesSettings.legalPages``)."""

    type: str | None = None  # LegalPageType
    enabled: bool | None = None
    title: str | None = None
    title_translated: dict[str, str] | None = None
    display: str | None = None  # LegalPageDisplay
    display_translated: dict[str, str] | None = None
    text: str | None = None
    text_translated: dict[str, str] | None = None
    external_url: str | None = None
    external_url_translated: dict[str, str] | None = None


class LegalPagesSettings(EcwidModel):
    """Legal pages and the terms checkbox (GET /profile, ``legalPagesSettings``)."""

    require_terms_agreement_at_checkout: bool | None = None
    legal_pages: list[LegalPage] | None = None


class FeatureToggle(EcwidModel):
    """A storefront feature flag (GET /profile, ``featureToggles``)."""

    name: str | None = None
    visible: bool | None = None
    enabled: bool | None = None


class ProductFiltersSettings(EcwidModel):
    """Whether storefront product filters are on (GET /profile, ``productFiltersSettings``)."""

    enabled_in_storefront: bool | None = None
    filter_sections: list[ProductFilterSection] | None = None


class StoreProfile(EcwidModel):
    """Store information and settings, from GET /profile (the docs' Profile)."""

    general_info: StoreGeneralInfo | None = None
    account: StoreAccount | None = None
    settings: StoreSettings | None = None
    mail_notifications: MailNotifications | None = None
    phone_notifications: PhoneNotifications | None = None
    company: StoreCompany | None = None
    formats_and_units: FormatsAndUnits | None = None
    languages: StoreLanguages | None = None
    shipping: StoreShipping | None = None
    #: The manual taxes, also listed at the top level in today's example.
    taxes: list[StoreTax] | None = None
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
    order_invoice_settings: OrderInvoiceSettings | None = None
    tax_invoice_settings: TaxInvoiceSettings | None = None
    social_links_settings: SocialLinks | None = None
    registration_answers: RegistrationAnswers | None = None
    tips_settings: TipsSettings | None = None
    fb_messenger_settings: FacebookMessengerSettings | None = None
    gift_card_settings: GiftCardSettings | None = None
    vertical_settings: VerticalSettings | None = None
    mailchimp_settings: MailchimpSettings | None = None
    #: With ``show_extended_info=True`` (the ``read_store_profile_extended`` scope).
    account_billing: AccountBilling | None = None


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
    phone_notifications: PhoneNotifications | msgspec.UnsetType = msgspec.UNSET
    taxes: list[StoreTax] | msgspec.UnsetType = msgspec.UNSET
    legal_pages_settings: LegalPagesSettings | msgspec.UnsetType = msgspec.UNSET
    design_settings: DesignSettings | msgspec.UnsetType = msgspec.UNSET
    product_filters_settings: ProductFiltersSettings | msgspec.UnsetType = msgspec.UNSET
    order_invoice_settings: OrderInvoiceSettings | msgspec.UnsetType = msgspec.UNSET
    social_links_settings: SocialLinks | msgspec.UnsetType = msgspec.UNSET
    registration_answers: RegistrationAnswers | msgspec.UnsetType = msgspec.UNSET
    tips_settings: TipsSettings | msgspec.UnsetType = msgspec.UNSET


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
