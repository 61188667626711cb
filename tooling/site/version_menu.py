"""The version selector in the header of every page of a document.

Each release visible on the build date, newest first, with its status (in force, upcoming,
superseded: the words of the status block) and its dates, each a link to the version's
permanent page; the version the page shows is marked (``aria-current``). It is a native
disclosure (``<details>``/``<summary>``) holding a list of links: it opens with the keyboard,
a screen reader announces it as a button that expands, and it works without scripts.
``policy.js`` adds the section being read to the link chosen, as the language switcher does.

The theme writes a marker, ``<!--policy-versions-->``, in the header of every page
(``site_theme/partials/alternate.html``); the build puts the menu in its place once every page
is written (:func:`write_menus`). The menu changes with every release and every status change,
so it is not part of the pages' Markdown: the cached pages of released versions stay valid when
a release is added (it would otherwise re-render every archived page at every release).
"""

import os
from html import escape

from ..model import releases as model
from ..wording import format_date

MARKER = "<!--policy-versions-->"


def _label(language, key):
    from .site import label

    return label(language, key)


def menu_html(config, page, releases, as_of):
    """The selector of ``page`` (a site.Page of a document), or "" when the document has no release."""
    from . import site

    visible = model.visible(releases, as_of)
    if not visible:
        return ""
    status = model.statuses(releases, as_of)
    language = page.language
    shown = page.release_id
    if not shown:
        if page.kind == site.UPCOMING:
            coming = model.upcoming(releases, as_of)
            shown = coming[0].id if coming else ""
        elif page.kind in (site.IN_FORCE, site.PARALLEL, site.HISTORY, site.COMPARE, site.REVIEW):
            current = model.in_force(releases, as_of)
            shown = current.id if current else ""
    here = page.url
    items = []
    for release in reversed(visible):
        st = status[release.id]
        href = site.relative_url(here, site.page_url(config, language, site.VERSION, page.document, release.id))
        current = ' aria-current="true"' if release.id == shown else ""
        items.append(
            f'<li><a class="policy-versions__link" href="{escape(href)}"{current}>'
            f'<span class="policy-versions__id">{escape(release.id)}</span> '
            f'<span class="policy-status policy-status--{st}">{escape(_label(language, "status." + st))}</span> '
            f'<span class="policy-versions__dates">{escape(_label(language, "effective"))} '
            f'{escape(format_date(release.effective, language))} · {escape(_label(language, "published"))} '
            f'{escape(format_date(release.published, language))}</span></a></li>')
    history = site.relative_url(here, site.page_url(config, language, site.HISTORY, page.document))
    compare = site.relative_url(here, site.page_url(config, language, site.COMPARE, page.document))
    extra = [f'<li class="policy-versions__more"><a href="{escape(history)}">{escape(_label(language, "version_all"))}</a>']
    if len(visible) > 1:
        extra.append(f' · <a href="{escape(compare)}">{escape(_label(language, "compare_link"))}</a>')
    extra.append("</li>")
    summary_status = (f' <span class="policy-versions__status">{escape(_label(language, "status." + status[shown]))}</span>'
                      if shown else "")
    summary = escape(shown) if shown else escape(_label(language, "version_all"))
    title = escape(_label(language, "version_select"))
    return (f'<div class="md-header__option policy-versions" lang="{escape(language)}">'
            f'<details class="policy-versions__menu">'
            f'<summary class="policy-versions__button" title="{title}">'
            f'<span class="policy-versions__label">{escape(_label(language, "version"))}</span> '
            f'<span class="policy-versions__current">{summary}</span>{summary_status}</summary>'
            f'<div class="policy-versions__panel"><p class="policy-versions__title" id="policy-versions-title">{title}</p>'
            f'<ul class="policy-versions__list" aria-labelledby="policy-versions-title">{"".join(items)}{"".join(extra)}</ul>'
            f"</div></details></div>")


def write_menus(site_dir, config, pages, inputs):
    """Put the selector of each page of a document in place of the marker (and drop the marker
    from every other page)."""
    for page in pages:
        path = os.path.join(site_dir, *page.url.split("/"), "index.html")
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", newline="") as fh:
            html = fh.read()
        if MARKER not in html:
            continue
        menu = menu_html(config, page, inputs.releases.get(page.document, []), inputs.as_of) if page.document else ""
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(html.replace(MARKER, menu, 1))
