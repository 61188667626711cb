"""Page generation of the published site (tooling/site/site.py): pure, no mkdocs."""

import json
import re
from dataclasses import replace
from datetime import date

import pytest

import site_fixture
from tooling.site import site
from tooling.config import load_config
from tooling.history.release_store import load_releases


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = site_fixture.make_project(tmp_path_factory.mktemp("site-project"))
    config = load_config(root=str(root))
    return config, load_releases(config)


def plan(project, as_of, releases=None, drafts=None, **kwargs):
    config, loaded = project
    inputs = site.SiteInputs(config=config, releases=loaded if releases is None else releases,
                             drafts=drafts or {}, as_of=as_of, **kwargs)
    return {(p.language, p.kind, p.release_id): p for p in site.plan_site(inputs)}


def test_url_scheme_is_stable_and_documented(project):
    config, _ = project
    expected = {
        site.IN_FORCE: "privacy/", site.UPCOMING: "privacy/upcoming/", site.HISTORY: "privacy/history/",
        site.PARALLEL: "privacy/parallel/", site.VERSION: "privacy/versions/v1/",
        site.CHANGE: "privacy/changes/v1/",
    }
    for kind, url in expected.items():
        assert site.page_url(config, "zh", kind, "privacy", "v1") == url
        assert site.page_url(config, "en", kind, "privacy", "v1") == "en/" + url
    assert site.page_url(config, "zh", site.HOME) == ""
    assert site.page_url(config, "en", site.HOME) == "en/"
    assert site.page_path(site.VERSION, "privacy", "v1") == "privacy/versions/v1.md"


@pytest.mark.parametrize("src, dst, rel", [
    ("en/privacy/", "privacy/", "../../privacy/"),
    ("en/privacy/versions/v1/", "privacy/versions/v1/#s2-1", "../../../../privacy/versions/v1/#s2-1"),
    ("privacy/", "privacy/changes/v2/", "changes/v2/"),
    ("en/", "", "../"),
    ("privacy/", "privacy/", "./"),
])
def test_relative_url(src, dst, rel):
    assert site.relative_url(src, dst) == rel


def test_sections_are_anchored_with_their_shared_ids():
    body, _ = site.anchor_sections(site_fixture.text("v1", "en"), "privacy", "en")
    assert body.startswith("# Privacy Statement\n")  # front matter removed
    assert "## 1. Scope {: #s1 .policy-section }" in body
    # a numbered clause: the attribute list on a line of its own after the paragraph
    assert "2.1 The e-mail address and telephone number you provide when you register an account.\n" \
           "{: #s2-1 .policy-section }" in body
    zh, _ = site.anchor_sections(site_fixture.text("v1", "zh"), "privacy", "zh")
    ids = lambda text: re.findall(r"\{: #([\w-]+) ", text)  # noqa: E731
    assert ids(zh) == ids(body) == ["s1", "s2", "s2-1", "s2-2", "s3"]


def test_before_the_effective_date_the_in_force_page_announces_the_upcoming_version(project):
    pages = plan(project, site_fixture.BEFORE_V2)
    zh = pages[("zh", site.IN_FORCE, "")].markdown
    assert '<div class="policy-state policy-state--in-force" markdown>' in zh
    assert "本版本（[v1](versions/v1/)）自2025年6月1日起生效。" in zh
    assert "修订后的版本（[v2](versions/v2/)）已经发布，将于2026年12月1日起生效并取代本版本。" in zh
    assert "(changes/v2/)" in zh and "(changes/v2/#redline)" in zh and "(upcoming.md)" in zh
    assert "我们将您的个人信息保存三年" in zh            # v1 is the text in force
    upcoming = pages[("en", site.UPCOMING, "")].markdown
    assert "takes effect on 1 December 2026 and then replaces the version in force ([v1](index.md))" in upcoming
    assert "[Change notice](../changes/v2/) · [Redline](../changes/v2/#redline)" in upcoming
    assert "two years" in upcoming


