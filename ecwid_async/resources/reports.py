"""Store reports and deleted items history (docs: "Store reports")."""

from __future__ import annotations

from .._params import DateLike, check_choice, optional_date, optional_int, query
from .._typing import Unpack
from ..call import Call
from ..models.common import DeletedItem
from ..models.report import Report
from ..pagination import Paginator, Paging
from ._base import Resource

__all__ = ["COMPARE_PERIODS", "DELETED_ENTITIES", "REPORT_TYPES", "TIME_SCALES", "ReportsResource"]

#: Report types of today's reference and of the official client.
REPORT_TYPES = frozenset(
    [
        "allTraffic",
        "siteUniqueNewVisitorsByGroup",
        "newVsReturningVisitors",
        "visitorsByCities",
        "visitorsByCountry",
        "visitorsByDevice",
        "visitorsByLanguage",
        "siteEmailActivity",
        "siteAggregatedActivity",
        "siteGroupActivity",
        "siteSocialActivity",
        "siteContactWidgetActivity",
        "sitePhoneActivity",
        "siteAddressActivity",
        "siteLocationMapActivity",
        "salesFunnel",
        "topOfCategoriesByViews",
        "topOfProductsByViews",
        "topOfProductsByAddingToCart",
        "allOrders",
        "newOrdersVsRepeatOrders",
        "topOfProductsByOrders",
        "topOfCustomersByOrders",
        "topOfPaymentMethodsByOrders",
        "topOfShippingMethodsByOrders",
        "topOfProductsByAvailability",
        "allRevenue",
        "allExpenses",
        "allProfit",
        "topOfProductsByProfit",
        "tips",
        "topOfMarketingSources",
        "abandonedCarts",
        "automatedEmails",
        "acceptMarketing",
        "mailchimpCampaigns",
        "topOfCouponsByOrders",
        "topOfDiscountsByOrders",
        "giftCards",
        "topOfLandingPagesByVisitors",
        "inventory",
        "topOfCategoriesByOrders",
        "customersByMarketingEmailsConsent",
        "conversions",
        "addToCartConversion",
        "checkoutSalesFunnel",
        "topOfProductsByAddingToFavorites",
        "siteActivity",
        "siteAggregatedActivityNewAndReturn",
        "siteGroupActivityNew",
        "siteGroupActivityReturn",
        "sitePotentialLeads",
        "siteGroupEngagedActivity",
    ]
)
TIME_SCALES = frozenset({"hour", "day", "week", "month", "year"})
COMPARE_PERIODS = frozenset(
    {
        "noComparePeriod",
        "similarPeriodInPreviousWeek",
        "similarPeriodInPreviousMonth",
        "similarPeriodInPreviousYear",
        "previousPeriod",
    }
)
#: The ``{entity}`` of "Get deleted items history".
DELETED_ENTITIES = frozenset({"orders", "products", "coupons", "customers", "reviews"})


class ReportsResource(Resource):
    """``ecwid.reports``: the admin's report data, and what was deleted when."""

    __slots__ = ()

    def get(
        self,
        report_type: str,
        *,
        started_from: int | None = None,
        ended_at: int | None = None,
        time_scale_value: str | None = None,
        compare_period: str | None = None,
        first_day_of_week: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Call[Report]:
        """Get store reports: ``GET /reports/{reportType}``.

        ``started_from`` / ``ended_at`` are UNIX seconds (default: since the store was
        created, until now).
        """
        kind = check_choice("report_type", report_type, REPORT_TYPES)
        return self._call(
            "GET",
            f"/reports/{kind}",
            Report,
            params=query(
                startedFrom=optional_int("started_from", started_from),
                endedAt=optional_int("ended_at", ended_at),
                timeScaleValue=check_choice("time_scale_value", time_scale_value, TIME_SCALES),
                comparePeriod=check_choice("compare_period", compare_period, COMPARE_PERIODS),
                firstDayOfWeek=check_choice(
                    "first_day_of_week", first_day_of_week, {"MONDAY", "SUNDAY"}
                ),
                limit=optional_int("limit", limit),
                offset=optional_int("offset", offset),
            ),
        )

    def deleted_items(
        self,
        entity: str,
        *,
        from_date: DateLike | None = None,
        to_date: DateLike | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """Get deleted items history: ``GET /{entity}/deleted``.

        ``entity`` is one of orders, products, coupons, customers, reviews.
        """
        kind = check_choice("entity", entity, DELETED_ENTITIES)
        return self._paginate(
            f"/{kind}/deleted",
            DeletedItem,
            query(
                from_date=optional_date("from_date", from_date),
                to_date=optional_date("to_date", to_date),
            ),
            **paging,
        )
