"""Product images, videos and files (docs: "Product images and videos", "Product files").
Uploads are the raw request body; the bytes are kept and served back (``media_files``).
Thin handlers over :mod:`..backend.media`."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..backend import media
from ..errors import bad_request, not_found
from ..models import Entity
from ..routing import Ctx, RouteTable
from ._common import created, deleted, updated
from .products import changed, product_of

__all__ = ["async_image", "media_url", "routes", "set_image", "upload"]

routes = RouteTable()


def media_url(ctx: Ctx, blob_id: int, name: str = "image.jpg") -> str:
    """Where the fake serves an uploaded blob, or the ``externalUrl`` it came from."""
    return media.media_url(ctx.store, ctx.base_url, blob_id, name)


def upload(ctx: Ctx) -> tuple[int, bytes]:
    """Keep the request body as a new blob, or remember the ``externalUrl`` parameter when
    the body is empty (how uploads go inside a batch); 400 when there is neither."""
    external = ctx.query.get("externalUrl")
    if not ctx.body and not external:
        raise bad_request("Request body is empty: the file itself must be sent as the body")
    return media.add_blob(ctx.store, ctx.body, external), ctx.body


def async_image(ctx: Ctx) -> int:
    """The blob of an "(async)" upload: the body's ``url`` (HTTPS), ``width``, ``height``."""
    body = ctx.json_object()
    url = body.get("url")
    if not isinstance(url, str) or not url.startswith("https://"):
        raise bad_request("Field 'url' must be an HTTPS link to the image")
    for field in ("width", "height"):
        if body.get(field) in (None, ""):
            raise bad_request(f"Field '{field}' is required")
    return media.add_blob(ctx.store, b"", url)


def set_image(ctx: Ctx, entity: Entity, owner: str, blob_id: int | None = None) -> int:
    """Replace an entity's main image with the upload (or ``blob_id``); the image id."""
    if blob_id is None:
        blob_id, _data = upload(ctx)
    media.set_image(ctx.store, entity, owner, blob_id, media_url(ctx, blob_id))
    return blob_id


def _product_changed(ctx: Ctx, product: Entity) -> None:
    changed(ctx.store, product)


# -- main image and video ---------------------------------------------------------------
@routes.post("/products/{productId}/image")
def upload_image(ctx: Ctx) -> Any:
    """Upload main product image (replaces the current one)."""
    product = product_of(ctx)
    blob_id = set_image(ctx, product, f"product:{product['id']}")
    _product_changed(ctx, product)
    return created(blob_id)


@routes.post("/products/{productId}/image/async")
def upload_image_async(ctx: Ctx) -> Any:
    """Upload main product image (async): Ecwid fetches the body's ``url``."""
    product = product_of(ctx)
    blob_id = set_image(ctx, product, f"product:{product['id']}", async_image(ctx))
    _product_changed(ctx, product)
    return created(blob_id)


@routes.delete("/products/{productId}/image")
def delete_image(ctx: Ctx) -> Any:
    """Delete main product image."""
    product = product_of(ctx)
    count = int(media.drop_image(ctx.store, product, f"product:{product['id']}"))
    _product_changed(ctx, product)
    return deleted(count)


@routes.post("/products/{productId}/video")
def upload_video(ctx: Ctx) -> Any:
    """Upload main product video (the body's ``url``)."""
    product = product_of(ctx)
    video_id = media.add_video(ctx.store, product, ctx.json_object().get("url"), main=True)
    _product_changed(ctx, product)
    return created(video_id)


@routes.delete("/products/{productId}/video")
def delete_video(ctx: Ctx) -> Any:
    """Delete main product video."""
    product = product_of(ctx)
    count = media.remove_video(ctx.store, product, None)
    _product_changed(ctx, product)
    return deleted(count)


@routes.put("/products/{productId}/media")
def update_media(ctx: Ctx) -> Any:
    """Bulk update product images and videos: links replace the main media and gallery."""
    product = product_of(ctx)
    media.bulk_update(ctx.store, ctx.base_url, product, ctx.json_object())
    _product_changed(ctx, product)
    return updated()


# -- gallery ------------------------------------------------------------------------------
@routes.post("/products/{productId}/gallery")
def upload_gallery_image(ctx: Ctx) -> Any:
    """Upload gallery product image (``fileName`` is its title)."""
    product = product_of(ctx)
    blob_id, _data = upload(ctx)
    media.add_gallery_image(
        product, blob_id, media_url(ctx, blob_id), ctx.query.get("fileName", "")
    )
    _product_changed(ctx, product)
    return created(blob_id)


