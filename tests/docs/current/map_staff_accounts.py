"""Today's staff-accounts examples and the models they decode into."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "staff-accounts__get-staff-account--response1": "StaffAccount",
    "staff-accounts__get-staff-account--response2": "StaffAccount",
    "staff-accounts__get-staff-account-scopes--response1": "StaffScopes",
    "staff-accounts__search-staff-accounts--response1": "StaffAccounts",
    "staff-accounts__search-staff-accounts--response2": "StaffAccounts",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
