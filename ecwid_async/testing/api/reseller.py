"""Reseller API v1 (docs: partner-api.txt): form POSTs to ``/resellerapi/v1/<call>`` with the
partner ``key`` (403 when wrong or missing), answered in ``text/xml``.

The docs' XML samples were lost, so the documents served here are the shapes the
client's models in ``ecwid_async/models/reseller.py`` parse: ``<registration>`` with
``ownerid`` and ``profile_id``; ``<subscription>`` with ``expiration`` (``<subscription/>``
for a plan without expiry); ``<status>`` with the documented element names
(``account-type/subscription/originalProduct`` holds the plan); ``<stores total= count=
offset= limit=>`` of ``<store>``; ``<plans>`` of ``<plan>``. Errors are Ecwid's usual
status codes with a JSON ``errorMessage``: 400 bad input, 403 wrong key or not the
partner's store, 404 no such store, 409 email taken, 412 malformed store-list parameter.
Parameters are read from the form and from the query string (the docs show both).
"""

from __future__ import annotations

import zoneinfo
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from aiohttp import web

from ..errors import FakeApiError, bad_request
from ..models import Backend, StoreState, format_date
from ..params import parse_date
from ..routing import Ctx, RouteTable
from ._partner import (
    DEFAULT_PLAN,
    Account,
    accounts,
    create_account,
    form_fields,
    owned,
    set_suspended,
    store_email,
    store_owner,
)

routes = RouteTable(scope="root")

ROOT = "/resellerapi/v1"
#: The partner's plans (``FREE`` is the default one, without an expiration date).
PLANS = (
    {"name": DEFAULT_PLAN, "title": "Free", "price": 0, "billing": "monthly"},
    {"name": "VENTURE", "title": "Venture", "price": 15, "billing": "monthly"},
    {"name": "BUSINESS", "title": "Business", "price": 35, "billing": "monthly"},
    {"name": "UNLIMITED", "title": "Unlimited", "price": 99, "billing": "monthly"},
)
_DAYS = {"monthly": 30, "annual": 365}
_TRIAL_DAYS = 14
_TRUE, _FALSE = ("y", "yes", "1", "true", "t"), ("n", "no", "0", "false", "f")
_ORDERS = ("id", "email", "url", "traffic", "storage", "date")
Fields = dict[str, str]


# -- XML -------------------------------------------------------------------------------------
def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _fill(parent: Element, items: dict[str, Any]) -> Element:
    for tag, value in items.items():
        if value is None:
            continue
        child = SubElement(parent, tag)
        if isinstance(value, dict):
            _fill(child, value)
        else:
            child.text = _text(value)
    return parent


def xml_response(root: Element) -> web.Response:
    """A ``text/xml`` answer with ``root`` as the document."""
    body = tostring(root, encoding="utf-8", xml_declaration=True)
    return web.Response(body=body, content_type="text/xml", charset="utf-8")


def _doc(tag: str, items: dict[str, Any]) -> web.Response:
    return xml_response(_fill(Element(tag), items))


# -- parameters --------------------------------------------------------------------------------
def _fields(ctx: Ctx) -> Fields:
    fields = form_fields(ctx)
    if fields.get("key") != ctx.backend.partner_key:
        raise FakeApiError(403, "Wrong or missing partner API key")
    return fields


def _required(fields: Fields, name: str) -> str:
    value = fields.get(name, "").strip()
    if not value:
        raise bad_request(f"Parameter '{name}' is required")
    return value


def _owner(ctx: Ctx, fields: Fields, name: str = "ownerid") -> tuple[StoreState, Account]:
    raw = _required(fields, name)
    if not raw.isdigit():
        raise bad_request(f"Parameter '{name}' must be a store id, got '{raw}'")
    return owned(ctx.backend, int(raw))


def _check_profile_id(value: str) -> None:
    """400 unless ``value`` is a profile id: ``p`` and digits (``p987654321``)."""
    if not (value[:1] == "p" and value[1:].isdigit()):
        raise bad_request(f"Wrong profile id '{value}'")


def _plan(fields: Fields) -> tuple[str, str]:
    plan = _required(fields, "plan")
    if plan not in {p["name"] for p in PLANS}:
        raise bad_request(f"Unknown plan '{plan}'")
    billing = fields.get("billing") or "monthly"
    if billing not in _DAYS:
        raise bad_request(f"Wrong billing '{billing}': expected monthly or annual")
    return plan, billing


def _subscribe(store: StoreState, account: Account, plan: str, billing: str, days: int) -> None:
    price = next(p["price"] for p in PLANS if p["name"] == plan)
    account.plan, account.billing = plan, billing
    account.expiration = format_date(store.now() + days * 86400) if price else None


