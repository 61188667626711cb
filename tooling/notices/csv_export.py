"""Notices as CSV for operations teams and spreadsheets: one row per notice and language,
UTF-8 with a byte-order mark (so that Excel opens Chinese correctly), CRLF line endings."""

import csv
import io

from .letter import section_lines

COLUMNS = ("notice_id", "document", "release", "language", "kind", "consent_required", "published",
           "effective", "previous_release", "title", "summary", "affected_sections", "version_url",
           "changes_url", "history_url")


def rows(notices, languages):
    for n in notices:
        for lang in languages:
            links = n.links[lang]
            yield (n.id, n.document, n.release, lang, n.kind, "yes" if n.consent_required else "no",
                   n.published.isoformat(), n.effective.isoformat(), n.previous_release or "",
                   n.title[lang], n.summary[lang], "\n".join(section_lines(n, lang)),
                   links.version, links.changes, links.history)


def render(notices, languages):
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows(notices, languages))
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
