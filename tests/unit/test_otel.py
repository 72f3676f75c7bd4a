"""``ecwid_async.contrib.otel``: spans per attempt and metrics, checked with the SDK's
in-memory exporter and reader."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest
from aioresponses import aioresponses
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from ecwid_async import EcwidClient, RetryPolicy, TransportError
from ecwid_async.contrib.otel import EcwidTelemetry

from .conftest import TOKEN, url


@pytest.fixture
def telemetry() -> tuple[EcwidTelemetry, InMemorySpanExporter, InMemoryMetricReader]:
    exporter = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    reader = InMemoryMetricReader()
    meters = MeterProvider(metric_readers=[reader])
    return EcwidTelemetry(tracer_provider=tracer_provider, meter_provider=meters), exporter, reader


def _metrics(reader: InMemoryMetricReader) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    data = reader.get_metrics_data()
    assert data is not None
    for resource in data.resource_metrics:
        for scope in resource.scope_metrics:
            for metric in scope.metrics:
                found[metric.name] = list(metric.data.data_points)
    return found


async def test_a_span_per_attempt_with_http_conventions_and_metrics(telemetry: Any) -> None:
    hooks, exporter, reader = telemetry
    ecwid = EcwidClient(
        1003, TOKEN, rate_limit=None, retry=RetryPolicy(base_delay=0), **hooks.hooks()
    )
    with aioresponses() as m:
        m.get(url("/products/7"), status=503, payload={"errorMessage": "busy"})
        m.get(url("/products/7"), status=200, payload={"id": 7, "name": "Tea"})
        m.get(url("/profile"), status=429, headers={"Retry-After": "0"})
        m.get(url("/profile"), payload={"generalInfo": {"storeId": 1003}})
        await ecwid.products.get(7)
        await ecwid.profile.get()
    await ecwid.aclose()
    spans = exporter.get_finished_spans()
    assert [s.name for s in spans] == ["GET"] * 4
    first, second = spans[0], spans[1]
    assert first.kind is SpanKind.CLIENT
    assert first.attributes["http.request.method"] == "GET"
    assert first.attributes["url.full"] == "https://app.ecwid.com/api/v3/1003/products/7"
    assert first.attributes["server.address"] == "app.ecwid.com"
    assert first.attributes["server.port"] == 443
    assert first.attributes["http.response.status_code"] == 503
    assert first.attributes["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR
    assert first.attributes["ecwid.store_id"] == 1003
    assert first.attributes["ecwid.operation"] == "products.get"
    assert second.attributes["http.request.resend_count"] == 1
    assert second.attributes["http.response.status_code"] == 200
    assert "error.type" not in second.attributes
    assert all(TOKEN not in str(s.attributes) for s in spans)
    found = _metrics(reader)
    assert sum(p.value for p in found["ecwid.client.requests"]) == 4
    assert sum(p.value for p in found["ecwid.client.retries"]) == 2
    assert sum(p.value for p in found["ecwid.client.rate_limited"]) == 1
    assert sum(p.count for p in found["http.client.request.duration"]) == 4
    assert sum(p.count for p in found["ecwid.client.limiter_wait"]) == 4


async def test_an_attempt_with_no_answer_ends_its_span_as_an_error(telemetry: Any) -> None:
    hooks, exporter, _ = telemetry
    ecwid = EcwidClient(1003, TOKEN, rate_limit=None, retry=RetryPolicy.never(), **hooks.hooks())
    with aioresponses() as m:
        m.get(url("/profile"), exception=aiohttp.ClientConnectionError("refused"))
        with pytest.raises(TransportError):
            await ecwid.profile.get()
    await ecwid.aclose()
    [span] = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "TransportError"
    assert "http.response.status_code" not in span.attributes


def test_import_ecwid_async_does_not_import_opentelemetry() -> None:
    import subprocess
    import sys

    code = "import sys, ecwid_async; print('opentelemetry' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
