"""A blocking script (cron jobs, notebooks): a sales summary with the sync client.

    python examples/sync_report.py

With ECWID_STORE_ID and ECWID_TOKEN set it reads that store; without them it runs against
an embedded fake Ecwid in a thread of its own.
"""

from __future__ import annotations

import os
from collections import Counter

from ecwid_async.sync import EcwidClient
from ecwid_async.testing import FakeEcwid


def report(ecwid: EcwidClient) -> None:
    """Print orders by payment status and the five biggest orders."""
    by_status: Counter[str] = Counter()
    biggest: list[tuple[float, str]] = []
    for order in ecwid.orders.search():  # one hop to the client's loop per page
        by_status[order.payment_status or "?"] += 1
        biggest.append((order.total or 0.0, str(order.id)))
    print("orders by payment status:", dict(by_status))
    for total, order_id in sorted(biggest, reverse=True)[:5]:
        print(f"  order {order_id}: {total:.2f}")


def main() -> None:
    """Run against ECWID_STORE_ID/ECWID_TOKEN, or an embedded fake store."""
    if os.environ.get("ECWID_TOKEN"):
        with EcwidClient() as ecwid:
            report(ecwid)
        return
    print("(no ECWID_TOKEN: running against an embedded fake Ecwid store)")
    with FakeEcwid().start_in_thread() as fake:
        fake.seed_products(30)
        fake.seed_orders(120)
        with EcwidClient(fake.store.store_id, fake.store.token, base_url=fake.base_url) as ecwid:
            report(ecwid)


if __name__ == "__main__":
    main()
