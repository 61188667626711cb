"""Content that would run in a reader's browser: a site whose sources, released texts, summaries
and titles carry script payloads is built with `policy build` and every page is loaded in a
real Chromium. No dialog opens, no event handler or javascript: link is left in the page, and
the Content-Security-Policy stops a script even when one is put into a page by hand."""

import dataclasses
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

import site_fixture
from browser.conftest import Served, wait_until
from browser.test_site_browser import search

pytestmark = pytest.mark.browser

# Each payload calls alert() with its own name: a dialog names the payload that ran.
PAYLOAD = """
2.4 正文中的脚本<script>alert('script')</script>与图片<img src="x" onerror="alert('img-onerror')">。

<script>alert('block-script')</script>

<img src=x onerror=alert('block-img')>

[点此链接](javascript:alert('md-link')) · <a href="javascript:alert('a-href')">链接</a> · <a href="JaVaScRiPt:alert('mixed-case')">链接</a> · <a href="&#106;avascript:alert('entity')">链接</a> · [合法链接](https://example.com/) · [邮件](mailto:privacy@example.com)

<svg onload="alert('svg-onload')"><circle r="1"/></svg>

<iframe src="javascript:alert('iframe')"></iframe>

<details open ontoggle="alert('details')"><summary>s</summary>x</details>

<a href="#" onclick="alert('onclick')" id="payload-click">点击</a>

<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">

<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph></table></mtext></math>

<form action="javascript:alert('form')"><button id="payload-button">提交</button></form>

<meta http-equiv="refresh" content="0;url=javascript:alert('meta-refresh')">

<base href="javascript:alert('base')//">

<div style="background:url(javascript:alert('style'))" onmouseover="alert('mouseover')">悬停</div>

属性列表中的事件处理程序。
{: onmouseover="alert('attr-list')" onfocus="alert('attr-focus')" tabindex="0" }

## 9. 附则<img src=x onerror=alert('heading')>

9.1 标题中的脚本。
"""
SUMMARY = {"zh": "修订说明<script>alert('summary-zh')</script><img src=x onerror=alert('summary-img')> "
                 "[链接](javascript:alert('summary-link')) =HYPERLINK(\"http://evil.example/\",\"点击\")",
           "en": "Summary <svg onload=alert('summary-en')></svg><a href=\"javascript:alert('summary-a')\">see</a>"}
TITLES = {"zh": "隐私声明<img src=x onerror=alert('title-zh')>",
          "en": "Privacy </title><script>alert('title-en')</script> Statement"}
POLICY_TOML = f"""
[languages]
all = ["zh", "en"]
authoritative = "zh"

[site]
base_url = "https://policies.example.cn/"
name = {{ zh = "示例平台 · 政策中心", en = "Example Platform · Policies" }}

[documents.privacy]
title = {{ zh = {json.dumps(TITLES['zh'], ensure_ascii=False)}, en = {json.dumps(TITLES['en'])} }}
"""
CSP_LISTENER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
"""
# Everything in the loaded page that could still run: event-handler attributes, javascript:
# addresses, and elements that carry or load script.
DANGER_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(el.tagName + ' ' + attr.name);
      if (/^\\s*javascript:/i.test(attr.value)) found.push(el.tagName + ' ' + attr.name + '=' + attr.value);
    }
  }
  for (const el of document.querySelectorAll('article script, article iframe, article object, article embed, '
      + 'article svg:not(.md-icon svg), article form:not(.policy-compare-form), article meta, article base, article style, '
      + 'base, meta[http-equiv=refresh]'))
    found.push('element ' + el.tagName);
  found.push(...Array.from(document.querySelectorAll('form.policy-compare-form'))   // the site's own, GET to the compare page
    .filter((f) => f.method !== 'get' || !/\\/compare\\/(\\?|$)/.test(f.action)).map((f) => 'form to ' + f.action));
  for (const el of document.querySelectorAll('script:not([src])'))
    if (el.type !== 'application/json') found.push('inline script ' + el.textContent.slice(0, 40));
  return found;
}"""


