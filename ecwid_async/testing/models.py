"""Per-store state of the fake: plain JSON-like dicts, id counters, deletion records and the
``latest-stats`` timestamps. No HTTP here; handlers in ``api/`` read and change this."""

from __future__ import annotations

import functools
import secrets
import time
from collections.abc import Callable, Hashable
from datetime import datetime, timezone
from typing import Any, TypeVar, cast

__all__ = [
    "Backend",
    "StoreState",
    "format_date",
]

Entity = dict[str, Any]
T = TypeVar("T")

#: The ``latest-stats`` fields, each moved by changes of one kind of data.
STAT_FIELDS = (
    "productsUpdated",
    "ordersUpdated",
    "profileUpdated",
    "categoriesUpdated",
    "discountCouponsUpdated",
    "abandonedSalesUpdated",
    "customersUpdated",
)

#: The deleted-items kinds, as they appear in the endpoint paths.
DELETED_KINDS = ("products", "orders", "customers", "discount_coupons")


@functools.lru_cache(maxsize=4096)
def _day(day: int) -> str:
    return datetime.fromtimestamp(day * 86400, tz=timezone.utc).strftime("%Y-%m-%d")


def format_date(ts: float) -> str:
    """Format UNIX seconds the way Ecwid does: ``yyyy-MM-dd HH:mm:ss +0000``."""
    day, rest = divmod(int(ts), 86400)
    hours, rest = divmod(rest, 3600)
    return f"{_day(day)} {hours:02d}:{rest // 60:02d}:{rest % 60:02d} +0000"


def _default_profile(store_id: int, name: str) -> Entity:
    return {
        "generalInfo": {
            "storeId": store_id,
            "storeUrl": f"https://store{store_id}.example.com",
            "starterSite": {
                "ecwidSubdomain": f"store{store_id}",
                "generatedUrl": f"https://store{store_id}.company.site",
            },
        },
        "account": {
            "accountName": "Fake Owner",
            "accountNickName": f"owner{store_id}",
            "accountEmail": f"owner{store_id}@example.com",
        },
        "settings": {
            "closed": False,
            "storeName": name,
            "storeDescription": "",
            "invoiceLogoUrl": "",
            "emailLogoUrl": "",
            "googleAnalyticsId": "",
            "orderCommentsEnabled": True,
            "hideOutOfStockProductsInStorefront": False,
            "defaultProductSortOrder": "DEFINED_BY_STORE_OWNER",
        },
        "mailNotifications": {"adminNotificationEmails": [f"owner{store_id}@example.com"]},
        "company": {
            "companyName": name,
            "email": f"owner{store_id}@example.com",
            "street": "1 Market St",
            "city": "San Francisco",
            "countryCode": "US",
            "postalCode": "94105",
            "stateOrProvinceCode": "CA",
            "phone": "+1 555 0100",
        },
        "formatsAndUnits": {
            "currency": "USD",
            "currencyPrefix": "$",
            "currencySuffix": "",
            "currencyPrecision": 2,
            "currencyGroupSeparator": ",",
            "currencyDecimalSeparator": ".",
            "weightUnit": "KILOGRAM",
            "dateFormat": "dd-MM-yyyy",
            "timeFormat": "HH:mm:ss",
            "timezone": "UTC",
            "dimensionsUnit": "CM",
            "orderNumberPrefix": "",
            "orderNumberSuffix": "",
        },
        "languages": {"enabledLanguages": ["en"], "defaultLanguage": "en"},
        "shipping": {"handlingFee": {"name": "", "value": 0, "description": ""}},
        "taxSettings": {"automaticTaxEnabled": False, "taxes": []},
        "zones": [],
        "businessRegistrationID": {"name": "", "value": ""},
    }


