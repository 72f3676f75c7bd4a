"""What every resource module stands on: building Calls and Paginators, never touching aiohttp."""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from .._params import DateLike, optional_date, query
from .._typing import Unpack
from ..call import Call
from ..errors import ApiError, EcwidError, RateLimitError, RequestTimeoutError, TransportError
from ..hooks import call_hook
from ..models.common import DeletedItem, SearchResult
from ..models.order import CalculatedOrder, OrderCalculationInput
from ..pagination import Paginator, Paging

if TYPE_CHECKING:
    from ..transport import Transport

__all__ = [
    "Resource",
    "ResourceSlot",
    "TicketTimeoutError",
    "check_polling",
    "document_resources",
    "json_body",
    "poll",
    "resources_of",
]

T = TypeVar("T")
S = TypeVar("S")
Params = tuple[tuple[str, str], ...]


class Resource:
    """Base of the resource classes: holds the client's transport and builds requests."""

    __slots__ = ("_area", "_transport")

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        #: The client attribute this resource sits on ("products"), for operation names.
        self._area: str | None = None

    def _operation(self) -> str | None:
        """``"products.search"``: the area and the public method that is building a call
        (the first caller whose name has no leading underscore), for logs and hooks."""
        if self._area is None:
            return None
        frame = sys._getframe(2)
        for _ in range(6):
            name = frame.f_code.co_name
            if not name.startswith("_"):
                return f"{self._area}.{name}"
            if frame.f_back is None:
                break
            frame = frame.f_back
        return self._area

    def _call(
        self,
        method: str,
        path: str,
        result_type: type[T] | Any,
        *,
        params: Params = (),
        body: Any = None,
        content: Any = None,
        content_type: str | None = None,
        form: Params | None = None,
        idempotent: bool = False,
        operation: str | None = None,
    ) -> Call[T]:
        """A bound, un-sent call."""
        return Call(
            method,
            path,
            result_type,
            params=params,
            body=_body(body),
            form=form,
            content=content,
            content_type=content_type,
            idempotent=idempotent,
            transport=self._transport,
            operation=operation or self._operation(),
        )

    def _paginate(
        self,
        path: str,
        item_type: type[T] | Any,
        params: Params = (),
        **paging: Unpack[Paging],
    ) -> Paginator[T]:
        """A paginator over ``GET path`` with ``offset``/``limit`` added to ``params``."""
        page_type = SearchResult[item_type]  # type: ignore[valid-type]
        operation = self._operation()

        def fetch(page_offset: int, page_limit: int) -> Call[SearchResult[T]]:
            page_params = (*params, ("offset", str(page_offset)), ("limit", str(page_limit)))
            return self._call("GET", path, page_type, params=page_params, operation=operation)

        return Paginator(fetch, **paging)

    def _deleted(
        self,
        path: str,
        from_date: DateLike | None,
        to_date: DateLike | None,
        response_fields: str | Sequence[str] | None = None,
        **paging: Unpack[Paging],
    ) -> Paginator[DeletedItem]:
        """The paginator of a "Get deleted ... stats" endpoint, dates checked."""
        from ._sales import search_fields

        return self._paginate(
            path,
            DeletedItem,
            query(
                from_date=optional_date("from_date", from_date),
                to_date=optional_date("to_date", to_date),
                responseFields=search_fields(response_fields),
            ),
            **paging,
        )

    def _calculate_order(
        self, order: Mapping[str, Any] | OrderCalculationInput
    ) -> Call[CalculatedOrder]:
        """The call of "Calculate order details", on ``ecwid.carts`` and ``ecwid.orders``.

        A POST that creates nothing (it only computes totals), so it is retried like a GET.
        """
        return self._call(
            "POST",
            "/order/calculate",
            CalculatedOrder,
            body=json_body(order, OrderCalculationInput, "order calculation"),
            idempotent=True,
        )


R = TypeVar("R", bound=Resource)


