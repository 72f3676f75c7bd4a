"""Type-checked by ``nox -s typecheck`` (mypy --strict), not run: the ids and counts a
status always carries are plain ``int`` in user code, with no ``None`` check."""

from __future__ import annotations

from ecwid_async import EcwidClient
from ecwid_async.models.common import CreateStatus, DeleteStatus, UpdateStatus, UploadStatus


async def create_then_clean_up(ecwid: EcwidClient) -> int:
    """Create a product, upload its image, update and delete it: every number is an int."""
    created: CreateStatus = await ecwid.products.create({"name": "Tea"})
    product_id: int = created.id
    image: UploadStatus = await ecwid.products.upload_image(product_id, b"\x89PNG")
    image_id: int = image.id
    updated: UpdateStatus = await ecwid.products.update(product_id, {"price": 3})
    changed: int = updated.update_count
    deleted: DeleteStatus = await ecwid.products.delete(product_id)
    gone: int = deleted.delete_count
    return product_id + image_id + changed + gone
