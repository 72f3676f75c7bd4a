"""Dictionaries (docs: "Dictionaries")."""

from __future__ import annotations

from typing import Any

from ..backend import dictionaries as dicts
from ..params import q_bool, q_str
from ..routing import Ctx, RouteTable

routes = RouteTable()


@routes.get("/countries")
def countries(ctx: Ctx) -> Any:
    """Country codes."""
    return dicts.countries(q_str(ctx.query, "lang"), bool(q_bool(ctx.query, "withStates")))


@routes.get("/currencies")
def currencies(ctx: Ctx) -> Any:
    """Currency codes."""
    return dicts.currencies(q_str(ctx.query, "lang"))


@routes.get("/currencyByCountry")
def currency_by_country(ctx: Ctx) -> Any:
    """Currency codes by country."""
    return dicts.currency_by_country(q_str(ctx.query, "countryCode"), q_str(ctx.query, "lang"))


@routes.get("/states")
def states(ctx: Ctx) -> Any:
    """State codes by country."""
    return dicts.states(q_str(ctx.query, "countryCode"), q_str(ctx.query, "lang"))


@routes.get("/taxClasses")
def tax_classes(ctx: Ctx) -> Any:
    """Tax classes by country."""
    return dicts.tax_classes(q_str(ctx.query, "countryCode"), q_str(ctx.query, "lang"))
