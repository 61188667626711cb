"""The version selector in the header of every page of a document.

Each release visible on the build date, newest first, with its status (in force, upcoming,
superseded: the words of the status block) and its dates, each a link to the version's
permanent page; the version the page shows is marked (``aria-current``). It is a native
disclosure (``<details>``/``<summary>``, ``site_theme/partials/policy-versions.html``) holding a
list of links: it opens with the keyboard, a screen reader announces a button that expands, and
it works without scripts. ``policy.js`` adds the section being read to the link chosen, as the
language switcher does.

Pages rendered at every build (in force, upcoming, history, parallel text, compare) list every
release. The pages of a release (its version page and change page) are cached by their content
so that a build renders only what is new: listing every release there would re-render them all
at every release. They list their own version (and link to the history and the compare page);
when the reader opens the list, ``policy.js`` fills in every release from
``[<lang>/]<doc>/versions/menu.json``, which the build writes once per document and language.
"""

import json
import os

from ..model import releases as model
from ..wording import format_date

MENU_NAME = "menu.json"   # in [<lang>/]<doc>/versions/


def _menu_folder(config, language, document):
    from . import site

    return site.page_url(config, language, site.HOME) + f"{document}/versions/"


def _label(language, key):
    from .site import label

    return label(language, key)


def _item(config, language, document, release, st, here):
    from . import site

    target = site.page_url(config, language, site.VERSION, document, release.id)
    return {"id": release.id, "url": target,
            "href": site.relative_url(here, target) if here is not None else "",
            "status": st, "status_label": _label(language, "status." + st),
            "dates": (f"{_label(language, 'effective')} {format_date(release.effective, language)} · "
                      f"{_label(language, 'published')} {format_date(release.published, language)}")}


def menu(config, releases, as_of, language, url, document, kind, release_id):
    """The selector of one page as plain values (page meta ``policy.versions``, rendered by the
    theme), or None when the document has no release."""
    from . import site

    visible = model.visible(releases, as_of)
    if not visible or not document or kind in (site.HOME, site.DRAFT):
        return None
    status = model.statuses(releases, as_of)
    shown = release_id
    if not shown:
        if kind == site.UPCOMING:
            coming = model.upcoming(releases, as_of)
            shown = coming[0].id if coming else ""
        else:
            current = model.in_force(releases, as_of)
            shown = current.id if current else ""
    archived = kind in site.ARCHIVED
    listed = [r for r in reversed(visible) if not archived or r.id == release_id]
    items = [dict(_item(config, language, document, r, status[r.id], url), current=r.id == shown) for r in listed]
    out = {"label": _label(language, "version"), "title": _label(language, "version_select"),
           "shown": shown or _label(language, "version_all"),
           "shown_status": _label(language, "status." + status[shown]) if shown else "",
           "items": items,
           "history": {"href": site.relative_url(url, site.page_url(config, language, site.HISTORY, document)),
                       "text": _label(language, "version_all")}}
    if len(visible) > 1:
        out["compare"] = {"href": site.relative_url(url, site.page_url(config, language, site.COMPARE, document)),
                          "text": _label(language, "compare_link")}
    if archived:  # the whole list, when the reader opens it (policy.js)
        out["menu"] = site.relative_url(url, _menu_folder(config, language, document)) + MENU_NAME
    return out


def write_menu_files(site_dir, config, inputs):
    """``[<lang>/]<doc>/versions/menu.json``: every visible release, newest first, with its site
    path (from the root), status and dates. Returns the paths written."""
    from . import site

    written = []
    for document in site.documents_of(inputs):
        releases = inputs.releases.get(document, [])
        visible = model.visible(releases, inputs.as_of)
        if not visible:
            continue
        status = model.statuses(releases, inputs.as_of)
        for language in config.languages:
            items = []
            for r in reversed(visible):
                item = _item(config, language, document, r, status[r.id], None)
                del item["href"]
                items.append(item)
            path = os.path.join(site_dir, *_menu_folder(config, language, document).split("/"), MENU_NAME)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="") as fh:
                json.dump({"as_of": inputs.as_of.isoformat(), "items": items}, fh, ensure_ascii=False,
                          separators=(",", ":"), sort_keys=True)
            written.append(path)
    return written
