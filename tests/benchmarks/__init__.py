"""Tests of the benchmark harness helpers (no timings asserted)."""