class ResourceSlot(Generic[R]):
    """A client attribute holding one resource: ``products = ResourceSlot(ProductsResource)``.

    The slots of a client class are the one registry of its resources: the client builds
    each resource on first use (over the transport attribute named by ``transport``), and
    the sync facade, its stub, the coverage table and the tests list them with
    :func:`resources_of`. Adding an API area to a client is one line.
    """

    __slots__ = ("name", "resource_class", "transport")

    def __init__(self, resource_class: type[R], *, transport: str = "_transport") -> None:
        self.resource_class = resource_class
        self.transport = transport
        self.name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        doc = (self.resource_class.__doc__ or "").strip().splitlines()
        return f"{self.resource_class.__name__}: {doc[0] if doc else ''}"

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> ResourceSlot[R]: ...
    @overload
    def __get__(self, obj: object, owner: type[Any] | None = None) -> R: ...
    def __get__(self, obj: object | None, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        resource = self.resource_class(getattr(obj, self.transport))
        resource._area = self.name
        obj.__dict__[self.name] = resource  # later reads skip the descriptor
        return resource


def resources_of(client_class: type[Any]) -> dict[str, type[Resource]]:
    """The registry of a client class: attribute name -> resource class, in declaration
    order (``resources_of(EcwidClient)["products"] is ProductsResource``)."""
    found: dict[str, type[Resource]] = {}
    for klass in reversed(client_class.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, ResourceSlot):
                found[name] = value.resource_class
    return found


def document_resources(client_class: type[Any]) -> None:
    """Append to a client's docstring the list of its resources, one line each, from the
    registry (so ``help(EcwidClient)`` lists them and never goes stale)."""
    lines = [inspect.cleandoc(client_class.__doc__ or ""), "", "Resources (attributes):", ""]
    for name, cls in resources_of(client_class).items():
        doc = (cls.__doc__ or "").strip().splitlines()
        summary = doc[0].split(": ", 1)[-1] if doc else cls.__name__
        lines.append(f"- ``{name}``: {summary}")
    client_class.__doc__ = "\n".join(lines)


def json_body(body: Any, input_type: type[Any], what: str) -> Any:
    """A create/update body: a mapping or an ``input_type`` Struct; anything else is a
    ``TypeError`` (a decoded response model is refused: never send one back whole)."""
    if isinstance(body, (Mapping, input_type)):
        return body
    raise TypeError(
        f"{what} body must be a dict or {input_type.__name__}, not {type(body).__name__}"
    )


def _body(body: Any) -> Any:
    if body is None or isinstance(body, (list, tuple)):
        return body
    if isinstance(body, Mapping):
        return dict(body)
    if hasattr(body, "__struct_fields__"):
        return body
    raise TypeError(f"a request body must be a dict or a model Struct, not {type(body).__name__}")


def check_polling(timeout: float, interval: float, max_interval: float) -> None:
    """Refuse a polling schedule that cannot work, before anything is sent."""
    if not timeout > 0 or not 0 < interval <= max_interval:
        raise ValueError("need timeout > 0 and 0 < poll_interval <= max_poll_interval")


class TicketTimeoutError(RequestTimeoutError):
    """A batch or clone ticket did not finish within the ``timeout`` of its wait.

    ``ticket`` names it (wait on it again to go on), ``last_status`` is the last status
    seen (None if no poll succeeded); when polls were failing, the last failure is the
    ``__cause__``.
    """

    def __init__(self, message: str, *, ticket: str, last_status: Any = None) -> None:
        super().__init__(message)
        self.ticket = ticket
        self.last_status = last_status


#: Statuses after which a status poll is worth repeating: the ticket goes on meanwhile.
_TRANSIENT_STATUSES = frozenset({408, 425, 429, 449})


def _transient(exc: EcwidError) -> bool:
    """Whether a failed poll says nothing about the ticket: rate limit, 5xx, network."""
    if isinstance(exc, TransportError):
        return True
    return isinstance(exc, ApiError) and (exc.status >= 500 or exc.status in _TRANSIENT_STATUSES)


async def poll(
    fetch: Callable[[], Awaitable[S]],
    finished: Callable[[S], bool],
    *,
    ticket: str,
    timeout: float,
    interval: float,
    max_interval: float,
    on_poll: Callable[[S], Awaitable[None] | None] | None,
    late: Callable[[S | None], str],
) -> S:
    """Fetch a ticket's status until ``finished(status)``, the polls 1.5x further apart each
    time up to ``max_interval``. ``on_poll`` sees every status.

    A poll that fails transiently (429, 5xx, network, timeout) is repeated on the same
    schedule (no sooner than a 429's ``Retry-After``): the ticket runs on meanwhile. When
    the next poll would start after ``timeout`` seconds, raise
    :class:`TicketTimeoutError` with ``late(last status or None)``, chained to the last
    poll failure if there was one. Any other error is raised at once.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    status: S | None = None
    while True:
        failure: EcwidError | None = None
        try:
            seen = await fetch()
        except EcwidError as exc:
            if not _transient(exc):
                raise
            failure = exc
        else:
            status = seen
            await call_hook(on_poll, seen)
            if finished(seen):
                return seen
        wait = interval
        if isinstance(failure, RateLimitError) and failure.retry_after is not None:
            wait = max(wait, failure.retry_after)
        if loop.time() + wait > deadline:
            message = late(status)
            if failure is not None:
                message += f"; the last poll failed: {failure}"
            raise TicketTimeoutError(message, ticket=ticket, last_status=status) from failure
        await asyncio.sleep(wait)
        interval = min(max_interval, interval * 1.5)
