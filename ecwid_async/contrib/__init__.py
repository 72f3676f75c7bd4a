"""Integrations with other engines, each behind its own extra (never imported by the core):
``ecwid_async.contrib.dlt`` needs ``ecwid-async[dlt]``."""