def test_after_the_effective_date_the_new_version_is_in_force_and_the_old_one_superseded(project):
    pages = plan(project, site_fixture.AFTER_V2)
    zh = pages[("zh", site.IN_FORCE, "")].markdown
    assert "将于" not in zh and "保存两年" in zh
    v1 = pages[("en", site.VERSION, "v1")].markdown
    assert "Superseded — not in force" in v1
    assert "applied from 1 June 2025 until it was superseded on 1 December 2026" in v1
    assert "[Read the version in force](../index.md)" in v1   # a link mkdocs checks
    assert "no revised version has been published" in pages[("en", site.UPCOMING, "")].markdown.lower()


def test_english_pages_say_they_are_translations_and_link_to_the_same_chinese_page(project):
    pages = plan(project, site_fixture.AFTER_V2)
    for (language, kind, release_id), page in pages.items():
        if language != "en":
            assert "translation" not in page.markdown.split("---")[1]
            continue
        zh = pages[("zh", kind, release_id)]
        target = site.relative_url(page.url, zh.url)
        assert f"The Chinese version is authoritative and prevails in case of any discrepancy. " \
               f'<a href="{target}" hreflang="zh" lang="zh">Read this page in Chinese</a>' in page.markdown, page.url
        assert f'"authoritative_url": "{target}"' in page.markdown


def test_history_lists_every_release_with_its_dates_summary_and_links(project):
    history = plan(project, site_fixture.AFTER_V2)[("zh", site.HISTORY, "")].markdown
    assert history.index("<h2>版本 v2") < history.index("<h2>版本 v1")   # newest first
    for fragment in ("<li>发布日期：2026年11月1日</li>", "<li>生效日期：2026年12月1日</li>", "实质性修订",
                     '<a href="../versions/v1/">文本</a>', '<a href="../changes/v2/">变更说明</a>', "保存期限由三年缩短为两年",
                     "the retention period is shortened", "现行有效", "已被取代"):
        assert fragment in history


def test_change_page_lists_affected_sections_and_embeds_the_redline(project):
    calls = []

    def redline(old, new, language, document, prev_id, release_id):
        calls.append((language, prev_id, release_id))
        return "<p>INLINE</p>", "<p>SIDE</p>"

    pages = plan(project, site_fixture.AFTER_V2, redline=redline)
    change = pages[("en", site.CHANGE, "v2")].markdown
    # each affected section links to its entry in the redline below
    assert "[2.1 The e-mail address you provide when you register an account.](#inline-s2-1) (amended)" in change
    assert "(#inline-s2-3) (added)" in change
    assert "1. Scope" not in change                               # unchanged sections are not listed
    # the redlines stand aside as HTML fragments, with a placeholder each in the Markdown
    fragments = dict(pages[("en", site.CHANGE, "v2")].fragments)
    (views,) = fragments.values()
    assert '<div class="policy-redline policy-redline--inline" id="inline"><p>INLINE</p></div>' in views
    assert '<div class="policy-redline policy-redline--side" id="side-by-side"><p>SIDE</p></div>' in views
    assert all(site.FRAGMENT.format(key=key) in change for key in fragments)
    assert "<p>INLINE</p>" not in change
    assert ("en", "v1", "v2") in calls
    first = pages[("zh", site.CHANGE, "v1")].markdown
    assert "首次发布的版本" in first


def test_archived_pages_are_excluded_from_search_and_cacheable(project):
    pages = plan(project, site_fixture.AFTER_V2)
    for page in pages.values():
        archived = page.kind in (site.VERSION, site.CHANGE)
        assert page.archived == archived
        assert ('"exclude": true' in page.markdown) == (page.kind not in (site.IN_FORCE, site.HOME))


