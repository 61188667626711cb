"""The build cache is keyed on all of the code: editing any file of the package (or installing
another version of a rendering dependency) shows in the next cached build, exactly as in a build
without the cache. (It once listed its modules by hand and missed notices/letter.py.)"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import site_fixture
from conftest import ROOT

from tooling.site.build import RENDERING_DISTRIBUTIONS, code_fingerprint, dependency_versions


def copy_package(target):
    shutil.copytree(ROOT / "tooling", target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return target


def test_every_file_of_the_package_is_part_of_the_cache_key(tmp_path):
    package = copy_package(tmp_path / "tooling")
    files = sorted(p for p in package.rglob("*") if p.is_file())
    assert len(files) > 50 and package / "notices" / "letter.py" in files
    keys = {code_fingerprint(str(package))}
    for path in files:
        data = path.read_bytes()
        path.write_bytes(data + b"\n")   # an edit that changes no behaviour still changes the key
        keys.add(code_fingerprint(str(package)))
        path.write_bytes(data)
    assert len(keys) == len(files) + 1, "an edited file left the cache key unchanged"
    assert code_fingerprint(str(package)) in keys
    (package / "model" / "new_module.py").write_text("X = 1\n", encoding="utf-8")
    assert code_fingerprint(str(package)) not in keys


def test_the_versions_of_the_rendering_stack_and_its_requirements_are_in_the_key():
    versions = dict(item.split("=") for item in dependency_versions(RENDERING_DISTRIBUTIONS).split(";"))
    from importlib.metadata import version

    for name in ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "diff-match-patch", "jieba",
                 "markdown", "pymdown-extensions", "jinja2", "pygments"):   # the last ones: requirements
        assert versions[name] == version(name), name


def _build(root, out, *extra):
    env = dict(os.environ, PYTHONPATH=str(root))   # the copy of the package in root comes first
    result = subprocess.run([sys.executable, "-m", "tooling", "build", "--as-of", "2026-11-15", "-o", str(out),
                             *extra], cwd=root, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.slow
def test_a_cached_build_after_editing_the_letter_module_equals_a_build_without_cache(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    copy_package(root / "tooling")
    site_fixture.make_project(root)
    before = _build(root, tmp_path / "before")
    atom = "notices.en.atom"
    assert "All versions" in (before / atom).read_text(encoding="utf-8")
    letter = root / "tooling" / "notices" / "letter.py"
    with letter.open("a", encoding="utf-8") as fh:   # the letter module words the last link differently
        fh.write('\nWORDING = {**WORDING, "en": {**WORDING["en"], "links": WORDING["en"]["links"][:3] + ("Every version",)}}\n')
    cached = _build(root, tmp_path / "cached")
    fresh = _build(root, tmp_path / "fresh", "--no-cache")
    assert "Every version" in (fresh / atom).read_text(encoding="utf-8")
    assert (cached / atom).read_bytes() == (fresh / atom).read_bytes()
    for name in ("notices.json", "notices.zh.atom", "privacy/index.html", "en/privacy/changes/v2/index.html"):
        assert (cached / name).read_bytes() == (fresh / name).read_bytes(), name


def _many_releases(root, count):
    """The fixture project with ``count`` releases: v1, then v2's text with one more sentence each time."""
    from datetime import date, timedelta

    site_fixture.make_project(root, releases=False)
    for k in range(1, count + 1):
        day = date(2025, 1, 1) + timedelta(days=14 * k)
        texts = {lang: site_fixture.text("v1" if k == 1 else "v2", lang) for lang in ("zh", "en")}
        if k > 1:
            texts = {"zh": texts["zh"] + f"\n第{k}次修订补充的说明。\n", "en": texts["en"] + f"\nA note added in revision {k}.\n"}
        site_fixture.write_release(root, f"r{k:02d}", k, "material" if k == 1 else "editorial", day, day,
                                   {"zh": f"第{k}次修订。", "en": f"Revision {k}."}, texts)


def _tree(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_a_cold_build_in_several_processes_writes_the_same_site_as_one_process(tmp_path):
    """Issue 15: the worker processes of a cold build (--jobs) render released pages into the cache;
    the site is the same, byte for byte, as with one process and as without the cache, and the
    report still counts them as rendered, not as taken from the cache."""
    root = tmp_path / "project"
    _many_releases(root, 12)
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def build(out, *extra, fresh=True):
        if fresh:
            shutil.rmtree(root / ".policy-cache", ignore_errors=True)
        result = subprocess.run([sys.executable, "-m", "tooling", "build", "--as-of", "2025-07-01", "-o", str(out),
                                 *extra], cwd=root, env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr
        return result.stdout

    one = build(tmp_path / "one", "--jobs", "1")
    three = build(tmp_path / "three", "--jobs", "3")
    assert "(0 released pages from the cache)" in one and "(0 released pages from the cache)" in three
    assert not (root / ".policy-cache" / "workers").exists()
    warm = build(tmp_path / "three", "--jobs", "3", fresh=False)
    assert "(48 released pages from the cache)" in warm   # 12 versions and 12 change notices, 2 languages
    build(tmp_path / "none", "--no-cache")
    sites = [_tree(tmp_path / name) for name in ("one", "three", "none")]
    assert len(sites[0]) > 100 and "en/privacy/changes/r12/index.html" in sites[0]
    assert sites[0] == sites[1] == sites[2]


def test_jobs_must_be_a_whole_number_from_one(tmp_path):
    site_fixture.make_project(tmp_path)
    result = subprocess.run([sys.executable, "-m", "tooling", "build", "--jobs", "0", "-o", str(tmp_path / "out")],
                            cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True, text=True)
    assert result.returncode == 2
    assert "--jobs 2" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_memo_workers_of_a_cold_build_get_only_what_the_memo_lacks(tmp_path):
    """Issue 15: a warm build, or one after a release, does not fork processes to read the memo
    again (their planning reads it anyway): the memo workers are given only the releases whose
    change pages it lacks."""
    from datetime import date

    from tooling.config import load_config
    from tooling.model import releases as model
    from tooling.site import build as site_build

    root = tmp_path / "project"
    _many_releases(root, 10)
    config = load_config(root=str(root))
    memo = site_build.DiskMemo(str(tmp_path / "memo"), code="test")
    inputs = site_build.site_inputs(config, date(2025, 7, 1), memo)
    work = [("privacy", r.id) for r in model.visible(inputs.releases["privacy"], inputs.as_of)]
    assert len(work) == 10
    assert site_build._memo_lacks(inputs, work) == work            # cold: everything
    site_build._FORKED["inputs"] = inputs
    try:
        site_build._fill_memo_share(work[:7])                       # as the memo workers do
    finally:
        site_build._FORKED.clear()
    assert site_build._memo_lacks(inputs, work) == work[7:]         # what it still lacks, in order
    site_build._FORKED["inputs"] = inputs
    try:
        site_build._fill_memo_share(work[7:])
    finally:
        site_build._FORKED.clear()
    assert site_build._memo_lacks(inputs, work) == []               # warm: nothing to fork for
