"""Write the generated pages of the API reference: ``docs/api/resources.md`` (one entry per
resource of the registry) and ``docs/api/models.md`` (one section per model module).

``python -m scripts.docs_reference`` rewrites them; a test fails when they are stale.
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "resources": ROOT / "docs" / "api" / "resources.md",
    "models": ROOT / "docs" / "api" / "models.md",
}


def resources_page() -> str:
    """Every resource class of both clients, in registry order."""
    from ecwid_async import EcwidClient, PartnerClient
    from ecwid_async.resources._base import resources_of

    lines = ["# Resources", "", "One resource per API area, as attributes of the clients."]
    for client in (EcwidClient, PartnerClient):
        lines += ["", f"## On `{client.__name__}`", ""]
        for name, cls in resources_of(client).items():
            lines += [f"### `{name}`", "", f"::: {cls.__module__}.{cls.__name__}", ""]
    return "\n".join(lines).rstrip() + "\n"


def models_page() -> str:
    """Every public model module."""
    import ecwid_async.models as models

    lines = [
        "# Models",
        "",
        "msgspec Structs for every entity. Response fields are optional and lenient (except",
        "the few the API always sends, such as ids); unknown keys are tolerated.",
    ]
    for info in sorted(pkgutil.iter_modules(models.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        lines += ["", f"## `{info.name}`", "", f"::: ecwid_async.models.{info.name}"]
        lines += ["    options:", "      show_root_heading: false"]
    return "\n".join(lines).rstrip() + "\n"


def render() -> dict[Path, str]:
    """The generated pages, by path."""
    return {PAGES["resources"]: resources_page(), PAGES["models"]: models_page()}


def main() -> None:
    """Rewrite the generated pages."""
    for path, text in render().items():
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
