"""Extract every JSON example of today's REST API reference into ``tests/docs/current/``.

``../shared/ecwid-docs/current/api-reference/rest-api/`` holds one markdown page per
endpoint. Its examples are ```` ```json ```` blocks (mostly responses) and the bodies of
```` ```http ```` request blocks. Each one is written, syntax repaired (comments, trailing
commas), to ``tests/docs/current/examples/<page>--<kind><n>.json`` where ``<page>`` is the
page's path with ``/`` as ``__``, ``<kind>`` is ``request`` or ``response`` and ``<n>``
counts from 1 within the page. ``tests/docs/test_current_examples.py`` decodes each into
the model its area's map names, and checks that this extraction is current.
``python -m scripts.current_examples`` rewrites the folder.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT.parent / "shared" / "ecwid-docs" / "current" / "api-reference" / "rest-api"
OUT = ROOT / "tests" / "docs" / "current" / "examples"

_FENCE = re.compile(r"^```(\w*)\s*$")


def _strip_comments(text: str) -> str:
    """Drop ``//`` and ``/* */`` comments outside strings."""
    out: list[str] = []
    i, n, in_string = 0, len(text), False
    while i < n:
        ch = text[i]
        if in_string:
            out.append(ch)
            if ch == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
            out.append(ch)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def repair(text: str) -> str:
    """The example as strict JSON: comments, trailing commas and ``...`` lines removed, a
    bare ``"key": value`` fragment wrapped in braces, and (only when it still does not
    parse) the docs' typos mended: a stray ``=`` after a comma, commas missing between
    lines."""
    text = _strip_comments(text)
    text = re.sub(r"^\s*\.\.\.,?\s*$", "", text, flags=re.M)
    text = re.sub(r",(\s*[}\]])", r"\1", text).strip()
    if re.match(r'"[^"]*"\s*:', text):
        text = "{" + text + "}"
    if not _parses(text):
        text = re.sub(r",=\s*$", ",", text, flags=re.M)
        text = re.sub(r'([\d"}\]el])[ \t]*\n(\s*["{\[])', r"\1,\n\2", text)
        text = re.sub(r",(\s*[}\]])", r"\1", text)
    return text


def _blocks(page: str) -> list[tuple[str, str]]:
    """``(language, body)`` of each fenced block of a page."""
    blocks: list[tuple[str, str]] = []
    lang: str | None = None
    lines: list[str] = []
    for line in page.splitlines():
        match = _FENCE.match(line.strip())
        if match and lang is None:
            lang, lines = match.group(1), []
        elif line.strip() == "```" and lang is not None:
            blocks.append((lang, "\n".join(lines)))
            lang = None
        elif lang is not None:
            lines.append(line)
    return blocks


def examples(docs: Path = DOCS) -> dict[str, str]:
    """File name -> repaired example text, for every example of every page."""
    found: dict[str, str] = {}
    for page in sorted(docs.rglob("*.md")):
        stem = page.relative_to(docs).with_suffix("").as_posix().replace("/", "__")
        counts = {"request": 0, "response": 0}
        for lang, body in _blocks(page.read_text(encoding="utf-8")):
            if lang == "json":
                kind, text = "response", body
            elif lang == "http" and "\n\n" in body.strip():
                kind, text = "request", body.strip().split("\n\n", 1)[1]
                if not text.lstrip().startswith(("{", "[")):
                    continue
            else:
                continue
            counts[kind] += 1
            found[f"{stem}--{kind}{counts[kind]}.json"] = repair(text) + "\n"
    return found


def main() -> None:
    """Rewrite tests/docs/current/examples/ from the reference."""
    if not DOCS.is_dir():
        sys.exit(f"the reference is not at {DOCS}")
    found = examples()
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    bad = []
    for name, text in found.items():
        (OUT / name).write_text(text, encoding="utf-8")
        try:
            json.loads(text)
        except ValueError as exc:
            bad.append(f"{name}: {exc}")
    print(f"wrote {len(found)} examples to {OUT.relative_to(ROOT)}")
    for line in bad:
        print("not JSON:", line)


if __name__ == "__main__":
    main()
