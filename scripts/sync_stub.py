"""Generate ``ecwid_async/sync.pyi``: the typed interface of the blocking facade.

The facade's resource classes are generated at run time from the async ones, so type
checkers learn them from this stub, itself generated from the same async classes: each
method keeps its parameters, and its return type loses the ``await``: ``Call[T]`` becomes
``T``, ``Paginator[T]`` becomes ``SyncPaginator[T]``, a coroutine's result stays as it is.
``python -m scripts.sync_stub`` rewrites the stub; a test fails when it is stale.
"""

from __future__ import annotations

import collections.abc
import inspect
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STUB = ROOT / "ecwid_async" / "sync.pyi"


class _Formatter:
    """Writes type objects as source text, collecting the modules they need."""

    def __init__(self) -> None:
        self.modules: set[str] = {"typing"}

    def __call__(self, tp: Any) -> str:
        origin = typing.get_origin(tp)
        if origin is not None and getattr(origin, "_name", None) == "Unpack":
            # before the TypeVar check: on 3.10 typing_extensions' Unpack[X] passes for a
            # TypeVar. typing.Unpack is 3.11+ and the stub is checked as 3.10: the backport
            self.modules.add("typing_extensions")
            return f"typing_extensions.Unpack[{self(typing.get_args(tp)[0])}]"
        if tp is type(None) or tp is None:
            return "None"
        if tp is Any:
            return "typing.Any"
        if isinstance(tp, typing.TypeVar):
            return "typing.Any"
        if tp is Ellipsis:
            return "..."
        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if origin is typing.Union or isinstance(tp, types.UnionType):
            if Any in args:  # Python 3.10 turns ``x: Any = None`` into ``Any | None``
                return "typing.Any"
            # typing caches equal unions (``int | str`` is ``str | int``), so the order of
            # members depends on what was built first: sort them, None last, for one stub
            parts = sorted(self(arg) for arg in args if arg is not type(None))
            return " | ".join(parts + ["None"] * (type(None) in args))
        if origin is typing.Literal:
            return f"typing.Literal[{', '.join(repr(arg) for arg in args)}]"
        if origin is collections.abc.Callable:
            params, result = args[0], args[1]
            inner = "..." if params is Ellipsis else f"[{', '.join(self(p) for p in params)}]"
            return f"collections.abc.Callable[{inner}, {self(result)}]"
        if origin is not None:
            return f"{self._name(origin)}[{', '.join(self(arg) for arg in args)}]"
        if isinstance(tp, list):  # the parameter list of a Callable
            return f"[{', '.join(self(arg) for arg in tp)}]"
        return self._name(tp)

    def _name(self, obj: Any) -> str:
        module = getattr(obj, "__module__", None)
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
        if module is None or name is None:
            raise TypeError(f"cannot write {obj!r} in a stub")
        if module == "builtins":
            return str(name)
        self.modules.add(module)
        return f"{module}.{name}"


