"""The README's module map and the code name the same modules, so the map cannot go stale either way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# A module or package folder in backticks: `bot/index/store.py`, `bot/index/`, `app.py`.
NAMED_PATH = re.compile(r"`(bot/[\w/]*(?:\.py)?|app\.py)`")


def module_map(readme_text: str) -> set[str]:
    """The paths named in the README's "Module map" section."""
    match = re.search(r"^## Module map\n(.*?)(?=^## |\Z)", readme_text, flags=re.MULTILINE | re.DOTALL)
    if match is None:
        raise ValueError('README.md has no "## Module map" section')
    return set(NAMED_PATH.findall(match.group(1)))


def missing_from_code(named: set[str], root: Path) -> list[str]:
    """Named paths that do not exist under `root` (a folder is named with a trailing /)."""
    return sorted(path for path in named
                  if not ((root / path).is_dir() if path.endswith("/") else (root / path).is_file()))


def missing_from_map(named: set[str], root: Path) -> list[str]:
    """Modules under `root/bot` the map does not name. A sub-package's `__init__.py` counts as named when its
    folder is."""
    missing = []
    for module in sorted((root / "bot").rglob("*.py")):
        path = module.relative_to(root).as_posix()
        if module.name == "__init__.py" and module.parent != root / "bot":
            path = module.parent.relative_to(root).as_posix() + "/"
        if path not in named:
            missing.append(path)
    return missing


def test_every_module_the_readme_map_names_exists():
    named = module_map((REPO / "README.md").read_text(encoding="utf-8"))
    assert "app.py" in named and "bot/__init__.py" in named
    assert missing_from_code(named, REPO) == []


def test_every_module_under_bot_is_named_in_the_readme_map():
    named = module_map((REPO / "README.md").read_text(encoding="utf-8"))
    assert missing_from_map(named, REPO) == []


def _tree(root: Path, *paths: str) -> None:
    for path in paths:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text("", encoding="utf-8")


README = """# X

## Module map

- `bot/__init__.py` front door; `bot/index/`: `bot/index/store.py` a loaded index; `bot/index/gone.py` removed.
- `app.py` the app.

## Development

- `bot/elsewhere.py` is outside the map and does not count.
"""


def test_the_map_is_read_from_its_own_section_only():
    assert module_map(README) == {"bot/__init__.py", "bot/index/", "bot/index/store.py", "bot/index/gone.py",
                                  "app.py"}


def test_a_named_module_that_does_not_exist_is_reported(tmp_path):
    _tree(tmp_path, "app.py", "bot/__init__.py", "bot/index/__init__.py", "bot/index/store.py")
    assert missing_from_code(module_map(README), tmp_path) == ["bot/index/gone.py"]


def test_a_module_left_out_of_the_map_is_reported(tmp_path):
    _tree(tmp_path, "bot/__init__.py", "bot/index/__init__.py", "bot/index/store.py", "bot/index/new.py",
          "bot/web/__init__.py")
    assert missing_from_map(module_map(README), tmp_path) == ["bot/index/new.py", "bot/web/"]


def test_a_readme_without_a_module_map_is_an_error():
    with pytest.raises(ValueError, match="Module map"):
        module_map("# X\n\n## Development\n")
