"""Today's store-profile examples and the models they decode into."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "store-profile__get-store-profile--response1": "StoreProfile",
    "store-profile__get-store-profile--response2": "StoreProfile",
    # A fragment of the profile (its "payment" section, closing brace missing in the docs):
    # not valid JSON, so not a body.
    "store-profile__get-store-profile--response3": "-",
    # The same fragment with Apple Pay unavailable: not valid JSON either.
    "store-profile__get-store-profile--response4": "-",
    "store-profile__update-store-profile--request1": "StoreProfileInput.request",
    "store-profile__update-store-profile--response1": "UpdateStatus",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
