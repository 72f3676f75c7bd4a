"""Product image, gallery and files (e-goods) (docs: "Upload product image" ... "Delete all
product files"). Uploads are the raw request body; the bytes are kept and served back."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ..errors import bad_request, not_found
from ..models import Entity, StoreState
from ..routing import Ctx, RouteTable
from ._common import IMAGE_FIELDS, created, deleted, updated
from .products import changed, product_of

routes = RouteTable()


def media_url(ctx: Ctx, blob_id: int, name: str = "image.jpg") -> str:
    """Where the fake serves an uploaded blob (see ``media_files``), or the ``externalUrl``
    it was uploaded from."""
    external = ctx.store.external_urls.get(blob_id)
    if external is not None:
        return external
    root = ctx.base_url.removesuffix("/api/v3")
    return f"{root}/media/{ctx.store.store_id}/{blob_id}/{name}"


def upload(ctx: Ctx) -> tuple[int, bytes]:
    """Keep the request body as a new blob, or remember the ``externalUrl`` parameter when
    the body is empty (how uploads go inside a batch); 400 when there is neither."""
    external = ctx.query.get("externalUrl")
    if not ctx.body and not external:
        raise bad_request("Request body is empty: the file itself must be sent as the body")
    blob_id = ctx.store.next_id("blob", 5000000)
    if not ctx.body and external:
        ctx.store.external_urls[blob_id] = external
    ctx.store.blobs[blob_id] = ctx.body
    return blob_id, ctx.body


def image_fields(url: str) -> dict[str, Any]:
    """The image URL fields Ecwid sets for an uploaded image (all pointing at one blob)."""
    return {
        "thumbnailUrl": url,
        "imageUrl": url,
        "smallThumbnailUrl": url,
        "hdThumbnailUrl": url,
        "originalImageUrl": url,
        "originalImage": {"url": url, "width": 800, "height": 800},
    }


def drop_image(store: StoreState, entity: Entity, owner: str) -> bool:
    """Remove an entity's main image (its fields and its blob); whether it had one."""
    had = "originalImageUrl" in entity
    blob = store.image_blobs.pop(owner, None)
    if blob is not None:
        store.blobs.pop(blob, None)
    for field in IMAGE_FIELDS:
        entity.pop(field, None)
    return had


def set_image(ctx: Ctx, entity: Entity, owner: str) -> int:
    """Replace an entity's main image with the uploaded body; returns the image id."""
    blob_id, _data = upload(ctx)
    drop_image(ctx.store, entity, owner)
    entity.update(image_fields(media_url(ctx, blob_id)))
    ctx.store.image_blobs[owner] = blob_id
    return blob_id


# -- main image --------------------------------------------------------------------------------
@routes.post("/products/{productId}/image")
def upload_image(ctx: Ctx) -> Any:
    """Upload product image (replaces the current one)."""
    product = product_of(ctx)
    blob_id = set_image(ctx, product, f"product:{product['id']}")
    changed(ctx.store, product)
    return created(blob_id)


@routes.delete("/products/{productId}/image")
def delete_image(ctx: Ctx) -> Any:
    """Delete product image."""
    product = product_of(ctx)
    count = int(drop_image(ctx.store, product, f"product:{product['id']}"))
    changed(ctx.store, product)
    return deleted(count)


# -- gallery -----------------------------------------------------------------------------------
@routes.post("/products/{productId}/gallery")
def upload_gallery_image(ctx: Ctx) -> Any:
    """Upload gallery image (``fileName`` is its title)."""
    product = product_of(ctx)
    blob_id, _data = upload(ctx)
    url = media_url(ctx, blob_id)
    gallery = product.setdefault("galleryImages", [])
    gallery.append(
        {
            "id": blob_id,
            "alt": ctx.query.get("fileName", ""),
            "url": url,
            "thumbnail": url,
            **{k: v for k, v in image_fields(url).items() if k != "originalImage"},
            "width": 800,
            "height": 800,
            "orderBy": len(gallery),
        }
    )
    changed(ctx.store, product)
    return created(blob_id)


@routes.delete("/products/{productId}/gallery/{fileId}")
def delete_gallery_image(ctx: Ctx) -> Any:
    """Delete gallery image."""
    product = product_of(ctx)
    file_id = ctx.int_param("fileId")
    gallery = product.get("galleryImages") or []
    if not any(g["id"] == file_id for g in gallery):
        raise not_found(f"Gallery image #{file_id} not found")
    product["galleryImages"] = [g for g in gallery if g["id"] != file_id]
    ctx.store.blobs.pop(file_id, None)
    changed(ctx.store, product)
    return deleted()


@routes.delete("/products/{productId}/gallery")
def delete_gallery(ctx: Ctx) -> Any:
    """Delete all gallery images."""
    product = product_of(ctx)
    gallery = product.get("galleryImages") or []
    for image in gallery:
        ctx.store.blobs.pop(image["id"], None)
    product["galleryImages"] = []
    changed(ctx.store, product)
    return deleted(len(gallery))


# -- files (e-goods) ---------------------------------------------------------------------------
def _file(product: Entity, file_id: int) -> Entity:
    for entry in product.get("files") or ():
        if entry["id"] == file_id:
            return entry  # type: ignore[no-any-return]
    raise not_found(f"File #{file_id} not found")


@routes.get("/products/{productId}/files/{fileId}")
def download_file(ctx: Ctx) -> Any:
    """Download product file: the bytes uploaded."""
    product = product_of(ctx)
    entry = _file(product, ctx.int_param("fileId"))
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
    product.setdefault("files", []).append(
        {
            "id": blob_id,
            "name": name,
            "description": ctx.query.get("description", ""),
            "size": len(data),
            "adminUrl": f"{ctx.base_url}/{ctx.store.store_id}/products/{product['id']}"
            f"/files/{blob_id}",
        }
    )
    changed(ctx.store, product)
    return created(blob_id)


@routes.put("/products/{productId}/files/{fileId}")
def update_file(ctx: Ctx) -> Any:
    """Update product file description."""
    product = product_of(ctx)
    entry = _file(product, ctx.int_param("fileId"))
    body = ctx.json_object()
    description = body.get("description", ctx.query.get("description"))
    if description is not None:
        entry["description"] = str(description)
    changed(ctx.store, product)
    return updated()


@routes.delete("/products/{productId}/files/{fileId}")
def delete_file(ctx: Ctx) -> Any:
    """Delete product file."""
    product = product_of(ctx)
    file_id = ctx.int_param("fileId")
    _file(product, file_id)
    product["files"] = [f for f in product["files"] if f["id"] != file_id]
    ctx.store.blobs.pop(file_id, None)
    changed(ctx.store, product)
    return deleted()


@routes.delete("/products/{productId}/files")
def delete_files(ctx: Ctx) -> Any:
    """Delete all product files."""
    product = product_of(ctx)
    files = product.get("files") or []
    for entry in files:
        ctx.store.blobs.pop(entry["id"], None)
    product["files"] = []
    changed(ctx.store, product)
    return deleted(len(files))
