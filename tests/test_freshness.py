"""Translation freshness: stale sections, confirmation pins, and what `policy status`/`check` say."""

import json

import pytest

from conftest import run_policy
from release_helpers import commit_all, make_project
from tooling.checks.freshness import confirm, describe_change, orphan_pins, stale_sections
from tooling.model.sections import parse_document
from tooling.source import decode_source

ZH = "# 声明\n\n## 1. 范围\n\n适用于所有服务。\n\n## 2. 联系\n\n请联系我们。\n"
EN = "---\ntranslation_of: zh\n---\n\n# Statement\n\n## 1. Scope\n\nApplies to all services.\n\n## 2. Contact\n\nContact us.\n"


def doc(text, lang):
    return parse_document(decode_source(text.encode("utf-8"), f"{lang}.md"), "privacy", lang)


def test_unpinned_sections_are_stale_until_confirmed():
    zh, en = doc(ZH, "zh"), doc(EN, "en")
    assert [s.section.id for s in stale_sections(zh, en, None)] == ["s1", "s2"]
    assert all(not s.confirmed for s in stale_sections(zh, en, None))
    pins, confirmed, dropped = confirm(zh, en, None)
    assert confirmed == ["s1", "s2"] and dropped == []
    assert stale_sections(zh, en, pins) == []


def test_a_chinese_change_makes_only_its_english_section_stale_and_keeps_the_old_text():
    zh, en = doc(ZH, "zh"), doc(EN, "en")
    pins, _, _ = confirm(zh, en, None)
    changed = doc(ZH.replace("所有服务", "全部服务"), "zh")
    stale = stale_sections(changed, en, pins)
    assert [s.section.id for s in stale] == ["s1"]
    assert stale[0].section.line == 7 and stale[0].old_text == "1. 范围\n\n适用于所有服务。"
    assert stale[0].new_text == "1. 范围\n\n适用于全部服务。"
    # An English-only edit does not make anything stale: Chinese is the reference.
    assert stale_sections(zh, doc(EN.replace("Contact us.", "Please contact us."), "en"), pins) == []
    # Confirming s1 alone clears it.
    pins, confirmed, _ = confirm(changed, en, pins, ["s1"])
    assert confirmed == ["s1"] and stale_sections(changed, en, pins) == []


def test_pins_for_removed_sections_are_reported_and_dropped():
    zh, en = doc(ZH, "zh"), doc(EN, "en")
    pins, _, _ = confirm(zh, en, None)
    zh2 = doc(ZH.split("## 2.")[0], "zh")
    en2 = doc(EN.split("## 2.")[0], "en")
    assert orphan_pins(zh2, en2, pins) == ["s2"]
    new, _, dropped = confirm(zh2, en2, pins)
    assert dropped == ["s2"] and list(new) == ["s1"]


def test_confirming_an_unknown_section_is_refused():
    from tooling.checks.freshness import PinError

    with pytest.raises(PinError, match="no section \u201cs9\u201d"):
        confirm(doc(ZH, "zh"), doc(EN, "en"), None, ["s9"])


def test_describe_change_is_character_level_and_shortens_long_context():
    assert describe_change("适用于所有服务。", "适用于全部服务。") == "适用于[-所有-]{+全部+}服务。"
    long = "甲" * 100
    assert describe_change(long + "乙", long + "丙", context=5) == "…甲甲甲甲甲[-乙-]{+丙+}"
    assert describe_change("乙" + long + "丙", "丁" + long + "丙", context=5) == "[-乙-]{+丁+}甲甲甲甲甲…"


# --- the commands, on a real repository --------------------------------------------------

