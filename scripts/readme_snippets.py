"""Copy every Python block of README.md into ``tests/typing/readme/`` so that
``mypy --strict`` checks user code written the way the README shows.

``python -m scripts.readme_snippets`` rewrites them; a test fails when they are stale.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
OUT = ROOT / "tests" / "typing" / "readme"


def snippets() -> dict[str, str]:
    """File name -> source of each ``python`` block of the README, in order."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.S)
    head = '"""A README snippet, copied by scripts/readme_snippets.py for mypy --strict."""\n\n'
    return {f"snippet_{n:02d}.py": head + code for n, code in enumerate(blocks, 1)}


def main() -> None:
    """Rewrite tests/typing/readme/."""
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    for name, code in snippets().items():
        (OUT / name).write_text(code)
    print(f"wrote {len(snippets())} snippets to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
