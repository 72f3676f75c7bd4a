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
from pathlib import Path

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


def free_port(below: int = 65536) -> int:
    """A loopback TCP port below ``below`` that nobody listens on right now."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port < below:
            return port


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _start(binary: str, workdir: str, port: int, cluster: bool) -> subprocess.Popen[bytes]:
    args = [binary, "--bind", "127.0.0.1", "--port", str(port), "--save", ""]
    args += ["--appendonly", "no", "--dir", workdir, "--daemonize", "no", "--loglevel", "warning"]
    args += ["--logfile", os.path.join(workdir, "redis.log")]
    if cluster:
        args += ["--cluster-enabled", "yes", "--cluster-config-file", f"{workdir}/nodes.conf"]
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _own_every_slot(port: int, deadline: float) -> None:
    """Make a lone cluster node serve all 16384 slots; return once the cluster is ok."""
    import redis

    with redis.Redis(port=port) as client:
        client.execute_command("CLUSTER", "ADDSLOTSRANGE", 0, 16383)
        while b"cluster_state:ok" not in client.execute_command("CLUSTER", "INFO"):
            if time.monotonic() > deadline:
                raise RuntimeError("the one-node Redis cluster did not become ok")
            time.sleep(0.01)


@contextlib.contextmanager
def redis_server(
    port: int | None = None, timeout: float = 10.0, *, cluster: bool = False
) -> Iterator[RedisServer]:
    """Start ``redis-server`` on ``port`` (default: a free one); yield it once it answers
    PING (with ``cluster``: as a one-node Redis Cluster owning every slot); stop it after."""
    search = os.pathsep.join(
        [os.environ.get("PATH", ""), "/usr/bin", "/usr/sbin", "/usr/local/bin"]
    )
    binary = shutil.which("redis-server", path=search)
    if binary is None:
        raise RuntimeError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="ecwid-redis-") as workdir:
        port = port or free_port(below=55536 if cluster else 65536)  # cluster bus: port + 10000
        process = _start(binary, workdir, port, cluster)
        try:
            deadline = time.monotonic() + timeout
            while not _ping(port):  # polls the server's readiness, bounded by the deadline
                if process.poll() is not None:
                    log = Path(workdir, "redis.log")
                    said = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                    raise RuntimeError(f"redis-server exited with {process.returncode}: {said}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"redis-server did not answer PING within {timeout:g}s")
                time.sleep(0.01)
            if cluster:
                _own_every_slot(port, deadline)
            yield RedisServer(port, process)
        finally:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
