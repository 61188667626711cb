"""A small policy project for the site tests: tests/fixtures/site/ (one document, two
releases) assembled in a temporary folder next to the real mkdocs.yml and theme."""

import os
import shutil
from datetime import date
from pathlib import Path

from tooling.history.release_store import record_json
from tooling.model.releases import Release, ReleasedText
from tooling.model.sections import sha256

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site"

RELEASES = [
    # id, sequence, kind, published, effective, summary
    ("v1", 1, "material", date(2025, 6, 1), date(2025, 6, 1),
     {"zh": "首次发布。", "en": "First published version."}),
    ("v2", 2, "material", date(2026, 11, 1), date(2026, 12, 1),
     {"zh": "不再收集联系电话；新增问卷答复；保存期限由三年缩短为两年。",
      "en": "The telephone number is no longer collected; survey answers are added; "
            "the retention period is shortened from three years to two."}),
]
BEFORE_V2 = date(2026, 11, 15)   # v1 in force, v2 upcoming
AFTER_V2 = date(2026, 12, 15)    # v2 in force, v1 superseded


def text(version, language):
    return (FIXTURE / version / language / "privacy.md").read_text(encoding="utf-8")


def write_release(root, release_id, sequence, kind, published, effective, summary, texts):
    folder = Path(root) / "releases" / "privacy" / release_id
    folder.mkdir(parents=True, exist_ok=True)
    released = {}
    for lang, body in texts.items():
        (folder / f"{lang}.md").write_text(body, encoding="utf-8")
        released[lang] = ReleasedText(lang, body, sha256(body.encode("utf-8")).hexdigest())
    release = Release(document="privacy", id=release_id, sequence=sequence, kind=kind, published=published,
                      effective=effective, summary=summary, texts=released, commit="0" * 40,
                      title={"zh": "隐私声明", "en": "Privacy Statement"})
    (folder / "release.json").write_text(record_json(release), encoding="utf-8")
    return release


def make_project(root, releases=True):
    """A project in ``root``: policy.toml, docs/ (the text of v2), mkdocs.yml and the
    tooling folder it refers to (theme and hooks), and the releases unless ``releases`` is False."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURE / "policy.toml", root / "policy.toml")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    if not (root / "tooling").exists():
        os.symlink(ROOT / "tooling", root / "tooling")
    for lang in ("zh", "en"):
        (root / "docs" / lang).mkdir(parents=True, exist_ok=True)
        (root / "docs" / lang / "privacy.md").write_text(text("v2", lang), encoding="utf-8")
    if releases:
        for release_id, sequence, kind, published, effective, summary in RELEASES:
            write_release(root, release_id, sequence, kind, published, effective, summary,
                          {lang: text(release_id, lang) for lang in ("zh", "en")})
    return root


_BUILT = {}


def built_site(as_of, variant="warm"):
    """The fixture project built as of ``as_of``, once per test process.

    ``variant``: "cold" renders every page (fresh cache), "warm" builds again from the same
    project reusing the cache of the cold build. Returns (project root, site dir, BuildReport)."""
    import atexit
    import tempfile

    from tooling.site.build import build_site
    from tooling.config import load_config

    key = (as_of, variant)
    if key in _BUILT:
        return _BUILT[key]
    if "base" not in _BUILT:
        base = Path(tempfile.mkdtemp(prefix="policy-site-tests-"))
        atexit.register(shutil.rmtree, base, True)
        _BUILT["base"] = base
    base = _BUILT["base"]
    root = base / f"project-{as_of.isoformat()}"
    if not root.exists():
        make_project(root)
    config = load_config(root=str(root))
    if variant == "warm":
        built_site(as_of, "cold")
    out = base / f"site-{as_of.isoformat()}-{variant}"
    report = build_site(config, str(out), as_of)
    _BUILT[key] = (root, out, report)
    return _BUILT[key]
