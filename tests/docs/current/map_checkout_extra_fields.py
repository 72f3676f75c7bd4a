"""Today's checkout-extra-fields examples and the models they decode into."""

_REST = "checkout-extra-fields__manage-checkout-extra-fields-with-rest-api__"
_JS = "checkout-extra-fields__add-checkout-extra-fields-with-javascript"

#: example file stem -> target (see map_README.md). Every page shows the same two
#: fragments of ``datepickerOptions``: response1 is the value of
#: ``limitAvailableHoursWeekly`` alone (weekday -> time ranges, a dict, not a body; kept by
#: ExtraFieldDatePickerOptions.limit_available_hours_weekly), response2 decodes into the
#: date picker options.
MODELS: dict[str, str] = {
    f"{_JS}--response1": "-",
    f"{_JS}--response2": "ExtraFieldDatePickerOptions",
    f"{_REST}create-checkout-extra-field--response1": "-",
    f"{_REST}create-checkout-extra-field--response2": "ExtraFieldDatePickerOptions",
    f"{_REST}get-checkout-extra-field--response1": "-",
    f"{_REST}get-checkout-extra-field--response2": "ExtraFieldDatePickerOptions",
    f"{_REST}search-checkout-extra-fields--response1": "-",
    f"{_REST}search-checkout-extra-fields--response2": "ExtraFieldDatePickerOptions",
    f"{_REST}update-checkout-extra-field--response1": "-",
    f"{_REST}update-checkout-extra-field--response2": "ExtraFieldDatePickerOptions",
}

#: "<stem>:<key path>" of keys the models leave out on purpose -> why.
OBSOLETE: dict[str, str] = {}
