"""The notice feed for the platform: ``notices.json``, valid against ``notices.schema.json``.

Layout (version 1)::

    {"version": 1, "generated": "2026-11-25", "site": BASE, "schema": BASE + "notices.schema.json",
     "languages": ["zh", "en"], "authoritative_language": "zh",
     "notices": [ NOTICE, … newest first ]}

where a NOTICE carries its id, document, release, sequence, previous_release, kind,
consent_required, published, effective, and objects keyed by language: document_title, title,
summary, links {version, changes, history}, and sections [{id, status, status_by_language,
number, previous_number, title, href}].
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


def notice_data(notice, languages):
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
        "document_title": _pick(notice.document_title, languages),
        "title": _pick(notice.title, languages),
        "summary": _pick(notice.summary, languages),
        "links": {lang: {"version": l.version, "changes": l.changes, "history": l.history}
                  for lang, l in _pick(notice.links, languages).items()},
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


def feed_data(notices, config, as_of, languages=None):
    languages = list(languages or [config.authoritative] + config.translations)
    return {
        "version": FORMAT_VERSION,
        "generated": as_of.isoformat(),
        "site": config.base_url,
        "schema": urls.schema_url(config),
        "languages": languages,
        "authoritative_language": config.authoritative,
        "notices": [notice_data(n, languages) for n in notices],
    }


def render(notices, config, as_of, languages=None):
    """The feed as UTF-8 bytes (sorted keys, two-space indent, final newline)."""
    data = feed_data(notices, config, as_of, languages)
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
