"""Every relative link in README.md and docs/*.md leads to a file in the repository, so the
documentation works in a clone (issue 18, item 7): nothing points outside the repository
(`../shared/...`), at a moved file, or at a heading that is not there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
# [text](target) and [text]: target, but not images' data or code spans.
_INLINE = re.compile(r"(?<!\\)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$", re.MULTILINE)
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_OUTSIDE = re.compile(r"\.\./shared/|\.\./seed/|/work/")


def _links(document: Path) -> list[str]:
    text = _CODE.sub("", document.read_text(encoding="utf-8"))
    return _INLINE.findall(text) + _REFERENCE.findall(text)


def _anchors(document: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    anchors = set()
    for line in document.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            title = re.sub(r"[^\w\- ]", "", title)
            anchors.add(title.replace(" ", "-"))
    return anchors


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_relative_link_resolves_in_the_repository(document: Path) -> None:
    broken = []
    for target in _links(document):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            if target.startswith("#") and target[1:] not in _anchors(document):
                broken.append(target)
            continue  # http(s):, mailto: ...
        path, _, anchor = target.partition("#")
        resolved = (document.parent / path).resolve()
        outside = not resolved.is_relative_to(ROOT) or not resolved.exists()
        if outside or (anchor and resolved.suffix == ".md" and anchor not in _anchors(resolved)):
            broken.append(target)
    assert broken == [], f"{document.relative_to(ROOT)}: links that do not resolve: {broken}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_nothing_points_outside_the_repository(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    assert not _OUTSIDE.findall(text), f"{document.relative_to(ROOT)} names a path outside"


def test_the_rulebook_and_the_data_contract_are_in_docs() -> None:
    for name in ("rulebook.md", "data-contract.md"):
        assert (ROOT / "docs" / name).is_file()
