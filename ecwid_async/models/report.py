"""Store reports (docs: "Get store reports"; fields completed with the official client's
``FetchedReportResponse``)."""

from __future__ import annotations

from typing import Any, Literal

from ._base import EcwidModel

__all__ = ["ComparePeriod", "Report", "ReportDataItem", "ReportDataset", "TimeScale"]

TimeScale = Literal["hour", "day", "week", "month", "year"]
ComparePeriod = Literal[
    "noComparePeriod",
    "similarPeriodInPreviousWeek",
    "similarPeriodInPreviousMonth",
    "similarPeriodInPreviousYear",
    "previousPeriod",
]


class ReportDataItem(EcwidModel):
    """One metric: ``data_id`` and ``data_value``."""

    data_id: str | None = None
    data_value: float | None = None


class ReportDataset(EcwidModel):
    """One part of a report (a day, a device, a country...)."""

    order_by: int | None = None
    datapoint_id: str | None = None
    start_time_stamp: int | None = None
    end_time_stamp: int | None = None
    compare_period_start_time_stamp: int | None = None
    compare_period_end_time_stamp: int | None = None
    percentage: float | None = None
    data: list[ReportDataItem] | None = None
    #: Report-specific details (UTM data, product, customer...), as sent.
    additional_data: dict[str, Any] | None = None


class Report(EcwidModel):
    """Answer to "Get store reports"."""

    report_type: str | None = None
    started_from: int | None = None
    ended_at: int | None = None
    time_scale_value: str | None = None
    first_day_of_week: str | None = None
    compare_period: str | None = None
    order_by_metric: str | None = None
    order_direction: str | None = None
    limit: int | None = None
    offset: int | None = None
    item_count: int | None = None
    aggregated_data: list[ReportDataItem] | None = None
    dataset: list[ReportDataset] | None = None
    compare_period_aggregated_data: list[ReportDataItem] | None = None
    compare_period_dataset: list[ReportDataset] | None = None
    additional_data: dict[str, Any] | None = None
