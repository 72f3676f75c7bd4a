"""``EcwidClient``: the store REST API v3 client users hold."""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._options import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, ClientOptions, RateLimitOption
from ._params import query
from .auth import BearerAuth
from .batch import METHODS
from .call import Call
from .hooks import Hook
from .resources._base import Resource, ResourceSlot, document_resources
from .resources.app_storage import AppStorageResource
from .resources.application import ApplicationResource
from .resources.batch import BatchResource
from .resources.brands import BrandsResource
from .resources.carts import CartsResource
from .resources.categories import CategoriesResource
from .resources.checkout_extra_fields import CheckoutExtraFieldsResource
from .resources.combinations import CombinationsResource
from .resources.customer_contacts import CustomerContactsResource
from .resources.customer_extra_fields import CustomerExtraFieldsResource
from .resources.customer_groups import CustomerGroupsResource
from .resources.customers import CustomersResource
from .resources.dictionaries import DictionariesResource
from .resources.discount_coupons import DiscountCouponsResource
from .resources.order_extra_fields import OrderExtraFieldsResource
from .resources.order_statuses import OrderStatusesResource
from .resources.orders import OrdersResource
from .resources.payment_options import PaymentOptionsResource
from .resources.product_classes import ProductClassesResource
from .resources.products import ProductsResource
from .resources.profile import ProfileResource
from .resources.promotions import PromotionsResource
from .resources.reports import ReportsResource
from .resources.reviews import ReviewsResource
from .resources.shipping_options import ShippingOptionsResource
from .resources.staff import StaffResource
from .resources.storefront import StorefrontResource
from .resources.subscriptions import SubscriptionsResource
from .retry import RetryPolicy
from .transport import Transport

if TYPE_CHECKING:
    import aiohttp

__all__ = ["DEFAULT_BASE_URL", "EcwidClient"]

DEFAULT_BASE_URL = "https://app.ecwid.com/api/v3"


def _store_id(value: int | str | None) -> int:
    if value is None:
        value = os.environ.get("ECWID_STORE_ID")
    if value is None or value == "":
        raise ValueError("store_id is required (pass store_id= or set ECWID_STORE_ID)")
    if isinstance(value, bool):
        raise TypeError("store_id must be an integer, not bool")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"store_id must be an integer, got {value!r}") from None
    if number <= 0:
        raise ValueError(f"store_id must be positive, got {number}")
    return number


def _token(value: str | None) -> str:
    if value is None:
        value = os.environ.get("ECWID_TOKEN")
    if not value or not isinstance(value, str):
        raise ValueError("token is required (pass token= or set ECWID_TOKEN)")
    if any(ch.isspace() for ch in value):
        raise ValueError("token must not contain whitespace")
    return value


