"""Today's orders examples (orders, carts, invoices, extra fields, statuses,
subscriptions) and the models they decode into."""

#: example file stem -> target (see map_README.md).
MODELS: dict[str, str] = {
    "orders__search-orders--response1": "SearchResult-Order",
    # responseFields=total,items(id,email,total): a trimmed page.
    "orders__search-orders--response2": "SearchResult-Order",
    "orders__get-order--response1": "Order",
    "orders__get-order--response2": "Order",
    "orders__get-last-order--response1": "Order",
    "orders__get-last-order--response2": "Order",
    "orders__create-order--request1": "OrderInput.request",
    "orders__create-order--response1": "OrderCreateStatus",
    "orders__update-order--request1": "OrderInput.request",
    "orders__update-order--response1": "UpdateStatus",
    "orders__calculate-order-details--request1": "OrderCalculationInput.request",
    "orders__calculate-order-details--response1": "CalculatedOrder",
    "orders__get-repeat-order-url--response1": "RepeatOrderUrl",
    "orders__order-extra-fields__add-extra-fields-to-order--request1": "OrderExtraFieldInput.request",
    "orders__order-extra-fields__search-order-extra-fields--response1": "OrderExtraField",
    "orders__order-extra-fields__update-order-extra-field--request1": "OrderExtraFieldInput.request",
    "orders__order-invoices__get-tax-invoices-for-order--response1": "TaxInvoices",
    "orders__order-statuses__get-order-status--response1": "OrderStatus",
    "orders__order-statuses__search-order-statuses--response1": "OrderStatuses",
    "orders__order-statuses__update-custom-order-status--request1": "OrderStatusInput.request",
    "orders__order-statuses__update-custom-order-status--response1": "UpdateStatus",
    "orders__recurring-subscriptions__get-recurring-subscription--response1": "Subscription",
    "orders__recurring-subscriptions__search-recurring-subscriptions--response1": "SearchResult-Subscription",
    "orders__recurring-subscriptions__update-recurring-subscription--request1": "SubscriptionInput.request",
    "orders__recurring-subscriptions__update-recurring-subscription--response1": "UpdateStatus",
    "orders__abandonned-carts__search-abandoned-carts--response1": "SearchResult-Cart",
    # Not valid JSON: the docs cut this responseFields example off mid-object.
    "orders__abandonned-carts__search-abandoned-carts--response2": "-",
    "orders__abandonned-carts__get-abandoned-cart--response1": "Cart",
    "orders__abandonned-carts__get-abandoned-cart--response2": "Cart",
    "orders__abandonned-carts__update-abandoned-cart--request1": "CartInput.request",
    "orders__abandonned-carts__update-abandoned-cart--response1": "UpdateStatus",
    "orders__abandonned-carts__convert-abandoned-cart-to-order--response1": "PlaceCartResult",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {
    "orders__update-order--request1:$.shippingOption.fulfilmentType": (
        "a typo in the docs' example for fulfillmentType (which OrderInput sends)"
    ),
}
