"""The PIPL disclosure report on the site, for the legal team: /<doc>/review/ in each language,
reviewing the latest published version; in neither the navigation, the search nor the sitemap;
everything quoted from the statement escaped."""

from dataclasses import replace

import pytest

import site_fixture
from tooling.site import site
from tooling.config import load_config
from tooling.history.release_store import load_releases
from tooling.model.releases import ReleasedText


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = site_fixture.make_project(tmp_path_factory.mktemp("review-project"))
    config = load_config(root=str(root))
    return config, load_releases(config)


def pages_of(project, releases=None):
    config, loaded = project
    inputs = site.SiteInputs(config=config, releases=loaded if releases is None else releases, drafts={},
                             as_of=site_fixture.BEFORE_V2)
    return list(site.plan_site(inputs))


def test_review_page_in_each_language_for_the_latest_published_version(project):
    pages = {(p.language, p.kind): p for p in pages_of(project)}
    zh, en = pages[("zh", site.REVIEW)], pages[("en", site.REVIEW)]
    assert zh.url == "privacy/review/" and en.url == "en/privacy/review/"
    assert "个人信息保护合规审阅" in zh.markdown and "本页供法务团队内部审阅使用" in zh.markdown
    assert "版本 v2 的隐私声明" in zh.markdown  # v2 is published (upcoming) on this date
    # the fixture statement says nothing of access and copies: its rule, article and advice are listed
    assert "<td>L006</td>" in zh.markdown and "第四十五条" in zh.markdown and "未告知" in zh.markdown
    assert "<td>L006</td>" in en.markdown and "not disclosed" in en.markdown
    assert '"exclude": true' in zh.markdown  # out of the search index


def test_review_page_is_not_linked_from_navigation_sitemap_or_other_pages(project):
    config, _ = project
    pages = pages_of(project)
    assert "review" not in str(site.navigation(config, ["privacy"]))
    assert "/review/" not in site.sitemap_xml(config, pages)
    for page in pages:
        if page.kind != site.REVIEW:
            assert "review" not in page.markdown.lower(), page.url


def test_quotes_from_the_statement_are_escaped(project):
    config, loaded = project
    v2 = loaded["privacy"][1]
    text = v2.texts["en"].text + ("\n\nIndividual device information <script>alert(1)</script> & co. is "
                                  "not personal information.\n")
    hostile = replace(v2, texts=dict(v2.texts, en=ReleasedText("en", text, "0" * 64)))
    pages = {(p.language, p.kind): p for p in pages_of(project, {"privacy": [loaded["privacy"][0], hostile]})}
    en = pages[("en", site.REVIEW)].markdown
    assert "<td>L016</td>" in en
    assert "<script>" not in en and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co." in en


def test_no_review_page_before_anything_is_published(project):
    assert not [p for p in pages_of(project, {}) if p.kind == site.REVIEW]
