"""Every public name of the package has a docstring whose first line says what it is."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from typing import Any

import ecwid_async


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(ecwid_async.__path__, "ecwid_async."):
        if info.name.endswith("__main__"):
            continue
        yield importlib.import_module(info.name)


def _public(module: Any) -> Iterator[tuple[str, Any]]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [n for n in vars(module) if not n.startswith("_")]
    for name in names:
        obj = getattr(module, name)
        if getattr(obj, "__module__", module.__name__) != module.__name__:
            continue  # re-exported: checked where it is defined
        if inspect.isclass(obj) or inspect.isfunction(obj):
            yield f"{module.__name__}.{name}", obj


def _undocumented() -> list[str]:
    missing: list[str] = []
    for module in _modules():
        if not (module.__doc__ or "").strip():
            missing.append(module.__name__)
        for qualname, obj in _public(module):
            if not (inspect.getdoc(obj) or "").strip():
                missing.append(qualname)
            if inspect.isclass(obj):
                for name, member in vars(obj).items():
                    if name.startswith("_"):
                        continue
                    func = member.fget if isinstance(member, property) else member
                    if isinstance(func, (classmethod, staticmethod)):
                        func = func.__func__
                    if inspect.isfunction(func) and not (func.__doc__ or "").strip():
                        missing.append(f"{qualname}.{name}")
    return missing


def test_every_public_module_class_function_and_method_has_a_docstring() -> None:
    assert _undocumented() == []
