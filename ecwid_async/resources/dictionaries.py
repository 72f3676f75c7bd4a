"""Dictionaries: countries, currencies, states, tax classes (docs: "Dictionaries")."""

from __future__ import annotations

from .._params import query
from ..call import Call
from ..models.dictionaries import Country, CountryCurrency, Currency, State, TaxClass
from ._base import Resource
from ._store_params import check_text

__all__ = ["DictionariesResource"]


def _country(country_code: str) -> str:
    code = check_text("country_code", country_code).strip()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(
            f"country_code must be a two-letter code such as 'US', got {country_code!r}"
        )
    return code.upper()


class DictionariesResource(Resource):
    """``ecwid.dictionaries``: reference lists, translated with ``lang``."""

    __slots__ = ()

    def countries(
        self, *, lang: str | None = None, with_states: bool | None = None
    ) -> Call[list[Country]]:
        """Country codes: ``GET /countries``."""
        return self._call(
            "GET", "/countries", list[Country], params=query(lang=lang, withStates=with_states)
        )

    def currencies(self, *, lang: str | None = None) -> Call[list[Currency]]:
        """Currency codes: ``GET /currencies``."""
        return self._call("GET", "/currencies", list[Currency], params=query(lang=lang))

    def currency_by_country(
        self, country_code: str, *, lang: str | None = None
    ) -> Call[list[CountryCurrency]]:
        """Currency codes by country: ``GET /currencyByCountry``."""
        return self._call(
            "GET",
            "/currencyByCountry",
            list[CountryCurrency],
            params=query(countryCode=_country(country_code), lang=lang),
        )

    def states(self, country_code: str, *, lang: str | None = None) -> Call[list[State]]:
        """State codes by country: ``GET /states``."""
        return self._call(
            "GET",
            "/states",
            list[State],
            params=query(countryCode=_country(country_code), lang=lang),
        )

    def tax_classes(self, country_code: str, *, lang: str | None = None) -> Call[list[TaxClass]]:
        """Tax classes by country: ``GET /taxClasses``."""
        return self._call(
            "GET",
            "/taxClasses",
            list[TaxClass],
            params=query(countryCode=_country(country_code), lang=lang),
        )
