"""Integrations with other engines, each behind its own extra (never imported by the core)."""
