"""Dictionaries: countries, states, currencies, tax classes (docs: "Dictionaries")."""

from __future__ import annotations

from ._base import EcwidModel

__all__ = ["Country", "CountryCurrency", "Currency", "State", "TaxClass", "TaxClassLocalization"]


class State(EcwidModel):
    """A state or province: ``code`` and ``name``."""

    code: str | None = None
    name: str | None = None


class Country(EcwidModel):
    """A country: ``code``, ``name`` and, with ``with_states=True``, its ``states``."""

    code: str | None = None
    name: str | None = None
    states: list[State] | None = None


class Currency(EcwidModel):
    """A currency: ISO 4217 ``code`` and ``name``."""

    code: str | None = None
    name: str | None = None


class CountryCurrency(EcwidModel):
    """The currency of a country, with its symbols (answer to "Currency codes by country")."""

    country_code: str | None = None
    currency_code: str | None = None
    currency_name: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    # The table types it as a string; a count of places, so a number is accepted too.
    decimal_places: int | str | None = None


class TaxClassLocalization(EcwidModel):
    """A tax class's localized name and description."""

    language: str | None = None
    tax_class_name: str | None = None
    tax_class_description: str | None = None


class TaxClass(EcwidModel):
    """A tax class of a country (answer to "Tax classes by country")."""

    state_code: str | None = None
    tax_class_code: str | None = None
    tax_class_rate: float | str | None = None
    localization: TaxClassLocalization | None = None
