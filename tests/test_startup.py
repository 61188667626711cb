"""The start-up tricks of tooling/startup.py give what the public modules give: the kept regular
expressions behave as freshly compiled ones, a damaged file is only a slower start, and `policy check`
keeps them in the project's own .policy-cache/ only."""

import marshal
import re
import shutil

from conftest import FIXTURES, ROOT, run_policy

from tooling.startup import RegexCache

SAMPLES = [
    "自2026年5月16日起生效，保存期限为三十（30）日，联系 privacy@example.cn 或 https://example.cn/zh-cn/a?b=1。",
    "第十二条 我们将在 15 个工作日内答复；两名受托人；1. 介绍 2.3 版 (a) (iv) 一、（一）",
    "Effective May 16, 2026: within thirty (30) days, 3 years, 50% of the votes; see RFC 2119. I. II.",
    "混合 English 与中文，全角数字１２３，全角句号．以及 ％ 和 № 9",
]

PATTERNS = [
    (r"([两二三四五六七八九十]+)(?=[个名项次份种条家位])", 0),
    (r"([0-9０-９]+)(?:\\?[.．])(?=\s|$|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])", 0),
    (r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月", 0),
    (r"(?i)\b(thirty|three)\b\s*(?:\((\d+)\))?", 0),
    (r"(?m)^[ \t]*(?:[-*+·•][ \t]+)?\d{1,3}[.．]", re.MULTILINE),
    (r"[^\s\-?:,\[\]{}#&*!|>'\"%@`0-9.+~][^#]*?", re.IGNORECASE),
]


def _behaviour(compiled):
    return (compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex),
            [[m.span() + m.groups() for m in compiled.finditer(text)] for text in SAMPLES])


def _compile_all(path, misses=None):
    with RegexCache(path) as cache:
        result = [_behaviour(re.compile(p, f)) for p, f in PATTERNS]
    if misses is not None:
        misses.extend(cache.added)  # the patterns it had to compile
    return result


def test_kept_patterns_behave_as_freshly_compiled_ones(tmp_path):
    kept = tmp_path / "regex.marshal"
    re.purge()
    fresh = [_behaviour(re._compiler.compile(p, f)) for p, f in PATTERNS]  # no cache at all
    re.purge()
    assert _compile_all(kept) == fresh  # the first run compiles and keeps them
    assert kept.exists()
    re.purge()
    misses = []
    assert _compile_all(kept, misses) == fresh  # the second run takes them from the file
    assert misses == []


def test_a_damaged_or_altered_file_is_only_a_slower_start(tmp_path):
    kept = tmp_path / "regex.marshal"
    re.purge()
    expected = _compile_all(kept)
    blob = kept.read_bytes()
    key, _, body = blob.partition(b"\n")
    table = marshal.loads(body)
    # every kept program replaced by a program the engine must refuse (a wrong opcode)
    altered = {k: (v[0], [9999] + v[1][1:], *v[2:]) for k, v in table.items()}
    kept.write_bytes(key + b"\n" + marshal.dumps(altered))
    re.purge()
    assert _compile_all(kept) == expected
    kept.write_bytes(b"not a cache at all")
    re.purge()
    assert _compile_all(kept) == expected
    # re.compile is itself again once the block ends
    assert re._compiler.compile.__module__ == "re._compiler"


def test_check_keeps_the_patterns_in_the_project_cache_and_gives_the_same_findings(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copy(ROOT / "policy.toml", project / "policy.toml")
    (project / "docs" / "en" / "privacy.md").write_text(
        (FIXTURES / "as-received" / "en" / "privacy.md").read_text(encoding="utf-8"), encoding="utf-8")
    first = run_policy("check", cwd=project, check=1)
    kept = project / ".policy-cache" / "regex.marshal"
    assert kept.exists()
    second = run_policy("check", cwd=project, check=1)
    assert ": error " in first.stdout and second.stdout == first.stdout
    kept.write_bytes(b"\x00" * 64)  # damaged: the same findings, and the file is written again
    third = run_policy("check", cwd=project, check=1)
    assert third.stdout == first.stdout
    assert kept.read_bytes() != b"\x00" * 64


def test_a_missing_config_writes_no_cache_beside_it(tmp_path):
    result = run_policy("check", "--config", tmp_path / "nowhere" / "policy.toml", cwd=tmp_path, check=2)
    assert "Traceback" not in result.stderr
    assert not any(tmp_path.rglob("*"))


def test_the_lexicon_is_built_once_per_project_and_a_damaged_copy_is_built_again(tmp_path):
    from tooling.checks import lexicon

    kept = tmp_path / "lexicon.marshal"
    text = "未经授权访问他人的计算机系统 Unauthorized access to other people's computer systems"
    try:
        lexicon.keep_in(None)
        fresh = lexicon.concept_forms(text)
        lexicon.keep_in(str(kept))
        assert lexicon.concept_forms(text) == fresh and kept.exists()  # built, then kept
        lexicon.keep_in(str(kept))
        assert lexicon.concept_forms(text) == fresh  # read from what was kept
        kept.write_bytes(kept.read_bytes()[:40] + b"\x00garbage")
        lexicon.keep_in(str(kept))
        assert lexicon.concept_forms(text) == fresh  # a damaged copy is built again, not trusted
    finally:
        lexicon.keep_in(None)
    assert set(fresh.values()) == {"未经授权", "访问", "计算机", "系统"}  # the first form of each concept
    assert set(lexicon.concept_forms("Unauthorized access to other people's computer systems")) == set(fresh)
