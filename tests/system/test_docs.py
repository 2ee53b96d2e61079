"""The documents a reader follows: every relative link resolves, and the contract is the contract."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import REPO

#: ``[text](target)`` and ``![alt](target)``, the target up to a space or ``)``.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
DOCUMENTS = sorted([REPO / "README.md", REPO / "CHANGELOG.md", *REPO.glob("docs/*.md"), *REPO.glob("packaging/*.md")])


def relative_links(document: Path) -> list[str]:
    text = document.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # code blocks are not links
    return [t for t in LINK.findall(text) if not re.match(r"^[a-z][a-z0-9+.-]*:", t) and not t.startswith("#")]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(document):
    missing = []
    for target in relative_links(document):
        path = target.split("#", 1)[0]
        if not (document.parent / path).resolve().exists():
            missing.append(target)
    assert missing == []


def test_the_link_check_sees_a_broken_link(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("[da](page.md) [weg](nowhere.md) [web](https://example.org) ![bild](img.png)\n"
                    "```\n[im Code](not-a-link.md)\n```\n", encoding="utf-8")
    assert relative_links(page) == ["page.md", "nowhere.md", "img.png"]


def test_the_project_copy_of_the_contract_is_the_contract():
    """docs/exchange-format.md is ../shared/exchange-format.md with a preface (where the steering
    repository is checked out beside this one, as on the developers' machines)."""
    shared = REPO.parent / "shared" / "exchange-format.md"
    if not shared.exists():
        pytest.skip("the steering repository is not beside this checkout")
    ours = (REPO / "docs" / "exchange-format.md").read_text(encoding="utf-8")
    preface = re.match(r"# [^\n]*\n\n(> [^\n]*\n)+", ours)
    assert preface is not None
    title = ours.split("\n", 1)[0] + "\n"
    assert title + ours[preface.end():] == shared.read_text(encoding="utf-8")
