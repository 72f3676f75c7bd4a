"""The ``ecwid-async`` command against a FakeEcwid running in a thread."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import msgspec
import pytest

from ecwid_async.cli import main
from ecwid_async.testing import FakeEcwid


@pytest.fixture
def fake() -> Iterator[FakeEcwid]:
    with FakeEcwid().start_in_thread() as server:
        yield server


def connection(fake: FakeEcwid) -> list[str]:
    return [
        "--store-id", str(fake.store.store_id), "--token", fake.store.token,
        "--base-url", fake.base_url, "--rate-limit", "0",
    ]  # fmt: skip


def test_export_products_as_json_lines_streams_every_product(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = fake.seed_products(250)
    out = tmp_path / "products.jsonl"
    assert main(["export", "products", "--out", str(out), *connection(fake)]) == 0
    rows = [msgspec.json.decode(line) for line in out.read_bytes().splitlines()]
    assert [row["id"] for row in rows] == sorted(ids)
    assert {"name", "price", "sku"} <= set(rows[0])
    assert "exported 250 products" in capsys.readouterr().err


def test_export_orders_as_csv_with_filters(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.seed_products(20)
    fake.seed_customers(10)
    fake.seed_orders(120)
    paid = [o for o in fake.store.orders.values() if o["paymentStatus"] == "PAID"]
    out = tmp_path / "orders.csv"
    args = [
        "export",
        "orders",
        "--format",
        "csv",
        "--filter",
        "payment_status=PAID",
        "--out",
        str(out),
    ]
    assert main([*args, *connection(fake)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == len(paid) > 0
    assert {row["paymentStatus"] for row in rows} == {"PAID"}
    assert sorted(int(row["orderNumber"]) for row in rows) == sorted(o["orderNumber"] for o in paid)
    assert "items" in rows[0]  # nested values are JSON in their cell
    msgspec.json.decode(rows[0]["items"])


def test_export_to_stdout_and_max_items(
    fake: FakeEcwid, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    fake.seed_customers(30)
    assert main(["export", "customers", "--max-items", "7", *connection(fake)]) == 0
    lines = capsysbinary.readouterr().out.splitlines()
    assert len(lines) == 7


def test_import_creates_updates_and_reports_failing_rows(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.set_batch_polls(1)
    [existing] = fake.seed_products(1)
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join([
            '{"name": "New tea", "sku": "NEW-1", "price": 3}',
            f'{{"id": {existing}, "price": 42}}',
            "{not json",
            '{"id": 987654, "price": 1}',
            '{"name": "Second", "sku": "NEW-2"}',
        ])
        + "\n"
    )  # fmt: skip
    report = tmp_path / "failures.jsonl"
    status = main(
        [
            "import",
            "products",
            str(source),
            "--report",
            str(report),
            "--poll-interval",
            "0.01",
            *connection(fake),
        ]
    )
    assert status == 1
    assert fake.store.products[existing]["price"] == 42
    skus = {p.get("sku") for p in fake.store.products.values()}
    assert {"NEW-1", "NEW-2"} <= skus
    failures = [msgspec.json.decode(line) for line in report.read_bytes().splitlines()]
    assert [f["line"] for f in failures] == [3, 4]
    assert "not JSON" in failures[0]["error"]["message"]
    assert failures[0]["item"] == "{not json"  # the row as it was, not lost
    assert failures[1]["item"] == {"id": 987654, "price": 1}
    assert failures[1]["error"]["status"] == 404
    err = capsys.readouterr().err
    assert "2 created, 1 updated, 2 failed" in err


def test_stats_prints_a_table(fake: FakeEcwid, capsys: pytest.CaptureFixture[str]) -> None:
    fake.seed_products(12)
    assert main(["stats", *connection(fake)]) == 0
    err = capsys.readouterr().err
    assert "products" in err and "12" in err


def test_missing_credentials_and_bad_filters_are_clear(
    fake: FakeEcwid, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("ECWID_STORE_ID", raising=False)
    monkeypatch.delenv("ECWID_TOKEN", raising=False)
    assert main(["export", "products"]) == 2
    assert "no store credentials" in capsys.readouterr().err
    assert main(["export", "products", "--filter", "nonsense", *connection(fake)]) == 2
    assert "NAME=VALUE" in capsys.readouterr().err
    assert main(["export", "products", "--filter", "colour=red", *connection(fake)]) == 2
    err = capsys.readouterr().err
    assert "unknown filter colour for products; the filters are: " in err
    assert "keyword" in err and "sku" in err


def test_a_bad_filter_value_is_a_clear_error_not_a_traceback(
    fake: FakeEcwid, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "products", "--filter", "sort_by=CHEAPEST", *connection(fake)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "bad filter for products" in err and "sort_by" in err


def test_export_filters_keep_text_values_as_typed(
    fake: FakeEcwid, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    fake.seed_products(3)
    filters = ["--filter", "sku=007", "--filter", "price_from=1.50", "--filter", "enabled=true"]
    assert main(["export", "products", *filters, *connection(fake)]) == 0
    [search] = [r for r in fake.requests if r.path.endswith("/products")]
    assert search.query["sku"] == "007"  # not 7: a SKU is text
    assert (search.query["priceFrom"], search.query["enabled"]) == ("1.5", "true")


def test_parse_filters_types_values_unless_the_keyword_takes_text() -> None:
    from ecwid_async.cli.export import parse_filters, text_params
    from ecwid_async.resources.orders import OrdersResource

    text = text_params(OrdersResource.search)
    assert {"keywords", "order_number", "created_from"} <= text
    assert not {"total_from", "total_to"} & text
    parsed = parse_filters(
        ["keywords=0042", "total-from=5", "order_number=7,8", "created_from=1447804800"], text
    )
    assert parsed == {
        "keywords": "0042",
        "total_from": 5,
        "order_number": ["7", "8"],
        "created_from": "1447804800",
    }


def test_sandbox_export_needs_no_credentials(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", "categories", "--sandbox", "--max-items", "5"]) == 0
    assert len(capsysbinary.readouterr().out.splitlines()) == 5


def test_clone_copies_the_catalog_into_the_target(
    fake: FakeEcwid, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.seed_products(15)
    target = fake.add_store()
    partner = [
        "--client-id", fake.client_id, "--client-secret", fake.client_secret,
        "--partner-key", fake.partner_key,
    ]  # fmt: skip
    args = [
        "clone",
        "--target",
        str(target.store_id),
        "--scope",
        "CATALOG",
        "--poll-interval",
        "0.01",
    ]
    assert main([*args, *partner, *connection(fake)]) == 0
    assert len(fake.stores[target.store_id].products) == 15
    assert "15 products" in capsys.readouterr().err


def test_clone_refused_is_a_clear_error(
    fake: FakeEcwid, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.seed_products(2)
    partner = ["--client-id", fake.client_id, "--client-secret", fake.client_secret]
    args = ["clone", "--target", "424242", "--poll-interval", "0.01"]
    assert main([*args, *partner, *connection(fake)]) == 2
    assert "TARGET_NOT_FOUND" in capsys.readouterr().err


def test_import_runs_a_long_file_window_by_window(
    fake: FakeEcwid, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ecwid_async.cli import importer

    fake.set_batch_polls(1)
    monkeypatch.setattr(importer, "WINDOW", 4)
    source = tmp_path / "many.jsonl"
    rows = [f'{{"name": "Row {n}", "sku": "ROW-{n}"}}' for n in range(11)]
    rows[6] = '{"name": "Dup", "sku": "ROW-0"}'  # the fake answers 409 for a duplicate SKU
    source.write_text("\n".join(rows) + "\n")
    report = tmp_path / "report.jsonl"
    args = ["import", "products", str(source), "--report", str(report), "--poll-interval", "0.01"]
    assert main([*args, *connection(fake)]) == 1
    skus = {p.get("sku") for p in fake.store.products.values()}
    assert skus == {f"ROW-{n}" for n in range(11) if n != 6}
    [failure] = [msgspec.json.decode(line) for line in report.read_bytes().splitlines()]
    assert (failure["line"], failure["error"]["status"]) == (7, 409)
    batches = [r for r in fake.requests if r.method == "POST" and r.path.endswith("/batch")]
    assert [len(b.body) for b in batches] == [4, 4, 3]


def test_import_lists_every_row_of_a_batch_that_could_not_be_sent(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake.inject_fault("POST", "/batch", status=400, times=None)
    source = tmp_path / "in.jsonl"
    source.write_text('{"name": "A", "sku": "A-1"}\n{"name": "B", "sku": "B-1"}\n')
    report = tmp_path / "report.jsonl"
    args = ["import", "products", str(source), "--report", str(report), "--poll-interval", "0.01"]
    assert main([*args, *connection(fake)]) == 2
    failures = [msgspec.json.decode(line) for line in report.read_bytes().splitlines()]
    assert [f["line"] for f in failures] == [1, 2]
    # the submit was refused: the rows did not run, and the report says so
    assert all("not executed" in f["error"]["message"] for f in failures)
    assert "stopped at line 1" in capsys.readouterr().err
    assert fake.store.products == {}


def test_export_resumes_from_the_offset_an_error_names(
    fake: FakeEcwid, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = sorted(fake.seed_products(250))
    fake.inject_fault("GET", "/products", status=400, times=None)  # 400: not retried
    out = tmp_path / "part.jsonl"
    args = ["export", "products", "--out", str(out), *connection(fake)]
    assert main([*args, "--offset", "0"]) == 1
    err = " ".join(capsys.readouterr().err.split())  # the console wraps long lines
    assert "resume the search from offset=0" in err
    fake.clear_faults()
    assert main([*args, "--offset", "120"]) == 0
    rows = [msgspec.json.decode(line) for line in out.read_bytes().splitlines()]
    assert [row["id"] for row in rows] == ids[120:]
    assert "exported 130 products" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([*args, "--offset", "-5"])
    assert "--offset: must be a whole number >= 0, got '-5'" in " ".join(
        capsys.readouterr().err.split()
    )
