"""Notices as CSV for operations teams and spreadsheets: one row per notice and language,
UTF-8 with a byte-order mark (so that Excel opens Chinese correctly), CRLF line endings.

Formula injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return) as a formula, so that ``=HYPERLINK(…)`` in a summary would become a link
in the operations team's Excel. Such cells are neutralised as OWASP recommends: a ``'`` is put
before them, which spreadsheets show as plain text (``neutralise``). The full-width forms
``＝＋－＠`` are treated the same (East Asian spreadsheets may read them as formulas).
"""

import csv
import io

from .letter import section_lines

COLUMNS = ("notice_id", "document", "release", "language", "kind", "consent_required", "published",
           "effective", "previous_release", "title", "summary", "affected_sections", "version_url",
           "changes_url", "history_url")


FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def neutralise(cell):
    """``cell`` made inert for spreadsheets: prefixed with ``'`` if it could start a formula
    (leading spaces and line breaks do not hide the ``=``)."""
    cell = str(cell)
    if cell[:1] in FORMULA_START or cell.lstrip()[:1] in FORMULA_START:
        return "'" + cell
    return cell


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
    writer.writerows([neutralise(cell) for cell in row] for row in rows(notices, languages))
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")
