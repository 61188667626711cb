"""Inputs that would make `policy` read or write outside the project, or publish what was
never released: document names, symbolic links, drafts. Real projects in git repositories,
real `policy` processes."""

import os
import subprocess
import tempfile

import pytest

import site_fixture
from conftest import run_policy
from test_build_output import snapshot

RELEASE = ["--id", "v3", "--kind", "editorial", "--published", "2026-12-20", "--effective", "2026-12-20",
           "--summary-zh", "更正。", "--summary-en", "Corrections."]


def git(root, *args):
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def project(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    (root / ".gitignore").write_text(".policy-cache/\nsite/\ntooling\n")
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "project")
    return tmp_path, root


# -- document names -----------------------------------------------------------------------

def test_a_document_name_in_policy_toml_that_leaves_the_site_is_refused(project):
    tmp_path, root = project
    with open(root / "policy.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[documents."../../x"]\ntitle = { zh = "外部", en = "Outside" }\n')
    line = (root / "policy.toml").read_text(encoding="utf-8").split("\n").index('[documents."../../x"]') + 1
    before = snapshot(tmp_path)
    for command in (["build", "-o", "site"], ["check"], ["releases"], ["notices", "export", "--format", "json"]):
        result = run_policy(*command, cwd=root, check=2)
        assert f"policy.toml:{line}: error E101: " in result.stderr, result.stderr
        assert "document name \u201c../../x\u201d is not allowed" in result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", [
    ["sync", "../../outside/doc", "--all"],
    ["sync", "/abs/doc", "--all"],
    ["release", "/abs", *RELEASE],
    ["release", "../privacy", *RELEASE],
    ["import-release", "../../x", "--from", "../..", *RELEASE],  # --from: docs/, seen from docs/zh/sub
    ["status", "--document", "../../etc"],
    ["releases", "--document", "privacy/../../.."],
    ["verify", "--document", "/etc"],
    ["diff", "v1", "v2", "--document", "../privacy"],
    ["sync", "Privacy Statement", "--all"],
])
def test_a_document_name_on_the_command_line_that_leaves_the_project_is_refused(project, command):
    tmp_path, root = project
    (root / "docs" / "zh" / "sub").mkdir()
    before = snapshot(tmp_path)
    result = run_policy(*command, cwd=root / "docs" / "zh" / "sub", check=2)
    assert "error E202: " in result.stderr and "is not allowed" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before
    assert git(root, "tag") == "" and len(git(root, "log", "--oneline").splitlines()) == 1


def test_nested_document_names_stay_allowed():
    from tooling.project import check_document_name

    assert check_document_name("privacy") is None and check_document_name("terms/cookies") is None
    for bad in ("", "/privacy", "privacy/", "a//b", "..", "a/../b", "Privacy", "隐私", "a b", "a\\b"):
        assert check_document_name(bad), bad


# -- symbolic links -----------------------------------------------------------------------

SECRET = "机密：董事会会议纪要，不得公开。"


@pytest.mark.parametrize("link, target", [
    ("docs/zh/board.md", "outside"),                       # a file outside the repository
    ("docs/en/privacy.md", "docs/zh/privacy.md"),          # a file inside (one text seeming to be two)
    ("docs/en", "docs/zh"),                                # a folder
    ("releases/privacy/v1/zh.md", "outside"),
    ("translations/en/privacy.json", "outside"),
])
def test_symbolic_links_in_the_sources_history_and_pins_are_refused_by_every_command(project, link, target):
    tmp_path, root = project
    outside = tmp_path / "secret.md"
    outside.write_text(f"# 纪要\n\n## 1. 内容\n\n{SECRET}\n", encoding="utf-8")
    (root / "translations" / "en").mkdir(parents=True, exist_ok=True)
    (root / "translations" / "en" / "privacy.json").write_text("{}\n")
    path = root / link
    if path.is_dir():
        import shutil

        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
    os.symlink(outside if target == "outside" else root / target, path)
    for command in (["build", "-o", "site", "--as-of", "2026-12-15"], ["check"], ["status"],
                    ["sync", "privacy", "--all"], ["release", "privacy", *RELEASE], ["releases"], ["verify"],
                    ["diff", "v1", "working"], ["notices", "export", "--format", "json"]):
        result = run_policy(*command, cwd=root, check=2)
        assert f"{link}: error E011: is a symbolic link" in result.stderr, (command, result.stderr)
        assert SECRET not in result.stdout + result.stderr
    assert not (root / "site").exists()
    assert git(root, "tag") == "" and len(git(root, "log", "--oneline").splitlines()) == 1