def _returns(hint: Any, fmt: _Formatter, is_coroutine: bool) -> str:
    from ecwid_async.call import Call
    from ecwid_async.pagination import Paginator

    if is_coroutine:
        return fmt(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Call or hint is Call:
        return fmt(args[0]) if args else "typing.Any"
    if origin is Paginator or hint is Paginator:
        return f"SyncPaginator[{fmt(args[0]) if args else 'typing.Any'}]"
    if isinstance(hint, type) and issubclass(hint, Paginator):  # customers.search's subclass
        bases = getattr(hint, "__orig_bases__", ())
        (base,) = [b for b in bases if typing.get_origin(b) is Paginator]
        return f"SyncPaginator[{fmt(typing.get_args(base)[0])}]"
    return fmt(hint)


def _signature(func: Callable[..., Any], fmt: _Formatter, returns: str | None = None) -> str:
    import aiohttp  # the clients name it only for type checkers (imported lazily at run time)

    hints = typing.get_type_hints(func, localns={"aiohttp": aiohttp})
    parts: list[str] = []
    star_done = False
    for param in inspect.signature(func).parameters.values():
        text = param.name
        if param.kind is param.VAR_POSITIONAL:
            text = f"*{param.name}"
            star_done = True
        elif param.kind is param.VAR_KEYWORD:
            text = f"**{param.name}"
        elif param.kind is param.KEYWORD_ONLY and not star_done:
            parts.append("*")
            star_done = True
        if param.name in hints:
            text += f": {fmt(hints[param.name])}"
        if param.default is not param.empty:
            text += " = ..."
        parts.append(text)
    if returns is None:
        returns = _returns(hints.get("return", Any), fmt, inspect.iscoroutinefunction(func))
    return f"({', '.join(parts)}) -> {returns}"


def _first_line(obj: Any) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.splitlines()[0] if doc else ""


def _resource_class(cls: type[Any], fmt: _Formatter) -> list[str]:
    lines = [f"class Sync{cls.__name__}(SyncResource):", f'    """{_first_line(cls)}"""', ""]
    for name, func in inspect.getmembers(cls, inspect.isfunction):
        if name.startswith("_"):
            continue
        lines.append(f"    def {name}{_signature(func, fmt)}:")
        lines.append(f'        """{_first_line(func)}"""')
        lines.append("")
    return lines


def _client_class(
    name: str, async_client: Any, extra: list[str], fmt: _Formatter
) -> tuple[list[str], set[type[Any]]]:
    from ecwid_async.resources._base import resources_of

    cls = type(async_client)
    resources = dict(sorted(resources_of(cls).items()))
    lines = [
        f"class {name}:",
        f'    """Blocking twin of :class:`{cls.__module__}.{cls.__name__}`."""',
        "",
    ]
    for attr, resource in resources.items():
        lines.append(f"    {attr}: Sync{resource.__name__}")
    lines.append("")
    lines.append(f"    def __init__{_signature(cls.__init__, fmt)}: ...")
    lines += [f"    {line}" if line else "" for line in extra]
    lines += [
        "    def close(self) -> None: ...",
        f"    def __enter__(self) -> {name}: ...",
        "    def __exit__(self, *exc: object) -> None: ...",
        "",
    ]
    return lines, set(resources.values())


def render() -> str:
    """The stub text."""
    from ecwid_async.client import EcwidClient
    from ecwid_async.partner import PartnerClient

    fmt = _Formatter()
    ecwid = EcwidClient(1, "stub", rate_limit=None)
    partner = PartnerClient("stub", "stub", "stub", rate_limit=None)
    ecwid_extra = [
        "@property",
        "def calls(self) -> ecwid_async.client.EcwidClient: ...",
        "@property",
        "def store_id(self) -> int: ...",
        f"def request{_signature(EcwidClient.request, fmt, returns='typing.Any')}: ...",
    ]
    partner_extra = [
        f"def sso_url{_signature(PartnerClient.sso_url, fmt)}: ...",
        f"def partner_login_url{_signature(PartnerClient.partner_login_url, fmt)}: ...",
        f"def authorize_url{_signature(PartnerClient.authorize_url, fmt)}: ...",
        f"def exchange_code{_signature(PartnerClient.exchange_code, fmt)}: ...",
        f"def store_token{_signature(PartnerClient.store_token, fmt)}: ...",
    ]
    ecwid_lines, ecwid_resources = _client_class("EcwidClient", ecwid, ecwid_extra, fmt)
    partner_lines, partner_resources = _client_class("PartnerClient", partner, partner_extra, fmt)
    body: list[str] = []
    for resource in sorted(ecwid_resources | partner_resources, key=lambda c: c.__name__):
        body += _resource_class(resource, fmt)
    body += ecwid_lines + partner_lines
    fmt.modules.add("ecwid_async.client")
    head = [
        '"""Typed interface of :mod:`ecwid_async.sync`, generated from the async resources',
        'by ``python -m scripts.sync_stub``; do not edit by hand."""',
        "",
        *[f"import {module}" for module in sorted(fmt.modules)],
        "",
        "from ecwid_async._sync import SyncPaginator as SyncPaginator",
        "from ecwid_async._sync import SyncResource as SyncResource",
        "",
        '__all__ = ["EcwidClient", "PartnerClient", "SyncPaginator", "SyncResource"]',
        "",
    ]
    return "\n".join(head + body).rstrip() + "\n"


def main() -> None:
    """Rewrite ecwid_async/sync.pyi."""
    STUB.write_text(render())
    print(f"wrote {STUB.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
