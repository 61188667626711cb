"""mkdocs hooks of the published site (declared in mkdocs.yml).

- On English (translated) pages, every section (``class="policy-section"``, id from
  ``tooling.sections``) gets a link to the same section of the Chinese page, which prevails.
- One search index per language: the Chinese one at /search/, the English one at
  /en/search/ (mkdocs-static-i18n writes a single mixed index; upstream issue #271).
- A content-addressed cache of rendered pages for released versions, which never change:
  a cached page is excluded from mkdocs' work and its HTML copied after the build.
- The HTML of every page's content is sanitised with nh3 (``sanitise``): only the elements and
  attributes a legal text needs are kept, links only to http, https, mailto and relative
  addresses. A ``<script>``, an ``onerror=`` or a ``javascript:`` link in a source or a summary
  never reaches a reader's browser (and the Content-Security-Policy of the theme,
  tooling/site_theme/main.html, would not let it run).

mkdocs itself is reached only through tooling.mkdocs_adapter.
"""

import json
import os
import re
import shutil

from tooling.site import mkdocs_adapter as adapter
from tooling.wording import table

_FRAGMENT = re.compile(r"<!--policy-fragment:([0-9a-f]{64})-->")
_SECTION = re.compile(r'<(h[1-6]|p)\b([^>]*\bclass="policy-section"[^>]*)>')
_ID = re.compile(r'\bid="([^"]+)"')
_BASE = re.compile(r'("base": ")([^"]*)(")')
_LINK_TITLE = table("section_link_title")

_state = {"keys": {}}

# The allow-list of the sanitiser: what Markdown makes of a legal text (headings, paragraphs,
# emphasis, lists, tables, links, quotations, code) and the site's own markup (admonitions,
# version line, history, parallel text, redlines). No images, forms, frames, SVG, styles or
# event handlers; the content of <script> and <style> is dropped with them.
ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del", "div", "dl",
    "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "li", "mark", "ol", "p", "pre", "s",
    "section", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "u", "ul"})
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "lang", "dir", "title"},
    "a": {"href", "hreflang", "aria-label"},
    "abbr": {"title"},
    "ol": {"start", "type"},
    "td": {"align", "colspan", "rowspan"},
    "th": {"align", "colspan", "rowspan", "scope"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})  # relative links are kept as they are
_cleaner = []


def sanitise(html):
    """``html`` with only the allowed elements, attributes and link schemes (nh3)."""
    if not _cleaner:
        import nh3

        _cleaner.append(nh3.Cleaner(tags=set(ALLOWED_TAGS), clean_content_tags={"script", "style"},
                                    attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
                                    url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=True))
    return _cleaner[0].clean(html)


def sanitise_page(html):
    """Sanitise the content of a page, leaving in place the placeholders of the redlines
    (our own HTML, escaped by tooling/redline.py), which are put in afterwards."""
    parts = _FRAGMENT.split(html)
    for index in range(0, len(parts), 2):
        parts[index] = sanitise(parts[index])
    for index in range(1, len(parts), 2):
        parts[index] = f"<!--policy-fragment:{parts[index]}-->"
    return "".join(parts)


def _ctx():
    return adapter.CONTEXT


def _policy(page):
    meta = page.meta.get("policy") if page.meta else None
    return meta if isinstance(meta, dict) else {}


def on_config(config):
    ctx = _ctx()
    if ctx is not None and ctx.navs:
        adapter.set_navs(config, ctx.navs)
    if ctx is not None and ctx.preview:
        config.extra["policy_preview"] = True  # the template leaves out the CSP (see main.html)
    return config


def on_nav(nav, config, files):
    """`policy serve` keeps each language's files and navigation to re-render edited pages."""
    ctx = _ctx()
    if ctx is not None and ctx.preview:
        adapter.remember_nav(ctx, config, files, nav)
    return nav


on_nav.mkdocs_priority = -150  # after mkdocs-static-i18n's on_nav


def on_env(env, config, files):
    ctx = _ctx()
    if ctx is not None and ctx.preview:
        adapter.remember_env(ctx, config, env)
    return env


on_env.mkdocs_priority = -150


def on_files(files, config):
    """Pages whose HTML is in the cache are excluded from mkdocs' work and their HTML copied
    into the site right away (the site folder is not emptied by the builds). Runs after
    mkdocs-static-i18n's on_files."""
    ctx = _ctx()
    _state["keys"] = {}
    if ctx is None or not ctx.pages:
        return files
    language = adapter.languages(config)[0]
    for file in adapter.documentation_pages(files):
        path = file.src_uri[len(language) + 1:] if file.src_uri.startswith(f"{language}/") else file.src_uri
        if (ctx.only is not None and (language, path) not in ctx.only) or (language, path) in ctx.skip:
            adapter.exclude_file(file)  # rendered by another process of a cold build
            continue
        key = ctx.keys.get((language, path))
        if key is None:
            continue
        _state["keys"][file.src_uri] = key
        if ctx.pages.copy(key, os.path.join(config.site_dir, file.dest_uri), missing_ok=True):  # one read of the store
            adapter.exclude_file(file)
            ctx.hits += 1
    return files


