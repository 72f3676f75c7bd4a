"""``Call[T]``: an un-sent request as a value; awaiting it sends it and returns ``T``.

Every endpoint method returns a Call, so the same object can be awaited, inspected,
given other options, or put into a batch (its ``method``, ``relative_url`` and ``body``
are exactly what the Batch API needs).
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Coroutine,
    Generator,
    Mapping,
)
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec

from ._params import encode_query

if TYPE_CHECKING:
    from .transport import Transport

__all__ = ["Call", "Response", "UnsentCallWarning"]

_MUTATING = frozenset({"POST", "PUT", "DELETE", "PATCH"})


class UnsentCallWarning(RuntimeWarning):
    """A Call that changes data was garbage-collected without ever being sent: most often
    a forgotten ``await`` (``ecwid.products.delete(pid)`` instead of
    ``await ecwid.products.delete(pid)``)."""


T = TypeVar("T")

_json_decoder = msgspec.json.Decoder()

#: A binary upload: bytes or a factory of async chunk streams (both replayable on retry),
#: or an async stream of chunks (sent once, never retried).
Content = bytes | AsyncIterable[bytes] | Callable[[], AsyncIterable[bytes]]


@dataclasses.dataclass(frozen=True, repr=False)
class Response(Generic[T]):
    """What ``await call.raw()`` returns: the HTTP exchange and the decoded value.

    Its repr shows the status, size and value type, never the body (it may carry a token).
    """

    status: int
    headers: Mapping[str, str]
    content: bytes
    value: T
    retries_taken: int

    def json(self) -> Any:
        """The body decoded as JSON into builtins (dicts, lists, str, int, float, bool,
        None): every key the server sent, including those the model does not know.
        A body that is not JSON raises ``DecodeError`` with the status and an excerpt."""
        try:
            return _json_decoder.decode(self.content)
        except (msgspec.DecodeError, UnicodeDecodeError) as exc:
            from .errors import DecodeError, excerpt

            raise DecodeError(
                f"the body is not JSON: {exc}", status=self.status, excerpt=excerpt(self.content)
            ) from None

    def __repr__(self) -> str:
        kind = type(self.value).__name__
        return (
            f"Response(status={self.status}, content=<{len(self.content)} bytes>, "
            f"value=<{kind}>, retries_taken={self.retries_taken})"
        )


@dataclasses.dataclass(frozen=True, eq=False, slots=True)
class Call(Generic[T]):
    """An awaitable request spec: ``method``, ``path`` (relative to the client), ``params``,
    ``body`` (JSON), ``form`` (urlencoded) or ``content`` (binary), and the ``result_type``
    the answer decodes into (``bytes`` for raw bytes, ``str`` for text, ``None`` to ignore).

    ``idempotent=True`` marks a POST that the server de-duplicates (a batch submit with a
    deduplication key), so it may be retried like a PUT.

    A Call is a value: building one sends nothing. A call that changes data (POST, PUT,
    DELETE) which is garbage-collected without ever being awaited, streamed, copied with
    options or put into a batch emits an :class:`UnsentCallWarning`: the sign of a
    forgotten ``await``.
    """

    method: str
    path: str
    result_type: Any
    params: tuple[tuple[str, str], ...] = ()
    body: Any = None
    form: tuple[tuple[str, str], ...] | None = None
    content: Content | None = None
    content_type: str | None = None
    timeout: float | None = None
    idempotent: bool = False
    transport: Transport | None = dataclasses.field(default=None, repr=False)
    #: What built the call (``"products.search"``), for logs, hooks and traces.
    operation: str | None = dataclasses.field(default=None, repr=False, compare=False)
    #: Whether the call was sent, streamed, copied or batched (see UnsentCallWarning).
    _spent: bool = dataclasses.field(default=False, init=False, repr=False, compare=False)

    def __await__(self) -> Generator[Any, None, T]:
        return self._claim().value(self).__await__()

    async def json(self) -> Any:
        """Send the call and return the answer as decoded JSON builtins, no model: every
        key the server sent (``await ecwid.profile.get().json()``). Paced and retried
        like awaiting the call; a body that is not JSON raises ``DecodeError``."""
        self._spend()
        return (await dataclasses.replace(self, result_type=Any)._send()).value

    async def raw(self) -> Response[T]:
        """Send the call and return the whole response: status, headers, bytes, value, retries."""
        return await self._send()

    def _spend(self) -> None:
        """Mark the call as used (sent, or handed on, as a batch does): no warning for it."""
        object.__setattr__(self, "_spent", True)

    def __del__(self) -> None:
        if not self._spent and self.method in _MUTATING and self.transport is not None:
            warnings.warn(
                f"{self.method} {self.path} was built but never sent: await it "
                "(or pass it to batch.run); building a Call sends nothing",
                UnsentCallWarning,
                stacklevel=2,
            )

    def _claim(self) -> Transport:
        """The client's transport, about to send this call (which is then spent)."""
        if self.transport is None:
            raise RuntimeError(f"{self.method} {self.path} is not bound to a client")
        object.__setattr__(self, "_spent", True)
        return self.transport

    def _send(self) -> Coroutine[Any, Any, Response[T]]:
        return self._claim().send(self)

    def stream(self, chunk_size: int = 65536) -> AbstractAsyncContextManager[AsyncIterator[bytes]]:
        """Send the call and stream the body: ``async with call.stream() as chunks:``."""
        return self._claim().stream(self, chunk_size)

    def with_options(self, *, timeout: float | None = None) -> Call[T]:
        """A copy of this call with a per-attempt ``timeout`` (seconds) of its own."""
        if timeout is not None and not timeout > 0:
            raise ValueError(f"timeout must be > 0 seconds, got {timeout!r}")
        self._spend()  # the copy carries the request on
        return dataclasses.replace(self, timeout=timeout)

    @property
    def relative_url(self) -> str:
        """The path with its query string, relative to the store (as batch items want it)."""
        if not self.params:
            return self.path
        return f"{self.path}?{encode_query(self.params)}"

    def __repr__(self) -> str:
        name = getattr(self.result_type, "__name__", None) or repr(self.result_type)
        return f"Call({self.method} {self.relative_url} -> {name})"
