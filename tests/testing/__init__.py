"""Tests of ecwid_async.testing (FakeEcwid) over real loopback HTTP."""
