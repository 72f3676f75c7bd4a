"""Storefront widget pages: page slugs and static code (docs: "Get page slug and static
code"; fields completed with the official client's ``FetchedSlugInfo``)."""

from __future__ import annotations

from typing import Literal

import msgspec

from ._base import EcwidModel

__all__ = ["PageSlugStatus", "StaticPageContent", "StorefrontEntity", "StorefrontPage"]

PageSlugStatus = Literal["OK", "NOT_FOUND", "NONCANONICAL"]


class StorefrontEntity(EcwidModel):
    """The product or category a slug points to (``storeEntityData``)."""

    id: str | int | None = None


class StaticPageContent(EcwidModel):
    """Static HTML of the page, with ``get_static_content=True`` (``staticContent``)."""

    css_files: list[str] | None = None
    html_code: str | None = None
    js_code: str | None = None
    meta_description_html: str | None = None
    canonical_url: str | None = None
    og_tags_html: str | None = None
    json_ld_html: str | None = msgspec.field(default=None, name="jsonLDHtml")
    href_lang_html: str | None = None
    last_updated: int | None = None


class StorefrontPage(EcwidModel):
    """What a slug is: ``status`` (OK, NOT_FOUND, NONCANONICAL), ``type`` (PRODUCT,
    CATEGORY, ROOT...), the ``canonical_slug`` and the entity it points to."""

    status: str | None = None
    type: str | None = None
    canonical_slug: str | None = None
    store_entity_data: StorefrontEntity | None = None
    static_content: StaticPageContent | None = None
