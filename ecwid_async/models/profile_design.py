"""Storefront design settings of the store profile (``designSettings``): the one section
whose keys stay snake_case on the wire, so the model renames nothing."""

from __future__ import annotations

from ._base import EcwidModel

__all__ = ["DesignSettings"]


class DesignSettings(EcwidModel, rename=None):
    """Storefront design settings, snake_case on the wire (GET /profile, ``designSettings``)."""

    product_list_image_size: str | None = None
    product_list_image_aspect_ratio: str | None = None
    product_list_product_info_layout: str | None = None
    product_list_show_additional_image_on_hover: bool | None = None
    product_list_title_behavior: str | None = None
    product_list_price_behavior: str | None = None
    product_list_sku_behavior: str | None = None
    product_list_buybutton_behavior: str | None = None
    product_list_category_title_behavior: str | None = None
    product_list_image_has_shadow: bool | None = None
    show_signin_link: bool | None = None
    show_footer_menu: bool | None = None
    show_breadcrumbs: bool | None = None
    product_list_show_sort_viewas_options: bool | None = None
    product_filters_position_search_page: str | None = None
    product_filters_position_category_page: str | None = None
    product_details_show_product_sku: bool | None = None
    product_details_layout: str | None = None
    product_details_two_columns_with_right_sidebar_show_product_description_on_sidebar: (
        bool | None
    ) = None
    product_details_show_product_name: bool | None = None
    product_details_show_breadcrumbs: bool | None = None
    product_details_show_product_price: bool | None = None
    product_details_show_sale_price: bool | None = None
    product_details_show_tax: bool | None = None
    product_details_show_product_description: bool | None = None
    product_details_show_product_options: bool | None = None
    product_details_show_wholesale_prices: bool | None = None
    product_details_show_save_for_later: bool | None = None
    product_details_show_share_buttons: bool | None = None
    product_details_show_price_per_unit: bool | None = None
    product_details_show_qty: bool | None = None
    product_details_show_in_stock_label: bool | None = None
    product_details_show_number_of_items_in_stock: bool | None = None
    product_details_gallery_layout: str | None = None
    enable_catalog_on_one_page: bool | None = None
    product_list_image_position: str | None = None
    product_list_category_image_aspect_ratio: str | None = None
    product_list_category_image_position: str | None = None
    product_list_show_product_images: bool | None = None
    product_list_show_frame: bool | None = None
    show_signin_link_with_unified_account_page: bool | None = None
    product_filters_opened_by_default_on_category_page: bool | None = None
    product_details_two_columns_with_left_sidebar_show_product_description_on_sidebar: (
        bool | None
    ) = None
    product_details_show_attributes: bool | None = None
    product_details_show_weight: bool | None = None
    product_details_show_delivery_time: bool | None = None
    product_details_position_product_name: int | None = None
    product_details_position_breadcrumbs: int | None = None
    product_details_position_product_sku: int | None = None
    product_details_position_product_price: int | None = None
    product_details_position_product_options: int | None = None
    product_details_position_buy_button: int | None = None
    product_details_position_wholesale_prices: int | None = None
    product_details_position_product_description: int | None = None
    product_details_position_save_for_later: int | None = None
    product_details_position_share_buttons: int | None = None
    cart_widget_layout: str | None = None
    shopping_cart_show_qty_inputs_on_mobile: bool | None = None
    enable_page_transitions: bool | None = None
    product_list_subtitles_behavior: str | None = None
    product_details_show_subtitle: bool | None = None
    product_details_position_subtitle: int | None = None
    product_details_show_navigation_arrows: bool | None = None
    product_details_show_product_photo_zoom: bool | None = None
    product_details_show_breadcrumbs_position: str | None = None
    product_details_position_review_section: int | None = None
    product_details_show_rating_section: bool | None = None
    product_details_show_reviews_section: bool | None = None
    product_list_rating_section_behavior: str | None = None
    show_numeric_rating_in_five_stars_view: bool | None = None
    show_rating_section_in_single_star_view: bool | None = None
    show_review_count_in_five_stars_view: bool | None = None
    show_review_section_in_single_review_view: bool | None = None
    breadcrumbs_have_home_item: bool | None = None
    breadcrumbs_home_url: str | None = None
    breadcrumbs_separator: str | None = None
    cart_widget_fixed: bool | None = None
    cart_widget_fixed_position: str | None = None
    cart_widget_fixed_shape: str | None = None
    cart_widget_horizontal_indent: int | None = None
    cart_widget_icon: str | None = None
    cart_widget_is_responsive: bool | None = None
    cart_widget_show_buy_animation: bool | None = None
    cart_widget_show_empty_cart: bool | None = None
    cart_widget_store_custom_icon_url: str | None = None
    cart_widget_vertical_indent: int | None = None
    checkout_products_collapsed_on_desktop: bool | None = None
    checkout_products_collapsed_on_mobile: bool | None = None
    checkout_show_address_line_2: bool | None = None
    checkout_show_state_input: bool | None = None
    enable_catalog_seamless_product_list_view: bool | None = None
    enable_simple_category_list: bool | None = None
    feedback_message_position: str | None = None
    hide_category_block_show_all_enabled_products: bool | None = None
    legal_pages_show_page_links: bool | None = None
    product_details_additional_images_has_shadow: bool | None = None
    product_details_additional_images_preview_on_click: bool | None = None
    product_details_cut_product_description_in_sidebar: bool | None = None
    product_details_hide_price_modifiers: bool | None = None
    product_details_image_carousel: bool | None = None
    product_details_position_delivery_time: int | None = None
    product_details_position_product_loyalty: int | None = None
    product_details_position_size_chart: int | None = None
    product_details_show_buy_button: bool | None = None
    product_details_show_facebook_share_button: bool | None = None
    product_details_show_pinterest_share_button: bool | None = None
    product_details_show_product_name_always_first_on_mobile: bool | None = None
    product_details_show_product_loyalty: bool | None = None
    product_details_show_reviews_section_in_one_card_view: bool | None = None
    product_details_show_twitter_share_button: bool | None = None
    product_details_show_vk_share_button: bool | None = None
    product_details_show_zoomed_image_in_gallery: bool | None = None
    product_details_thumbnails_aspect_ratio: str | None = None
    product_filters_opened_by_default_on_catalog_pages: bool | None = None
    product_filters_position_on_catalog_pages: str | None = None
    product_filters_visible_on_catalog_pages: bool | None = None
    product_list_card_spacing_type: str | None = None
    product_list_category_cell_spacing: int | None = None
    product_list_category_image_size: str | None = None
    product_list_cell_spacing: int | None = None
    product_list_show_price_ranges: bool | None = None
    product_list_show_on_sale_label: bool | None = None
    product_list_show_name_your_price_label: bool | None = None
    product_list_show_rating_in_one_star: bool | None = None
    product_list_show_rating_number_in_five_stars_view: bool | None = None
    product_list_show_reviews_count_in_five_stars_view: bool | None = None
    product_list_show_sold_out_label: bool | None = None
    shopping_cart_products_collapsed_on_desktop: bool | None = None
    shopping_cart_products_collapsed_on_mobile: bool | None = None
    shopping_cart_show_sku: bool | None = None
    shopping_cart_show_qty_inputs: bool | None = None
    shopping_cart_show_weight: bool | None = None
    show_cart_widget: bool | None = None
    show_root_categories: bool | None = None
    swatches_product_option_shape: str | None = None
    swatches_product_option_size: str | None = None
    product_details_show_image_alt_text_as_visible_description: bool | None = None
    product_filters_orientation: str | None = None
    product_list_swatches_product_option_behavior: str | None = None
