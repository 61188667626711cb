"""The released texts as data for the compare page (``/<doc>/compare/?from=A&to=B``).

The compare page (``site_theme/assets/compare.js``) compares any two versions in the reader's
browser with the engine of ``policy diff`` (diff-match-patch's JavaScript port, no time-out,
the same tokens, boundary scores and section matching as ``tooling/diff/diffing.py``). What it
compares is published here, once per version and language, at
``[<lang>/]<doc>/versions/<id>/text.json``, next to the version's page:

* ``text``: the released text exactly as recorded (its SHA-256 is ``sha256``);
* ``title``: the document's title, ``front``: the text before the first section;
* ``sections``: the sections in document order, as the section model reads them (the reading
  of Markdown into sections is the one of ``policy check`` and ``policy diff``; the browser does
  the comparing): id, whether the id is explicit, kind, level, title, number as written, line,
  parent (index), ``key`` (a digest of what the section says without its number and id: the
  same key is the same content), ``own`` (the section's own Markdown) and ``reader`` (the same
  as its reader sees it, when it differs: ``5.`` for ``5\\.``);
* ``error``: why the sections could not be read (then the whole texts are compared).

A file depends on the released text alone, so it never changes once published.
"""

import json

FORMAT = 1


def data_path(url):
    """The file of a version page's data: ``<version page URL>text.json``."""
    return url + "text.json"


def version_data(text, document, language, release_id):
    """The JSON (str) of one released text in one language."""
    from ..diff.diffing import _content_key, parsed_side, reader_text
    from .site import fingerprint

    side = parsed_side(text, f"{document} ({release_id})", language)
    out = {"format": FORMAT, "document": document, "language": language, "id": release_id,
           "sha256": fingerprint_text(text), "text": text, "title": side.title}
    if side.error:
        out["error"] = side.error
        out["front"] = text
        out["sections"] = []
    else:
        out["front"] = side.front()
        index = {id(s): k for k, s in enumerate(side.sections)}
        sections = []
        for s in side.sections:
            own = s.own_text()
            item = {"id": s.id, "explicit": s.explicit_id is not None, "kind": s.kind, "level": s.level,
                    "title": s.title, "number": s.display_number or None, "line": s.line,
                    "parent": index.get(id(s.parent), -1) if s.parent is not None else -1,
                    "key": fingerprint(json.dumps(_content_key(s), ensure_ascii=False))[:24],
                    "own": own}
            shown = reader_text(own)
            if shown != own:
                item["reader"] = shown
            sections.append(item)
        out["sections"] = sections
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


MEMO = "compare-data"  # the memo's name for version_data


def memo_version_data(memo, text, document, language, release_id):
    """version_data through ``memo(name, parts, compute)`` (its parts: memo_parts)."""
    return memo(MEMO, memo_parts(text, document, language, release_id),
                lambda: version_data(text, document, language, release_id))


def memo_parts(text, document, language, release_id):
    return (text, document, language, release_id)


def fingerprint_text(text):
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_compare_data(site_dir, config, inputs, memo):
    """Write ``text.json`` beside every version page of the site; ``memo(name, parts, compute)``
    keeps the JSON of texts seen before. Returns the paths written."""
    import os

    from ..model import releases as model
    from . import site

    written = []
    for document in site.documents_of(inputs):
        for release in model.visible(inputs.releases.get(document, []), inputs.as_of):
            for language, released in sorted(release.texts.items()):
                if language not in config.languages:
                    continue
                url = site.page_url(config, language, site.VERSION, document, release.id)
                data = memo_version_data(memo, released.text, document, language, release.id)
                path = os.path.join(site_dir, *data_path(url).split("/"))
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as fh:
                    fh.write(data)
                written.append(path)
    return written
