"""The resource registry: one ``ResourceSlot`` per client attribute, read by everything."""

from __future__ import annotations

from ecwid_async import EcwidClient, PartnerClient
from ecwid_async.resources._base import Resource, ResourceSlot, resources_of
from ecwid_async.resources.products import ProductsResource
from ecwid_async.resources.reseller import ResellerResource


def test_the_registry_lists_every_resource_attribute_in_declaration_order() -> None:
    registry = resources_of(EcwidClient)
    assert registry["products"] is ProductsResource
    assert list(registry)[:2] == ["profile", "products"]
    assert all(issubclass(cls, Resource) for cls in registry.values())
    assert isinstance(EcwidClient.products, ResourceSlot)


def test_a_resource_is_built_on_first_use_and_then_kept() -> None:
    ecwid = EcwidClient(1003, "secret_registry", rate_limit=None)
    assert "products" not in vars(ecwid)
    first = ecwid.products
    assert isinstance(first, ProductsResource)
    assert ecwid.products is first
    assert first._transport is ecwid.transport


def test_a_slot_can_name_another_transport() -> None:
    partner = PartnerClient("id", "secret", "key", rate_limit=None)
    assert resources_of(PartnerClient) == {
        "stores": type(partner.stores),
        "clone": type(partner.clone),
        "reseller": ResellerResource,
    }
    assert partner.reseller._transport is partner._reseller
    assert partner.stores._transport is partner._transport


def test_help_lists_every_resource_and_the_constructor_options() -> None:
    import pydoc

    text = pydoc.render_doc(EcwidClient, renderer=pydoc.plaintext)
    for name in resources_of(EcwidClient):
        assert f"``{name}``" in text, name
    for option in ("base_url", "timeout", "retry", "rate_limit", "session", "on_request"):
        assert f"``{option}``" in text, option
    partner = pydoc.render_doc(PartnerClient, renderer=pydoc.plaintext)
    assert "``reseller``" in partner and "``clone``" in partner
