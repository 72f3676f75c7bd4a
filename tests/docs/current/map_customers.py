"""Today's customers examples (customers, contacts, extra fields, groups) and their models."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "customers__search-customers--response1": "CustomerSearchResult",
    # responseFields=total,items(id,name,email): a trimmed page.
    "customers__search-customers--response2": "CustomerSearchResult",
    "customers__get-customer--response1": "Customer",
    "customers__get-customer--response2": "Customer",
    "customers__create-customer--request1": "CustomerInput.request",
    "customers__create-customer--response1": "CreateStatus",
    "customers__update-customer--request1": "CustomerInput.request",
    "customers__update-customer--response1": "UpdateStatus",
    "customers__customer-contacts__search-customer-contacts--response1": "CustomerContacts",
    "customers__customer-contacts__get-customer-contact--response1": "CustomerContact",
    "customers__customer-contacts__create-customer-contact--response1": "CustomerContactCreateStatus",
    "customers__customer-contacts__update-customer-contact--request1": "CustomerContactInput.request",
    "customers__customer-contacts__update-customer-contact--response1": "UpdateStatus",
    "customers__customer-extra-fields__search-customer-extra-fields--response1": "CustomerExtraFields",
    "customers__customer-extra-fields__get-customer-extra-field--response1": "CustomerExtraField",
    "customers__customer-extra-fields__create-customer-extra-field--request1": "CustomerExtraFieldInput.request",
    "customers__customer-extra-fields__create-customer-extra-field--response1": "ExtraFieldCreateStatus",
    "customers__customer-extra-fields__update-customer-extra-field--request1": "CustomerExtraFieldInput.request",
    "customers__customer-extra-fields__update-customer-extra-field--response1": "UpdateStatus",
    "customers__customer-groups__search-customer-groups--response1": "SearchResult-CustomerGroup",
    "customers__customer-groups__search-customer-groups--response2": "SearchResult-CustomerGroup",
    "customers__customer-groups__get-customer-group--response1": "CustomerGroup",
    "customers__customer-groups__get-customer-group--response2": "CustomerGroup",
    "customers__customer-groups__create-customer-group--request1": "CustomerGroupInput.request",
    "customers__customer-groups__create-customer-group--response1": "CreateStatus",
    "customers__customer-groups__update-customer-group--request1": "CustomerGroupInput.request",
    "customers__customer-groups__update-customer-group--response1": "UpdateStatus",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {
    "customers__create-customer--request1:$.customerGroupName": (
        "read-only: the group is set by customerGroupId; the tables do not list it as input"
    ),
    "customers__update-customer--request1:$.customerGroupName": (
        "read-only: the group is set by customerGroupId; the tables do not list it as input"
    ),
}