class StoreState:
    """One store: its token, entities by id, counters, deletions and update stats."""

    def __init__(
        self,
        store_id: int,
        token: str,
        name: str,
        wall_clock: Callable[[], float],
        public_token: str | None = None,
    ) -> None:
        self.store_id = store_id
        self.token = token
        #: Read-only token for public data (``GET`` of profile, enabled products/categories).
        self.public_token = public_token or f"public_{secrets.token_hex(16)}"
        self.name = name
        #: Set by the reseller API's ``suspend``: the store API then answers 402.
        self.suspended = False
        self._wall_clock = wall_clock
        self.profile: Entity = _default_profile(store_id, name)
        self.products: dict[int, Entity] = {}
        self.categories: dict[int, Entity] = {}
        self.classes: dict[int, Entity] = {
            0: {
                "id": 0,
                "name": "",
                "googleTaxonomy": "",
                "attributes": [
                    {"id": 1, "name": "Brand", "type": "BRAND", "show": "DESCR"},
                    {"id": 2, "name": "UPC", "type": "UPC", "show": "DESCR"},
                ],
            }
        }
        self.orders: dict[int, Entity] = {}
        self.carts: dict[str, Entity] = {}
        self.customers: dict[int, Entity] = {}
        #: Group 0 is the built-in "General" group every customer is in by default.
        self.customer_groups: dict[int, Entity] = {0: {"id": 0, "name": "General"}}
        self.coupons: dict[int, Entity] = {}
        #: Sales areas of today's reference (see ``testing/backend``).
        self.subscriptions: dict[int, Entity] = {}
        self.promotions: dict[int, Entity] = {}
        #: Order statuses by id; filled with the built-in set on first use.
        self.order_statuses: dict[str, Entity] = {}
        #: Customer extra fields by key.
        self.customer_extra_fields: dict[str, Entity] = {}
        #: SKU -> (product id, combination id or None); kept in step with products.
        self.skus: dict[str, tuple[int, int | None]] = {}
        #: Uploaded bytes (images, product files, order option files) by their id.
        self.blobs: dict[int, bytes] = {}
        #: ``externalUrl`` of blobs uploaded by URL instead of a body.
        self.external_urls: dict[int, str] = {}
        #: Main-image blob id by owner (``product:5``, ``category:7``, ``combination:9``).
        self.image_blobs: dict[str, int] = {}
        self.deleted: dict[str, list[Entity]] = {kind: [] for kind in DELETED_KINDS}
        #: State of the areas in ``testing/backend/`` (app storage, staff...), by area name.
        self.areas: dict[str, Any] = {}
        #: Product reviews by id (``backend.reviews``).
        self.reviews: dict[int, Entity] = {}
        #: Product videos by product id: ``{"main": video or None, "gallery": [videos]}``.
        self.videos: dict[int, dict[str, Any]] = {}
        #: Storefront order of the products of a category, by category id (set ones first).
        self.product_order: dict[int, list[int]] = {}
        start = int(wall_clock())
        self.stats: dict[str, int] = dict.fromkeys(STAT_FIELDS, start)
        self._counters: dict[str, int] = {}
        #: Bumped by every change made through the API or a FakeEcwid knob; search results
        #: are cached per version (call ``bump()`` after changing these dicts by hand).
        self.version = 0
        self._search_cache: dict[Hashable, tuple[int, Any]] = {}

    def bump(self) -> None:
        """Note that the store's data changed (drops cached search results)."""
        self.version += 1
        self._search_cache.clear()

    def cached_search(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The result of a search, computed once per store version and ``key``, so paging
        through a large filtered result costs one scan, not one per page."""
        hit = self._search_cache.get(key)
        if hit is not None and hit[0] == self.version:
            return cast(T, hit[1])
        result = compute()
        if len(self._search_cache) >= 64:
            self._search_cache.clear()
        self._search_cache[key] = (self.version, result)
        return result

    # -- clocks and counters ------------------------------------------------------------
    def now(self) -> int:
        """Wall-clock UNIX seconds (the fake's ``wall_clock``)."""
        return int(self._wall_clock())

    def next_id(self, kind: str, start: int = 1000) -> int:
        """The next id of a kind (``product``, ``order``, ``file``...), unique in the store."""
        value = self._counters.get(kind, start) + 1
        self._counters[kind] = value
        return value

    def touch(self, *fields: str) -> int:
        """Move the given ``latest-stats`` fields to now (never back) and return now.

        Like Ecwid's, the stamps have one-second resolution and follow the store's clock:
        several changes within one second share one stamp, and no stamp is ever later than
        the clock (readers compare stamps with item timestamps and the ``Date`` header)."""
        stamp = self.now()
        for field in fields:
            self.stats[field] = max(stamp, self.stats[field])
        return stamp

    def vendor_order_number(self, number: int) -> str:
        """``vendorOrderNumber``: the order number with the profile's prefix and suffix."""
        units = self.profile.get("formatsAndUnits") or {}
        return f"{units.get('orderNumberPrefix', '')}{number}{units.get('orderNumberSuffix', '')}"

    def record_deleted(self, kind: str, entity_id: int, **extra: Any) -> None:
        """Remember a deletion for the ``/{kind}/deleted`` endpoint (``extra``: more fields
        of the record, such as a deleted order's ``orderId``)."""
        self.deleted[kind].append({"id": entity_id, "date": format_date(self.now()), **extra})

    # -- SKUs -----------------------------------------------------------------------------
    def index_product_skus(self, product: Entity) -> None:
        """Index a product's SKU and its combinations' SKUs."""
        pid = product["id"]
        if product.get("sku"):
            self.skus[str(product["sku"])] = (pid, None)
        for combo in product.get("combinations") or ():
            if combo.get("sku"):
                self.skus[str(combo["sku"])] = (pid, combo["id"])

    def unindex_product_skus(self, product: Entity) -> None:
        """Drop a product's SKUs (and its combinations') from the index."""
        pid = product["id"]
        for sku, (owner, _combo) in list(self._skus_of(product)):
            if self.skus.get(sku, (None, None))[0] == owner == pid:
                del self.skus[sku]

    def _skus_of(self, product: Entity) -> list[tuple[str, tuple[int, int | None]]]:
        pairs: list[tuple[str, tuple[int, int | None]]] = []
        if product.get("sku"):
            pairs.append((str(product["sku"]), (product["id"], None)))
        for combo in product.get("combinations") or ():
            if combo.get("sku"):
                pairs.append((str(combo["sku"]), (product["id"], combo["id"])))
        return pairs

    def sku_taken(self, sku: str, product_id: int | None, combination_id: int | None) -> bool:
        """Whether ``sku`` belongs to anything other than the given product/combination."""
        owner = self.skus.get(sku)
        return owner is not None and owner != (product_id, combination_id)


class Backend:
    """All stores of one fake server, by id and by token."""

    def __init__(self, wall_clock: Callable[[], float] = time.time) -> None:
        self._base_clock = wall_clock
        #: Seconds added to ``wall_clock`` (moved by ``FakeEcwid.advance_clock``).
        self.clock_offset = 0.0
        self.stores: dict[int, StoreState] = {}
        #: The partner app's credentials, for root routes (partner, reseller, OAuth).
        self.client_id = "fake-client-id"
        self.client_secret = "fake-client-secret"
        self.partner_key = "fake-partner-key"
        #: State of add-on API modules (batch tickets, clone jobs...), keyed by module;
        #: emptied by ``FakeEcwid.reset()``.
        self.extra: dict[str, Any] = {}

    def wall_clock(self) -> float:
        """The fake's UNIX time: the injected ``wall_clock`` plus ``clock_offset``."""
        return self._base_clock() + self.clock_offset

    def advance_clock(self, seconds: float) -> float:
        """Move the fake's clock forward by ``seconds``; returns the new time."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0 (the clock never goes back), got {seconds}")
        self.clock_offset += seconds
        return self.wall_clock()

    def add_store(
        self,
        store_id: int | None = None,
        token: str | None = None,
        name: str | None = None,
        public_token: str | None = None,
    ) -> StoreState:
        """Create a store (a free id and random ``secret_``/``public_`` tokens unless given)."""
        if store_id is None:
            store_id = max(self.stores, default=1002) + 1
        if store_id in self.stores:
            raise ValueError(f"store {store_id} already exists")
        if token is None:
            token = f"secret_{secrets.token_hex(16)}"
        if any(s.token == token for s in self.stores.values()):
            raise ValueError("that token already belongs to another store")
        state = StoreState(
            store_id, token, name or f"Store {store_id}", self.wall_clock, public_token
        )
        self.stores[store_id] = state
        return state