def _edit(root, lang, old, new):
    path = root / "docs" / lang / "privacy.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_status_check_and_sync_on_a_project(tmp_path):
    root, repo = make_project(tmp_path)
    assert "up to date with the Chinese text" in run_policy("status", cwd=root, check=0).stdout
    _edit(root, "zh", "日志信息", "日志信息和设备信息")

    status = run_policy("status", cwd=root, check=1).stdout
    assert "docs/en/privacy.md:17: clause 2.2 [s2-2]" in status
    assert "in the Chinese, clause 2.2 (docs/zh/privacy.md:13) changed" in status
    assert "日志信息{+和设备信息+}" in status
    data = json.loads(run_policy("status", "--format", "json", cwd=root, check=1).stdout)
    stale = data["translations"][0]["stale"]
    assert [(s["id"], s["old_source_text"], s["new_source_text"]) for s in stale] == [
        ("s2-2", "2.2 您使用服务时产生的日志信息。", "2.2 您使用服务时产生的日志信息和设备信息。")]

    check = run_policy("check", cwd=root, check=1).stdout
    assert ("docs/en/privacy.md:17:1: error S001: clause 2.2 is stale: the authoritative clause 2.2 "
            "(docs/zh/privacy.md:13) has changed") in check
    assert "run `policy sync privacy --lang en --section s2-2`" in check

    _edit(root, "en", "Log information", "Log and device information")
    out = run_policy("sync", "privacy", "--section", "s2-2", cwd=root, check=0).stdout
    assert "translations/en/privacy.json: 1 English section confirmed" in out
    run_policy("check", cwd=root, check=0)
    run_policy("status", cwd=root, check=0)
    pins = json.loads((root / "translations/en/privacy.json").read_text(encoding="utf-8"))
    assert pins["sections"]["s2-2"]["text"] == "2.2 您使用服务时产生的日志信息和设备信息。"
    assert list(pins["sections"])[:3] == ["preamble", "s1", "s2"]  # document order


def test_new_english_section_without_pin_and_dead_pin(tmp_path):
    root, repo = make_project(tmp_path)
    _edit(root, "zh", "## 3. 联系我们", "## 3. 您的权利\n\n您有权查阅您的信息。\n\n## 4. 联系我们")
    _edit(root, "en", "## 3. Contact us", "## 3. Your rights\n\nYou may access your information.\n\n## 4. Contact us")
    status = run_policy("status", cwd=root, check=1).stdout
    # Sections are identified by number: section 3 now translates a different Chinese section 3 …
    assert "section 3 [s3]\n    in the Chinese, section 3 (docs/zh/privacy.md:15) changed" in status
    assert "3. [-联系我们-]{+您的权利+}" in status
    # … and section 4 is new: never confirmed.
    assert "section 4 [s4]\n    never confirmed against section 4 in the Chinese" in status
    run_policy("sync", "privacy", "--all", cwd=root, check=0)
    run_policy("status", cwd=root, check=0)

    _edit(root, "zh", "## 3. 您的权利\n\n您有权查阅您的信息。\n\n", "")
    _edit(root, "en", "## 3. Your rights\n\nYou may access your information.\n\n", "")
    commit_all(repo, "drop section 3")
    status = run_policy("status", cwd=root, check=1).stdout
    assert "0 stale sections" not in status and "1 pin left for a section that no longer exists" in status
    assert "pin for section [s3], which no longer exists" in status
    check = run_policy("check", cwd=root).stdout
    assert "translations/en/privacy.json:1:1: warning S002" in check


def test_check_warns_when_never_confirmed_and_corrupt_pins_are_named(tmp_path):
    root, repo = make_project(tmp_path, pins=False)
    check = run_policy("check", cwd=root, check=0).stdout
    assert "docs/en/privacy.md:1:1: warning S003" in check and "policy sync privacy --lang en --all" in check
    pins = root / "translations" / "en" / "privacy.json"
    pins.parent.mkdir(parents=True)
    pins.write_text('{"sections": {"s1": {"sha256": 1}}}', encoding="utf-8")
    result = run_policy("check", cwd=root, check=2)
    assert "translations/en/privacy.json:1:1: error S010" in result.stdout and "section \u201cs1\u201d" in result.stdout
    status = run_policy("status", cwd=root)
    assert status.returncode == 2 and "translations/en/privacy.json" in status.stderr


def test_other_docs_folder_is_not_checked_for_freshness(tmp_path):
    import shutil

    root, repo = make_project(tmp_path, pins=False)
    assert "S003" in run_policy("check", "--docs", root / "docs", cwd=root, check=0).stdout
    shutil.copytree(root / "docs", root / "draft")
    assert "S003" not in run_policy("check", "--docs", root / "draft", cwd=root, check=0).stdout
