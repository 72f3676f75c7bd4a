"""A throwaway ``redis-server`` for tests: a free loopback port, no persistence, stopped after.

The Redis tests never skip: without ``redis-server`` on PATH they fail and say how to
install it (``.ci/run`` does so on a fresh machine).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass

INSTALL_HINT = (
    "redis-server is not installed, and the Redis tests do not skip: install it "
    "(Debian/Ubuntu: `apt-get install -y redis-server`; macOS: `brew install redis`) "
    "or run .ci/run, which installs it"
)


@dataclass(frozen=True)
class RedisServer:
    """A running server: where it listens and the process to stop."""

    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:PORT/0``."""
        return f"redis://127.0.0.1:{self.port}/0"


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _start(binary: str, workdir: str, port: int) -> subprocess.Popen[bytes]:
    args = [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", ""]
    args += ["--appendonly", "no", "--dir", workdir, "--daemonize", "no", "--loglevel", "warning"]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@contextlib.contextmanager
def redis_server(port: int | None = None, timeout: float = 10.0) -> Iterator[RedisServer]:
    """Start ``redis-server`` on ``port`` (default: a free one); yield it once it answers
    PING; stop it after."""
    search = os.pathsep.join(
        [os.environ.get("PATH", ""), "/usr/bin", "/usr/sbin", "/usr/local/bin"]
    )
    binary = shutil.which("redis-server", path=search)
    if binary is None:
        raise RuntimeError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="ecwid-redis-") as workdir:
        port = port or free_port()
        process = _start(binary, workdir, port)
        try:
            deadline = time.monotonic() + timeout
            while not _ping(port):  # polls the server's readiness, bounded by the deadline
                if process.poll() is not None:
                    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    raise RuntimeError(f"redis-server exited with {process.returncode}: {err}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not answer PING within {timeout:g}s")
                time.sleep(0.01)
            yield RedisServer(port, process)
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
