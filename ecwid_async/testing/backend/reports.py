"""Store reports computed from the fake's orders (``allOrders``, ``allRevenue``); other
report types answer with empty data, as a new store's would."""

from __future__ import annotations

from typing import Any

from ..models import StoreState

__all__ = ["report"]


def report(
    store: StoreState, report_type: str, started: int | None, ended: int | None
) -> dict[str, Any]:
    """The report of ``report_type`` over orders created in ``[started, ended]``."""
    low, high = started or 0, ended or store.now()
    orders = [o for o in store.orders.values() if low <= o.get("createTimestamp", 0) <= high]
    values = {
        "allOrders": [("allOrders", float(len(orders)))],
        "allRevenue": [("allRevenue", float(sum(o.get("total", 0) for o in orders)))],
    }.get(report_type, [])
    answer: dict[str, Any] = {
        "reportType": report_type,
        "firstDayOfWeek": "MONDAY",
        "aggregatedData": [{"dataId": d, "dataValue": v} for d, v in values],
        "dataset": [],
    }
    if started is not None:
        answer["startedFrom"] = started
    if ended is not None:
        answer["endedAt"] = ended
    return answer
