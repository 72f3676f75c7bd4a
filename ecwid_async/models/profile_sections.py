"""The smaller sections of the store profile that today's reference and the official
client's ``FetchedStoreProfile`` add: notifications, invoices, tips, social links,
registration answers, gift cards, verticals, pixels (GET /profile)."""

from __future__ import annotations

from typing import Any

import msgspec

from ._base import EcwidModel

__all__ = [
    "AccountBilling",
    "AccountLimits",
    "AddressFormat",
    "AdminMessages",
    "CustomTipSettings",
    "CustomerMarketingMessages",
    "CustomerOrderMessages",
    "FacebookMessengerSettings",
    "GiftCardProduct",
    "GiftCardSettings",
    "MailchimpSettings",
    "NotificationSetting",
    "OrderInvoiceSettings",
    "PhoneNotifications",
    "ProductFilterSection",
    "RecurringSubscriptionsSettings",
    "RegistrationAnswers",
    "SupportedPaymentMethodsStatuses",
    "TaxInvoiceSettings",
    "TikTokPixelSettings",
    "TipsSettings",
    "VerticalSettings",
]


class AccountLimits(EcwidModel):
    """Plan limits of the account (``account.limitsAndRestrictions``)."""

    max_product_limit: int | None = None


class AccountBilling(EcwidModel):
    """The store's plan and billing (``accountBilling``, with ``show_extended_info=True``)."""

    channelid: str | None = msgspec.field(default=None, name="channelid")
    pricing_plan_id: str | None = None
    pricing_plan_name: str | None = None
    pricing_plan_period: str | None = None
    next_recurring_charge_date: str | None = None
    next_recurring_charge_amount: str | None = None
    next_recurring_charge_currency: str | None = None
    next_recurring_charge_amount_formatted: str | None = None
    in_grace_period: bool | None = None
    will_downgrade_at: str | None = None
    internal_billing: bool | None = None
    payment_method: str | None = None
    billing_page_visible_in_cp: bool | None = msgspec.field(
        default=None, name="billingPageVisibleInCP"
    )
    itunes_subscription_available_on_channel: bool | None = None


class MailchimpSettings(EcwidModel):
    """Mailchimp integration (``mailchimpSettings``): its storefront ``script``."""

    script: str | None = None


class SupportedPaymentMethodsStatuses(EcwidModel):
    """Whether payment methods that support subscriptions exist and are connected."""

    supported_payment_methods_are_available: bool | None = None
    supported_payment_methods_are_connected: bool | None = None


class RecurringSubscriptionsSettings(EcwidModel):
    """Recurring subscriptions settings (``settings.recurringSubscriptionsSettings``)."""

    show_recurring_subscriptions_in_control_panel: bool | None = None
    supported_payment_methods_statuses: SupportedPaymentMethodsStatuses | None = None


class TikTokPixelSettings(EcwidModel):
    """TikTok pixel (``settings.tikTokPixel``)."""

    code: str | None = None
    advanced_matching: bool | None = None


class NotificationSetting(EcwidModel):
    """One email notification: on or off, with or without the marketing block."""

    enabled: bool | None = None
    marketing_block_enabled: bool | None = None
    discount_coupon_id: int | None = None


class CustomerOrderMessages(EcwidModel):
    """Order emails to customers (``mailNotifications.customerOrderMessages``)."""

    order_confirmation: NotificationSetting | None = None
    order_status_changed: NotificationSetting | None = None
    order_is_ready_for_pickup: NotificationSetting | None = None
    download_egoods: NotificationSetting | None = None
    order_shipped: NotificationSetting | None = None
    order_delivered: NotificationSetting | None = None


class AdminMessages(EcwidModel):
    """Emails to the store owner (``mailNotifications.adminMessages``)."""

    new_order_placed: NotificationSetting | None = None
    low_stock_notification: NotificationSetting | None = None
    weekly_stats_report: NotificationSetting | None = None


