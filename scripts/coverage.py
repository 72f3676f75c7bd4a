"""Generate docs/coverage.md: every documented store endpoint -> the client method for it.

The docs side is ``docs/reference/endpoints.txt``, extracted from TODAY's reference
(``current/api-reference/rest-api/**``: each page's ``METHOD https://app.ecwid.com/api/v3/
{storeId}/path`` line) plus the older files (``rest-api-v3.txt``, ``supplement/coupons.md``)
for the endpoints whose path today's pages leave out; so the repository checks itself
without the reference beside it. The client side comes from the registry
(``resources_of(EcwidClient)``) and the first docstring line of each resource method, which
names the docs heading and ``METHOD /path``. A documented ``{param}`` segment matches any
segment of a method's path (``GET /{entity}/deleted`` is served by ``GET /products/deleted``).

``docs/reference/official-client-endpoints.txt`` lists the method+path pairs of the
official Kotlin client's ``dto/**/request/*Request.kt`` (``--official DIR`` re-reads a
checkout of it); the table says how many of them have a method here.

``docs/reference/query-params.txt`` lists each page's documented query parameters, so a
test can check that every one of them is a keyword of the method serving it.

``python -m scripts.coverage`` rewrites the table; ``--extract [DOCS_DIR]`` re-extracts the
endpoint list first. ``tests/test_coverage_table.py`` fails when the table is stale or an
endpoint of a finished area (``COVERED_AREAS``) has no method.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT.parent / "shared" / "ecwid-docs"
TODAY = Path("current") / "api-reference" / "rest-api"
TABLE = ROOT / "docs" / "coverage.md"
ENDPOINTS = ROOT / "docs" / "reference" / "endpoints.txt"
OFFICIAL = ROOT / "docs" / "reference" / "official-client-endpoints.txt"
QUERY_PARAMS = ROOT / "docs" / "reference" / "query-params.txt"

#: The docs areas (first folder of a page) whose every endpoint must have a method. The
#: catalog and sales areas join when their branches are merged.
COVERED_AREAS = frozenset(
    {
        "application",
        "categories",
        "checkout-extra-fields",
        "customers",
        "discounts",
        "orders",
        "dictionaries",
        "payment-options",
        "products",
        "shipping-options",
        "staff-accounts",
        "store-profile",
        "storefront-widget-details",
    }
)

_TODAY_LINE = re.compile(
    r"^<mark[^>]*>`(GET|POST|PUT|DELETE)`</mark> `https://app\.ecwid\.com/api/v3/\{storeId\}"
    r"([^`?\s]*)"
)
_OLD_URL = re.compile(
    r"(GET|POST|PUT|DELETE) +https://app\.ecwid\.com/api/v3/\{storeId\}([^?\s`]*)"
)
_DOCLINE = re.compile(r"^(?P<heading>.+?): ``(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*)``")
_PARAM = re.compile(r"\{[^}]+\}")

Key = tuple[str, str]


def normalize(method: str, path: str) -> Key:
    """``GET /products/{productId}/`` -> ``("GET", "/products/{}")``."""
    return method, _PARAM.sub("{}", path.rstrip("/") or "/")


def serves(template: Key, endpoint: Key) -> bool:
    """Whether a method of ``endpoint`` serves the documented ``template``: same verb, and
    each segment equal or a template ``{}`` (a method's ``{}`` only matches a ``{}``)."""
    (verb, tpl), (method, path) = template, endpoint
    a, b = tpl.strip("/").split("/"), path.strip("/").split("/")
    return (
        verb == method
        and len(a) == len(b)
        and all(x in (y, "{}") for x, y in zip(a, b, strict=True))
    )


def _same_path(a: str, b: str) -> bool:
    x, y = a.strip("/").split("/"), b.strip("/").split("/")
    return len(x) == len(y) and all(p == q or "{}" in (p, q) for p, q in zip(x, y, strict=True))


def extract_endpoints(docs: Path = DOCS) -> list[str]:
    """``area METHOD /path`` for every store endpoint: today's pages in page order, then the
    older files' endpoints on paths today's pages do not document (area ``older``)."""
    found: dict[Key, str] = {}
    today = docs / TODAY
    for page in sorted(today.rglob("*.md")):
        area = page.relative_to(today).parts[0].removesuffix(".md")
        for line in page.read_text(encoding="utf-8").splitlines()[:8]:
            m = _TODAY_LINE.match(line.strip())
            if m:
                path = m[2].rstrip("/")
                found.setdefault(normalize(m[1], path), f"{area} {m[1]} {path}")
    paths = [p for _m, p in found]
    for name in ("rest-api-v3.txt", "supplement/coupons.md"):
        for method, path in _OLD_URL.findall((docs / name).read_text(encoding="utf-8")):
            key = normalize(method, path)
            if not any(_same_path(key[1], p) for p in paths):
                found.setdefault(key, f"older {method} {path.rstrip('/')}")
    return list(found.values())


_QUERY_NAME = re.compile(r"<tr><td>([A-Za-z_][\w*\[\]]*)</td>|^\|\s*`?([A-Za-z_][\w*]*)`?\s*\|")


def _query_params(page: str) -> list[str]:
    """The names in a page's "Query params" table (HTML or Markdown), in table order."""
    names: list[str] = []
    inside = False
    for line in page.splitlines():
        if line.startswith("#"):
            inside = line.strip("# ").lower() == "query params"
            continue
        if inside:
            for html, markdown in _QUERY_NAME.findall(line):
                name = html or markdown
                if name not in ("Name", "Param", "Field") and name not in names:
                    names.append(name)
    return names


def extract_query_params(docs: Path = DOCS) -> list[str]:
    """``METHOD /path name,name`` for each page of today's reference with query params."""
    out: list[str] = []
    today = docs / TODAY
    for page in sorted(today.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for line in text.splitlines()[:8]:
            m = _TODAY_LINE.match(line.strip())
            names = _query_params(text) if m else []
            if m and names:
                out.append(f"{m[1]} {m[2].rstrip('/')} {','.join(names)}")
    return out


def documented_query_params() -> dict[Key, list[str]]:
    """Endpoint (normalized) -> the query parameter names today's page documents."""
    out: dict[Key, list[str]] = {}
    for line in QUERY_PARAMS.read_text().splitlines():
        if line and line[0] != "#":
            method, path, names = line.split(" ", 2)
            out.setdefault(normalize(method, path), []).extend(names.split(","))
    return out


def documented_endpoints() -> dict[Key, tuple[str, str]]:
    """The extracted endpoint list: normalized -> (area, ``METHOD /path`` as written)."""
    out: dict[Key, tuple[str, str]] = {}
    for line in ENDPOINTS.read_text().splitlines():
        if line and line[0] != "#":
            area, method, path = line.split(" ", 2)
            out[normalize(method, path)] = (area, f"{method} {path}")
    return out


def match_endpoint(key: Key, documented: dict[Key, tuple[str, str]]) -> Key | None:
    """The documented endpoint a method's ``key`` serves: the exact one, else the template
    with the fewest parameters among those it serves."""
    if key in documented:
        return key
    served = [t for t in documented if serves(t, key)]
    # Fewest parameters first; on a tie the template whose parameters come earliest, so a
    # literal last segment wins (``/products/deleted`` is ``/{entity}/deleted``, not
    # ``/products/{productId}``), as literal segments win in routing.
    return min(served, key=lambda t: (t[1].count("{}"), _param_positions(t[1])), default=None)


def _param_positions(path: str) -> list[int]:
    return [n for n, segment in enumerate(path.strip("/").split("/")) if segment == "{}"]


def client_methods(*, with_batch: bool = False) -> dict[Key, list[tuple[str, str]]]:
    """Method endpoint -> [(heading, "ecwid.resource.method")] from the resource docstrings
    (the Batch API's own endpoints only ``with_batch``: the REST reference has none)."""
    from ecwid_async import EcwidClient
    from ecwid_async.resources._base import resources_of

    out: dict[Key, list[tuple[str, str]]] = {}
    for attr, resource_class in sorted(resources_of(EcwidClient).items()):
        if attr == "batch" and not with_batch:
            continue
        for name, member in inspect.getmembers(resource_class, inspect.isfunction):
            doc = (member.__doc__ or "").strip().splitlines()
            match = _DOCLINE.match(doc[0]) if doc else None
            if name.startswith("_") or match is None:
                continue
            key = normalize(match["method"], match["path"])
            out.setdefault(key, []).append((match["heading"], f"ecwid.{attr}.{name}"))
    return out


def coverage() -> dict[Key, list[tuple[str, str]]]:
    """Documented endpoint -> the methods serving it (empty list: none)."""
    documented = documented_endpoints()
    out: dict[Key, list[tuple[str, str]]] = {key: [] for key in documented}
    for key, entries in client_methods().items():
        target = match_endpoint(key, documented)
        if target is not None:
            out[target] += entries
    return out


def official_endpoints() -> list[Key]:
    """The official client's endpoints, normalized, from the committed list."""
    lines = [ln for ln in OFFICIAL.read_text().splitlines() if ln and ln[0] != "#"]
    return [normalize(*line.split(" ", 1)) for line in lines]


#: The official client uploads logos with POST (the older reference); today's reference,
#: and so this client, with PUT: the same operation.
_LOGO_UPLOADS = {("POST", f"/profile/{kind}") for kind in ("logo", "invoicelogo", "emaillogo")}


def _official_key(key: Key) -> Key:
    return ("PUT", key[1]) if key in _LOGO_UPLOADS else key


def official_missing() -> list[Key]:
    """The official client's endpoints that no method here serves."""
    ours = list(client_methods(with_batch=True))
    return [
        o
        for o in official_endpoints()
        if not any(k == _official_key(o) or serves(_official_key(o), k) for k in ours)
    ]


def official_covered() -> tuple[int, int]:
    """How many of the official client's endpoints have a method here, of how many."""
    total = len(official_endpoints())
    return total - len(official_missing()), total


def render() -> str:
    """The Markdown table, endpoints in order of path."""
    documented = documented_endpoints()
    table = coverage()
    rows, covered, areas = [], 0, {}
    for key in sorted(documented, key=lambda k: (k[1], k[0])):
        area, written = documented[key]
        entries = table[key]
        covered += bool(entries)
        done, total = areas.get(area, (0, 0))
        areas[area] = (done + bool(entries), total + 1)
        heading = "; ".join(sorted({h for h, _ in entries})) or "—"
        names = ", ".join(f"`{n}`" for _, n in sorted(entries, key=lambda e: e[1])) or "**missing**"
        rows.append(f"| {area} | {heading} | `{written}` | {names} |")
    total = len(documented)
    hit, official = official_covered()
    per_area = ", ".join(f"{a} {d}/{t}" for a, (d, t) in sorted(areas.items()))
    header = [
        "# Endpoint coverage",
        "",
        "Generated by `python -m scripts.coverage` from today's Ecwid reference",
        "(`current/api-reference/rest-api/`, plus the older `rest-api-v3.txt` and",
        "`supplement/coupons.md` for paths today's pages leave out) and the resource",
        "docstrings; `tests/test_coverage_table.py` fails when it is stale.",
        "",
        f"**{covered} of {total} documented store endpoints covered "
        f"({100 * covered // max(total, 1)}%).** By area: {per_area}.",
        "",
        f"**{hit} of {official} endpoints of the official Kotlin client covered.**",
        "",
        "| Area | Docs heading | Endpoint | Client method |",
        "|---|---|---|---|",
    ]
    return "\n".join(header + rows) + "\n"


_SEGMENTS = re.compile(r"(?:pathSegments\s*=\s*|buildUploadRequestInfo\(\s*)listOf\(")
_VERB = re.compile(r"create(Get|Post|Put|Delete)Request|buildUploadRequestInfo")


def _arguments(text: str, start: int) -> list[str]:
    """The top-level, comma-separated arguments of the call whose ``(`` is before ``start``
    (``productId.toString()`` is one argument)."""
    parts, depth, current = [], 1, ""
    for ch in text[start:]:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            break
        if ch == "," and depth == 1:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [p.strip() for p in [*parts, current] if p.strip()]


def _segment(part: str) -> str:
    """A Kotlin path segment: a plain string literal as is; a variable or a ``"$x"``
    template is a parameter, ``{}``."""
    if part[:1] == part[-1:] == '"' and "$" not in part:
        return part[1:-1]
    return "{}"


def official_from_checkout(checkout: Path) -> list[str]:
    """``METHOD /path`` of each ``dto/**/request/*Request.kt`` of the official client (a
    path segment that is not a string literal becomes ``{}``; uploads are POSTs)."""
    found: list[str] = []
    for source in sorted(checkout.rglob("dto/**/request/*Request.kt")):
        text = source.read_text(encoding="utf-8")
        verb, segments = _VERB.search(text), _SEGMENTS.search(text)
        if verb is None or segments is None:
            continue
        method = (verb.group(1) or "Post").upper()
        parts = _arguments(text, segments.end())
        path = "/" + "/".join(_segment(p) for p in parts)
        line = f"{method} {path}"
        if line not in found:
            found.append(line)
    return found


def main(argv: list[str] | None = None) -> None:
    """Rewrite docs/coverage.md (``--extract DIR`` / ``--official DIR`` re-read the sources)."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--extract"]:
        docs = Path(args[1]) if len(args) > 1 else DOCS
        header = "# area METHOD /path of every store endpoint, extracted by scripts/coverage.py\n"
        ENDPOINTS.write_text(header + "\n".join(extract_endpoints(docs)) + "\n")
        header = (
            "# METHOD /path name,... of today's documented query parameters (scripts/coverage.py)\n"
        )
        QUERY_PARAMS.write_text(header + "\n".join(extract_query_params(docs)) + "\n")
        print(f"wrote {ENDPOINTS.relative_to(ROOT)}, {QUERY_PARAMS.relative_to(ROOT)}")
    if args[:1] == ["--official"]:
        header = (
            "# METHOD /path of the official Kotlin client's *Request.kt, by scripts/coverage.py\n"
        )
        OFFICIAL.write_text(header + "\n".join(official_from_checkout(Path(args[1]))) + "\n")
        print(f"wrote {OFFICIAL.relative_to(ROOT)}")
    TABLE.write_text(render())
    hit, official = official_covered()
    print(f"wrote {TABLE.relative_to(ROOT)}; official client: {hit} of {official} covered")


if __name__ == "__main__":
    main()
