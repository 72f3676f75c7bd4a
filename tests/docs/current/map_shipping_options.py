"""Today's shipping-options examples and the models they decode into."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    # Each is the value of ``businessHours`` alone: a JSON-encoded string, not a body
    # (StoreShippingOption.business_hours keeps it as sent).
    "shipping-options__create-shipping-option--response1": "-",
    "shipping-options__search-shipping-options--response1": "-",
    "shipping-options__update-shipping-option--response1": "-",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
