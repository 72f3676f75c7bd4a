"""Typed interface of :mod:`ecwid_async.sync`, generated from the async resources
by ``python -m scripts.sync_stub``; do not edit by hand."""

import aiohttp.client
import collections.abc
import datetime
import ecwid_async.batch
import ecwid_async.call
import ecwid_async.client
import ecwid_async.limiter
import ecwid_async.models.application
import ecwid_async.models.batch
import ecwid_async.models.brand
import ecwid_async.models.cart
import ecwid_async.models.catalog_media
import ecwid_async.models.category
import ecwid_async.models.checkout_extra_field
import ecwid_async.models.combination
import ecwid_async.models.common
import ecwid_async.models.coupon
import ecwid_async.models.customer
import ecwid_async.models.customer_group
import ecwid_async.models.dictionaries
import ecwid_async.models.order
import ecwid_async.models.order_extras
import ecwid_async.models.partner
import ecwid_async.models.payment_option
import ecwid_async.models.product
import ecwid_async.models.product_class
import ecwid_async.models.product_filters
import ecwid_async.models.profile
import ecwid_async.models.promotion
import ecwid_async.models.report
import ecwid_async.models.reseller
import ecwid_async.models.review
import ecwid_async.models.shipping_option
import ecwid_async.models.staff
import ecwid_async.models.storefront
import ecwid_async.models.subscription
import ecwid_async.pagination
import ecwid_async.retry
import os
import typing
import typing_extensions

from ecwid_async._sync import SyncPaginator as SyncPaginator
from ecwid_async._sync import SyncResource as SyncResource

__all__ = ["EcwidClient", "PartnerClient", "SyncPaginator", "SyncResource"]

class SyncAppStorageResource(SyncResource):
    """``ecwid.app_storage``: string values under string keys, private to the app."""

    def add(self, key: str, value: str) -> ecwid_async.models.common.SuccessStatus:
        """Add app storage data: ``POST /storage/{key}``."""

    def all(self) -> list[ecwid_async.models.application.AppStorageEntry]:
        """Get all app storage data: ``GET /storage``."""

    def delete(self, key: str) -> ecwid_async.models.common.SuccessStatus:
        """Delete specific app storage data: ``DELETE /storage/{key}``."""

    def get(self, key: str) -> ecwid_async.models.application.AppStorageEntry:
        """Get specific app storage data: ``GET /storage/{key}``."""

    def set(self, key: str, value: str) -> ecwid_async.models.common.SuccessStatus:
        """Update specific app storage data: ``PUT /storage/{key}``."""

class SyncApplicationResource(SyncResource):
    """``ecwid.application``: the app's subscription in this store and its charges."""

    def cancel_subscription(self, namespace: str) -> ecwid_async.models.common.DeleteStatus:
        """Cancel app subscription: ``DELETE /application``."""

    def charge(self, amount: float, currency: str, description: str, idempotency_key: str, *, metadata: collections.abc.Mapping[str, typing.Any] | None = ...) -> ecwid_async.models.application.BillingTransaction:
        """Custom charge with Ecwid billing: ``POST /billing/transactions``."""

    def subscription(self) -> ecwid_async.models.application.AppSubscriptionStatus:
        """Get app subscription status: ``GET /application``."""

class SyncBatchResource(SyncResource):
    """``ecwid.batch``: submit calls as tickets, poll them, get typed results in input order."""

    def cancel(self, ticket: ecwid_async.models.batch.BatchTicket | str) -> typing.Any:
        """Cancel a queued batch request: ``DELETE /batch`` (only tickets not yet started)."""

    def cancel_group(self, group_id: str) -> typing.Any:
        """Cancel every queued ticket of a group: ``POST /batch/cancel-group``."""

    def run(self, items: collections.abc.Sequence[ecwid_async.batch.BatchRequest | ecwid_async.call.Call[typing.Any]], *, stop_on_first_failure: bool = ..., raise_on_failure: bool = ..., progress: collections.abc.Callable[[int, int], collections.abc.Awaitable[None] | None] | None = ..., timeout: float = ..., poll_interval: float = ..., allow_parallel_mode: bool | None = ..., group_id: str | None = ..., concurrency: int = ...) -> list[typing.Any]:
        """Run any number of calls as tickets of <= 500; return results in input order."""

    def status(self, ticket: ecwid_async.models.batch.BatchTicket | str, *, escaped_json: bool = ...) -> ecwid_async.models.batch.BatchStatus:
        """Get batch request status: ``GET /batch``."""

    def submit(self, items: collections.abc.Sequence[ecwid_async.batch.BatchRequest | ecwid_async.call.Call[typing.Any]], *, stop_on_first_failure: bool = ..., deduplication_key: str | None = ..., allow_parallel_mode: bool | None = ..., group_id: str | None = ...) -> ecwid_async.models.batch.BatchTicket:
        """Create new batch request: ``POST /batch``."""

    def wait(self, ticket: ecwid_async.models.batch.BatchTicket | str, *, timeout: float = ..., poll_interval: float = ..., max_poll_interval: float = ..., progress: collections.abc.Callable[[int, int], collections.abc.Awaitable[None] | None] | None = ...) -> ecwid_async.models.batch.BatchStatus:
        """Poll the ticket, backing off, until it is COMPLETED."""

class SyncBrandsResource(SyncResource):
    """``ecwid.brands``: the brands of the store's products (their ``Brand`` attribute)."""

    def search(self, *, sort_by: str | None = ..., hidden_brands: bool | None = ..., lang: str | None = ..., base_url: str | None = ..., clean_urls: bool | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.brand.Brand]:
        """Search product brands: ``GET /brands``."""

