"""OpenTelemetry for the client (extra ``ecwid-async[otel]``: the ``opentelemetry-api``
package only): a span per request attempt, following OpenTelemetry's HTTP client
conventions, and metrics for requests, retries, 429s and time queued for the limiter.

    from ecwid_async.contrib.otel import EcwidTelemetry

    telemetry = EcwidTelemetry()  # the global tracer and meter providers by default
    async with EcwidClient(..., **telemetry.hooks()) as ecwid:
        ...

Each attempt is a ``CLIENT`` span named after its method (``GET``), a child of whatever
span is current, with ``http.request.method``, ``url.full`` (redacted: no secret),
``server.address``, ``server.port``, ``http.request.resend_count`` (from the second
attempt), ``http.response.status_code``, ``error.type`` on failure, and the Ecwid
attributes ``ecwid.store_id``, ``ecwid.operation`` and ``ecwid.limiter_wait``. Metrics:
``http.client.request.duration`` (s), ``ecwid.client.requests``, ``ecwid.client.retries``,
``ecwid.client.rate_limited`` (429 answers) and ``ecwid.client.limiter_wait`` (s).
"""

from __future__ import annotations

import contextvars
from typing import Any
from urllib.parse import urlsplit

from opentelemetry import metrics, trace
from opentelemetry.trace import SpanKind, Status, StatusCode

from .._version import __version__
from ..hooks import FailureEvent, Hook, RequestEvent, ResponseEvent, RetryEvent

__all__ = ["EcwidTelemetry"]

_SCOPE = "ecwid_async"


class EcwidTelemetry:
    """Hooks that trace and measure every request attempt of the clients they are given to."""

    def __init__(
        self,
        *,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
    ) -> None:
        self._tracer = trace.get_tracer(_SCOPE, __version__, tracer_provider=tracer_provider)
        meter = metrics.get_meter(_SCOPE, __version__, meter_provider=meter_provider)
        self._duration = meter.create_histogram(
            "http.client.request.duration", unit="s", description="HTTP attempts, by duration"
        )
        self._requests = meter.create_counter(
            "ecwid.client.requests", unit="{request}", description="HTTP attempts answered"
        )
        self._retries = meter.create_counter(
            "ecwid.client.retries", unit="{retry}", description="attempts retried"
        )
        self._rate_limited = meter.create_counter(
            "ecwid.client.rate_limited", unit="{response}", description="429 answers"
        )
        self._limiter_wait = meter.create_histogram(
            "ecwid.client.limiter_wait", unit="s", description="time queued before sending"
        )
        #: The open span of the attempt the current task is sending.
        self._span: contextvars.ContextVar[Any] = contextvars.ContextVar(
            "ecwid_async_otel_span", default=None
        )

    def hooks(self) -> dict[str, Hook]:
        """The keyword arguments for a client: ``EcwidClient(..., **telemetry.hooks())``."""
        return {
            "on_request": self.on_request,
            "on_response": self.on_response,
            "on_failure": self.on_failure,
            "on_retry": self.on_retry,
        }

    def on_request(self, event: RequestEvent) -> None:
        """Start the attempt's span."""
        parts = urlsplit(event.url)
        attributes: dict[str, Any] = {
            "http.request.method": event.method,
            "url.full": event.url,
            "server.address": parts.hostname or "",
            "server.port": parts.port or (443 if parts.scheme == "https" else 80),
            "ecwid.limiter_wait": event.limiter_wait,
        }
        if event.attempt > 1:
            attributes["http.request.resend_count"] = event.attempt - 1
        if event.store_id is not None:
            attributes["ecwid.store_id"] = event.store_id
        if event.operation is not None:
            attributes["ecwid.operation"] = event.operation
        span = self._tracer.start_span(event.method, kind=SpanKind.CLIENT, attributes=attributes)
        self._span.set(span)
        self._limiter_wait.record(event.limiter_wait, {"http.request.method": event.method})

    def on_response(self, event: ResponseEvent) -> None:
        """End the span with the status; count the answer."""
        labels: dict[str, Any] = {
            "http.request.method": event.method,
            "http.response.status_code": event.status,
        }
        self._duration.record(event.elapsed, labels)
        self._requests.add(1, labels)
        if event.status == 429:
            self._rate_limited.add(1, {"http.request.method": event.method})
        span = self._span.get()
        if span is None:
            return
        span.set_attribute("http.response.status_code", event.status)
        if event.status >= 400:
            span.set_attribute("error.type", str(event.status))
            span.set_status(Status(StatusCode.ERROR))
        span.end()
        self._span.set(None)

    def on_failure(self, event: FailureEvent) -> None:
        """End the span as an error: the attempt got no answer."""
        self._duration.record(event.elapsed, {"http.request.method": event.method})
        span = self._span.get()
        if span is None:
            return
        span.set_attribute("error.type", event.error_type or "_OTHER")
        span.set_status(Status(StatusCode.ERROR, event.error))
        span.end()
        self._span.set(None)

    def on_retry(self, event: RetryEvent) -> None:
        """Count the retry."""
        labels: dict[str, Any] = {"http.request.method": event.method}
        if event.status is not None:
            labels["http.response.status_code"] = event.status
        self._retries.add(1, labels)
