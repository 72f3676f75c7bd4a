"""The suite's guard: any host but the loopback fails to resolve during tests."""

from __future__ import annotations

import socket

import pytest

from ecwid_async import EcwidClient, RetryPolicy, TransportError


def test_resolving_a_public_host_fails_loudly() -> None:
    with pytest.raises(OSError, match="must not touch the internet"):
        socket.getaddrinfo("app.ecwid.com", 443)
    assert socket.getaddrinfo("127.0.0.1", 80)


async def test_a_client_left_on_the_default_base_url_cannot_reach_ecwid(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ECWID_BASE_URL", raising=False)
    async with EcwidClient(1003, "secret_x", rate_limit=None, retry=RetryPolicy.never()) as ecwid:
        with pytest.raises(TransportError, match="cannot connect"):
            await ecwid.profile.get()
