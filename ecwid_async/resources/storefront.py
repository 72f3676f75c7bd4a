"""Storefront widget pages: what a page slug is, and its static code (docs: "Get page slug
and static code")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .._params import query
from .._params import response_fields as _fields
from ..call import Call
from ..models.storefront import StorefrontPage
from ._base import Resource

__all__ = ["StorefrontResource"]


def _template_vars(template_vars: Mapping[str, str] | None) -> dict[str, str]:
    """``ec.storefront.*`` appearance options as ``tplvar_*`` query parameters."""
    out: dict[str, str] = {}
    for name, value in (template_vars or {}).items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"template_vars keys must be option names, got {name!r}")
        key = name if name.startswith("tplvar_") else f"tplvar_{name}"
        out[key] = value
    return out


class StorefrontResource(Resource):
    """``ecwid.storefront``: page slugs (products, categories, the root page) and static HTML."""

    __slots__ = ()

    def page(
        self,
        slug: str | None = None,
        *,
        store_root_page: bool | None = None,
        get_static_content: bool | None = None,
        lang: str | None = None,
        base_url: str | None = None,
        clean_urls: bool | None = None,
        slugs_without_ids: bool | None = None,
        international_pages: str | None = None,
        template_vars: Mapping[str, str] | None = None,
        response_fields: str | Sequence[str] | None = None,
    ) -> Call[StorefrontPage]:
        """Get page slug and static code: ``GET /storefront-widget-pages``.

        Any slug that ever worked finds its page (``status`` NONCANONICAL points to the
        ``canonical_slug``); ``store_root_page=True`` finds the root page without a slug.
        """
        if slug is None and not store_root_page:
            raise ValueError("pass a slug, or store_root_page=True")
        return self._call(
            "GET",
            "/storefront-widget-pages",
            StorefrontPage,
            params=query(
                _template_vars(template_vars),
                slug=slug,
                storeRootPage=store_root_page,
                getStaticContent=get_static_content,
                lang=lang,
                baseUrl=base_url,
                cleanUrls=clean_urls,
                slugsWithoutIds=slugs_without_ids,
                internationalPages=international_pages,
                responseFields=_fields(response_fields),
            ),
        )