class EcwidClient:
    """Async client for one Ecwid store: ``async with EcwidClient(store_id, token) as ecwid:``.

    Every call is paced by a token bucket shared with every other client of this process
    that uses the same token (``rate_limit`` requests per minute, 600 by default),
    retried safely (see :mod:`ecwid_async.retry`), and decoded into typed models.
    ``store_id``, ``token`` and ``base_url`` fall back to ``ECWID_STORE_ID``,
    ``ECWID_TOKEN`` and ``ECWID_BASE_URL``.

    Options (keywords): ``base_url`` (the API root, default ``https://app.ecwid.com/api/v3``),
    ``timeout`` (seconds per attempt), ``retry`` (a :class:`~ecwid_async.RetryPolicy`),
    ``rate_limit`` (requests per minute, a limiter object such as
    ``ecwid_async.redis.RedisRateLimiter``, or ``None``), ``session`` (an
    ``aiohttp.ClientSession`` of yours, never closed by the client), ``user_agent``,
    ``max_concurrency`` (requests in flight at once), ``max_response_bytes`` (the largest
    answer read into memory), and the hooks ``on_request``, ``on_response``, ``on_retry``
    and ``on_failure`` (see :mod:`ecwid_async.hooks`). ``ECWID_LOG=debug`` (or ``info``)
    logs every request to stderr.
    """

    profile = ResourceSlot(ProfileResource)
    products = ResourceSlot(ProductsResource)
    categories = ResourceSlot(CategoriesResource)
    combinations = ResourceSlot(CombinationsResource)
    product_classes = ResourceSlot(ProductClassesResource)
    orders = ResourceSlot(OrdersResource)
    carts = ResourceSlot(CartsResource)
    customers = ResourceSlot(CustomersResource)
    customer_groups = ResourceSlot(CustomerGroupsResource)
    discount_coupons = ResourceSlot(DiscountCouponsResource)
    batch = ResourceSlot(BatchResource)
    app_storage = ResourceSlot(AppStorageResource)
    application = ResourceSlot(ApplicationResource)
    staff = ResourceSlot(StaffResource)
    payment_options = ResourceSlot(PaymentOptionsResource)
    shipping_options = ResourceSlot(ShippingOptionsResource)
    checkout_extra_fields = ResourceSlot(CheckoutExtraFieldsResource)
    dictionaries = ResourceSlot(DictionariesResource)
    storefront = ResourceSlot(StorefrontResource)
    reports = ResourceSlot(ReportsResource)
    order_extra_fields = ResourceSlot(OrderExtraFieldsResource)
    order_statuses = ResourceSlot(OrderStatusesResource)
    subscriptions = ResourceSlot(SubscriptionsResource)
    customer_contacts = ResourceSlot(CustomerContactsResource)
    customer_extra_fields = ResourceSlot(CustomerExtraFieldsResource)
    promotions = ResourceSlot(PromotionsResource)
    brands = ResourceSlot(BrandsResource)
    reviews = ResourceSlot(ReviewsResource)

    def __init__(
        self,
        store_id: int | str | None = None,
        token: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        rate_limit: RateLimitOption = 600,
        session: aiohttp.ClientSession | None = None,
        user_agent: str | None = None,
        max_concurrency: int = 32,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        on_request: Hook | None = None,
        on_response: Hook | None = None,
        on_retry: Hook | None = None,
        on_failure: Hook | None = None,
    ) -> None:
        self._store_id = _store_id(store_id)
        root = (base_url or os.environ.get("ECWID_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        if not root.startswith(("http://", "https://")):
            raise ValueError(f"base_url must be an http(s) URL, got {root!r}")
        options = ClientOptions(
            timeout=timeout,
            retry=retry if retry is not None else RetryPolicy(),
            rate_limit=rate_limit,
            session=session,
            user_agent=user_agent,
            max_concurrency=max_concurrency,
            max_response_bytes=max_response_bytes,
            on_request=on_request,
            on_response=on_response,
            on_retry=on_retry,
            on_failure=on_failure,
        )
        self._transport = Transport(f"{root}/{self._store_id}", BearerAuth(_token(token)), options)
        self._transport.store_id = self._store_id
        self._base_url = root

    @property
    def store_id(self) -> int:
        """The store this client talks to."""
        return self._store_id

    @property
    def base_url(self) -> str:
        """The API root (without the store id)."""
        return self._base_url

    @property
    def transport(self) -> Transport:
        """The transport that sends this client's calls (its limiter, session, policy)."""
        return self._transport

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        result_type: Any = Any,
    ) -> Call[Any]:
        """Any endpoint by path relative to the store: ``ecwid.request("GET", "/latest-stats")``.

        The answer is decoded JSON (dicts and lists) unless ``result_type`` names a model.
        """
        verb = method.upper()
        if verb not in METHODS:
            raise ValueError(f"method must be one of {sorted(METHODS)}, got {method!r}")
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        if "?" in path:
            raise ValueError("pass query parameters as params=, not in the path")
        return Resource(self._transport)._call(
            verb, path, result_type, params=query(params), body=json
        )

    async def aclose(self) -> None:
        """Close the HTTP session if the client created it; safe to call twice."""
        await self._transport.aclose()

    close = aclose

    async def __aenter__(self) -> EcwidClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"EcwidClient(store_id={self._store_id}, base_url={self._base_url!r}, token='***')"


document_resources(EcwidClient)
