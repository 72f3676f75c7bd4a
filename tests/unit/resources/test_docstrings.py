"""Each resource method's docstring names its docs heading and the very request it builds.

The headings and path templates are the docs' own (typographic apostrophes and
``/carts/{cartID}/place`` included), so a coverage table can be generated from these lines.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

from ecwid_async.call import Call
from ecwid_async.pagination import Paginator
from ecwid_async.resources.brands import BrandsResource
from ecwid_async.resources.carts import CartsResource
from ecwid_async.resources.categories import CategoriesResource
from ecwid_async.resources.combinations import CombinationsResource
from ecwid_async.resources.customer_contacts import CustomerContactsResource
from ecwid_async.resources.customer_extra_fields import CustomerExtraFieldsResource
from ecwid_async.resources.customer_groups import CustomerGroupsResource
from ecwid_async.resources.customers import CustomersResource
from ecwid_async.resources.discount_coupons import DiscountCouponsResource
from ecwid_async.resources.order_extra_fields import OrderExtraFieldsResource
from ecwid_async.resources.order_statuses import OrderStatusesResource
from ecwid_async.resources.orders import OrdersResource
from ecwid_async.resources.product_classes import ProductClassesResource
from ecwid_async.resources.products import ProductsResource
from ecwid_async.resources.profile import ProfileResource
from ecwid_async.resources.promotions import PromotionsResource
from ecwid_async.resources.reviews import ReviewsResource
from ecwid_async.resources.subscriptions import SubscriptionsResource

from . import PNG, client

FIRST_LINE = re.compile(
    r"(?P<heading>[A-Z][^:]+): ``(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*)``\."
)
IDS: dict[str, Any] = {
    "productId": 11,
    "combinationId": 22,
    "fileId": 33,
    "categoryId": 44,
    "classId": 55,
    "orderNumber": 20,
    "itemId": 987653,
    "optionName": "Photo",
    "cartId": "CART-1",
    "cartID": "CART-1",
    "customerId": 44,
    "groupId": 55,
    "couponIdentifier": "CODE10",
    "orderId": "EBJFT",
    "discountCouponId": 77,
    "extraFieldId": "tips",
    "statusId": "PAID",
    "subscriptionId": 66839,
    "contactId": 113861381,
    "extrafield_key": "6r0fUGw",
    "promotionId": 608502,
    "galleryImageId": 66,
    "galleryVideoId": 77,
    "reviewId": 88,
}
RESOURCES = {
    "profile": ProfileResource,
    "products": ProductsResource,
    "categories": CategoriesResource,
    "combinations": CombinationsResource,
    "product_classes": ProductClassesResource,
    "orders": OrdersResource,
    "carts": CartsResource,
    "customers": CustomersResource,
    "customer_groups": CustomerGroupsResource,
    "discount_coupons": DiscountCouponsResource,
    "order_extra_fields": OrderExtraFieldsResource,
    "order_statuses": OrderStatusesResource,
    "subscriptions": SubscriptionsResource,
    "customer_contacts": CustomerContactsResource,
    "customer_extra_fields": CustomerExtraFieldsResource,
    "promotions": PromotionsResource,
    "brands": BrandsResource,
    "reviews": ReviewsResource,
}
# Arguments after the path ids, for the methods that need more.
EXTRA: dict[str, tuple[Any, ...]] = {
    "update": ({},),
    "create": ({},),
    "add": ({},),
    "calculate": ({},),
    "adjust_inventory": (1,),
    "update_file": ("text",),
    "upload_image": (PNG,),
    "upload_logo": (PNG,),
    "upload_invoice_logo": (PNG,),
    "upload_email_logo": (PNG,),
    "upload_gallery_image": (PNG,),
    "upload_video_cover": (PNG,),
    "upload_image_async": ("https://example.com/a.png",),
    "upload_gallery_image_async": ("https://example.com/a.png",),
    "upload_video": ("https://example.com/v.mp4",),
    "upload_gallery_video": ("https://example.com/v.mp4",),
    "update_media": ({},),
    "filters": (["price"],),
    "search_by_path": ("Toys/Cars", "/"),
    "update_order": ([1, 2],),
    "get_products_order": (44,),
    "update_products_order": (44, [1, 2]),
    "assign_products": ([1, 2],),
    "unassign_products": ([1, 2],),
    "update_status": ("published",),
}
# Keyword arguments, for the methods that need them.
KWARGS: dict[str, dict[str, Any]] = {
    "upload_image_async": {"width": 10, "height": 10},
    "upload_gallery_image_async": {"width": 10, "height": 10},
    "mass_update": {"select_mode": "ALL", "delete": True},
}
# The methods that upload a file of bytes and so need its name.
FILE_UPLOADS = {"upload_file", "upload_item_option_file"}

# The docs heading of each method (rest-api-v3.txt; supplement/coupons.md for coupons).
HEADINGS = {
    "profile.get": "Get store profile",
    "profile.update": "Update store profile",
    "profile.upload_logo": "Upload store logo image",
    "profile.delete_logo": "Delete store logo image",
    "profile.upload_invoice_logo": "Upload store logo image",
    "profile.delete_invoice_logo": "Delete store logo image",
    "profile.upload_email_logo": "Upload store logo image",
    "profile.delete_email_logo": "Delete store logo image",
    "profile.latest_stats": "Get latest store update stats",
    "products.search": "Search products",
    "products.get": "Get product",
    "products.create": "Create product",
    "products.update": "Update product",
    "products.adjust_inventory": "Adjust product stock",
    "products.delete": "Delete product",
    "products.delete_all": "Delete all products",
    "products.deleted": "Get deleted items history",
    "products.filters": "Get product filters",
    "products.recent_swatches": "Get recently used product swatches",
    "products.upload_image": "Upload main product image",
    "products.upload_image_async": "Upload main product image (async)",
    "products.delete_image": "Delete main product image",
    "products.upload_video": "Upload main product video",
    "products.delete_video": "Delete main product video",
    "products.update_media": "Bulk update product images and videos",
    "products.upload_gallery_image": "Upload gallery product image",
    "products.upload_gallery_image_async": "Upload gallery product image (async)",
    "products.delete_gallery_image": "Delete gallery product image",
    "products.delete_gallery_images": "Delete all gallery product images",
    "products.upload_gallery_video": "Upload gallery product video",
    "products.download_gallery_video": "Download gallery product video",
    "products.upload_video_cover": "Upload cover for gallery video",
    "products.delete_gallery_video": "Delete gallery product video",
    "products.download_file": "Download product file",
    "products.upload_file": "Upload product file",
    "products.update_file": "Change product file description",
    "products.delete_file": "Delete product file",
    "products.delete_files": "Delete all product files",
    "categories.search": "Search categories",
    "categories.search_by_path": "Search categories by path",
    "categories.get": "Get category",
    "categories.create": "Create category",
    "categories.update": "Update category",
    "categories.delete": "Delete category",
    "categories.upload_image": "Upload category image",
    "categories.upload_image_async": "Upload category image (async)",
    "categories.delete_image": "Delete category image",
    "categories.get_order": "Get order of categories",
    "categories.update_order": "Update order of categories",
    "categories.get_products_order": "Get order of products",
    "categories.update_products_order": "Update order of products",
    "categories.assign_products": "Assign products to the category",
    "categories.unassign_products": "Unassign products from the category",
    "combinations.list": "Search product variations",
    "combinations.get": "Get product variation",
    "combinations.create": "Create product variation",
    "combinations.update": "Update product variation",
    "combinations.delete": "Delete product variation",
    "combinations.delete_all": "Delete all product variations",
    "combinations.adjust_inventory": "Adjust product variation stock",
    "combinations.upload_image": "Upload product variation image",
    "combinations.upload_image_async": "Upload product variation image (async)",
    "combinations.delete_image": "Delete product variation image",
    "product_classes.list": "Search product types",
    "product_classes.get": "Get product type",
    "product_classes.create": "Create product type",
    "product_classes.update": "Update product type and attributes",
    "product_classes.delete": "Delete product type",
    # Today's headings (current/api-reference/rest-api/{orders,customers,discounts}).
    "brands.search": "Search product brands",
    "reviews.search": "Search product reviews",
    "reviews.update_status": "Update product review status",
    "reviews.mass_update": "Bulk update/delete product reviews",
    "reviews.delete": "Delete product review",
    "reviews.stats": "Get product reviews stats",
    "reviews.deleted": "Get deleted items history",
    "orders.search": "Search orders",
    "orders.get": "Get order",
    "orders.last": "Get last order",
    "orders.repeat_url": "Get repeat order URL",
    "orders.invoice": "Get order invoice",
    "orders.receipt_pdf": "Get order receipt PDF",
    "orders.tax_invoices": "Get tax invoices for order",
    "orders.generate_tax_invoice": "Generate tax invoice for order",
    "orders.update": "Update order",
    "orders.delete": "Delete order",
    "orders.create": "Create order",
    "orders.deleted": "Get deleted orders stats",
    "orders.upload_item_option_file": "Upload item option file",
    "orders.delete_item_option_file": "Delete item option file",
    "orders.delete_item_option_files": "Delete all item option\u2019s files",
    "orders.calculate": "Calculate order details",
    "order_extra_fields.list": "Search order extra fields",
    "order_extra_fields.add": "Add extra fields to order",
    "order_extra_fields.update": "Update order extra field",
    "order_extra_fields.delete": "Delete order extra field",
    "order_statuses.list": "Search order statuses",
    "order_statuses.get": "Get order status",
    "order_statuses.update": "Update custom order status",
    "subscriptions.search": "Search recurring subscriptions",
    "subscriptions.get": "Get recurring subscription",
    "subscriptions.update": "Update recurring subscription",
    "carts.search": "Search abandoned carts",
    "carts.get": "Get abandoned cart",
    "carts.update": "Update abandoned cart",
    "carts.place": "Convert abandoned cart to order",
    "carts.calculate": "Calculate order details",
    "customers.search": "Search customers",
    "customers.get": "Get customer",
    "customers.create": "Create customer",
    "customers.update": "Update customer",
    "customers.delete": "Delete customer",
    "customers.deleted": "Get deleted customers stats",
    "customer_contacts.list": "Search customer contacts",
    "customer_contacts.get": "Get customer contact",
    "customer_contacts.create": "Create customer contact",
    "customer_contacts.update": "Update customer contact",
    "customer_contacts.delete": "Delete customer contact",
    "customer_extra_fields.list": "Search customer extra fields",
    "customer_extra_fields.get": "Get customer extra field",
    "customer_extra_fields.create": "Create customer extra field",
    "customer_extra_fields.update": "Update customer extra field",
    "customer_extra_fields.delete": "Delete customer extra field",
    "customer_groups.search": "Search customer groups",
    "customer_groups.get": "Get customer group",
    "customer_groups.create": "Create customer group",
    "customer_groups.update": "Update customer group",
    "customer_groups.delete": "Delete customer group",
    "discount_coupons.search": "Search discount coupons",
    "discount_coupons.get": "Get discount coupon",
    "discount_coupons.create": "Create discount coupon",
    "discount_coupons.update": "Update discount coupon",
    "discount_coupons.delete": "Delete discount coupon",
    "discount_coupons.deleted": "Get deleted coupons stats",
    "promotions.search": "Search promotions",
    "promotions.create": "Create promotion",
    "promotions.update": "Update promotion",
    "promotions.delete": "Delete promotion",
}

METHODS = [
    (attr, name)
    for attr, cls in RESOURCES.items()
    for name, fn in inspect.getmembers(cls, inspect.isfunction)
    if not name.startswith("_")
]  # fmt: skip


def _request(call: Call[Any] | Paginator[Any]) -> tuple[str, str]:
    if isinstance(call, Paginator):
        call = call._fetch(0, 100)
    call._spend()  # built to be read, not sent: no UnsentCallWarning
    return call.method, call.path


def assert_documented_request(
    attr: str,
    name: str,
    heading: str,
    ids: dict[str, Any],
    build: Callable[[Callable[..., Any], list[Any]], Any],
) -> None:
    """``ecwid.<attr>.<name>``'s first docstring line is ``heading: ``METHOD /path``.``, and
    ``build(method, path_args)`` (the path's names filled from ``ids``) builds that request."""
    method: Callable[..., Any] = getattr(getattr(client(), attr), name)
    doc = inspect.getdoc(method)
    assert doc, f"{attr}.{name} has no docstring"
    match = FIRST_LINE.fullmatch(doc.splitlines()[0])
    assert match, f"{attr}.{name}: {doc.splitlines()[0]!r}"
    assert match["heading"] == heading
    template = match["path"]
    args: list[Any] = [ids[n] for n in re.findall(r"\{(\w+)\}", template)]
    assert _request(build(method, args)) == (match["method"], template.format(**ids))


@pytest.mark.parametrize(("attr", "name"), METHODS, ids=[f"{a}.{n}" for a, n in METHODS])
def test_docstring_first_line_is_heading_and_the_request_built(attr: str, name: str) -> None:
    def build(method: Callable[..., Any], args: list[Any]) -> Any:
        if name in FILE_UPLOADS:
            return method(*args, b"x", file_name="x.bin")
        return method(*args, *EXTRA.get(name, ()), **KWARGS.get(name, {}))

    assert_documented_request(attr, name, HEADINGS[f"{attr}.{name}"], IDS, build)


def test_every_documented_endpoint_has_its_method() -> None:
    assert sorted(HEADINGS) == sorted(f"{a}.{n}" for a, n in METHODS)


def test_every_resource_is_on_the_client() -> None:
    ecwid = client()
    for attr, cls in RESOURCES.items():
        assert isinstance(getattr(ecwid, attr), cls)