def payload_text(version, language):
    text = site_fixture.text(version, language)
    if language == "zh":
        return text.rstrip("\n") + "\n" + PAYLOAD
    return text.rstrip("\n") + "\n" + PAYLOAD.replace("2.4 正文", "2.4 Text").replace("## 9. 附则", "## 9. Final")


def build_payload_site(base):
    """The site fixture with payloads in policy.toml titles, docs/, released texts, release
    titles and summaries; built with `policy build` (in-process) as of a day with an upcoming
    version and a banner."""
    from tooling.site.build import build_site
    from tooling.config import load_config
    from tooling.history.release_store import record_json

    root = site_fixture.make_project(base / "project", releases=False)
    (root / "policy.toml").write_text(POLICY_TOML, encoding="utf-8")
    for lang in ("zh", "en"):
        (root / "docs" / lang / "privacy.md").write_text(payload_text("v2", lang), encoding="utf-8")
    for release_id, sequence, kind, published, effective, _summary in site_fixture.RELEASES:
        release = site_fixture.write_release(root, release_id, sequence, kind, published, effective, SUMMARY,
                                             {lang: payload_text(release_id, lang) for lang in ("zh", "en")})
        release = dataclasses.replace(release, title=dict(TITLES))
        (root / "releases" / "privacy" / release_id / "release.json").write_text(record_json(release),
                                                                                encoding="utf-8")
    out = base / "site"
    build_site(load_config(root=str(root)), str(out), site_fixture.BEFORE_V2)
    return out


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory):
    out = build_payload_site(tmp_path_factory.mktemp("payload-site"))
    served = Served(out)
    yield out, served
    served.close()


def pages_of(site_dir):
    return sorted(str(p.relative_to(site_dir).parent).replace(".", "") + "/" if p.name == "index.html"
                  else str(p.relative_to(site_dir))
                  for p in Path(site_dir).rglob("*.html"))


def load_and_poke(page, url):
    """Load ``url``, hover and click what a payload could hang on, and return the dialogs seen."""
    page.goto(url)
    page.wait_for_load_state("load")
    for selector in ("#payload-click", "#payload-button", "text=悬停", "text=属性列表中的事件处理程序"):
        target = page.locator(selector)
        if target.count() and target.first.is_visible():
            target.first.hover(timeout=5000)
    page.wait_for_timeout(50)


def test_no_payload_runs_on_any_page_of_the_built_site(page, payload_site):
    site_dir, served = payload_site
    urls = [p.lstrip("/") for p in pages_of(site_dir)]
    assert len(urls) >= 19 and "privacy/history/" in urls and "en/privacy/changes/v2/" in urls
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
    page.add_init_script(CSP_LISTENER)
    for url in urls:
        load_and_poke(page, served.url(url))
        assert page.evaluate(DANGER_JS) == [], url
        assert page.evaluate("window.__csp") == [], url   # nothing left that the CSP had to stop
    assert dialogs == []
    # the payload pages are real pages: the text around the payloads is there, escaped titles read as text
    page.goto(served.url("privacy/"))
    article = page.locator("article").inner_text()
    assert "正文中的脚本" in article and "与图片" in article
    assert page.locator("article a[href='https://example.com/']").count() == 1
    assert page.locator("article a[href='mailto:privacy@example.com']").count() == 1
    assert page.title().startswith(TITLES["zh"])     # the title from policy.toml, shown as text
    assert TITLES["zh"] in page.locator(".md-nav").first.inner_text()
    page.goto(served.url("en/privacy/history/"))
    assert TITLES["en"] in page.title()
    assert "Summary <svg onload=alert('summary-en')></svg>" in page.locator("article").inner_text()
    page.goto(served.url("privacy/changes/v2/"))
    assert "修订说明<script>alert('summary-zh')</script>" in page.locator("#summary + p").inner_text()