# -- drafts -------------------------------------------------------------------------------

def test_the_public_site_shows_only_released_text_never_the_working_draft(project):
    tmp_path, root = project
    draft = root / "docs" / "zh" / "privacy.md"
    draft.write_text(draft.read_text(encoding="utf-8") + "\n未经发布的草稿条款：保存十年。\n", encoding="utf-8")
    (root / "docs" / "zh" / "cookies.md").write_text("# Cookie 政策\n\n## 1. 范围\n\n草稿中的新文件。\n",
                                                   encoding="utf-8")
    run_policy("build", "-o", "site", "--as-of", "2026-12-15", cwd=root, check=0)
    published = snapshot(root / "site")
    for path, data in published.items():
        if isinstance(data, bytes):
            text = data.decode("utf-8", "replace")
            assert "保存十年" not in text and "草稿中的新文件" not in text and "Cookie 政策" not in text, path
    assert "保存两年" in published["privacy/index.html"].decode("utf-8")
    assert not any(p.startswith(("cookies", "privacy/draft")) for p in published)


def test_without_any_release_the_public_site_says_so_and_shows_no_text(tmp_path):
    root = site_fixture.make_project(tmp_path / "project", releases=False)
    run_policy("build", "-o", "site", "--as-of", "2026-12-15", cwd=root, check=0)
    zh = (root / "site" / "privacy" / "index.html").read_text(encoding="utf-8")
    en = (root / "site" / "en" / "privacy" / "parallel" / "index.html").read_text(encoding="utf-8")
    assert "尚无已发布的版本" in zh and "保存两年" not in zh
    assert "No version has been published yet" in en and "two years" not in en
    index = (root / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "保存" not in index and "two years" not in index


# -- dates out of range -------------------------------------------------------------------

@pytest.mark.parametrize("when", ["9999-12-31", "1960-01-01", "0001-01-01", "2100-01-01"])
def test_a_date_out_of_range_is_refused_wherever_dates_enter(project, when):
    tmp_path, root = project
    before = snapshot(tmp_path)
    for command in (["build", "-o", "site", "--as-of", when], ["releases", "--as-of", when],
                    ["notices", "export", "--format", "json", "--as-of", when],
                    ["diff", "in-force", "latest", "--as-of", when],
                    ["release", "privacy", *RELEASE[:4], "--published", when, "--effective", "2026-12-20",
                     *RELEASE[8:]],
                    ["release", "privacy", *RELEASE[:6], "--effective", when, *RELEASE[8:]]):
        result = run_policy(*command, cwd=root, check=2)
        assert f"\u201c{when}\u201d is out of range: give a date from 1970-01-01 to 2099-12-31." in result.stderr, \
            (command, result.stderr)
        assert "Traceback" not in result.stderr and "format requires" not in result.stderr
    assert snapshot(tmp_path) == before
    assert git(root, "tag") == ""


def test_the_last_date_in_range_builds(project):
    tmp_path, root = project
    run_policy("build", "-o", "site", "--as-of", "2099-12-31", cwd=root, check=0)
    assert "保存两年" in (root / "site" / "privacy" / "index.html").read_text(encoding="utf-8")


# -- files that are not UTF-8 text --------------------------------------------------------



@pytest.mark.parametrize("kind, make, says", [
    ("utf-16 with BOM", lambda t: t.encode("utf-16"), "is encoded in UTF-16LE"),
    ("utf-16le, no BOM", lambda t: t.encode("utf-16-le"), "`iconv -f UTF-16LE -t UTF-8 docs/zh/privacy.md"),
    ("utf-16be, no BOM", lambda t: t.encode("utf-16-be"), "`iconv -f UTF-16BE -t UTF-8 docs/zh/privacy.md"),
    ("gb18030", lambda t: t.encode("gb18030"), "It looks like GBK/GB18030"),
    ("docx", lambda t: b"PK\x03\x04\x14\x00\x06\x00" + t.encode("utf-8"),
     "error E010: is not a text file: it looks like a Word (.docx)"),
    ("pdf", lambda t: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "error E010: is not a text file: it looks like a PDF"),
    ("binary", lambda t: bytes(range(256)) * 4, "error E010: is not a text file: it looks like binary data"),
])
def test_utf16_and_binary_sources_get_a_precise_message(project, kind, make, says):
    tmp_path, root = project
    source = root / "docs" / "zh" / "privacy.md"
    source.write_bytes(make(source.read_text(encoding="utf-8")))
    for command in (["check"], ["status"], ["sync", "privacy", "--all"]):
        result = run_policy(*command, cwd=root)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        out = result.stdout + result.stderr
        assert "docs/zh/privacy.md:1:" in out and says in out, (kind, command, out)
        assert "Traceback" not in out
        if kind != "gb18030":
            assert "GB18030" not in out


@pytest.mark.parametrize("size", ["the statement", "a four-line text"])
def test_a_stray_zero_byte_is_named_where_it_is_not_called_utf16(project, size):
    """A zero byte pasted into UTF-8 text (from a PDF or a database) is named at its line and column;
    it used to be reported as UTF-16 in a short file, and as "binary data" in a long one."""
    tmp_path, root = project
    source = root / "docs" / "zh" / "privacy.md"
    lines = source.read_text(encoding="utf-8").split("\n")
    if size != "the statement":
        lines = ["# 隐私声明", "", "## 1. 适用范围", "本声明适用于平台。"]
    target = max(k for k, line in enumerate(lines) if len(line) > 3)
    lines[target] = lines[target][:3] + "\0" + lines[target][3:]
    source.write_bytes("\n".join(lines).encode("utf-8"))
    result = run_policy("check", cwd=root)
    out = result.stdout + result.stderr
    assert result.returncode == 2, out
    assert f"docs/zh/privacy.md:{target + 1}:4: error E010: contains a zero byte (U+0000) at line {target + 1}, column 4" in out
    assert "`tr -d '\\000' < docs/zh/privacy.md > docs/zh/privacy.md.clean`" in out
    assert "UTF-16" not in out and "binary data" not in out and "Traceback" not in out


def test_two_files_given_in_the_wrong_order_are_refused_not_compared(tmp_path):
    """`policy check en.md zh.md`: the English would be taken for the authoritative Chinese text and
    every message would call it Chinese; the files are refused with the command in the right order."""
    from conftest import ROOT

    zh, en = tmp_path / "zh.md", tmp_path / "en.md"
    zh.write_bytes((ROOT / "docs" / "zh" / "privacy.md").read_bytes())
    en.write_bytes((ROOT / "docs" / "en" / "privacy.md").read_bytes())
    bare = tmp_path / "bare.md"   # the same English without its translation_of front matter
    bare.write_text(en.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    for first, why in ((en, "it declares that it is a translation (`translation_of: zh`)"),
                       (bare, "it has hardly any Chinese characters, while zh.md is written in them")):
        result = run_policy("check", first.name, "zh.md", cwd=tmp_path)
        assert result.returncode == 2, result.stdout
        assert result.stdout.splitlines()[0] == (
            f"{first.name}:1:1: error E012: is given first, as the authoritative Chinese text, but {why}. Give the "
            f"Chinese text first and its English translation second: policy check zh.md {first.name}")
        assert "P0" not in result.stdout and "F0" not in result.stdout
    assert run_policy("check", "zh.md", "en.md", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bare.md", "en.md", "zh.md"]   # nothing written


def test_check_of_a_folder_without_documents_is_refused_not_passed(tmp_path):
    """`policy check --docs DIR` on the wrong folder (or one whose zh/ and en/ are empty) would pass in CI as
    "no findings"; it says where the texts go and exits 2."""
    (tmp_path / "wrong" / "zh").mkdir(parents=True)
    (tmp_path / "wrong" / "en").mkdir()
    for folder in ("wrong", "."):
        result = run_policy("check", "--docs", folder, cwd=tmp_path)
        assert result.returncode == 2, result.stdout
        assert "no document found; the texts go in " in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wrong"]   # nothing written


# Hostile runs in a text `policy check` reads: each was once read in time quadratic in its length (a 1 MB run took
# from 37 s to hours), or crashed (a number of 250,000 digits: int() refuses past 4,300).
_RUNS = {
    "spaces before a word": ("## 一、概述\n\n{run}z\n", " "),
    "a heading line of spaces": ("## 一、概述{run}x ##\n\n正文\n", " "),
    "digits in a heading": ("## {run} 标题\n\n正文\n", "1"),
    "digits before a percent sign": ("## 一、概述\n\n{run}%\n", "1"),
    "digits before 分之": ("## 一、概述\n\n{run}分之一\n", "1"),
    "Chinese numerals before a measure word": ("## 一、概述\n\n{run}个\n\n第{run}条 x\n", "一"),
    "numbers in a list": ("## 一、概述\n\n{run}\n", "1，"),
    "quotes in quotes": ("## 一、概述\n\n{run}z\n", "> "),
    # thousands of sections: their ids made unique one by one, and their alignment (beyond 2,000 a side, a band)
    "parts numbered alike, in bold": ("## 一、概述\n\n{run}z\n", "**I. A**\n\n"),
    "headings numbered alike": ("{run}z\n", "### 1. A\n\n"),
}


def _check_time(text):
    """CPU seconds of `policy check` on a pair whose two texts are ``text`` (findings, not errors)."""
    import time

    from conftest import parity_config
    from tooling.checks.check import check_pair

    with tempfile.TemporaryDirectory() as folder:
        zh, en = os.path.join(folder, "zh.md"), os.path.join(folder, "en.md")
        with open(zh, "w", encoding="utf-8") as fh:
            fh.write("# 标题\n\n" + text)
        with open(en, "w", encoding="utf-8") as fh:
            fh.write("---\ntranslation_of: zh\n---\n\n# Title\n\n" + text)
        start = time.thread_time()
        result = check_pair(parity_config(), [zh, en], project=False)
        elapsed = time.thread_time() - start
    assert not result.bad_input, [str(f) for f in result.findings]
    return elapsed


@pytest.mark.parametrize("case", list(_RUNS))
def test_a_long_run_in_a_text_is_read_in_time_linear_in_it(case):
    template, piece = _RUNS[case]

    def cost(n):
        return min(_check_time(template.format(run=piece * (n // len(piece)))) for _ in range(2))

    small, large = cost(20_000), cost(80_000)
    assert large < 10 * small + 0.1, (small, large)  # linear: about 4x; the quadratic readers took 16x


def test_a_text_of_more_sections_than_any_policy_has_is_refused(tmp_path):
    # 800,000 headings fit in 5 MB: compared, they held `policy check` for two minutes and 2.6 GB
    (tmp_path / "zh.md").write_text("# 标题\n\n" + "## 节\n\n" * 20_001, encoding="utf-8")
    (tmp_path / "en.md").write_text("---\ntranslation_of: zh\n---\n\n# Title\n\n" + "## S\n\n" * 20_000,
                                    encoding="utf-8")
    result = run_policy("check", "zh.md", "en.md", cwd=tmp_path, check=2)
    assert result.stdout.splitlines()[0] == (
        "zh.md:40003:1: error E006: has more than 20,000 sections and numbered clauses; a policy document has far fewer "
        "(a civil code about 1,300 articles). Check that this is the right file, or split the policy into several "
        "documents."), result.stdout
    assert "en.md" not in result.stdout and "Traceback" not in result.stderr  # 20,000 are compared


def test_a_text_of_many_sections_whose_facts_differ_is_read_in_time_linear_in_them():
    """Every pair of sections was once compared for exchanged texts, and the sections in order were found by
    comparing every pair of numbers: 13 s for 1,500 sections, growing with their square."""
    import time

    from conftest import parity_config
    from tooling.checks.check import check_pair

    def cost(n, folder):
        zh, en = os.path.join(folder, f"zh{n}.md"), os.path.join(folder, f"en{n}.md")
        with open(zh, "w", encoding="utf-8") as fh:
            fh.write("# 标题\n\n" + "".join(f"## {i}. 节\n\n数字 {i * 7} 与 {i * 11}。\n\n" for i in range(1, n)))
        with open(en, "w", encoding="utf-8") as fh:
            fh.write("---\ntranslation_of: zh\n---\n\n# Title\n\n"
                     + "".join(f"## {i}. S\n\nNumbers {i * 7 + 1} and {i * 11 + 1}.\n\n" for i in range(1, n)))
        start = time.thread_time()
        result = check_pair(parity_config(), [zh, en], project=False)
        elapsed = time.thread_time() - start
        assert len(result.findings) == 2 * (n - 1)  # the two numbers of each section, nothing else
        return elapsed

    with tempfile.TemporaryDirectory() as folder:  # the least of three: a collection or a busy neighbour adds, never takes
        small, large = min(cost(250, folder) for _ in range(3)), min(cost(1000, folder) for _ in range(3))
    assert large < 10 * small + 0.1, (small, large)


def test_a_number_of_a_quarter_of_a_million_digits_is_no_crash():
    _check_time("## 一、概述\n\n" + "1" * 250_000 + "\n\n## " + "2" * 250_000 + " 标题\n\n" + "3" * 250_000 + "分之一\n")
