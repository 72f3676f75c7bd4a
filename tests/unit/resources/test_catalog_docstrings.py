"""Each catalog method's docstring names its docs heading and the very request it builds."""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

from ecwid_async.call import Call
from ecwid_async.pagination import Paginator
from ecwid_async.resources.categories import CategoriesResource
from ecwid_async.resources.combinations import CombinationsResource
from ecwid_async.resources.product_classes import ProductClassesResource
from ecwid_async.resources.products import ProductsResource
from ecwid_async.resources.profile import ProfileResource

from . import PNG, client

FIRST_LINE = re.compile(
    r"(?P<heading>[A-Z][^:]+): ``(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*)``\."
)
IDS = {"productId": 11, "combinationId": 22, "fileId": 33, "categoryId": 44, "classId": 55}
RESOURCES = {
    "profile": ProfileResource,
    "products": ProductsResource,
    "categories": CategoriesResource,
    "combinations": CombinationsResource,
    "product_classes": ProductClassesResource,
}
# Arguments after the path ids, for the methods that need more.
EXTRA: dict[str, tuple[Any, ...]] = {
    "update": ({},),
    "create": ({},),
    "adjust_inventory": (1,),
    "update_file": ("text",),
    "upload_image": (PNG,),
    "upload_logo": (PNG,),
    "upload_invoice_logo": (PNG,),
    "upload_gallery_image": (PNG,),
}

METHODS = [
    (attr, name)
    for attr, cls in RESOURCES.items()
    for name, fn in vars(cls).items()
    if not name.startswith("_") and inspect.isfunction(fn)
]  # fmt: skip


def _request(call: Call[Any] | Paginator[Any]) -> tuple[str, str]:
    if isinstance(call, Paginator):
        call = call._fetch(0, 100)
    return call.method, call.path


@pytest.mark.parametrize(("attr", "name"), METHODS, ids=[f"{a}.{n}" for a, n in METHODS])
def test_docstring_first_line_is_heading_and_the_request_built(attr: str, name: str) -> None:
    method: Callable[..., Any] = getattr(getattr(client(), attr), name)
    doc = inspect.getdoc(method)
    assert doc, f"{attr}.{name} has no docstring"
    match = FIRST_LINE.fullmatch(doc.splitlines()[0])
    assert match, f"{attr}.{name}: {doc.splitlines()[0]!r}"
    template = match["path"]
    names = re.findall(r"\{(\w+)\}", template)
    args: list[Any] = [IDS[n] for n in names]
    if name == "upload_file":
        built = method(*args, b"x", file_name="x.bin")
    else:
        built = method(*args, *EXTRA.get(name, ()))
    assert _request(built) == (match["method"], template.format(**IDS))


def test_every_catalog_resource_is_on_the_client() -> None:
    ecwid = client()
    for attr, cls in RESOURCES.items():
        assert isinstance(getattr(ecwid, attr), cls)
