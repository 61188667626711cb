"""``CHANGELOG.md``: one bilingual entry per release, newest first (Keep a Changelog style).

Each entry is a level-2 heading ``## [<document> <id>] - <published>`` followed by one block
per language, the authoritative language first: the document's title, kind and dates, then the
summary under the Keep a Changelog category that fits (``Added`` for a first publication,
``Changed`` for a material change, ``Fixed`` for an editorial correction)::

    ## [privacy 2026-12-01] - 2026-11-25

    **隐私声明** · 文字性修订 · 发布日期：2026-11-25 · 生效日期：2026-12-01

    ### 更正
    - ……

    **Privacy Statement** · editorial · published 2026-11-25 · effective 2026-12-01

    ### Fixed
    - …

Pure: text in, text out.
"""

from __future__ import annotations

import re
from ..wording import table

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Sequence

    from ..model.releases import Release


_LABELS = table("changelog")
_ENTRY = re.compile(r"^## \[(?P<doc>[^\]\s]+) (?P<id>[^\]\s]+)\] - (?P<date>\d{4}-\d{2}-\d{2})[ \t]*$", re.M)


def category(release: Release) -> str:
    if release.sequence == 1:
        return "Added"
    return "Changed" if release.kind == "material" else "Fixed"


def entry(release: Release, languages: Sequence[str]) -> str:
    """The Markdown of ``release``'s entry; ``languages`` in order, authoritative first."""
    lines = [f"## [{release.document} {release.id}] - {release.published.isoformat()}", ""]
    for lang in languages:
        lab = _LABELS.get(lang, _LABELS["en"])
        title = release.title.get(lang) or release.document
        head = lab["sep"].join([f"**{title}**", lab[release.kind] + (lab["imported"] if release.imported else ""),
                                lab["published"] + release.published.isoformat(),
                                lab["effective"] + release.effective.isoformat()])
        summary = " ".join(release.summary[lang].split("\n")).strip()
        lines += [head, "", f"### {lab[category(release)]}", f"- {summary}", ""]
    return "\n".join(lines)


def insert(changelog: str, release: Release, languages: Sequence[str]) -> str:
    """``changelog`` with ``release``'s entry added in its place (newest first)."""
    text = changelog if changelog.endswith("\n") or not changelog else changelog + "\n"
    new = entry(release, languages)
    for m in _ENTRY.finditer(text):
        if m.group("date") <= release.published.isoformat():
            return text[:m.start()] + new + "\n" + text[m.start():]
    if not text:
        text = "# Changelog\n"
    return text.rstrip("\n") + "\n\n" + new
