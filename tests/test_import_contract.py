"""The import contract of the package (.importlinter, README "Design"): the layers depend only
downwards, only the git store imports git, only the mkdocs adapter imports mkdocs, nothing
imports the command line, and no module circles back to itself. Checked by import-linter."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def lint_imports(cwd, env=None):
    return subprocess.run([LINT_IMPORTS, "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def test_the_package_keeps_its_import_contract():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken." in result.stdout


def test_the_contract_fails_on_an_upward_import(tmp_path):
    """The contract is not vacuous: a model module importing the site layer breaks it."""
    import os
    import shutil

    shutil.copytree(ROOT / "tooling", tmp_path / "tooling", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".importlinter", tmp_path / ".importlinter")
    facts = tmp_path / "tooling" / "model" / "facts.py"
    facts.write_text(facts.read_text(encoding="utf-8") + "\nfrom ..site import urls_of_site  # noqa\n",
                     encoding="utf-8")
    result = lint_imports(tmp_path, env=dict(os.environ, PYTHONPATH=str(tmp_path)))
    assert result.returncode == 1
    assert "tooling.model is not allowed to import tooling.site" in result.stdout


def test_the_contract_fails_when_another_module_imports_the_pdf_renderer(tmp_path):
    """WeasyPrint enters through tooling/site/pdf_adapter.py only (lazily: `policy check` never
    loads it)."""
    import os
    import shutil

    shutil.copytree(ROOT / "tooling", tmp_path / "tooling", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / ".importlinter", tmp_path / ".importlinter")
    module = tmp_path / "tooling" / "site" / "pdf.py"
    module.write_text(module.read_text(encoding="utf-8") + "\nimport weasyprint  # noqa\n", encoding="utf-8")
    result = lint_imports(tmp_path, env=dict(os.environ, PYTHONPATH=str(tmp_path)))
    assert result.returncode == 1
    assert "tooling is not allowed to import weasyprint" in result.stdout
    assert "tooling.site.pdf -> weasyprint" in result.stdout
