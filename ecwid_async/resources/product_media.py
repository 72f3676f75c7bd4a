"""Product images, videos and files (docs: "Product images and videos", "Product files").

The methods of ``ecwid.products`` that handle a product's media; :class:`ProductsResource`
inherits them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._params import check_id, check_int_id, query
from ..call import Call
from ..models.catalog_media import ImageAlt, ProductMediaUpdateInput, ProductMediaVideo
from ..models.common import DeleteStatus, UpdateStatus, UploadStatus
from ..models.product import ProductFileInput
from ._base import json_body
from ._uploads import (
    UploadingResource,
    UploadSource,
    async_image_body,
    file_name_of,
    file_payload,
    image_payload,
    video_body,
)

__all__ = ["ProductMediaResource"]


def product_path(product_id: int) -> str:
    """``/products/{productId}``, the id checked."""
    return f"/products/{check_id('product_id', product_id)}"


def _file(product_id: int, file_id: int) -> str:
    return f"{product_path(product_id)}/files/{check_int_id('file_id', file_id)}"


def _gallery_video(product_id: int, gallery_video_id: int) -> str:
    return f"{product_path(product_id)}/gallery/video/{check_int_id('gallery_video_id', gallery_video_id)}"  # noqa: E501


def _description(description: str) -> ProductFileInput:
    if not isinstance(description, str):
        raise TypeError(f"description must be a string, got {type(description).__name__}")
    return ProductFileInput(description=description)


class ProductMediaResource(UploadingResource):
    """The media half of ``ecwid.products``: main and gallery images and videos, files."""

    __slots__ = ()

    # -- main image and video ---------------------------------------------------------------
    def upload_image(
        self,
        product_id: int,
        image: UploadSource | None = None,
        *,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload main product image: ``POST /products/{productId}/image``.

        Replaces the main image: PNG, JPEG, GIF or WebP up to 20 MB, as bytes, a path or
        a stream, or ``external_url=`` for Ecwid to fetch.
        """
        return self._upload(
            f"{product_path(product_id)}/image",
            image_payload(image, external_url=external_url, what="product image"),
        )

    def upload_image_async(
        self,
        product_id: int,
        url: str,
        *,
        width: int,
        height: int,
        external_id: str | None = None,
        alt: ImageAlt | Mapping[str, Any] | None = None,
    ) -> Call[UploadStatus]:
        """Upload main product image (async): ``POST /products/{productId}/image/async``.

        Ecwid fetches the HTTPS ``url`` later; the answer comes before the image is stored.
        """
        return self._call(
            "POST",
            f"{product_path(product_id)}/image/async",
            UploadStatus,
            body=async_image_body(url, width, height, external_id=external_id, alt=alt),
        )

    def delete_image(self, product_id: int) -> Call[DeleteStatus]:
        """Delete main product image: ``DELETE /products/{productId}/image``."""
        return self._call("DELETE", f"{product_path(product_id)}/image", DeleteStatus)

    def upload_video(self, product_id: int, url: str) -> Call[UploadStatus]:
        """Upload main product video: ``POST /products/{productId}/video``.

        ``url`` is an HTTPS link to the video (YouTube, Vimeo or a file).
        """
        return self._call(
            "POST", f"{product_path(product_id)}/video", UploadStatus, body=video_body(url)
        )

    def delete_video(self, product_id: int) -> Call[DeleteStatus]:
        """Delete main product video: ``DELETE /products/{productId}/video``."""
        return self._call("DELETE", f"{product_path(product_id)}/video", DeleteStatus)

    def update_media(
        self, product_id: int, media: Mapping[str, Any] | ProductMediaUpdateInput
    ) -> Call[UpdateStatus]:
        """Bulk update product images and videos: ``PUT /products/{productId}/media``.

        ``mainMedia`` replaces the main image or video; ``galleryMedia`` replaces the whole
        gallery (both empty: the gallery is deleted).
        """
        return self._call(
            "PUT",
            f"{product_path(product_id)}/media",
            UpdateStatus,
            body=json_body(media, ProductMediaUpdateInput, "media"),
        )

    # -- gallery ---------------------------------------------------------------------------
    def upload_gallery_image(
        self,
        product_id: int,
        image: UploadSource | None = None,
        *,
        file_name: str | None = None,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload gallery product image: ``POST /products/{productId}/gallery``.

        Adds an image to the gallery; ``file_name`` is its title. Limits as for
        :meth:`upload_image`.
        """
        return self._upload(
            f"{product_path(product_id)}/gallery",
            image_payload(image, external_url=external_url, what="gallery image"),
            query(fileName=file_name),
        )

    def upload_gallery_image_async(
        self,
        product_id: int,
        url: str,
        *,
        width: int,
        height: int,
        external_id: str | None = None,
        alt: ImageAlt | Mapping[str, Any] | None = None,
    ) -> Call[UploadStatus]:
        """Upload gallery product image (async): ``POST /products/{productId}/gallery/async``."""
        return self._call(
            "POST",
            f"{product_path(product_id)}/gallery/async",
            UploadStatus,
            body=async_image_body(url, width, height, external_id=external_id, alt=alt),
        )

    def delete_gallery_image(self, product_id: int, gallery_image_id: int) -> Call[DeleteStatus]:
        """Delete gallery product image: ``DELETE /products/{productId}/gallery/{galleryImageId}``."""  # noqa: E501
        return self._call(
            "DELETE",
            f"{product_path(product_id)}/gallery/{check_int_id('gallery_image_id', gallery_image_id)}",  # noqa: E501
            DeleteStatus,
        )

    def delete_gallery_images(self, product_id: int) -> Call[DeleteStatus]:
        """Delete all gallery product images: ``DELETE /products/{productId}/gallery``."""
        return self._call("DELETE", f"{product_path(product_id)}/gallery", DeleteStatus)

    def upload_gallery_video(self, product_id: int, url: str) -> Call[UploadStatus]:
        """Upload gallery product video: ``POST /products/{productId}/gallery/video``."""
        return self._call(
            "POST",
            f"{product_path(product_id)}/gallery/video",
            UploadStatus,
            body=video_body(url),
        )

    def download_gallery_video(
        self, product_id: int, gallery_video_id: int
    ) -> Call[ProductMediaVideo]:
        """Download gallery product video: ``GET /products/{productId}/gallery/video/{galleryVideoId}``."""  # noqa: E501
        return self._call("GET", _gallery_video(product_id, gallery_video_id), ProductMediaVideo)

    def upload_video_cover(
        self,
        product_id: int,
        gallery_video_id: int,
        image: UploadSource | None = None,
        *,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload cover for gallery video: ``PUT /products/{productId}/gallery/video/{galleryVideoId}``.

        The cover image as for :meth:`upload_image` (bytes, a path, a stream, or
        ``external_url=``).
        """  # noqa: E501
        return self._upload(
            _gallery_video(product_id, gallery_video_id),
            image_payload(image, external_url=external_url, what="video cover"),
            method="PUT",
        )

    def delete_gallery_video(self, product_id: int, gallery_video_id: int) -> Call[DeleteStatus]:
        """Delete gallery product video: ``DELETE /products/{productId}/gallery/{galleryVideoId}``."""  # noqa: E501
        return self._call(
            "DELETE",
            f"{product_path(product_id)}/gallery/{check_int_id('gallery_video_id', gallery_video_id)}",  # noqa: E501
            DeleteStatus,
        )

    # -- files (e-goods) ---------------------------------------------------------------------
    def download_file(self, product_id: int, file_id: int) -> Call[bytes]:
        """Download product file: ``GET /products/{productId}/files/{fileId}``.

        ``await`` it for the bytes, or ``async with call.stream() as chunks:`` for a
        large file.
        """
        return self._call("GET", _file(product_id, file_id), bytes)

    def upload_file(
        self,
        product_id: int,
        file: UploadSource | None = None,
        *,
        file_name: str | None = None,
        description: str | None = None,
        external_url: str | None = None,
    ) -> Call[UploadStatus]:
        """Upload product file: ``POST /products/{productId}/files``.

        An e-goods file up to 100 MB that buyers download; ``file_name`` (what they see)
        defaults to the path's or URL's name.
        """
        return self._upload(
            f"{product_path(product_id)}/files",
            file_payload(file, external_url=external_url, what="product file"),
            query(
                fileName=file_name_of(file_name, file, external_url),
                description=description,
            ),
        )

    def update_file(self, product_id: int, file_id: int, description: str) -> Call[UpdateStatus]:
        """Change product file description: ``PUT /products/{productId}/files/{fileId}``."""
        return self._call(
            "PUT", _file(product_id, file_id), UpdateStatus, body=_description(description)
        )

    def delete_file(self, product_id: int, file_id: int) -> Call[DeleteStatus]:
        """Delete product file: ``DELETE /products/{productId}/files/{fileId}``."""
        return self._call("DELETE", _file(product_id, file_id), DeleteStatus)

    def delete_files(self, product_id: int) -> Call[DeleteStatus]:
        """Delete all product files: ``DELETE /products/{productId}/files``."""
        return self._call("DELETE", f"{product_path(product_id)}/files", DeleteStatus)
