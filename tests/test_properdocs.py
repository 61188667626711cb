"""mkdocs is replaceable: the site built by ProperDocs (the maintained continuation of MkDocs
1.x, the optional dependency set ``.[properdocs]``, installed with the tests) equals the site
built by mkdocs byte for byte, also where mkdocs is not installed at all."""

import os
from pathlib import Path

import pytest

import site_fixture
from conftest import run_policy

pytest.importorskip("properdocs", reason="the test dependencies include ProperDocs: pip install -e '.[test]'")

NO_MKDOCS = '''import sys


class _NoMkdocs:
    """As if mkdocs were not installed: ProperDocs alone."""

    def find_spec(self, fullname, path, target=None):
        if fullname == "mkdocs" or fullname.startswith("mkdocs."):
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


sys.meta_path.insert(0, _NoMkdocs())
'''


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def build(root, out, env=None):
    result = run_policy("build", "--no-cache", "--as-of", site_fixture.BEFORE_V2.isoformat(), "-o", out,
                        cwd=root, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "lunr languages" not in result.stderr, result.stderr
    return tree(out)


@pytest.mark.slow
def test_the_site_built_by_properdocs_alone_equals_the_site_built_by_mkdocs(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    blocker = tmp_path / "no-mkdocs"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(NO_MKDOCS, encoding="utf-8")
    env = {"PYTHONPATH": os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)}
    by_mkdocs = build(root, tmp_path / "mkdocs")
    by_properdocs = build(root, tmp_path / "properdocs", env)
    assert len(by_mkdocs) > 50
    assert sorted(by_properdocs) == sorted(by_mkdocs)
    different = [name for name in by_mkdocs if by_mkdocs[name] != by_properdocs[name]]
    assert different == []


def test_an_unknown_engine_is_refused_with_a_clear_message(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    result = run_policy("build", "-o", tmp_path / "out", cwd=root, env={"POLICY_SITE_ENGINE": "zensical"})
    assert result.returncode == 2
    assert "error B001: POLICY_SITE_ENGINE='zensical' is not a site engine; use mkdocs or properdocs" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_engine_is_part_of_the_cache_key(monkeypatch):
    """(Set by hand: loading ProperDocs' import alias in the test process would alias mkdocs for
    every later test.)"""
    from tooling.site import mkdocs_adapter

    monkeypatch.setattr(mkdocs_adapter, "_engine", "mkdocs")
    with_mkdocs = mkdocs_adapter.versions()
    monkeypatch.setattr(mkdocs_adapter, "_engine", "properdocs")
    with_properdocs = mkdocs_adapter.versions()
    assert with_mkdocs.startswith("engine=mkdocs;") and with_properdocs.startswith("engine=properdocs;")
    assert with_mkdocs.replace("engine=mkdocs", "engine=properdocs") == with_properdocs
    assert "properdocs=1.6.7" in with_properdocs
