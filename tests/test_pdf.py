"""The PDF of every version (tooling/site/pdf.py, pdf_adapter.py): real builds of the fixture
project with WeasyPrint and Debian's Noto CJK fonts, read back with pypdf.

The rest of the suite builds without PDFs (POLICY_PDF=0 in conftest.py: each cold build would
render them again); these tests turn them on."""

import os
import re
import shutil
from pathlib import Path

import pytest

import site_fixture
from conftest import run_policy

from tooling.config import load_config
from tooling.site import pdf as pdf_export
from tooling.site import pdf_adapter
from tooling.site.build import build_site, prune_cache

pypdf = pytest.importorskip("pypdf")

pytestmark = pytest.mark.skipif(pdf_adapter.missing() is not None,
                                reason=f"PDFs cannot be rendered here: {pdf_adapter.missing()}")

AS_OF = site_fixture.AFTER_V2   # v2 in force, v1 superseded
EXPECTED = {  # the PDF of each version and language, from the site root
    ("v1", "zh"): "privacy/versions/v1/privacy-v1-zh.pdf",
    ("v1", "en"): "en/privacy/versions/v1/privacy-v1-en.pdf",
    ("v2", "zh"): "privacy/versions/v2/privacy-v2-zh.pdf",
    ("v2", "en"): "en/privacy/versions/v2/privacy-v2-en.pdf",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The fixture project built twice with the same cache (cold, then warm), with PDFs."""
    base = tmp_path_factory.mktemp("pdf")
    root = site_fixture.make_project(base / "project")
    config = load_config(root=str(root))
    cold = build_site(config, str(base / "site-cold"), AS_OF, pdf=True)
    warm = build_site(config, str(base / "site-warm"), AS_OF, pdf=True)
    return root, config, base, cold, warm


def _pdf(site, version, language):
    return Path(site) / EXPECTED[(version, language)]


def _text(path):
    reader = pypdf.PdfReader(str(path))
    return [page.extract_text() for page in reader.pages]


def test_every_version_has_a_pdf_in_each_language(built):
    root, config, base, cold, warm = built
    assert cold.pdfs.rendered == 4 and cold.pdfs.cached == 0
    assert not cold.pdf_skipped
    for path in EXPECTED.values():
        data = (base / "site-cold" / path).read_bytes()
        assert data.startswith(b"%PDF-") and len(data) > 10_000, path


@pytest.mark.parametrize("version", ["v1", "v2"])
def test_the_pdf_holds_the_released_text_with_title_version_dates_digest_and_page_numbers(built, version):
    root, config, base, cold, warm = built
    release = {r.id: r for r in _releases(config)}[version]
    for language, title in (("zh", "隐私声明"), ("en", "Privacy Statement")):
        path = _pdf(base / "site-cold", version, language)
        reader = pypdf.PdfReader(str(path))
        pages = [p.extract_text() for p in reader.pages]
        assert 1 <= len(pages) <= 4, (path, len(pages))   # a short fixture text: one or two A4 pages
        assert reader.metadata.title == f"{title} · {version}"
        whole = _squash("\n".join(pages))
        assert _squash(title) in whole and _squash(release.record_sha256) in whole
        assert _squash(release.texts[language].sha256) in whole   # the digest of the text itself
        # the exact released text: every paragraph of the source is in the PDF, in Chinese too
        for paragraph in _paragraphs(release.texts[language].text):
            assert _squash(paragraph) in whole, (path, paragraph)
        for number, page in enumerate(pages, 1):   # on every page: version, effective date, digest, page number
            flat = _squash(page)
            assert _squash(version) in flat and _squash(release.record_sha256) in flat
            counter = f"第{number}页，共{len(pages)}页" if language == "zh" else f"Page{number}of{len(pages)}"
            assert counter in flat, (path, number, page[-200:])
        effective = "2026年12月1日" if version == "v2" else "2025年6月1日"
        if language == "en":
            effective = "1December2026" if version == "v2" else "1June2025"
            assert _squash("The Chinese version is authoritative and prevails") in whole
        assert effective in whole


def test_the_chinese_text_survives_in_the_pdf(built):
    root, config, base, cold, warm = built
    whole = _squash("".join(_text(_pdf(base / "site-cold", "v2", "zh"))))
    for phrase in ("本隐私声明说明示例平台如何处理您的个人信息", "我们将您的个人信息保存两年"):
        assert phrase in whole


def test_every_font_is_embedded_as_a_subset_of_noto_cjk(built):
    root, config, base, cold, warm = built
    for path in EXPECTED.values():
        reader = pypdf.PdfReader(str(base / "site-cold" / path))
        fonts = {}
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                fonts[str(font["/BaseFont"])] = font
        assert fonts, path
        for name, font in fonts.items():
            assert re.fullmatch(r"/[A-Z]{6}\+Noto-(Serif|Sans|Sans-Mono)-CJK-SC(-Bold)?", name), (path, name)
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font)["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (path, name)
        # the text in Noto Serif CJK SC, its headings in the bold weight: two subsets, whatever the language
        assert {n.split("+")[1] for n in fonts} == {"Noto-Serif-CJK-SC", "Noto-Serif-CJK-SC-Bold"}, path


def test_the_pages_link_to_the_pdfs(built):
    root, config, base, cold, warm = built
    site = base / "site-cold"
    pages = {
        "privacy/versions/v1/index.html": ["v1"], "privacy/versions/v2/index.html": ["v2"],
        "privacy/index.html": ["v2"], "privacy/history/index.html": ["v1", "v2"],
        "en/privacy/versions/v2/index.html": ["v2"], "en/privacy/index.html": ["v2"],
        "en/privacy/history/index.html": ["v1", "v2"],
    }
    for page, versions in pages.items():
        html = (site / page).read_text(encoding="utf-8")
        hrefs = re.findall(r'<a class="policy-pdf" href="([^"]+)"', html)
        language = "en" if page.startswith("en/") else "zh"
        assert len(hrefs) == len(versions), (page, hrefs)
        for href, version in zip(sorted(hrefs), sorted(versions)):
            target = os.path.normpath(os.path.join(site, os.path.dirname(page), href))
            assert target == str(site / EXPECTED[(version, language)]), (page, href)
        assert ("下载 PDF" if language == "zh" else "Download PDF") in html


def test_a_warm_build_copies_every_pdf_from_the_cache_byte_for_byte(built):
    root, config, base, cold, warm = built
    assert warm.pdfs.rendered == 0 and warm.pdfs.cached == 4
    for path in EXPECTED.values():
        assert (base / "site-warm" / path).read_bytes() == (base / "site-cold" / path).read_bytes(), path
    cached = sorted((root / ".policy-cache" / "site-pdf").rglob("*.pdf"))
    assert len(cached) == 4 and warm.pdfs.used == {str(p) for p in cached}


def test_rendering_again_in_another_process_gives_the_same_bytes(built):
    """No date of the build, no random identifier: a build that renders every PDF again (no
    cache, a new process, one PDF after the other where the first build rendered them in a
    process per core) writes the same bytes."""
    root, config, base, cold, warm = built
    out = base / "site-again"
    result = run_policy("build", "--no-cache", "--as-of", AS_OF.isoformat(), "-o", out, cwd=root,
                        env={"POLICY_PDF": "1", "POLICY_PDF_JOBS": "1"}, check=0)
    assert "PDFs: 4 (4 rendered" in result.stdout, result.stdout
    for path in EXPECTED.values():
        assert (out / path).read_bytes() == (base / "site-cold" / path).read_bytes(), path
    reader = pypdf.PdfReader(str(out / EXPECTED[("v2", "zh")]))
    assert str(reader.metadata["/CreationDate"]).startswith("D:20261101")   # v2's publication date


def test_the_cache_pruning_keeps_the_pdfs_a_build_used(built):
    root, config, base, cold, warm = built
    cache = root / ".policy-cache"
    stale = cache / "site-pdf" / "00" / ("0" * 64 + ".pdf")
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"%PDF-1.7 an old version")
    prune_cache(str(cache), warm.pdfs.used, spare=0)
    assert not stale.exists()
    assert all(os.path.isfile(p) for p in warm.pdfs.used)


def test_without_the_fonts_the_build_succeeds_once_warned_and_without_pdf_links(tmp_path):
    root = site_fixture.make_project(tmp_path / "project")
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    out = tmp_path / "site"
    result = run_policy("build", "--as-of", AS_OF.isoformat(), "-o", out, cwd=root,
                        env={"POLICY_PDF": "1", "POLICY_PDF_FONTS_DIR": str(empty)}, check=0)
    assert "Traceback" not in result.stderr
    warnings = [line for line in result.stderr.splitlines() if "PDF" in line]
    assert len(warnings) == 1, result.stderr
    assert "fonts-noto-cjk" in warnings[0] and str(empty) in warnings[0] and "--no-pdf" in warnings[0]
    _assert_no_pdfs(out)
    # --no-pdf: no PDFs, no links and nothing to warn about
    result = run_policy("build", "--no-pdf", "--as-of", AS_OF.isoformat(), "-o", out, cwd=root,
                        env={"POLICY_PDF": "1"}, check=0)
    assert "PDF" not in result.stderr + result.stdout
    _assert_no_pdfs(out)


def _assert_no_pdfs(site):
    assert not list(Path(site).rglob("*.pdf"))
    for page in Path(site).rglob("*.html"):
        assert "policy-pdf" not in page.read_text(encoding="utf-8"), page


def test_the_released_text_is_cut_out_of_the_version_page_without_the_site_around_it(built):
    root, config, base, cold, warm = built
    page = (base / "site-cold" / "en" / "privacy" / "versions" / "v2" / "index.html").read_text(encoding="utf-8")
    body = pdf_export.released_html(page)
    assert body.startswith("<p>")   # the preamble: title, notice, status block and digests are left out
    for chrome in ("policy-state", "policy-digest", "headerlink", "policy-zh", "admonition", "policy-pdf",
                   "md-header", "<script"):
        assert chrome not in body, chrome
    assert 'id="s2-1"' in body   # section anchors stay: the PDF's own links to sections


def test_policy_check_does_not_import_the_renderer():
    import subprocess
    import sys

    code = ("import sys; from tooling.cli import main; sys.argv=['policy','check']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('weasyprint','pydyf','fontTools')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=site_fixture.ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout + result.stderr


def _releases(config):
    from tooling.history.release_store import load_releases

    return load_releases(config)["privacy"]


def _squash(text):
    """Text without white space (pypdf puts line breaks and spaces where the PDF breaks lines)."""
    return re.sub(r"\s+", "", text)


def _paragraphs(markdown):
    """The paragraphs of a released text, without its Markdown (headings' #, the title)."""
    out = []
    for block in markdown.split("\n\n"):
        block = block.strip()
        if not block or block.startswith("---") or block.startswith("# "):
            continue
        out.append(re.sub(r"^#+\s*", "", block))
    return out


def test_the_preview_of_policy_serve_has_no_pdfs(tmp_path):
    """`policy serve` stages its pages as this does (commands/serve.py): no PDF is rendered and
    no page links to one, even where PDFs can be made."""
    from tooling.site.build import stage

    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    places, navs, inputs = stage(config, AS_OF, str(tmp_path / "staging"), str(tmp_path / "cache"), preview=True)
    assert not inputs.pdf
    assert any(p.kind == "version" for p in places)
    staged = [tmp_path / "staging" / p.language / p.path for p in places]  # the pages, as mkdocs reads them
    assert all(path.is_file() for path in staged)
    assert not [path for path in staged if "policy-pdf" in path.read_text(encoding="utf-8")]
    assert not list(tmp_path.rglob("*.pdf"))


def test_a_title_cannot_break_out_of_the_typeset_document(tmp_path):
    """Titles and names go into the PDF's HTML and its CSS (the running header): escaped in both."""
    from dataclasses import replace

    root = site_fixture.make_project(tmp_path / "project")
    config = load_config(root=str(root))
    release = _releases(config)[-1]
    hostile = '隐私声明 "}</style><script>alert(1)</script>\\'
    release = replace(release, title={"zh": hostile, "en": hostile})
    job = pdf_export.PdfJob("privacy", release, "zh", "privacy/versions/v2/", "privacy/versions/v2/privacy-v2-zh.pdf")
    html = pdf_export.document_html(config, job, "<article><p>正文</p></article>")
    assert html.count("</style>") == 1 and "<script>" not in html
    style = html[html.index("<style>"):html.index("</style>")]
    assert '隐私声明 \\"}\\3C /style>\\3C script>alert(1)\\3C /script>\\\\' in style   # a CSS string, escaped
    assert "&lt;script&gt;" in html[html.index("</style>"):]                          # and HTML text
