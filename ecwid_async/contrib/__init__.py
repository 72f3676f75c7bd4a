"""Integrations with other tools, each behind its own extra (``ecwid_async.contrib.dlt``
needs ``ecwid-async[dlt]``); importing ``ecwid_async`` imports none of them."""