# -- account calls -----------------------------------------------------------------------------
@routes.post(f"{ROOT}/register")
def register(ctx: Ctx) -> Any:
    """Create new Ecwid account -> ``<registration><ownerid/>[<profile_id/>]``."""
    fields = _fields(ctx)
    _required(fields, "password")  # checked, never kept
    plan, billing = _plan(fields)
    trial = fields.get("is_trial", "false").lower() == "true"
    profile_id = fields.get("profile_id") or None
    if profile_id is not None:
        _check_profile_id(profile_id)
    store, account = create_account(
        ctx.backend,
        fields.get("email"),
        fields.get("name"),
        profile_id=profile_id,
        trial=trial,
        source=fields.get("source") or None,
    )
    _subscribe(store, account, plan, billing, _TRIAL_DAYS if trial else _DAYS[billing])
    if fields.get("timezone"):
        store.profile["formatsAndUnits"]["timezone"] = fields["timezone"]
    if fields.get("defaultlanguage"):
        lang = fields["defaultlanguage"]
        store.profile["languages"] = {"enabledLanguages": [lang], "defaultLanguage": lang}
    answer: dict[str, Any] = {"ownerid": store.store_id}
    if fields.get("returnProfileId", "").lower() == "true":
        answer["profile_id"] = account.profile_id
    return _doc("registration", answer)


@routes.post(f"{ROOT}/subscribe")
def subscribe(ctx: Ctx) -> Any:
    """Change the account subscription -> ``<subscription><expiration/>``."""
    fields = _fields(ctx)
    store, account = _owner(ctx, fields)
    plan, billing = _plan(fields)
    _subscribe(store, account, plan, billing, _DAYS[billing])
    return _doc("subscription", {"expiration": account.expiration})


@routes.post(f"{ROOT}/unsubscribe")
def unsubscribe(ctx: Ctx) -> Any:
    """Back to the default (free) plan -> ``<subscription/>``, no expiration."""
    store, account = _owner(ctx, _fields(ctx))
    _subscribe(store, account, DEFAULT_PLAN, "monthly", _DAYS["monthly"])
    return _doc("subscription", {"expiration": account.expiration})


def _set_suspended(suspended: bool) -> Any:
    def handler(ctx: Ctx) -> Any:
        _store, account = _owner(ctx, _fields(ctx))
        set_suspended(ctx, account, suspended)
        return web.Response(status=200)

    handler.__doc__ = f"{'Suspend' if suspended else 'Resume'} an account (200, empty body)."
    return handler


routes.add("POST", f"{ROOT}/suspend", _set_suspended(True))
routes.add("POST", f"{ROOT}/resume", _set_suspended(False))


@routes.post(f"{ROOT}/delete")
def delete(ctx: Ctx) -> Any:
    """Delete an account the partner created (200, empty body)."""
    store, _account = _owner(ctx, _fields(ctx))
    del ctx.backend.stores[store.store_id]
    del accounts(ctx.backend)[store.store_id]
    return web.Response(status=200)


@routes.post(f"{ROOT}/change-store-profile")
def change_store_profile(ctx: Ctx) -> Any:
    """Move a store from ``src_profile`` to ``dst_profile`` (200, empty body)."""
    fields = _fields(ctx)
    _store, account = _owner(ctx, fields)
    src, dst = _required(fields, "src_profile"), _required(fields, "dst_profile")
    if src != account.profile_id:
        raise bad_request(f"Store #{account.store_id} is not in profile '{src}'")
    _check_profile_id(dst)
    account.profile_id = dst
    return web.Response(status=200)


# -- status, info, plans -------------------------------------------------------------------------
def _storage(store: StoreState) -> float:
    return round(sum(len(blob) for blob in store.blobs.values()) / 1_048_576, 3)


def status_items(store: StoreState, account: Account) -> dict[str, Any]:
    """The ``<status>`` elements of one store (see the module doc)."""
    units = store.profile.get("formatsAndUnits") or {}
    total = sum(
        float(order.get("total") or 0)
        for order in store.orders.values()
        if order.get("paymentStatus") != "INCOMPLETE"
    )
    subscription = {
        "originalProduct": account.plan,
        "billing": account.billing,
        "expiration": account.expiration,
        "trial": account.trial,
    }
    return {
        "ownerid": store.store_id,
        "profile_id": account.profile_id,
        "suspended": account.suspended,
        "closed": bool((store.profile.get("settings") or {}).get("closed")),
        "email": store_email(store),
        "name": store_owner(store),
        "traffic": 0,
        "storage": _storage(store),
        "account-type": {"subscription": subscription},
        "total": round(total, 2),
        "currency": units.get("currency", "USD"),
        "productCount": len(store.products),
        "categoryCount": len(store.categories),
        "source": account.source,
    }


@routes.post(f"{ROOT}/status")
def status(ctx: Ctx) -> Any:
    """Account status -> ``<status>`` (404 unknown store, 403 not the partner's)."""
    return _doc("status", status_items(*_owner(ctx, _fields(ctx))))