on_files.mkdocs_priority = -150


def on_pre_template(template, template_name, config):
    adapter.reset_alternates(config)
    return template


def on_page_content(html, page, config, files):
    html = sanitise_page(html)
    html = _FRAGMENT.sub(lambda m: _read_fragment(config, m.group(1), page), html)
    policy = _policy(page)
    target = policy.get("authoritative_url")
    if not target:
        return html
    language = policy.get("language", "en")
    title = _LINK_TITLE.get(language, _LINK_TITLE["en"])

    def link(match):
        found = _ID.search(match.group(2))
        if not found:
            return match.group(0)
        href = f"{target}#{found.group(1)}"
        return (f'{match.group(0)}<a class="policy-zh" href="{href}" hreflang="zh" lang="zh" '
                f'title="{title}" aria-label="{title}"></a>')

    return _SECTION.sub(link, html)


def on_post_page(output, page, config):
    language, default = adapter.languages(config)
    if language and default and language != default:
        # the search index of this language lives under /<language>/search/
        output = _BASE.sub(lambda m: m.group(1) + (m.group(2) or ".") + "/" + language + "/" + m.group(3), output, count=1)
    ctx = _ctx()
    if ctx is not None and ctx.pages and _policy(page).get("archived"):
        key = _state["keys"].get(page.file.src_uri)
        if key:
            ctx.pages.put(key, output.encode("utf-8"))
            ctx.misses += 1
    return output


def on_post_build(config):
    if adapter.is_nested_build(config):
        return
    site_dir = config.site_dir
    split_search_index(site_dir, adapter.languages(config)[1] or "zh")
    css = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets", "redline.css")
    if os.path.isfile(css):
        os.makedirs(os.path.join(site_dir, "assets"), exist_ok=True)
        shutil.copyfile(css, os.path.join(site_dir, "assets", "redline.css"))
    _write_offline_page(site_dir, adapter.languages(config)[1] or "zh")
    ctx = _ctx()
    if ctx is not None and ctx.finish is not None:
        ctx.finish(site_dir)


on_post_build.mkdocs_priority = -200  # after mkdocs-static-i18n has built every language


def _write_offline_page(site_dir, default):
    """offline.html at the site root, in the default language and every language built under
    /<language>/ (tooling/site/offline_page.py; shown by sw.js)."""
    from tooling.site.offline_page import NAME, offline_html
    from tooling.wording import CATALOG

    others = sorted(lang for lang in CATALOG if lang != default and os.path.isdir(os.path.join(site_dir, lang)))
    with open(os.path.join(site_dir, NAME), "w", encoding="utf-8", newline="") as fh:
        fh.write(offline_html([default, *others]))


def split_search_index(site_dir, default):
    """Replace the mixed index by one per language: /search/ (default) and /<lang>/search/."""
    path = os.path.join(site_dir, "search", "search_index.json")
    if not os.path.isfile(path):
        return
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    by_lang = {}
    for entry in data.get("docs", []):
        location = entry.get("location", "")
        head = location.split("/", 1)[0]
        lang = head if re.fullmatch(r"[a-z]{2}(?:-[A-Za-z]+)?", head) and os.path.isdir(os.path.join(site_dir, head)) else default
        if lang != default:
            entry = dict(entry, location=location[len(head) + 1:])
        by_lang.setdefault(lang, []).append(entry)
    by_lang.setdefault(default, [])
    for lang, entries in by_lang.items():
        config = dict(data.get("config", {}))
        out = os.path.join(site_dir, "search", "search_index.json") if lang == default else \
            os.path.join(site_dir, lang, "search", "search_index.json")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            json.dump({"config": config, "docs": entries}, fh, ensure_ascii=False, separators=(",", ":"))


def _read_fragment(config, key, page):
    """The HTML fragment ``key`` written beside the staging tree (see commands/build.py)."""
    path = os.path.join(os.path.normpath(config.docs_dir) + ".fragments", key[:2], key + ".html")
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except OSError:
        raise adapter.BuildError(f"{page.file.src_uri}: its HTML fragment {key[:12]}… is missing from "
                                 f"{os.path.dirname(os.path.dirname(path))}; run `policy build` again.") from None
