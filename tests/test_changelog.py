"""CHANGELOG.md entries: bilingual, Chinese first, newest first."""

from datetime import date

from tooling.history.changelog import entry, insert
from tooling.model.releases import Release

HEAD = "# Changelog / 变更记录\n\nIntro.\n"


def rel(rid, seq, published, kind="editorial", imported=False):
    return Release("privacy", rid, seq, kind, date.fromisoformat(published), date.fromisoformat(published),
                   {"zh": f"摘要{rid}", "en": f"Summary {rid}"}, {}, "0" * 40, imported=imported,
                   title={"zh": "隐私声明", "en": "Privacy Statement"})


def test_entry_is_bilingual_with_kind_and_dates():
    text = entry(rel("2026-12-01", 2, "2026-11-25"), ["zh", "en"])
    assert text == (
        "## [privacy 2026-12-01] - 2026-11-25\n\n"
        "**隐私声明** · 文字性修订 · 发布日期：2026-11-25 · 生效日期：2026-11-25\n\n### 更正\n- 摘要2026-12-01\n\n"
        "**Privacy Statement** · editorial · published 2026-11-25 · effective 2026-11-25\n\n"
        "### Fixed\n- Summary 2026-12-01\n")


def test_entries_are_inserted_newest_first():
    log = insert(HEAD, rel("a", 1, "2025-06-01", "material", imported=True), ["zh", "en"])
    log = insert(log, rel("b", 2, "2026-11-25"), ["zh", "en"])
    log = insert(log, rel("c", 3, "2027-01-01", "material"), ["zh", "en"])
    assert log.startswith(HEAD + "\n## [privacy c]")
    assert log.index("[privacy c]") < log.index("[privacy b]") < log.index("[privacy a]")
    assert "### 新增" in log and "### 变更" in log and "### Changed" in log
    assert "实质性修订（历史版本，按原样收录）" in log
    assert log.endswith("- Summary a\n") and "\n\n\n" not in log