@routes.post(f"{ROOT}/info")
def info(ctx: Ctx) -> Any:
    """Store info: ``store.id`` -> ``<status>``; ``store.ids`` -> ``<stores>`` of ``<store>``."""
    fields = _fields(ctx)
    if fields.get("store.id"):
        return _doc("status", status_items(*_owner(ctx, fields, "store.id")))
    ids = [i.strip() for i in _required(fields, "store.ids").split(",") if i.strip()]
    root = Element("stores")
    for raw in ids:
        _fill(SubElement(root, "store"), status_items(*_owner(ctx, {"id": raw}, "id")))
    return xml_response(root)


@routes.post(f"{ROOT}/plans")
def plans(ctx: Ctx) -> Any:
    """The partner's active plans -> ``<plans><plan>`` with name, title, price, billing."""
    _fields(ctx)
    root = Element("plans")
    for plan in PLANS:
        _fill(SubElement(root, "plan"), plan)
    return xml_response(root)


# -- the store list ------------------------------------------------------------------------------
def _malformed(name: str, value: str) -> FakeApiError:
    return FakeApiError(412, f"Wrong format of parameter '{name}': '{value}'")


def _date(fields: Fields, name: str, offset: float) -> float | None:
    raw = fields.get(name)
    if raw is None or raw == "":
        return None
    when = parse_date(raw) if raw.isdigit() or len(raw) == 10 else None
    if when is None:
        raise _malformed(name, raw)
    return when if raw.isdigit() else when - offset


def _int(fields: Fields, name: str, default: int, high: int | None = None) -> int:
    raw = fields.get(name) or str(default)
    if not raw.isdigit() or (high is not None and int(raw) > high):
        raise _malformed(name, raw)
    return int(raw)


def _list_filters(fields: Fields) -> list[Any]:
    zone = fields.get("timezone") or "GMT"
    try:
        offset = zoneinfo.ZoneInfo(zone).utcoffset(None)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise _malformed("timezone", zone) from None
    shift = offset.total_seconds() if offset is not None else 0.0
    if "date.from" not in fields:
        raise _malformed("date.from", "")
    low, high = _date(fields, "date.from", shift), _date(fields, "date.to", shift)
    preds: list[Any] = []
    if low is not None:
        preds.append(lambda s, a: a.created >= low)
    if high is not None:
        preds.append(lambda s, a: a.created <= high)
    raw_ids = fields.get("store.ids") or fields.get("store.id")
    if raw_ids:
        parts = [p.strip() for p in raw_ids.split(",")]
        if not all(p.isdigit() for p in parts):
            raise _malformed("store.ids", raw_ids)
        wanted = {int(p) for p in parts}
        preds.append(lambda s, a: s.store_id in wanted)
    if url := (fields.get("url.substring") or "").lower():
        preds.append(lambda s, a: url in _url(s).lower())
    if email := (fields.get("email.substring") or "").lower():
        preds.append(lambda s, a: email in store_email(s).lower())
    if raw := (fields.get("suspended") or "").lower():
        if raw not in _TRUE + _FALSE:
            raise _malformed("suspended", raw)
        flag = raw in _TRUE
        preds.append(lambda s, a: a.suspended is flag)
    return preds


def _url(store: StoreState) -> str:
    return str((store.profile.get("generalInfo") or {}).get("storeUrl") or "")


def _sort_key(order: str) -> Any:
    keys = {
        "id": lambda s, a: s.store_id,
        "email": lambda s, a: (store_email(s).lower(), s.store_id),
        "url": lambda s, a: (_url(s), s.store_id),
        "traffic": lambda s, a: (0, s.store_id),
        "storage": lambda s, a: (_storage(s), s.store_id),
        "date": lambda s, a: (a.created, s.store_id),
    }
    return keys[order.removesuffix("_desc")]


def _partner_stores(backend: Backend) -> list[tuple[StoreState, Account]]:
    return [(backend.stores[i], a) for i, a in accounts(backend).items() if i in backend.stores]


@routes.post(f"{ROOT}/stores")
def list_stores(ctx: Ctx) -> Any:
    """The partner's stores, filtered, sorted and paged (``limit`` <= 100, default 20)."""
    fields = _fields(ctx)
    preds = _list_filters(fields)
    order = fields.get("order") or "id"
    if order.removesuffix("_desc") not in _ORDERS:
        raise _malformed("order", order)
    offset, limit = _int(fields, "offset", 0), _int(fields, "limit", 20, 100)
    found = [(s, a) for s, a in _partner_stores(ctx.backend) if all(p(s, a) for p in preds)]
    key = _sort_key(order)
    found.sort(key=lambda pair: key(*pair), reverse=order.endswith("_desc"))
    window = found[offset : offset + limit]
    counts = {"total": len(found), "count": len(window), "offset": offset, "limit": limit}
    root = Element("stores", {name: str(value) for name, value in counts.items()})
    for store, account in window:
        item = {
            "id": store.store_id,
            "email": store_email(store),
            "url": _url(store),
            "name": store.profile["settings"].get("storeName", store.name),
            "suspended": account.suspended,
            "created": format_date(account.created),
        }
        _fill(SubElement(root, "store"), item)
    return xml_response(root)