class SyncCartsResource(SyncResource):
    """``ecwid.carts``: abandoned carts, turning them into orders, and pricing an order."""

    def calculate(self, order: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order.OrderCalculationInput) -> ecwid_async.models.order.CalculatedOrder:
        """Calculate order details: ``POST /order/calculate``."""

    def get(self, cart_id: str, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.cart.Cart:
        """Get abandoned cart: ``GET /carts/{cartId}``."""

    def place(self, cart_id: str) -> ecwid_async.models.cart.PlaceCartResult:
        """Convert abandoned cart to order: ``POST /carts/{cartId}/place``."""

    def search(self, *, show_hidden: bool | None = ..., total_from: float | None = ..., total_to: float | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., email: str | None = ..., customer_id: int | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., customer: str | None = ..., coupon_code: str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.cart.Cart]:
        """Search abandoned carts: ``GET /carts``."""

    def update(self, cart_id: str, cart: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.cart.CartInput) -> ecwid_async.models.common.UpdateStatus:
        """Update abandoned cart: ``PUT /carts/{cartId}``."""

class SyncCategoriesResource(SyncResource):
    """``ecwid.categories``: the catalog's categories, their images and their order."""

    def assign_products(self, category_id: int, product_ids: collections.abc.Sequence[int]) -> ecwid_async.models.common.UpdateStatus:
        """Assign products to the category: ``POST /categories/{categoryId}/assignProducts``."""

    def create(self, category: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.category.CategoryInput) -> ecwid_async.models.common.CreateStatus:
        """Create category: ``POST /categories``."""

    def delete(self, category_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete category: ``DELETE /categories/{categoryId}``."""

    def delete_image(self, category_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete category image: ``DELETE /categories/{categoryId}/image``."""

    def get(self, category_id: int, *, base_url: str | None = ..., clean_urls: bool | None = ..., slugs_without_ids: bool | None = ..., lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.category.Category:
        """Get category: ``GET /categories/{categoryId}``."""

    def get_order(self, *, parent_category: int | None = ...) -> ecwid_async.models.category.SortedIds:
        """Get order of categories: ``GET /categories/sort``."""

    def get_products_order(self, parent_category: int) -> ecwid_async.models.category.SortedIds:
        """Get order of products: ``GET /products/sort``."""

    def search(self, *, keyword: str | None = ..., parent: int | None = ..., parent_ids: collections.abc.Sequence[int] | int | None = ..., with_subcategories: bool | None = ..., hidden_categories: bool | None = ..., lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., product_ids: bool | None = ..., base_url: str | None = ..., clean_urls: bool | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.category.Category]:
        """Search categories: ``GET /categories``."""

    def search_by_path(self, path: str, delimiter: str, *, keyword: str | None = ..., parent: int | None = ..., hidden_categories: bool | None = ..., base_url: str | None = ..., clean_urls: bool | None = ..., slugs_without_ids: bool | None = ..., lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.category.Category]:
        """Search categories by path: ``GET /categoriesByPath``."""

    def unassign_products(self, category_id: int, product_ids: collections.abc.Sequence[int]) -> ecwid_async.models.common.DeleteStatus:
        """Unassign products from the category: ``POST /categories/{categoryId}/unassignProducts``."""

    def update(self, category_id: int, category: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.category.CategoryInput) -> ecwid_async.models.common.UpdateStatus:
        """Update category: ``PUT /categories/{categoryId}``."""

    def update_order(self, sorted_ids: collections.abc.Sequence[int], *, parent_category: int | None = ...) -> ecwid_async.models.common.UpdateStatus:
        """Update order of categories: ``PUT /categories/sort``."""

    def update_products_order(self, parent_category: int, sorted_ids: collections.abc.Sequence[int]) -> ecwid_async.models.common.UpdateStatus:
        """Update order of products: ``PUT /products/sort``."""

    def upload_image(self, category_id: int, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload category image: ``POST /categories/{categoryId}/image``."""

    def upload_image_async(self, category_id: int, url: str, *, width: int, height: int, external_id: str | None = ..., alt: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.catalog_media.ImageAlt | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload category image (async): ``POST /categories/{categoryId}/image/async``."""

class SyncCheckoutExtraFieldsResource(SyncResource):
    """``ecwid.checkout_extra_fields``: extra inputs shown at checkout, by ``key``."""

    def create(self, field: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.checkout_extra_field.CheckoutExtraFieldInput) -> ecwid_async.models.checkout_extra_field.CreateCountStatus:
        """Create checkout extra field: ``POST /profile/extrafields``."""

    def delete(self, key: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete checkout extra field: ``DELETE /profile/extrafields/{key}``."""

    def get(self, key: str) -> ecwid_async.models.checkout_extra_field.CheckoutExtraField:
        """Get checkout extra field: ``GET /profile/extrafields/{key}``."""

    def search(self) -> ecwid_async.models.checkout_extra_field.CheckoutExtraFields:
        """Search checkout extra fields: ``GET /profile/extrafields``."""

    def update(self, key: str, field: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.checkout_extra_field.CheckoutExtraFieldInput) -> ecwid_async.models.common.UpdateStatus:
        """Update checkout extra field: ``PUT /profile/extrafields/{key}``."""

class SyncCloneResource(SyncResource):
    """``partner.clone``: copy one store's catalog and/or settings into an empty store."""

    def run(self, source_store_id: int, target_store_id: int, *, scope: str | None = ..., clone_demo_catalog: bool | None = ..., timeout: float = ..., poll_interval: float = ..., progress: collections.abc.Callable[[ecwid_async.models.partner.CloneStatus], collections.abc.Awaitable[None] | None] | None = ...) -> ecwid_async.models.partner.CloneStatus:
        """Start a clone and wait for it: :meth:`start` then :meth:`wait`."""

    def start(self, source_store_id: int, target_store_id: int, *, scope: str | None = ..., clone_demo_catalog: bool | None = ...) -> ecwid_async.models.partner.CloneTicket:
        """Initiate cloning: ``POST /stores/clone``; raise CloneRejectedError if Ecwid refuses."""

    def status(self, ticket: ecwid_async.models.partner.CloneTicket | str) -> ecwid_async.models.partner.CloneStatus:
        """Check status and get results: ``GET /stores/clone``."""

    def wait(self, ticket: ecwid_async.models.partner.CloneTicket | str, *, timeout: float = ..., poll_interval: float = ..., max_poll_interval: float = ..., progress: collections.abc.Callable[[ecwid_async.models.partner.CloneStatus], collections.abc.Awaitable[None] | None] | None = ...) -> ecwid_async.models.partner.CloneStatus:
        """Poll until COMPLETED (returns the status with the id mapping) or FAILED (raises)."""

class SyncCombinationsResource(SyncResource):
    """``ecwid.combinations``: the variations (option combinations) of a product."""

    def adjust_inventory(self, product_id: int, combination_id: int, quantity_delta: int, *, check_low_stock_notification: bool | None = ...) -> ecwid_async.models.common.InventoryAdjustmentStatus:
        """Adjust product variation stock: ``PUT /products/{productId}/combinations/{combinationId}/inventory``."""

    def create(self, product_id: int, combination: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.combination.CombinationInput) -> ecwid_async.models.common.CreateStatus:
        """Create product variation: ``POST /products/{productId}/combinations``."""

    def delete(self, product_id: int, combination_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete product variation: ``DELETE /products/{productId}/combinations/{combinationId}``."""

    def delete_all(self, product_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete all product variations: ``DELETE /products/{productId}/combinations``."""

    def delete_image(self, product_id: int, combination_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete product variation image: ``DELETE /products/{productId}/combinations/{combinationId}/image``."""

    def get(self, product_id: int, combination_id: int, *, lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.combination.Combination:
        """Get product variation: ``GET /products/{productId}/combinations/{combinationId}``."""

    def list(self, product_id: int, *, lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> list[ecwid_async.models.combination.Combination]:
        """Search product variations: ``GET /products/{productId}/combinations``."""

    def update(self, product_id: int, combination_id: int, combination: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.combination.CombinationInput, *, check_low_stock_notification: bool | None = ...) -> ecwid_async.models.common.UpdateStatus:
        """Update product variation: ``PUT /products/{productId}/combinations/{combinationId}``."""

    def upload_image(self, product_id: int, combination_id: int, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload product variation image: ``POST /products/{productId}/combinations/{combinationId}/image``."""

    def upload_image_async(self, product_id: int, combination_id: int, url: str, *, width: int, height: int, external_id: str | None = ..., alt: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.catalog_media.ImageAlt | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload product variation image (async): ``POST /products/{productId}/combinations/{combinationId}/image/async``."""

class SyncCustomerContactsResource(SyncResource):
    """``ecwid.customer_contacts``: a customer's emails, phones and social handles."""

    def create(self, customer_id: int, contact: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer.CustomerContactInput) -> ecwid_async.models.customer.CustomerContactCreateStatus:
        """Create customer contact: ``POST /customers/{customerId}/contacts``."""

    def delete(self, customer_id: int, contact_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete customer contact: ``DELETE /customers/{customerId}/contacts/{contactId}``."""

    def get(self, customer_id: int, contact_id: int) -> ecwid_async.models.customer.CustomerContact:
        """Get customer contact: ``GET /customers/{customerId}/contacts/{contactId}``."""

    def list(self, customer_id: int) -> ecwid_async.models.customer.CustomerContacts:
        """Search customer contacts: ``GET /customers/{customerId}/contacts``."""

    def update(self, customer_id: int, contact_id: int, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer.CustomerContactInput) -> ecwid_async.models.common.UpdateStatus:
        """Update customer contact: ``PUT /customers/{customerId}/contacts/{contactId}``."""

class SyncCustomerExtraFieldsResource(SyncResource):
    """``ecwid.customer_extra_fields``: the extra fields the store keeps on customers."""

    def create(self, field: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer.CustomerExtraFieldInput) -> ecwid_async.models.order_extras.ExtraFieldCreateStatus:
        """Create customer extra field: ``POST /store_extrafields/customers``."""

    def delete(self, key: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete customer extra field: ``DELETE /store_extrafields/customers/{extrafield_key}``."""

    def get(self, key: str) -> ecwid_async.models.customer.CustomerExtraField:
        """Get customer extra field: ``GET /store_extrafields/customers/{extrafield_key}``."""

    def list(self) -> ecwid_async.models.customer.CustomerExtraFields:
        """Search customer extra fields: ``GET /store_extrafields/customers``."""

    def update(self, key: str, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer.CustomerExtraFieldInput) -> ecwid_async.models.common.UpdateStatus:
        """Update customer extra field: ``PUT /store_extrafields/customers/{extrafield_key}``."""

class SyncCustomerGroupsResource(SyncResource):
    """``ecwid.customer_groups``: the groups customers belong to (0 is "General")."""

    def create(self, group: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer_group.CustomerGroupInput) -> ecwid_async.models.common.CreateStatus:
        """Create customer group: ``POST /customer_groups``."""

    def delete(self, group_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete customer group: ``DELETE /customer_groups/{groupId}``."""

    def get(self, group_id: int, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.customer_group.CustomerGroup:
        """Get customer group: ``GET /customer_groups/{groupId}``."""

    def search(self, *, customer_group_id: collections.abc.Sequence[int] | int | None = ..., keyword: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.customer_group.CustomerGroup]:
        """Search customer groups: ``GET /customer_groups``."""

    def update(self, group_id: int, group: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer_group.CustomerGroupInput) -> ecwid_async.models.common.UpdateStatus:
        """Update customer group: ``PUT /customer_groups/{groupId}``."""

class SyncCustomersResource(SyncResource):
    """``ecwid.customers``: the store's registered customers."""

    def create(self, customer: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer.CustomerInput) -> ecwid_async.models.common.CreateStatus:
        """Create customer: ``POST /customers``."""

    def delete(self, customer_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete customer: ``DELETE /customers/{customerId}``."""

    def deleted(self, *, from_date: datetime.date | datetime.datetime | float | int | str | None = ..., to_date: datetime.date | datetime.datetime | float | int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.common.DeletedItem]:
        """Get deleted customers stats: ``GET /customers/deleted``."""

    def get(self, customer_id: int, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.customer.Customer:
        """Get customer: ``GET /customers/{customerId}``."""

    def search(self, *, keyword: str | None = ..., name: str | None = ..., email: str | None = ..., use_exact_email_match: bool | None = ..., phone: str | None = ..., city: str | None = ..., postal_code: str | None = ..., state_or_province_code: str | None = ..., country_codes: collections.abc.Sequence[str] | str | None = ..., company_name: str | None = ..., accept_marketing: bool | None = ..., lang: str | None = ..., customer_group_ids: collections.abc.Sequence[int] | int | None = ..., min_order_count: int | None = ..., max_order_count: int | None = ..., min_sales_value: float | None = ..., max_sales_value: float | None = ..., purchased_product_ids: collections.abc.Sequence[int] | int | None = ..., b2b_b2c: str | None = ..., tax_exempt: bool | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., sort_by: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., customer_group: int | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.customer.Customer]:
        """Search customers: ``GET /customers``."""

    def update(self, customer_id: int, customer: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.customer.CustomerInput) -> ecwid_async.models.common.UpdateStatus:
        """Update customer: ``PUT /customers/{customerId}``."""

class SyncDictionariesResource(SyncResource):
    """``ecwid.dictionaries``: reference lists, translated with ``lang``."""

    def countries(self, *, lang: str | None = ..., with_states: bool | None = ...) -> list[ecwid_async.models.dictionaries.Country]:
        """Country codes: ``GET /countries``."""

    def currencies(self, *, lang: str | None = ...) -> list[ecwid_async.models.dictionaries.Currency]:
        """Currency codes: ``GET /currencies``."""

    def currency_by_country(self, country_code: str, *, lang: str | None = ...) -> list[ecwid_async.models.dictionaries.CountryCurrency]:
        """Currency codes by country: ``GET /currencyByCountry``."""

    def states(self, country_code: str, *, lang: str | None = ...) -> list[ecwid_async.models.dictionaries.State]:
        """State codes by country: ``GET /states``."""

    def tax_classes(self, country_code: str, *, lang: str | None = ...) -> list[ecwid_async.models.dictionaries.TaxClass]:
        """Tax classes by country: ``GET /taxClasses``."""

class SyncDiscountCouponsResource(SyncResource):
    """``ecwid.discount_coupons``: the store's discount coupons, by id or by code."""

    def create(self, coupon: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.coupon.DiscountCouponInput) -> ecwid_async.models.coupon.DiscountCouponCreateStatus:
        """Create discount coupon: ``POST /discount_coupons``."""

    def delete(self, coupon: int | str) -> ecwid_async.models.common.DeleteStatus:
        """Delete discount coupon: ``DELETE /discount_coupons/{discountCouponId}``."""

    def deleted(self, *, from_date: datetime.date | datetime.datetime | float | int | str | None = ..., to_date: datetime.date | datetime.datetime | float | int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.common.DeletedItem]:
        """Get deleted coupons stats: ``GET /discount_coupons/deleted``."""

    def get(self, coupon: int | str, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.coupon.DiscountCoupon:
        """Get discount coupon: ``GET /discount_coupons/{discountCouponId}``."""

    def search(self, *, code: str | None = ..., discount_type: collections.abc.Sequence[str] | str | None = ..., availability: collections.abc.Sequence[str] | str | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.coupon.DiscountCoupon]:
        """Search discount coupons: ``GET /discount_coupons``."""

    def update(self, coupon: int | str, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.coupon.DiscountCouponInput) -> ecwid_async.models.common.UpdateStatus:
        """Update discount coupon: ``PUT /discount_coupons/{discountCouponId}``."""

class SyncOrderExtraFieldsResource(SyncResource):
    """``ecwid.order_extra_fields``: the checkout extra fields saved to one order."""

    def add(self, order_id: int | str, field: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order_extras.OrderExtraFieldInput) -> ecwid_async.models.order_extras.ExtraFieldCreateStatus:
        """Add extra fields to order: ``POST /orders/{orderId}/extraFields``."""

    def delete(self, order_id: int | str, field_id: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete order extra field: ``DELETE /orders/{orderId}/extraFields/{extraFieldId}``."""

    def list(self, order_id: int | str) -> list[ecwid_async.models.order_extras.OrderExtraField]:
        """Search order extra fields: ``GET /orders/{orderId}/extraFields``."""

    def update(self, order_id: int | str, field_id: str, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order_extras.OrderExtraFieldInput) -> ecwid_async.models.common.UpdateStatus:
        """Update order extra field: ``PUT /orders/{orderId}/extraFields/{extraFieldId}``."""

class SyncOrderStatusesResource(SyncResource):
    """``ecwid.order_statuses``: the store's payment and fulfillment statuses."""

    def get(self, status_id: str) -> ecwid_async.models.order_extras.OrderStatus:
        """Get order status: ``GET /profile/order_status/{statusId}``."""

    def list(self) -> ecwid_async.models.order_extras.OrderStatuses:
        """Search order statuses: ``GET /profile/order_statuses``."""

    def update(self, status_id: str, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order_extras.OrderStatusInput) -> ecwid_async.models.common.UpdateStatus:
        """Update custom order status: ``PUT /profile/order_status/{statusId}``."""

class SyncOrdersResource(SyncResource):
    """``ecwid.orders``: the store's orders, their invoices and their item option files."""

    def calculate(self, order: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order.OrderCalculationInput) -> ecwid_async.models.order.CalculatedOrder:
        """Calculate order details: ``POST /order/calculate``."""

    def create(self, order: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order.OrderInput) -> ecwid_async.models.order.OrderCreateStatus:
        """Create order: ``POST /orders``."""

    def delete(self, order_id: int | str) -> ecwid_async.models.common.DeleteStatus:
        """Delete order: ``DELETE /orders/{orderId}``."""

    def delete_item_option_file(self, order_number: int | str, item_id: int, option_name: str, file_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete item option file: ``DELETE /orders/{orderNumber}/items/{itemId}/options/{optionName}/files/{fileId}``."""

    def delete_item_option_files(self, order_number: int | str, item_id: int, option_name: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete all item option’s files: ``DELETE /orders/{orderNumber}/items/{itemId}/options/{optionName}/files``."""

    def deleted(self, *, from_date: datetime.date | datetime.datetime | float | int | str | None = ..., to_date: datetime.date | datetime.datetime | float | int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.common.DeletedItem]:
        """Get deleted orders stats: ``GET /orders/deleted``."""

    def generate_tax_invoice(self, order_id: int | str) -> ecwid_async.models.common.CreateStatus:
        """Generate tax invoice for order: ``POST /orders/{orderId}/invoices/create-invoice``."""

    def get(self, order_id: int | str, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.order.Order:
        """Get order: ``GET /orders/{orderId}``."""

    def invoice(self, order_id: int | str) -> str:
        """Get order invoice: ``GET /orders/{orderNumber}/invoice``."""

    def last(self, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.order.Order:
        """Get last order: ``GET /orders/last``."""

    def receipt_pdf(self, order_id: int | str) -> bytes:
        """Get order receipt PDF: ``GET /orders/{orderId}/invoice-pdf``."""

    def repeat_url(self, order_id: int | str) -> ecwid_async.models.order.RepeatOrderUrl:
        """Get repeat order URL: ``GET /orders/{orderId}/repeatURL``."""

    def search(self, *, ids: collections.abc.Sequence[int | str] | int | str | None = ..., keywords: str | None = ..., email: str | None = ..., customer_id: int | None = ..., product_id: collections.abc.Sequence[int] | int | None = ..., total_from: float | None = ..., total_to: float | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., pickup_time_from: datetime.date | datetime.datetime | float | int | str | None = ..., pickup_time_to: datetime.date | datetime.datetime | float | int | str | None = ..., shipping_method: str | None = ..., fulfillment_status: collections.abc.Sequence[str] | str | None = ..., payment_method: str | None = ..., payment_module: str | None = ..., payment_status: collections.abc.Sequence[str] | str | None = ..., accept_marketing: bool | None = ..., contains_preorder_items: bool | None = ..., coupon_code: str | None = ..., subscription_id: int | None = ..., referer_id: int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., order_number: collections.abc.Sequence[int | str] | int | str | None = ..., vendor_order_number: str | None = ..., customer: str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.order.Order]:
        """Search orders: ``GET /orders``."""

    def tax_invoices(self, order_id: int | str, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.order.TaxInvoices:
        """Get tax invoices for order: ``GET /orders/{orderId}/invoices``."""

    def update(self, order_id: int | str, order: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.order.OrderInput) -> ecwid_async.models.common.UpdateStatus:
        """Update order: ``PUT /orders/{orderId}``."""

    def upload_item_option_file(self, order_number: int | str, item_id: int, option_name: str, file: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str], *, file_name: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload item option file: ``POST /orders/{orderNumber}/items/{itemId}/options/{optionName}``."""

class SyncPaymentOptionsResource(SyncResource):
    """``ecwid.payment_options``: the store's payment methods."""

    def create(self, option: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.payment_option.PaymentOptionInput) -> ecwid_async.models.payment_option.PaymentOptionCreateStatus:
        """Create payment option: ``POST /profile/paymentOptions``."""

    def delete(self, payment_option_id: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete payment option: ``DELETE /profile/paymentOptions/{paymentOptionId}``."""

    def get(self, payment_option_id: str, *, lang: str | None = ...) -> ecwid_async.models.payment_option.PaymentOption:
        """Get payment option: ``GET /profile/paymentOptions/{paymentOptionId}``."""

    def search(self, *, lang: str | None = ...) -> list[ecwid_async.models.payment_option.PaymentOption]:
        """Search payment options: ``GET /profile/paymentOptions``."""

    def update(self, payment_option_id: str, option: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.payment_option.PaymentOptionInput) -> ecwid_async.models.common.UpdateStatus:
        """Update payment option: ``PUT /profile/paymentOptions/{paymentOptionId}``."""

class SyncProductClassesResource(SyncResource):
    """``ecwid.product_classes``: product types and their attributes (0 is "General")."""

    def create(self, product_class: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.product_class.ProductClassInput) -> ecwid_async.models.common.CreateStatus:
        """Create product type: ``POST /classes``."""

    def delete(self, class_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete product type: ``DELETE /classes/{classId}``."""

    def get(self, class_id: int) -> ecwid_async.models.product_class.ProductClass:
        """Get product type: ``GET /classes/{classId}``."""

    def list(self) -> list[ecwid_async.models.product_class.ProductClass]:
        """Search product types: ``GET /classes``."""

    def update(self, class_id: int, product_class: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.product_class.ProductClassInput) -> ecwid_async.models.common.UpdateStatus:
        """Update product type and attributes: ``PUT /classes/{classId}``."""

class SyncProductsResource(SyncResource):
    """``ecwid.products``: the catalog's products and their media and files."""

    def adjust_inventory(self, product_id: int, quantity_delta: int, *, check_low_stock_notification: bool | None = ...) -> ecwid_async.models.common.InventoryAdjustmentStatus:
        """Adjust product stock: ``PUT /products/{productId}/inventory``."""

    def create(self, product: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.product.ProductInput, *, save_combinations: bool | None = ...) -> ecwid_async.models.common.CreateStatus:
        """Create product: ``POST /products``."""

    def delete(self, product_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete product: ``DELETE /products/{productId}``."""

    def delete_all(self) -> None:
        """Delete all products: ``DELETE /products``."""

    def delete_file(self, product_id: int, file_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete product file: ``DELETE /products/{productId}/files/{fileId}``."""

    def delete_files(self, product_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete all product files: ``DELETE /products/{productId}/files``."""

    def delete_gallery_image(self, product_id: int, gallery_image_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete gallery product image: ``DELETE /products/{productId}/gallery/{galleryImageId}``."""

    def delete_gallery_images(self, product_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete all gallery product images: ``DELETE /products/{productId}/gallery``."""

    def delete_gallery_video(self, product_id: int, gallery_video_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete gallery product video: ``DELETE /products/{productId}/gallery/{galleryVideoId}``."""

    def delete_image(self, product_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete main product image: ``DELETE /products/{productId}/image``."""

    def delete_video(self, product_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete main product video: ``DELETE /products/{productId}/video``."""

    def deleted(self, *, from_date: datetime.date | datetime.datetime | float | int | str | None = ..., to_date: datetime.date | datetime.datetime | float | int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.common.DeletedItem]:
        """Get deleted items history: ``GET /products/deleted``."""

    def download_file(self, product_id: int, file_id: int) -> bytes:
        """Download product file: ``GET /products/{productId}/files/{fileId}``."""

    def download_gallery_video(self, product_id: int, gallery_video_id: int) -> ecwid_async.models.catalog_media.ProductMediaVideo:
        """Download gallery product video: ``GET /products/{productId}/gallery/video/{galleryVideoId}``."""

    def filters(self, filter_fields: collections.abc.Sequence[str] | str, *, filter_facet_limit: int | str | None = ..., filter_parent_category_id: int | str | None = ..., keyword: str | None = ..., price_from: float | None = ..., price_to: float | None = ..., categories: collections.abc.Sequence[int] | int | None = ..., include_products_from_subcategories: bool | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., enabled: bool | None = ..., inventory: str | None = ..., onsale: str | None = ..., attributes: collections.abc.Mapping[str, collections.abc.Sequence[str] | str] | None = ..., options: collections.abc.Mapping[str, collections.abc.Sequence[str] | str] | None = ..., lang: str | None = ...) -> ecwid_async.models.product_filters.ProductFiltersResult:
        """Get product filters: ``POST /products/filters``."""

    def get(self, product_id: int, *, base_url: str | None = ..., clean_urls: bool | None = ..., slugs_without_ids: bool | None = ..., lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.product.Product:
        """Get product: ``GET /products/{productId}``."""

    def recent_swatches(self) -> ecwid_async.models.brand.SwatchColors:
        """Get recently used product swatches: ``GET /swatches``."""

    def search(self, *, keyword: str | None = ..., search_method: str | None = ..., external_reference_id: str | None = ..., price_from: float | None = ..., price_to: float | None = ..., categories: collections.abc.Sequence[int] | int | None = ..., include_products_from_subcategories: bool | None = ..., sort_by: str | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., enabled: bool | None = ..., is_gift_card: bool | None = ..., in_stock: bool | None = ..., discounts_allowed: bool | None = ..., visible_in_storefront: bool | None = ..., is_customer_set_price: bool | None = ..., onsale: str | None = ..., inventory: str | None = ..., attributes: collections.abc.Mapping[str, collections.abc.Sequence[str] | str] | None = ..., options: collections.abc.Mapping[str, collections.abc.Sequence[str] | str] | None = ..., enabled_manual_taxes: collections.abc.Sequence[int | str] | int | str | None = ..., tax_class_codes: collections.abc.Sequence[str] | str | None = ..., sku: str | None = ..., product_id: collections.abc.Sequence[int] | int | None = ..., base_url: str | None = ..., clean_urls: bool | None = ..., slugs_without_ids: bool | None = ..., lang: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., category: int | None = ..., with_subcategories: bool | None = ..., fields: collections.abc.Mapping[str, collections.abc.Sequence[str] | str] | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.product.Product]:
        """Search products: ``GET /products``."""

    def update(self, product_id: int, product: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.product.ProductInput, *, save_combinations: bool | None = ..., return_item: bool | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.common.UpdateStatus:
        """Update product: ``PUT /products/{productId}``."""

    def update_file(self, product_id: int, file_id: int, description: str) -> ecwid_async.models.common.UpdateStatus:
        """Change product file description: ``PUT /products/{productId}/files/{fileId}``."""

    def update_media(self, product_id: int, media: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.catalog_media.ProductMediaUpdateInput) -> ecwid_async.models.common.UpdateStatus:
        """Bulk update product images and videos: ``PUT /products/{productId}/media``."""

    def upload_file(self, product_id: int, file: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, file_name: str | None = ..., description: str | None = ..., external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload product file: ``POST /products/{productId}/files``."""

    def upload_gallery_image(self, product_id: int, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, file_name: str | None = ..., external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload gallery product image: ``POST /products/{productId}/gallery``."""

    def upload_gallery_image_async(self, product_id: int, url: str, *, width: int, height: int, external_id: str | None = ..., alt: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.catalog_media.ImageAlt | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload gallery product image (async): ``POST /products/{productId}/gallery/async``."""

    def upload_gallery_video(self, product_id: int, url: str) -> ecwid_async.models.common.UploadStatus:
        """Upload gallery product video: ``POST /products/{productId}/gallery/video``."""

    def upload_image(self, product_id: int, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload main product image: ``POST /products/{productId}/image``."""

    def upload_image_async(self, product_id: int, url: str, *, width: int, height: int, external_id: str | None = ..., alt: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.catalog_media.ImageAlt | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload main product image (async): ``POST /products/{productId}/image/async``."""

    def upload_video(self, product_id: int, url: str) -> ecwid_async.models.common.UploadStatus:
        """Upload main product video: ``POST /products/{productId}/video``."""

    def upload_video_cover(self, product_id: int, gallery_video_id: int, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload cover for gallery video: ``PUT /products/{productId}/gallery/video/{galleryVideoId}``."""

class SyncProfileResource(SyncResource):
    """``ecwid.profile``: the store profile, its logos and its update statistics."""

    def delete_email_logo(self) -> ecwid_async.models.common.DeleteStatus:
        """Delete store logo image: ``DELETE /profile/emaillogo``."""

    def delete_invoice_logo(self) -> ecwid_async.models.common.DeleteStatus:
        """Delete store logo image: ``DELETE /profile/invoicelogo``."""

    def delete_logo(self) -> ecwid_async.models.common.DeleteStatus:
        """Delete store logo image: ``DELETE /profile/logo``."""

    def get(self, *, lang: str | None = ..., show_extended_info: bool | None = ..., get_report_availability_status: bool | None = ..., get_store_vertical: bool | None = ..., get_features_by_plans: bool | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.profile.StoreProfile:
        """Get store profile: ``GET /profile``."""

    def latest_stats(self, *, reviews_updates_required: bool | None = ..., domains_required: bool | None = ..., subscription_required: bool | None = ..., product_count_required: bool | None = ..., category_count_required: bool | None = ...) -> ecwid_async.models.profile.UpdateStats:
        """Get latest store update stats: ``GET /latest-stats``."""

    def update(self, profile: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.profile.StoreProfileInput) -> ecwid_async.models.common.UpdateStatus:
        """Update store profile: ``PUT /profile``."""

    def upload_email_logo(self, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload store logo image: ``PUT /profile/emaillogo``."""

    def upload_invoice_logo(self, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload store logo image: ``PUT /profile/invoicelogo``."""

    def upload_logo(self, image: bytearray | bytes | collections.abc.AsyncIterable[bytes] | memoryview | os.PathLike[str] | None = ..., *, external_url: str | None = ...) -> ecwid_async.models.common.UploadStatus:
        """Upload store logo image: ``PUT /profile/logo``."""

class SyncPromotionsResource(SyncResource):
    """``ecwid.promotions``: automatic discounts (no coupon code needed)."""

    def create(self, promotion: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.promotion.PromotionInput) -> ecwid_async.models.common.CreateStatus:
        """Create promotion: ``POST /promotions``."""

    def delete(self, promotion_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete promotion: ``DELETE /promotions/{promotionId}``."""

    def search(self, *, response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.promotion.Promotion]:
        """Search promotions: ``GET /promotions``."""

    def update(self, promotion_id: int, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.promotion.PromotionInput) -> ecwid_async.models.common.UpdateStatus:
        """Update promotion: ``PUT /promotions/{promotionId}``."""

class SyncReportsResource(SyncResource):
    """``ecwid.reports``: the admin's report data, and what was deleted when."""

    def deleted_items(self, entity: str, *, from_date: datetime.date | datetime.datetime | float | int | str | None = ..., to_date: datetime.date | datetime.datetime | float | int | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.common.DeletedItem]:
        """Get deleted items history: ``GET /{entity}/deleted``."""

    def get(self, report_type: str, *, started_from: int | None = ..., ended_at: int | None = ..., time_scale_value: str | None = ..., compare_period: str | None = ..., first_day_of_week: str | None = ..., limit: int | None = ..., offset: int | None = ...) -> ecwid_async.models.report.Report:
        """Get store reports: ``GET /reports/{reportType}``."""

class SyncResellerResource(SyncResource):
    """``partner.reseller``: the reseller v1 calls, typed."""

    def change_store_profile(self, owner_id: int, src_profile: str, dst_profile: str) -> None:
        """Move a store to another profile id: ``POST /change-store-profile``."""

    def delete(self, owner_id: int) -> None:
        """Delete an account you created: ``POST /delete``."""

    def info(self, store_id: int) -> ecwid_async.models.reseller.ResellerStoreStatus:
        """Basic store, subscription and billing info: ``POST /info`` (``store.id``)."""

    def info_many(self, store_ids: collections.abc.Sequence[int]) -> list[ecwid_async.models.reseller.ResellerStoreStatus]:
        """The same info for several stores at once: ``POST /info`` (``store.ids``)."""

    def list_stores(self, date_from: datetime.date | datetime.datetime | int | str, *, store_ids: collections.abc.Sequence[int] | None = ..., url_substring: str | None = ..., email_substring: str | None = ..., date_to: datetime.date | datetime.datetime | int | str | None = ..., timezone: str | None = ..., suspended: bool | None = ..., order: str | None = ..., limit: int = ..., offset: int = ..., max_items: int | None = ...) -> SyncPaginator[ecwid_async.models.reseller.ResellerStore]:
        """List the partner's stores: ``POST /stores``, paged by ``offset``/``limit`` (<= 100)."""

    def plans(self) -> ecwid_async.models.reseller.ResellerPlans:
        """The partner's active plans: ``POST /plans``."""

    def register(self, email: str, password: str, name: str, plan: str, *, billing: str | None = ..., is_trial: bool | None = ..., ip: str | None = ..., timezone: str | None = ..., default_language: str | None = ..., profile_id: str | None = ..., return_profile_id: bool | None = ..., external_account_id: str | None = ...) -> ecwid_async.models.reseller.ResellerRegistration:
        """Create new Ecwid account: ``POST /register`` -> the new store's ``ownerid``."""

    def resume(self, owner_id: int) -> None:
        """Resume a suspended account: ``POST /resume``."""

    def status(self, owner_id: int) -> ecwid_async.models.reseller.ResellerStoreStatus:
        """Account status (apps, plan, billing, counts): ``POST /status``."""

    def subscribe(self, owner_id: int, plan: str, *, billing: str | None = ...) -> ecwid_async.models.reseller.ResellerSubscription:
        """Change the account subscription: ``POST /subscribe``."""

    def suspend(self, owner_id: int) -> None:
        """Suspend an account (storefront off, control panel on): ``POST /suspend``."""

    def unsubscribe(self, owner_id: int) -> ecwid_async.models.reseller.ResellerSubscription:
        """Back to the partner's default plan: ``POST /unsubscribe``."""

class SyncReviewsResource(SyncResource):
    """``ecwid.reviews``: product reviews, their moderation and counts."""

    def delete(self, review_id: int) -> ecwid_async.models.common.DeleteStatus:
        """Delete product review: ``DELETE /reviews/{reviewId}``."""

    def deleted(self, *, from_date: datetime.date | datetime.datetime | float | int | str | None = ..., to_date: datetime.date | datetime.datetime | float | int | str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.common.DeletedItem]:
        """Get deleted items history: ``GET /reviews/deleted``."""

    def mass_update(self, *, select_mode: str, review_ids: collections.abc.Sequence[int] | None = ..., delete: bool | None = ..., new_status: str | None = ..., filters: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.review.ReviewFiltersInput | None = ...) -> ecwid_async.models.common.UpdateStatus:
        """Bulk update/delete product reviews: ``PUT /reviews/mass_update``."""

    def search(self, *, status: str | None = ..., rating: collections.abc.Sequence[int] | int | None = ..., order_id: int | str | None = ..., product_id: collections.abc.Sequence[int] | int | None = ..., review_id: collections.abc.Sequence[int] | int | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., sort_by: str | None = ..., keyword: str | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.review.Review]:
        """Search product reviews: ``GET /reviews``."""

    def stats(self) -> ecwid_async.models.review.ReviewStats:
        """Get product reviews stats: ``GET /reviews/filters_data``."""

    def update_status(self, review_id: int, status: str) -> ecwid_async.models.common.UpdateStatus:
        """Update product review status: ``PUT /reviews/{reviewId}``."""

class SyncShippingOptionsResource(SyncResource):
    """``ecwid.shipping_options``: the store's shipping, delivery and pickup methods."""

    def create(self, option: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.shipping_option.ShippingOptionInput) -> ecwid_async.models.shipping_option.ShippingOptionCreateStatus:
        """Create shipping option: ``POST /profile/shippingOptions``."""

    def delete(self, shipping_option_id: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete shipping option: ``DELETE /profile/shippingOptions/{shippingOptionId}``."""

    def search(self, *, lang: str | None = ...) -> list[ecwid_async.models.shipping_option.StoreShippingOption]:
        """Search shipping options: ``GET /profile/shippingOptions``."""

    def update(self, shipping_option_id: str, option: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.shipping_option.ShippingOptionInput) -> ecwid_async.models.common.UpdateStatus:
        """Update shipping option: ``PUT /profile/shippingOptions/{shippingOptionId}``."""

class SyncStaffResource(SyncResource):
    """``ecwid.staff``: staff accounts, their permissions and invites."""

    def cancel_invite(self, email: str) -> ecwid_async.models.common.DeleteStatus:
        """Cancel staff account invite: ``DELETE /staff/invite``."""

    def create(self, email: str, *, staff_scopes: collections.abc.Sequence[str] | None = ...) -> ecwid_async.models.common.SuccessStatus:
        """Create staff account: ``POST /staff``."""

    def delete(self, staff_account_id: str) -> ecwid_async.models.common.DeleteStatus:
        """Delete staff account: ``DELETE /staff/{staffAccountId}``."""

    def get(self, staff_account_id: str, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.staff.StaffAccount:
        """Get staff account: ``GET /staff/{staffAccountId}``."""

    def resend_invite(self, email: str) -> ecwid_async.models.common.SuccessStatus:
        """Resend staff account invite: ``POST /staff/invite``."""

    def scopes(self) -> ecwid_async.models.staff.StaffScopes:
        """Get staff account scopes: ``GET /profile/staffScopes``."""

    def search(self, *, response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.staff.StaffAccounts:
        """Search staff accounts: ``GET /staff``."""

    def update(self, staff_account_id: str, *, email: str | None = ..., staff_scopes: collections.abc.Sequence[str] | None = ...) -> ecwid_async.models.common.UpdateStatus:
        """Update staff account: ``PUT /staff/{staffAccountId}``."""

class SyncStorefrontResource(SyncResource):
    """``ecwid.storefront``: page slugs (products, categories, the root page) and static HTML."""

    def page(self, slug: str | None = ..., *, store_root_page: bool | None = ..., get_static_content: bool | None = ..., lang: str | None = ..., base_url: str | None = ..., clean_urls: bool | None = ..., slugs_without_ids: bool | None = ..., international_pages: str | None = ..., template_vars: collections.abc.Mapping[str, str] | None = ..., response_fields: collections.abc.Sequence[str] | str | None = ...) -> ecwid_async.models.storefront.StorefrontPage:
        """Get page slug and static code: ``GET /storefront-widget-pages``."""

class SyncStoresResource(SyncResource):
    """``partner.stores``: create stores on the partner channel and find them by email."""

    def create(self, email: str, name: str, *, return_api_token: bool = ...) -> ecwid_async.models.partner.CreatedStore:
        """Create store: ``POST /stores`` (owner ``email`` and ``name``; optionally its token)."""

    def find_by_email(self, email: str) -> ecwid_async.models.partner.FoundStore | None:
        """Find store by email: ``GET /stores?email=``; None when no store has that email."""

class SyncSubscriptionsResource(SyncResource):
    """``ecwid.subscriptions``: the store's recurring subscriptions."""

    def get(self, subscription_id: int) -> ecwid_async.models.subscription.Subscription:
        """Get recurring subscription: ``GET /subscriptions/{subscriptionId}``."""

    def search(self, *, id: int | None = ..., created_from: datetime.date | datetime.datetime | float | int | str | None = ..., created_to: datetime.date | datetime.datetime | float | int | str | None = ..., cancelled_from: datetime.date | datetime.datetime | float | int | str | None = ..., cancelled_to: datetime.date | datetime.datetime | float | int | str | None = ..., updated_from: datetime.date | datetime.datetime | float | int | str | None = ..., updated_to: datetime.date | datetime.datetime | float | int | str | None = ..., customer_id: int | None = ..., status: str | None = ..., next_charge_from: datetime.date | datetime.datetime | float | int | str | None = ..., next_charge_to: datetime.date | datetime.datetime | float | int | str | None = ..., recurring_interval: str | None = ..., recurring_interval_count: int | None = ..., product_id: int | None = ..., email: str | None = ..., order_id: int | str | None = ..., order_total: float | None = ..., order_created_from: datetime.date | datetime.datetime | float | int | str | None = ..., order_created_to: datetime.date | datetime.datetime | float | int | str | None = ..., sort_by: str | None = ..., **paging: typing_extensions.Unpack[ecwid_async.pagination.Paging]) -> SyncPaginator[ecwid_async.models.subscription.Subscription]:
        """Search recurring subscriptions: ``GET /subscriptions``."""

    def update(self, subscription_id: int, changes: collections.abc.Mapping[str, typing.Any] | ecwid_async.models.subscription.SubscriptionInput) -> ecwid_async.models.common.UpdateStatus:
        """Update recurring subscription: ``PUT /subscriptions/{subscriptionId}``."""

class EcwidClient:
    """Blocking twin of :class:`ecwid_async.client.EcwidClient`."""

    app_storage: SyncAppStorageResource
    application: SyncApplicationResource
    batch: SyncBatchResource
    brands: SyncBrandsResource
    carts: SyncCartsResource
    categories: SyncCategoriesResource
    checkout_extra_fields: SyncCheckoutExtraFieldsResource
    combinations: SyncCombinationsResource
    customer_contacts: SyncCustomerContactsResource
    customer_extra_fields: SyncCustomerExtraFieldsResource
    customer_groups: SyncCustomerGroupsResource
    customers: SyncCustomersResource
    dictionaries: SyncDictionariesResource
    discount_coupons: SyncDiscountCouponsResource
    order_extra_fields: SyncOrderExtraFieldsResource
    order_statuses: SyncOrderStatusesResource
    orders: SyncOrdersResource
    payment_options: SyncPaymentOptionsResource
    product_classes: SyncProductClassesResource
    products: SyncProductsResource
    profile: SyncProfileResource
    promotions: SyncPromotionsResource
    reports: SyncReportsResource
    reviews: SyncReviewsResource
    shipping_options: SyncShippingOptionsResource
    staff: SyncStaffResource
    storefront: SyncStorefrontResource
    subscriptions: SyncSubscriptionsResource

    def __init__(self, store_id: int | str | None = ..., token: str | None = ..., *, base_url: str | None = ..., timeout: float = ..., retry: ecwid_async.retry.RetryPolicy | None = ..., rate_limit: ecwid_async.limiter.PerTokenLimiter | ecwid_async.limiter.RateLimiter | float | int | None = ..., session: aiohttp.client.ClientSession | None = ..., user_agent: str | None = ..., max_concurrency: int = ..., max_response_bytes: int | None = ..., on_request: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ..., on_response: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ..., on_retry: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ..., on_failure: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ...) -> None: ...
    @property
    def calls(self) -> ecwid_async.client.EcwidClient: ...
    @property
    def store_id(self) -> int: ...
    def request(self, method: str, path: str, *, params: collections.abc.Mapping[str, typing.Any] | None = ..., json: typing.Any = ..., result_type: typing.Any = ...) -> typing.Any: ...
    def close(self) -> None: ...
    def __enter__(self) -> EcwidClient: ...
    def __exit__(self, *exc: object) -> None: ...

class PartnerClient:
    """Blocking twin of :class:`ecwid_async.partner.PartnerClient`."""

    clone: SyncCloneResource
    reseller: SyncResellerResource
    stores: SyncStoresResource

    def __init__(self, client_id: str | None = ..., client_secret: str | None = ..., partner_key: str | None = ..., *, channel_id: str | None = ..., base_url: str | None = ..., reseller_base_url: str | None = ..., oauth_base_url: str | None = ..., timeout: float = ..., retry: ecwid_async.retry.RetryPolicy | None = ..., rate_limit: ecwid_async.limiter.PerTokenLimiter | ecwid_async.limiter.RateLimiter | float | int | None = ..., session: aiohttp.client.ClientSession | None = ..., user_agent: str | None = ..., max_concurrency: int = ..., max_response_bytes: int | None = ..., on_request: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ..., on_response: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ..., on_retry: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ..., on_failure: collections.abc.Callable[[typing.Any], collections.abc.Awaitable[None] | None] | None = ...) -> None: ...
    def sso_url(self, store_id: int, token: str, **options: object) -> str: ...
    def partner_login_url(self, store_id: int, **options: object) -> str: ...
    def authorize_url(self, redirect_uri: str, scopes: collections.abc.Sequence[str], *, state: str | None = ...) -> str: ...
    def exchange_code(self, code: str, redirect_uri: str | None = ...) -> ecwid_async.models.partner.OAuthToken: ...
    def store_token(self, store_id: int) -> ecwid_async.models.partner.OAuthToken: ...
    def close(self) -> None: ...
    def __enter__(self) -> PartnerClient: ...
    def __exit__(self, *exc: object) -> None: ...