def test_without_releases_the_public_site_shows_no_draft_text(project):
    drafts = {"privacy": {lang: site_fixture.text("v2", lang) for lang in ("zh", "en")}}
    pages = plan(project, site_fixture.AFTER_V2, releases={}, drafts=drafts)
    for (language, kind, _), page in pages.items():
        assert "保存两年" not in page.markdown and "two years" not in page.markdown, (language, kind)
    assert "尚无已发布的版本" in pages[("zh", site.IN_FORCE, "")].markdown
    assert "No version has been published yet" in pages[("en", site.PARALLEL, "")].markdown
    assert not any(kind in (site.VERSION, site.CHANGE, site.DRAFT) for _, kind, _ in pages)


def test_in_the_preview_the_draft_is_shown_and_marked_not_yet_released(project):
    drafts = {"privacy": {lang: site_fixture.text("v2", lang) for lang in ("zh", "en")}}
    pages = plan(project, site_fixture.AFTER_V2, releases={}, drafts=drafts, preview=True)
    zh = pages[("zh", site.IN_FORCE, "")].markdown
    assert "尚未发布" in zh and "并非已发布的正式版本" in zh and "保存两年" in zh
    assert "Not yet released" in pages[("en", site.IN_FORCE, "")].markdown
    assert "two years" in pages[("en", site.DRAFT, "")].markdown
    assert not any(kind in (site.VERSION, site.CHANGE) for _, kind, _ in pages)


def test_the_in_force_page_and_navigation_do_not_grow_with_the_number_of_releases(project):
    config, loaded = project
    v2 = loaded["privacy"][1]
    many = list(loaded["privacy"])
    for n in range(3, 23):  # twenty more editorial releases of the same text, all in the past
        many.append(replace(v2, id=f"v{n}", sequence=n, published=date(2027, 1, n), effective=date(2027, 1, n)))
    as_of = date(2027, 2, 1)
    from tooling.site.version_menu import menu as version_menu

    few_pages = plan(project, as_of, versions=version_menu)
    many_pages = plan(project, as_of, releases={"privacy": many}, versions=version_menu)
    def in_force(pages, menu=None):
        """The page without its version selector, which lists every release by design (issue 14)."""
        lines = pages[("en", site.IN_FORCE, "")].markdown.split("\n")
        for k, line in enumerate(lines):
            if line.startswith("policy: "):
                meta = json.loads(line[len("policy: "):])
                if menu is not None:
                    menu.extend(item["id"] for item in meta["versions"]["items"])
                meta.pop("versions")
                lines[k] = "policy: " + json.dumps(meta, ensure_ascii=False, sort_keys=True)
        return "\n".join(lines)
    # only the version id (v2 / v22, six times: status block and version line) and its date differ
    listed = []
    assert abs(len(in_force(many_pages, listed)) - len(in_force(few_pages))) <= 12
    assert listed == [f"v{n}" for n in range(22, 0, -1)]
    assert site.navigation(config, ["privacy"]) == site.navigation(config, ["privacy"])
    nav = site.navigation(config, ["privacy"])["en"]
    assert "versions/" not in str(nav) and "changes/" not in str(nav)  # no page of a release
    assert len([k for k in many_pages if k[1] == site.VERSION]) == 2 * 22


def test_sitemap_lists_every_page_with_its_language_alternates(project):
    config, _ = project
    pages = list(site.plan_site(site.SiteInputs(config=config, releases=project[1], drafts={}, as_of=site_fixture.AFTER_V2)))
    xml = site.sitemap_xml(config, pages)
    assert xml.count("<url>") == len([p for p in pages if p.kind != site.REVIEW])  # the legal team's page is left out
    assert '<loc>https://policies.example.cn/en/privacy/versions/v1/</loc>' in xml
    assert 'hreflang="zh" href="https://policies.example.cn/privacy/versions/v1/"' in xml


def test_dates_are_written_as_each_language_writes_them():
    assert site.format_date(date(2026, 12, 1), "zh") == "2026年12月1日"
    assert site.format_date(date(2026, 12, 1), "en") == "1 December 2026"