@routes.post("/products/{productId}/gallery/async")
def upload_gallery_image_async(ctx: Ctx) -> Any:
    """Upload gallery product image (async)."""
    product = product_of(ctx)
    blob_id = async_image(ctx)
    media.add_gallery_image(product, blob_id, media_url(ctx, blob_id), "")
    _product_changed(ctx, product)
    return created(blob_id)


@routes.delete("/products/{productId}/gallery/{galleryItemId}")
def delete_gallery_item(ctx: Ctx) -> Any:
    """Delete gallery product image, or gallery product video (one path for both)."""
    product = product_of(ctx)
    item_id = ctx.int_param("galleryItemId")
    gone = media.remove_gallery_image(ctx.store, product, item_id)
    if not gone and not media.remove_video(ctx.store, product, item_id):
        raise not_found(f"Gallery image or video #{item_id} not found")
    _product_changed(ctx, product)
    return deleted()


@routes.delete("/products/{productId}/gallery")
def delete_gallery(ctx: Ctx) -> Any:
    """Delete all gallery product images."""
    product = product_of(ctx)
    gallery = list(product.get("galleryImages") or [])
    for image in gallery:
        media.remove_gallery_image(ctx.store, product, image["id"])
    _product_changed(ctx, product)
    return deleted(len(gallery))


@routes.post("/products/{productId}/gallery/video")
def upload_gallery_video(ctx: Ctx) -> Any:
    """Upload gallery product video (the body's ``url``)."""
    product = product_of(ctx)
    video_id = media.add_video(ctx.store, product, ctx.json_object().get("url"), main=False)
    _product_changed(ctx, product)
    return created(video_id)


@routes.get("/products/{productId}/gallery/video/{galleryVideoId}")
def download_gallery_video(ctx: Ctx) -> Any:
    """Download gallery product video: its details."""
    return media.find_video(ctx.store, product_of(ctx), ctx.int_param("galleryVideoId"))


@routes.put("/products/{productId}/gallery/video/{galleryVideoId}")
def upload_video_cover(ctx: Ctx) -> Any:
    """Upload cover for gallery video (body or ``externalUrl``)."""
    product = product_of(ctx)
    video = media.find_video(ctx.store, product, ctx.int_param("galleryVideoId"))
    blob_id, _data = upload(ctx)
    media.set_video_cover(video, blob_id, media_url(ctx, blob_id))
    _product_changed(ctx, product)
    return created(blob_id)


# -- files (e-goods) ----------------------------------------------------------------------
@routes.get("/products/{productId}/files/{fileId}")
def download_file(ctx: Ctx) -> Any:
    """Download product file: the bytes uploaded."""
    entry = media.find_file(product_of(ctx), ctx.int_param("fileId"))
    return web.Response(
        body=ctx.store.blobs.get(entry["id"], b""),
        content_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{entry["name"]}"'},
    )


@routes.post("/products/{productId}/files")
def upload_file(ctx: Ctx) -> Any:
    """Upload product file (``fileName``, ``description`` in the query)."""
    product = product_of(ctx)
    name = ctx.query.get("fileName")
    if not name:
        raise bad_request("Parameter 'fileName' is required")
    blob_id, data = upload(ctx)
    admin = f"{ctx.base_url}/{ctx.store.store_id}/products/{product['id']}/files/{blob_id}"
    media.add_file(product, blob_id, name, ctx.query.get("description", ""), len(data), admin)
    _product_changed(ctx, product)
    return created(blob_id)


@routes.put("/products/{productId}/files/{fileId}")
def update_file(ctx: Ctx) -> Any:
    """Change product file description."""
    product = product_of(ctx)
    entry = media.find_file(product, ctx.int_param("fileId"))
    description = ctx.json_object().get("description", ctx.query.get("description"))
    if description is not None:
        entry["description"] = str(description)
    _product_changed(ctx, product)
    return updated()


@routes.delete("/products/{productId}/files/{fileId}")
def delete_file(ctx: Ctx) -> Any:
    """Delete product file."""
    product = product_of(ctx)
    file_id = ctx.int_param("fileId")
    media.find_file(product, file_id)
    product["files"] = [f for f in product["files"] if f["id"] != file_id]
    ctx.store.blobs.pop(file_id, None)
    _product_changed(ctx, product)
    return deleted()


@routes.delete("/products/{productId}/files")
def delete_files(ctx: Ctx) -> Any:
    """Delete all product files."""
    product = product_of(ctx)
    files = product.get("files") or []
    for entry in files:
        ctx.store.blobs.pop(entry["id"], None)
    product["files"] = []
    _product_changed(ctx, product)
    return deleted(len(files))
