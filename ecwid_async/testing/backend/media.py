"""Catalog media domain: uploaded blobs, main images of products, categories and
variations, the product gallery, videos, e-goods files and the ``media`` block."""

from __future__ import annotations

from typing import Any

from ..api._common import IMAGE_FIELDS
from ..errors import bad_request, not_found
from ..models import Entity, StoreState

__all__ = [
    "add_blob",
    "add_file",
    "add_gallery_image",
    "add_video",
    "bulk_update",
    "drop_image",
    "find_file",
    "find_video",
    "image_fields",
    "media_url",
    "refresh_media",
    "remove_gallery_image",
    "remove_video",
    "set_image",
    "set_video_cover",
]


def media_url(store: StoreState, base_url: str, blob_id: int, name: str = "image.jpg") -> str:
    """Where the fake serves an uploaded blob (``/media/...``), or the ``externalUrl`` it
    was uploaded from."""
    external = store.external_urls.get(blob_id)
    if external is not None:
        return external
    root = base_url.removesuffix("/api/v3")
    return f"{root}/media/{store.store_id}/{blob_id}/{name}"


def add_blob(store: StoreState, data: bytes, external_url: str | None = None) -> int:
    """Keep uploaded bytes (or remember the ``externalUrl`` they come from); the blob id."""
    blob_id = store.next_id("blob", 5000000)
    if external_url is not None and not data:
        store.external_urls[blob_id] = external_url
    store.blobs[blob_id] = data
    return blob_id


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


def set_image(store: StoreState, entity: Entity, owner: str, blob_id: int, url: str) -> None:
    """Make blob ``blob_id`` (served at ``url``) an entity's main image."""
    drop_image(store, entity, owner)
    entity.update(image_fields(url))
    store.image_blobs[owner] = blob_id


def add_gallery_image(product: Entity, blob_id: int, url: str, title: str) -> None:
    """Append an image to a product's gallery."""
    gallery = product.setdefault("galleryImages", [])
    gallery.append(
        {
            "id": blob_id,
            "alt": title,
            "url": url,
            "thumbnail": url,
            **{k: v for k, v in image_fields(url).items() if k != "originalImage"},
            "width": 800,
            "height": 800,
            "orderBy": len(gallery),
        }
    )


def remove_gallery_image(store: StoreState, product: Entity, image_id: int) -> bool:
    """Remove one gallery image; whether there was one."""
    gallery = product.get("galleryImages") or []
    if not any(g["id"] == image_id for g in gallery):
        return False
    product["galleryImages"] = [g for g in gallery if g["id"] != image_id]
    store.blobs.pop(image_id, None)
    return True


# -- videos -----------------------------------------------------------------------------------
def _videos(store: StoreState, product_id: int) -> dict[str, Any]:
    return store.videos.setdefault(product_id, {"main": None, "gallery": []})


def add_video(store: StoreState, product: Entity, url: Any, *, main: bool) -> int:
    """Add a video by its link: the main one (replacing it) or one more in the gallery."""
    if not isinstance(url, str) or not url.startswith("https://"):
        raise bad_request("Field 'url' must be an HTTPS link to the video")
    video_id = store.next_id("video", 8000000)
    video: Entity = {
        "id": video_id,
        "url": url,
        "embedHtml": f'<iframe src="{url}"></iframe>',
        "providerName": url.split("/")[2],
        "title": url.rsplit("/", 1)[-1],
    }
    videos = _videos(store, product["id"])
    if main:
        videos["main"] = video
    else:
        videos["gallery"].append(video)
    return video_id


def find_video(store: StoreState, product: Entity, video_id: int) -> Entity:
    """A gallery video of the product (404 when there is none such)."""
    for video in _videos(store, product["id"])["gallery"]:
        if video["id"] == video_id:
            return video  # type: ignore[no-any-return]
    raise not_found(f"Video #{video_id} not found")


def remove_video(store: StoreState, product: Entity, video_id: int | None) -> int:
    """Remove the main video (``video_id`` None) or a gallery video; how many went."""
    videos = _videos(store, product["id"])
    if video_id is None:
        had, videos["main"] = videos["main"] is not None, None
        return int(had)
    before = len(videos["gallery"])
    videos["gallery"] = [v for v in videos["gallery"] if v["id"] != video_id]
    return before - len(videos["gallery"])


def set_video_cover(video: Entity, blob_id: int, url: str) -> None:
    """Make an uploaded image (blob ``blob_id`` at ``url``) a gallery video's cover."""
    video["videoCoverId"] = blob_id
    for size in ("160px", "400px", "800px", "1500px"):
        video[f"image{size}Url"] = url
    video["imageOriginalUrl"] = url


def bulk_update(store: StoreState, base_url: str, product: Entity, body: dict[str, Any]) -> None:
    """Bulk update product images and videos: ``mainMedia`` replaces the main image or
    video; ``galleryMedia`` (when sent) replaces the whole gallery with its links."""
    main = body.get("mainMedia") or {}
    if main.get("imageUrl"):
        blob = add_blob(store, b"", main["imageUrl"])
        set_image(store, product, f"product:{product['id']}", blob, main["imageUrl"])
    if main.get("videoUrl"):
        add_video(store, product, main["videoUrl"], main=True)
    if "galleryMedia" not in body:
        return
    for image in list(product.get("galleryImages") or ()):
        remove_gallery_image(store, product, image["id"])
    _videos(store, product["id"])["gallery"] = []
    for link in body.get("galleryMedia") or ():
        if link.get("imageUrl"):
            blob = add_blob(store, b"", link["imageUrl"])
            add_gallery_image(product, blob, media_url(store, base_url, blob), "")
        elif link.get("videoUrl"):
            add_video(store, product, link["videoUrl"], main=False)


def refresh_media(store: StoreState, product: Entity) -> None:
    """Rebuild ``media``: the main image first, then the gallery; the main video first."""
    images = []
    if "originalImageUrl" in product:
        images.append(_media_image("0", product["originalImageUrl"], 0, main=True))
    for n, image in enumerate(product.get("galleryImages") or (), start=1):
        images.append(_media_image(str(image["id"]), image["url"], n, main=False))
    alts = {i["id"]: i["alt"] for i in (product.get("media") or {}).get("images", ()) if "alt" in i}
    for image in images:
        if image["id"] in alts:
            image["alt"] = alts[image["id"]]
    videos = _videos(store, product["id"]) if product["id"] in store.videos else None
    listed = [] if videos is None else [v for v in (videos["main"], *videos["gallery"]) if v]
    product["media"] = {"images": images, "videos": listed}


def _media_image(image_id: str, url: str, order: int, *, main: bool) -> Entity:
    return {
        "id": image_id,
        "orderBy": order,
        "isMain": main,
        "image160pxUrl": url,
        "image400pxUrl": url,
        "image800pxUrl": url,
        "image1500pxUrl": url,
        "imageOriginalUrl": url,
    }


# -- files ------------------------------------------------------------------------------------
def find_file(product: Entity, file_id: int) -> Entity:
    """A file of the product (404 when there is none such)."""
    for entry in product.get("files") or ():
        if entry["id"] == file_id:
            return entry  # type: ignore[no-any-return]
    raise not_found(f"File #{file_id} not found")


def add_file(
    product: Entity, blob_id: int, name: str, description: str, size: int, admin_url: str
) -> None:
    """Attach an uploaded blob to a product as an e-goods file."""
    product.setdefault("files", []).append(
        {
            "id": blob_id,
            "name": name,
            "description": description,
            "size": size,
            "adminUrl": admin_url,
        }
    )
