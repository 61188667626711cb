"""The notice feed for the platform: ``notices.json``, valid against ``notices.schema.json``.

Layout (version 1)::

    {"version": 1, "generated": "2026-11-25", "site": BASE, "schema": BASE + "notices.schema.json",
     "languages": ["zh", "en"], "authoritative_language": "zh",
     "notices": [ NOTICE, … newest first ]}

where a NOTICE carries its id, document, release, sequence, previous_release, kind,
consent_required, published, effective, url (its own file), and objects keyed by language:
document_title, title, summary, links {version, changes, history}, consent {text_sha256,
record_sha256}, and sections [{id, status, status_by_language, number, previous_number, title,
href}].

``generated`` is the publication date of the newest notice (null when there is none), not the
day of the export: the bytes of every file change only when its content does, so an ETag or a
hash tells a poller whether anything new arrived. The site also publishes each notice as its own
file at a permanent URL (``notices/<id>.json``, ``notice_file``) and an index of them
(``notices/index.json``, ``index``), so a poller fetches only what is new.
"""

import json
import os

from ..model import urls

FORMAT_VERSION = 1
SCHEMA_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "schemas", "notices.schema.json")


def schema_bytes():
    with open(SCHEMA_PATH, "rb") as fh:
        return fh.read()


def _pick(mapping, languages):
    return {lang: mapping[lang] for lang in languages}


def schema_bytes_for(config):
    """The schema as published on the site: its ``$id`` is its address there."""
    data = json.loads(schema_bytes())
    data["$id"] = urls.schema_url(config)
    return _dump(data)


def _dump(data):
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def generated(notices):
    """The publication date of the newest notice (ISO), None without notices."""
    newest = max((n.published for n in notices), default=None)
    return newest.isoformat() if newest else None


def notice_data(notice, languages, config=None):
    """The JSON object of one notice, limited to ``languages``."""
    return {
        "id": notice.id,
        "document": notice.document,
        "release": notice.release,
        "sequence": notice.sequence,
        "previous_release": notice.previous_release,
        "kind": notice.kind,
        "consent_required": notice.consent_required,
        "published": notice.published.isoformat(),
        "effective": notice.effective.isoformat(),
        **({"url": urls.notice_url(config, notice.id)} if config is not None else {}),
        "document_title": _pick(notice.document_title, languages),
        "title": _pick(notice.title, languages),
        "summary": _pick(notice.summary, languages),
        "links": {lang: {"version": l.version, "changes": l.changes, "history": l.history}
                  for lang, l in _pick(notice.links, languages).items()},
        "consent": {lang: {"text_sha256": c.text_sha256, "record_sha256": c.record_sha256}
                    for lang, c in _pick(notice.consent, languages).items()},
        "sections": [{
            "id": s.id,
            "status": s.status,
            "status_by_language": _pick(s.status_by_language, languages),
            "number": _pick(s.number, languages),
            "previous_number": _pick(s.previous_number, languages),
            "title": _pick(s.title, languages),
            "href": _pick(s.href, languages),
        } for s in notice.sections],
    }


def feed_data(notices, config, as_of=None, languages=None):
    """The feed; ``as_of`` chose the notices (published by then) but does not appear in it."""
    languages = list(languages or config.ordered_languages)
    return {
        "version": FORMAT_VERSION,
        "generated": generated(notices),
        "site": config.base_url,
        "schema": urls.schema_url(config),
        "languages": languages,
        "authoritative_language": config.authoritative,
        "notices": [notice_data(n, languages, config) for n in notices],
    }


def render(notices, config, as_of=None, languages=None):
    """The feed as UTF-8 bytes (sorted keys, two-space indent, final newline)."""
    languages = list(languages or config.ordered_languages)
    return assemble(config, [notice_item(n, languages, config) for n in notices], generated(notices), languages)


def notice_item(notice, languages, config):
    """One notice's object as the feed writes it, for :func:`assemble` (the site keeps it per notice, so that
    one more release does not serialise every notice again)."""
    return json.dumps(notice_data(notice, languages, config), ensure_ascii=False, indent=2, sort_keys=True)


def assemble(config, items, generated_on, languages):
    """The bytes of the feed whose notices are ``items`` (notice_item, newest first): the same bytes as
    json.dumps of the whole feed (:func:`feed_data`), each item set in at the depth of the list of notices."""
    head = feed_data([], config, languages=languages)
    head["generated"] = generated_on
    text = _dump(head).decode("utf-8")
    if not items:
        return text.encode("utf-8")
    # a line break and two spaces: a key of the outer object (json.dumps writes a line break inside a string as \n)
    empty = '\n  "notices": [],'
    listed = ",\n".join("    " + item.replace("\n", "\n    ") for item in items)
    return text.replace(empty, f'\n  "notices": [\n{listed}\n  ],', 1).encode("utf-8")


def render_notice(notice, config):
    """One notice as its own file (``notices/<id>.json``), in every language: the same bytes
    for as long as the release exists, and the body ``policy notices push`` delivers."""
    languages = list(notice.languages)
    return _dump({
        "version": FORMAT_VERSION,
        "site": config.base_url,
        "schema": urls.schema_url(config) + "#/$defs/notice_file",
        "languages": languages,
        "authoritative_language": config.authoritative,
        "notice": notice_data(notice, languages, config),
    })


def render_index(notices, files, config):
    """``notices/index.json``: one entry per notice (newest first) with the URL and SHA-256 of its
    file; ``files`` is {notice id: bytes of its file}."""
    return assemble_index(config, [index_entry(n, files[n.id], config) for n in notices], generated(notices))


def index_entry(notice, file_bytes, config):
    """The entry of ``notice`` in the index, whose file (render_notice) is ``file_bytes``."""
    from ..model.sections import sha256

    n = notice
    return {"id": n.id, "document": n.document, "release": n.release, "kind": n.kind,
            "consent_required": n.consent_required, "published": n.published.isoformat(),
            "effective": n.effective.isoformat(), "url": urls.notice_url(config, n.id),
            "sha256": sha256(file_bytes).hexdigest()}


def assemble_index(config, entries, generated_on):
    """The bytes of the index of the notices whose entries (index_entry, newest first) are ``entries``."""
    return _dump({
        "version": FORMAT_VERSION,
        "generated": generated_on,
        "site": config.base_url,
        "schema": urls.schema_url(config) + "#/$defs/index",
        "notices": entries,
    })