class _Live(HTMLParser):
    """The elements and attributes of an HTML file that could run script."""

    FORBIDDEN = {"iframe", "object", "embed", "svg", "form", "base", "math", "style", "frame", "img"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.in_article = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.in_article = True
        if tag == "script" and "src" not in attrs and attrs.get("type") != "application/json":
            self.found.append(f"inline <script> {attrs}")
        site_form = (tag == "form" and attrs.get("class") == "policy-compare-form" and attrs.get("method") == "get"
                     and re.fullmatch(r"(\.\./)*(compare/|\./)", attrs.get("action") or ""))   # the site's own (compare page)
        if self.in_article and tag in self.FORBIDDEN | {"script", "meta"} and not site_form:
            self.found.append(f"<{tag}> in the content")
        for name, value in attrs.items():
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if value and re.match(r"\s*javascript:", value, re.I):
                self.found.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article = False


def test_the_built_html_holds_no_live_payload(payload_site):
    site_dir, _ = payload_site
    files = sorted(Path(site_dir).rglob("*.html"))
    assert len(files) >= 19
    for path in files:
        html = path.read_text(encoding="utf-8")
        parser = _Live()
        parser.feed(html)
        assert parser.found == [], path
        head = html.split("</head>", 1)[0]
        assert "Content-Security-Policy" in head and "script-src 'self';" in head, path
    # the payloads are still there, as text a reader can see
    change = (Path(site_dir) / "privacy" / "changes" / "v2" / "index.html").read_text(encoding="utf-8")
    assert "修订说明&lt;script&gt;alert(&#x27;summary-zh&#x27;)&lt;/script&gt;" in change \
        or "修订说明&lt;script&gt;alert('summary-zh')&lt;/script&gt;" in change


def test_the_content_security_policy_stops_a_script_that_got_into_a_page(page, tmp_path):
    """Defence in depth: a page edited by hand (as if the sanitiser had missed something)."""
    root = tmp_path / "site"
    shutil.copytree(site_fixture.built_site(site_fixture.BEFORE_V2, "cold")[1], root)
    target = root / "privacy" / "index.html"
    html = target.read_text(encoding="utf-8")
    injected = ("<script>alert('inline')</script><img src=\"../assets/policy.css\" onerror=\"alert('onerror')\" "
                "onload=\"alert('onload')\"><a id=\"js-link\" href=\"javascript:alert('link')\">x</a>"
                "<style>body{display:none}</style>")
    target.write_text(html.replace("<article", injected + "<article", 1), encoding="utf-8")
    served = Served(root)
    try:
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.add_init_script(CSP_LISTENER)
        page.goto(served.url("privacy/"))
        page.locator("#js-link").click()
        page.wait_for_timeout(200)
        assert dialogs == []
        violations = page.evaluate("window.__csp")
        assert any(v.startswith("script-src-elem inline") for v in violations), violations
        assert any(v.startswith("script-src-attr inline") for v in violations), violations
        assert any(v.startswith("style-src-elem inline") for v in violations), violations
        assert page.locator("article").is_visible()   # the injected style did not hide the page
    finally:
        served.close()


def test_every_page_of_the_site_runs_under_its_content_security_policy(page, before_site):
    """The site's own scripts, styles, search and service worker need nothing the CSP forbids."""
    page.add_init_script(CSP_LISTENER)
    site_dir = site_fixture.built_site(site_fixture.BEFORE_V2, "cold")[1]
    for url in pages_of(site_dir):
        page.goto(before_site.url(url.lstrip("/")))
        page.wait_for_load_state("load")
        assert page.evaluate("window.__csp") == [], url
    page.goto(before_site.url("en/privacy/"))
    assert search(page, "logs")        # the search worker and its index load under the CSP
    wait_until(page, "() => navigator.serviceWorker.ready.then(() => true)")
    assert page.evaluate("window.__csp") == []