class CustomerMarketingMessages(EcwidModel):
    """Marketing emails to customers (``mailNotifications.customerMarketingMessages``)."""

    abandoned_cart_recovery: NotificationSetting | None = None
    favorite_products_reminder: NotificationSetting | None = None
    feedback_request: NotificationSetting | None = None
    customer_loyalty_appreciation: NotificationSetting | None = None
    inactive_customer_reminder: NotificationSetting | None = None
    purchase_anniversary: NotificationSetting | None = None


class PhoneNotifications(EcwidModel):
    """Phone numbers notified of new orders (``phoneNotifications``)."""

    admin_notification_phones: list[str] | None = None


class AddressFormat(EcwidModel):
    """How addresses are written, with placeholders (``formatsAndUnits.addressFormat``)."""

    plain: str | None = None
    multiline: str | None = None


class ProductFilterSection(EcwidModel):
    """One storefront filter (``productFiltersSettings.filterSections``)."""

    name: str | None = None
    type: str | None = None  # IN_STOCK, ON_SALE, PRICE, CATEGORIES, SEARCH, ATTRIBUTE, OPTION...
    display_component: str | None = None
    enabled: bool | None = None


class OrderInvoiceSettings(EcwidModel):
    """Order invoices (``orderInvoiceSettings``)."""

    display_order_invoices: bool | None = None
    invoice_logo_url: str | None = None
    attach_invoice_to_order_email_notifications: str | None = None  # e.g. "DO_NOT_ATTACH"


class TaxInvoiceSettings(EcwidModel):
    """Tax invoices and their numbering (``taxInvoiceSettings``)."""

    tax_invoice_logo_url: str | None = None
    attach_tax_invoice_to_order_email_notifications: str | None = None
    enable_tax_invoices: bool | None = None
    generate_invoices_automatically: str | None = None
    tax_invoice_id_prefix: str | None = None
    tax_invoice_id_suffix: str | None = None
    tax_invoice_id_min_digits_amount: int | None = None
    tax_invoice_id_next_number: int | None = None


class CustomTipSettings(EcwidModel):
    """The "another amount" tip option (``tipsSettings.customTipSettings``)."""

    enabled: bool | None = None


class TipsSettings(EcwidModel):
    """Tips (donations) at checkout (``tipsSettings``)."""

    enabled: bool | None = None
    type: str | None = None  # "PERCENT" or "ABSOLUTE"
    options: list[float] | None = None
    default_option: float | None = None
    custom_tip_settings: CustomTipSettings | None = None
    title: str | None = None
    subtitle: str | None = None
    #: The update table spells it ``subTitle``; the example ``subtitle``. Both are kept.
    sub_title: str | None = None
    title_translated: dict[str, str] | None = None
    subtitle_translated: dict[str, str] | None = None


class RegistrationAnswers(EcwidModel):
    """What the owner answered at sign-up (``registrationAnswers``)."""

    already_selling: str | None = None
    goods: str | None = None
    other_goods: str | None = None
    for_someone: str | None = None
    website: str | None = None
    platform: str | None = None
    custom_platform: str | None = None
    facebook: str | None = None
    use_for: str | None = None
    shop_ease: str | None = None
    cost_attitude: str | None = None
    pos: str | None = None
    sales_channels: str | None = None
    ecom: str | None = None


class FacebookMessengerSettings(EcwidModel):
    """Facebook Messenger chat on the storefront (``fbMessengerSettings``)."""

    enabled: bool | None = None
    fb_messenger_page_id: str | None = None
    fb_messenger_theme_color: str | None = None
    fb_messenger_message_us_button_color: str | None = None


class GiftCardProduct(EcwidModel):
    """A gift card product (``giftCardSettings.products``)."""

    id: int | None = None
    name: str | None = None
    url: str | None = None


class GiftCardSettings(EcwidModel):
    """Gift cards (``giftCardSettings``)."""

    products: list[GiftCardProduct] | None = None
    display_location: str | None = None


class VerticalSettings(EcwidModel):
    """The store's business vertical (``verticalSettings``)."""

    vertical: str | None = None
    primary_subvertical: str | None = None
    subverticals: list[str] | None = None
    product_types: list[str] | None = None


#: ``socialLinksSettings``: network name -> its link settings (``{"url": ...}``, often empty).
SocialLinks = dict[str, dict[str, Any]]
