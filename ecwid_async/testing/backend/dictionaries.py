"""The dictionaries: a small, fixed world of countries, states, currencies and tax classes,
with English and French names (enough to test ``lang`` and the country filters)."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request

__all__ = ["countries", "currencies", "currency_by_country", "states", "tax_classes"]

# code -> (English name, French name, currency, states)
_COUNTRIES: dict[str, tuple[str, str, str, dict[str, tuple[str, str]]]] = {
    "US": (
        "United States",
        "États-Unis",
        "USD",
        {"CA": ("California", "Californie"), "NY": ("New York", "New York")},
    ),
    "CA": ("Canada", "Canada", "CAD", {"ON": ("Ontario", "Ontario"), "QC": ("Quebec", "Québec")}),
    "FR": ("France", "France", "EUR", {}),
    "GB": ("United Kingdom", "Royaume-Uni", "GBP", {}),
}
# code -> (English name, French name, prefix, suffix, decimal places)
_CURRENCIES = {
    "USD": ("US Dollar", "Dollar des États-Unis", "$", "", 2),
    "CAD": ("Canadian Dollar", "Dollar canadien", "C$", "", 2),
    "EUR": ("Euro", "Euro", "", "€", 2),
    "GBP": ("British Pound", "Livre sterling", "£", "", 2),
}


def _name(names: tuple[str, str], lang: str | None) -> str:
    return names[1] if lang == "fr" else names[0]


def _country(code: str | None) -> tuple[str, str, str, dict[str, tuple[str, str]]]:
    if not code:
        raise bad_request("countryCode is required")
    if code not in _COUNTRIES:
        raise bad_request(f"Unknown country code: {code}")
    return _COUNTRIES[code]


def states(code: str | None, lang: str | None) -> list[dict[str, Any]]:
    """The states of a country."""
    found = _country(code)[3]
    return [{"code": c, "name": _name(n, lang)} for c, n in found.items()]


def countries(lang: str | None, with_states: bool) -> list[dict[str, Any]]:
    """Every country, with its states when asked."""
    out = []
    for code, (en, fr, _currency, _states) in _COUNTRIES.items():
        entry: dict[str, Any] = {"code": code, "name": _name((en, fr), lang)}
        if with_states:
            entry["states"] = states(code, lang)
        out.append(entry)
    return out


def currencies(lang: str | None) -> list[dict[str, Any]]:
    """Every currency."""
    return [{"code": c, "name": _name(v[:2], lang)} for c, v in _CURRENCIES.items()]


def currency_by_country(code: str | None, lang: str | None) -> list[dict[str, Any]]:
    """The currency of a country, with its symbols."""
    currency = _country(code)[2]
    en, fr, prefix, suffix, places = _CURRENCIES[currency]
    return [
        {
            "countryCode": code,
            "currencyCode": currency,
            "currencyName": _name((en, fr), lang),
            "prefix": prefix,
            "suffix": suffix,
            "decimalPlaces": str(places),
        }
    ]


def tax_classes(code: str | None, lang: str | None) -> list[dict[str, Any]]:
    """The tax classes of a country: a default one and a reduced one."""
    _country(code)
    language = lang or "en"
    return [
        {
            "stateCode": "",
            "taxClassCode": cls,
            "taxClassRate": rate,
            "localization": {
                "language": language,
                "taxClassName": name,
                "taxClassDescription": f"{name} rate goods",
            },
        }
        for cls, rate, name in (("default", "20", "Standard"), ("reduced", "5", "Reduced"))
    ]
