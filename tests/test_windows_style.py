"""What a legal team on Windows produces: sources with CRLF line endings (an editor's or git's
autocrlf), in a folder whose path has spaces. Every command runs on them, and a text released
with CRLF compares equal to the same text in docs/ (line endings are not content)."""

import json
import shutil

import git as gitpython

from conftest import FIXTURES, ROOT, run_policy


def crlf(path):
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def test_the_commands_work_on_crlf_sources_in_a_folder_with_spaces(tmp_path):
    root = tmp_path / "Legal Team" / "my policies"
    shutil.copytree(FIXTURES / "release-project", root)
    for path in [*root.glob("docs/*/*.md"), root / "policy.toml", root / "CHANGELOG.md"]:
        crlf(path)
    assert b"\r\n" in (root / "docs" / "zh" / "privacy.md").read_bytes()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "tooling").symlink_to(ROOT / "tooling")  # the theme and hooks mkdocs.yml names
    (root / ".gitignore").write_text("/tooling\n.policy-cache/\n", encoding="utf-8")
    repo = gitpython.Repo.init(root, initial_branch="main")
    with repo.config_writer() as cw:
        cw.set_value("user", "name", "Legal Team")
        cw.set_value("user", "email", "legal@example.com")
    repo.git.add("-A")
    repo.git.commit("-q", "-m", "sources written on Windows")

    assert "0 errors" in run_policy("check", cwd=root, check=0).stdout
    run_policy("sync", "privacy", "--all", cwd=root, check=0)
    repo.git.add("-A")
    repo.git.commit("-q", "-m", "confirm the translation")
    run_policy("release", "privacy", "--id", "2026-12-01", "--kind", "editorial", "--published", "2026-11-25",
               "--effective", "2026-12-01", "--summary-zh", "首次发布。", "--summary-en", "First publication.",
               cwd=root, check=0)
    assert b"\r\n" in (root / "releases" / "privacy" / "2026-12-01" / "zh.md").read_bytes()  # released as it is
    assert "every hash matches" in run_policy("verify", cwd=root, check=0).stdout

    # the released CRLF text and the docs/ text are the same text
    run_policy("diff", "latest", "working", "--exit-code", cwd=root, check=0)
    summary = run_policy("diff", "latest", "working", "--format", "markdown", cwd=root, check=0).stdout
    assert "No changes" in summary
    # a real edit still shows, on its section only
    zh = root / "docs" / "zh" / "privacy.md"
    zh.write_bytes(zh.read_bytes().replace("。".encode(), "！".encode(), 1))
    changed = json.loads(run_policy("diff", "latest", "working", "--format", "json", "--lang", "zh",
                                    cwd=root, check=0).stdout)
    statuses = {s["id"]: s["status"] for s in changed["documents"][0]["sections"] if s["status"] != "unchanged"}
    assert len(statuses) == 1 and set(statuses.values()) == {"changed"}
    repo.git.checkout("--", "docs")

    out = root / "notice exports"
    run_policy("notices", "export", "--as-of", "2026-11-26", "-o", out / "notices.json", cwd=root, check=0)
    run_policy("notices", "export", "--format", "email", "--as-of", "2026-11-26", "-o", out / "mail", cwd=root,
               check=0)
    assert sorted(p.name for p in (out / "mail").iterdir()) == ["privacy-2026-12-01.en.eml",
                                                                 "privacy-2026-12-01.zh.eml"]
    notice = json.loads((out / "notices.json").read_text(encoding="utf-8"))["notices"][0]
    assert notice["id"] == "privacy-2026-12-01" and {s["status"] for s in notice["sections"]} == {"added"}

    sarif = json.loads(run_policy("check", "--format", "sarif", cwd=root, check=0).stdout)
    assert sarif["runs"][0]["results"] == []

    site = root / "built site"
    run_policy("build", "-o", site, "--as-of", "2026-12-02", cwd=root, check=0)
    assert (site / "privacy" / "versions" / "2026-12-01" / "index.html").is_file()
    assert (site / "notices" / "privacy-2026-12-01.json").is_file()
