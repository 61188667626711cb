"""Renderers of revision diffs: the redline a lawyer reads and the data the platform reads.

* :func:`render_inline_html` and :func:`render_side_by_side_html`: HTML fragments for the site
  and for the standalone page. Every section has an anchor (``id="diff-s3-5"``), changed
  sections carry a status badge, unchanged ones are folded into a ``<details>`` element that
  opens without JavaScript, insertions are ``<ins>`` (underlined) and deletions ``<del>``
  (struck through), so they are told apart without colour. All policy text is escaped. Labels
  are in the language of the text compared (a Chinese redline is labelled in Chinese).
* :func:`render_html_page`: a standalone page with the stylesheet inlined and nothing loaded
  from anywhere (no fonts, scripts or images).
* :func:`render_text`: a unified diff for terminals, words marked in colour or, without colour,
  ``[-deleted-]`` and ``{+inserted+}``.
* :func:`to_json`: the shape of ``tooling/schemas/diff.schema.json``.

The stylesheet is ``tooling/assets/redline.css`` (:func:`stylesheet`).
"""

import os
from html import escape

from .diffing import ADDED, CHANGED, DELETE, EQUAL, INSERT, MOVED, REMOVED, RENUMBERED, STATUSES, UNCHANGED
from ..wording import table

SCHEMA_ID = "https://policies.entroyi.com/schemas/diff.schema.json"

LABELS = table("diff")


def labels(language):
    """The UI labels for a text in ``language`` (Chinese for zh*, English otherwise)."""
    return LABELS.get((language or "en").lower().replace("_", "-").split("-")[0], LABELS["en"])


def stylesheet():
    """The redline stylesheet (self-contained: no fonts or files from elsewhere)."""
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "assets", "redline.css")
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# --------------------------------------------------------------------------------------------
# Shared pieces


def _split(ops, at_equal_only=False):
    """Cut ops into paragraphs at blank lines ("\\n\\n"): a list of lists of (op, text).
    With ``at_equal_only``, only blank lines both versions share cut (side-by-side rows)."""
    out = [[]]
    for op, text in ops:
        if at_equal_only and op != EQUAL:
            out[-1].append((op, text))
            continue
        parts = text.split("\n\n")
        for k, part in enumerate(parts):
            if k:
                out.append([])
            if part:
                out[-1].append((op, part))
    return out


def _html_text(text):
    return escape(text, quote=True).replace("\n", "<br>\n")


def _html_ops(ops):
    pieces = []
    for op, text in ops:
        body = _html_text(text)
        if op == EQUAL:
            pieces.append(body)
        else:
            tag = "ins" if op == INSERT else "del"
            cls = ' class="redline-ws"' if not text.strip() else ""
            pieces.append(f"<{tag}{cls}>{body}</{tag}>")
    return "".join(pieces)


def _side(ops, keep):
    """The ops one version shows: ``keep`` is DELETE for the old version, INSERT for the new."""
    return [(op, text) for op, text in ops if op in (EQUAL, keep)]


def _has_changes(ops):
    return any(op != EQUAL for op, _ in ops)


def _name(section, lab):
    if section.kind == "preamble":
        return lab["preamble"]
    number = section.number or ""
    title = section.title or ""
    if section.kind == "clause":
        title = title if len(title) <= 40 else title[:40].rstrip() + "…"
    return f"{number} {title}".strip()


def _notes(section, lab):
    notes = []
    if section.old_number and section.new_number and section.old_number != section.new_number:
        notes.append(lab["was"].format(number=section.old_number))
    if section.moved:
        notes.append(lab["moved_note"])
    return notes


def _section_head(section, lab, anchor):
    """The bar above a section: anchor link, number and title, status badge, notes."""
    notes = "".join(f' <span class="redline-note">{escape(n)}</span>' for n in _notes(section, lab))
    return (f'<div class="redline-section-head">'
            f'<a class="redline-anchor" href="#{anchor}" aria-label="{escape(lab["anchor"])}">#</a> '
            f'<span class="redline-name">{escape(_name(section, lab))}</span> '
            f'<span class="redline-badge redline-badge-{section.status}">{escape(lab[section.status])}</span>'
            f'{notes}</div>')


def _legend(lab):
    items = "".join(
        f'<li><span class="redline-badge redline-badge-{s}">{escape(lab[s])}</span></li>'
        for s in (ADDED, REMOVED, CHANGED, MOVED, RENUMBERED))
    return (f'<div class="redline-legend"><span class="redline-legend-title">{escape(lab["legend"])}</span>'
            f'<ul><li><ins>{escape(lab["inserted"])}</ins></li><li><del>{escape(lab["deleted"])}</del></li>'
            f'</ul><span class="redline-legend-title">{escape(lab["section_status"])}</span>'
            f'<ul class="redline-statuses">{items}</ul></div>')


def _summary(diff, lab):
    counts = diff.counts()
    parts = [lab["count"].format(n=counts[s], label=lab[s] if lab is LABELS["zh"] else lab[s].lower())
             for s in STATUSES if s != UNCHANGED and counts[s]]
    if not diff.has_changes:
        return f'<p class="redline-summary">{escape(lab["no_changes"])}</p>'
    if not parts:
        return ""
    return f'<p class="redline-summary">{escape(lab["summary"].format(counts=lab["sep"].join(parts)))}</p>'


def _anchor(prefix, section):
    """The HTML id of a section: its stable id, prefixed; a removed section's id may be
    reused by another section in the new version, so it gets its own."""
    return f"{prefix}removed-{section.id}" if section.status == REMOVED else f"{prefix}{section.id}"


def _open(diff, kind, lab, title):
    attrs = (f'class="redline redline-{kind}" lang="{escape(diff.language)}" '
             f'data-document="{escape(diff.document)}" data-from="{escape(diff.old_label)}" '
             f'data-to="{escape(diff.new_label)}"')
    out = [f"<section {attrs}>"]
    if title:
        out.append(f'<h2 class="redline-title">{escape(title)}</h2>')
    out.append(_legend(lab))
    out.append(_summary(diff, lab))
    if diff.parse_error:
        out.append(f'<p class="redline-warning">{escape(lab["unparsed"].format(error=diff.parse_error))}</p>')
    return out


def _groups(diff, collapse):
    """Sections in order, with runs of unchanged ones grouped when collapsing: yields
    ("section", s) or ("collapsed", [s, …])."""
    run = []
    for s in diff.sections:
        if collapse and s.status == UNCHANGED:
            run.append(s)
            continue
        if run:
            yield "collapsed", run
            run = []
        yield "section", s
    if run:
        yield "collapsed", run


def _collapsed(run, lab, render):
    summary = lab["collapsed_one"] if len(run) == 1 else lab["collapsed"].format(n=len(run))
    body = "".join(render(s) for s in run)
    return (f'<details class="redline-unchanged"><summary>{escape(summary)}</summary>'
            f"{body}</details>")


def _fragment(diff, kind, collapse, id_prefix, title, body, columns=""):
    """The frame both views share: title, legend, summary, then every section (unchanged ones
    folded when ``collapse``); ``body(ops, section)`` renders a section's text."""
    lab = labels(diff.language)
    out = _open(diff, kind, lab, _title(diff, lab) if title else "")
    out.append(columns)

    def render(section):
        anchor = _anchor(id_prefix, section)
        return (f'<div class="redline-section redline-{section.status}" id="{escape(anchor)}" '
                f'data-status="{section.status}">{_section_head(section, lab, anchor)}'
                f"{body(section.ops, section)}</div>")

    if _has_changes(diff.front_ops) and not diff.parse_error:
        out.append(f'<div class="redline-section redline-front redline-changed">'
                   f'<div class="redline-section-head"><span class="redline-name">{escape(lab["front"])}</span></div>'
                   f"{body(diff.front_ops, None)}</div>")
    if not diff.sections:
        out.append(f'<div class="redline-section redline-whole">{body(diff.ops, None)}</div>')
    for group, item in _groups(diff, collapse):
        out.append(_collapsed(item, lab, render) if group == "collapsed" else render(item))
    out.append("</section>")
    return "\n".join(x for x in out if x) + "\n"


def _heading_tag(section):
    return f"h{min(6, max(3, section.level + 1))}"


def _title(diff, lab):
    name = diff.new_title or diff.old_title or diff.document
    return lab["heading"].format(title=name, old=diff.old_label or "…", new=diff.new_label or "…")


# --------------------------------------------------------------------------------------------
# Inline redline


def render_inline_html(diff, collapse_unchanged=True, id_prefix="diff-", title=True):
    """The inline redline of one document in one language, as an HTML fragment."""

    def body(ops, section):
        html = []
        for k, para in enumerate(_split(ops)):
            if not para:
                continue
            text = _html_ops(para)
            if k == 0 and section is not None and section.kind == "heading":
                tag = _heading_tag(section)
                html.append(f'<{tag} class="redline-heading">{text}</{tag}>')
            else:
                html.append(f"<p>{text}</p>")
        return f'<div class="redline-body">{"".join(html)}</div>'

    return _fragment(diff, "inline", collapse_unchanged, id_prefix, title, body)


# --------------------------------------------------------------------------------------------
# Side-by-side redline


def render_side_by_side_html(diff, collapse_unchanged=True, id_prefix="diff-", title=True):
    """The side-by-side redline (before | after) of one document in one language."""
    lab = labels(diff.language)
    columns = (f'<div class="redline-sbs-row redline-sbs-columns">'
               f'<div class="redline-old">{escape(lab["before"])} · {escape(diff.old_label)}</div>'
               f'<div class="redline-new">{escape(lab["after"])} · {escape(diff.new_label)}</div></div>')

    # each cell names its side (data-label): a narrow screen stacks the cells and shows it
    names = {"redline-old": escape(f'{lab["before"]} · {diff.old_label}'),
             "redline-new": escape(f'{lab["after"]} · {diff.new_label}')}

    def cell(ops, cls):
        paras = [p for p in _split(ops) if p]
        text = "".join(f"<p>{_html_ops(p)}</p>" for p in paras)
        empty = " redline-empty" if not paras else ""
        return f'<div class="{cls}{empty}" data-label="{names[cls]}">{text}</div>'

    def body(ops, section):
        heading = section is not None and section.kind == "heading"
        html = []
        for k, row in enumerate(r for r in _split(ops, at_equal_only=True) if r):
            changed = " redline-row-changed" if _has_changes(row) else ""
            head = " redline-row-heading" if heading and k == 0 else ""
            html.append(f'<div class="redline-sbs-row{changed}{head}">'
                        f'{cell(_side(row, DELETE), "redline-old")}{cell(_side(row, INSERT), "redline-new")}</div>')
        return "".join(html)

    return _fragment(diff, "side-by-side", collapse_unchanged, id_prefix, title, body, columns)


# --------------------------------------------------------------------------------------------
# Standalone page


def _slug(text):
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text) or "document"


def render_html_page(diffs, from_id, to_id):
    """A standalone HTML page with both views of every diff; the stylesheet is inlined and the
    two views switch without JavaScript."""
    several_documents = len({d.document for d in diffs}) > 1
    page_lang = diffs[0].language if diffs else "en"
    names = " / ".join(dict.fromkeys(d.new_title or d.old_title or d.document for d in diffs)) or "—"
    title = f"{names}: {from_id} → {to_id}"
    nav, inline, side = [], [], []
    for d in diffs:
        key = f"{_slug(d.document)}-{d.language}" if several_documents else d.language
        name = d.new_title or d.old_title or d.document
        nav.append(f'<li><a href="#diff-{escape(key)}" lang="{escape(d.language)}">'
                   f'{escape(name)} ({escape(d.language)})</a></li>')
        inline.append(f'<div id="diff-{escape(key)}">'
                      f'{render_inline_html(d, True, f"diff-{key}-")}</div>')
        side.append(f'<div id="sbs-{escape(key)}">'
                    f'{render_side_by_side_html(d, True, f"sbs-{key}-")}</div>')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(page_lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>\n{stylesheet()}</style>\n</head>\n"
        '<body class="redline-page">\n'
        f'<header class="redline-page-header"><h1>{escape(title)}</h1>\n'
        f'<nav><ul class="redline-nav">{"".join(nav)}</ul></nav></header>\n'
        '<input type="radio" name="redline-view" id="redline-view-inline" class="redline-toggle" checked>\n'
        '<label for="redline-view-inline" class="redline-toggle-label">Inline · 行内对照</label>\n'
        '<input type="radio" name="redline-view" id="redline-view-sbs" class="redline-toggle">\n'
        '<label for="redline-view-sbs" class="redline-toggle-label">Side by side · 左右对照</label>\n'
        '<main class="redline-views">\n'
        f'<div class="redline-view-inline">\n{"".join(inline)}</div>\n'
        f'<div class="redline-view-sbs">\n{"".join(side)}</div>\n'
        "</main>\n</body>\n</html>\n")


# --------------------------------------------------------------------------------------------
# Terminal


_RED, _GREEN, _CYAN, _BOLD, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[36m", "\x1b[1m", "\x1b[0m"
_DEL_WORD, _INS_WORD = "\x1b[1;9;7;31m", "\x1b[1;4;7;32m"


def _line_rows(ops):
    """Cut ops at line breaks both versions share: rows of ops, one line of each version."""
    rows = [[]]
    for op, text in ops:
        if op != EQUAL:
            rows[-1].append((op, text))
            continue
        for k, part in enumerate(text.split("\n")):
            if k:
                rows.append([])
            if part:
                rows[-1].append((op, part))
    return rows


def _text_line(ops, keep, color):
    out = []
    for op, text in ops:
        if op == EQUAL:
            out.append(text)
        elif op == keep:
            if color:
                out.append((_DEL_WORD if op == DELETE else _INS_WORD) + text + _RESET
                           + (_RED if op == DELETE else _GREEN))
            else:
                out.append(f"[-{text}-]" if op == DELETE else f"{{+{text}+}}")
    return "".join(out).replace("\n", "\n" + ("-" if keep == DELETE else "+"))


def _hunk(ops, color):
    lines = []
    for row in _line_rows(ops):
        if not _has_changes(row):
            continue
        old = _side(row, DELETE)
        new = _side(row, INSERT)
        if old:
            line = "-" + _text_line(old, DELETE, color)
            lines.append(f"{_RED}{line}{_RESET}" if color else line)
        if new:
            line = "+" + _text_line(new, INSERT, color)
            lines.append(f"{_GREEN}{line}{_RESET}" if color else line)
    return lines


def render_text(diffs, color):
    """A unified diff of each document for a terminal: a hunk per changed section."""
    lab = LABELS["en"]
    out = []

    def paint(text, code):
        return f"{code}{text}{_RESET}" if color else text

    for d in diffs:
        out.append(paint(f"--- {d.document} ({d.language}) {d.old_label}", _BOLD))
        out.append(paint(f"+++ {d.document} ({d.language}) {d.new_label}", _BOLD))
        if not d.has_changes:
            out.append(lab["no_changes"])
            out.append("")
            continue
        counts = d.counts()
        parts = [f"{n} {s}" for s, n in counts.items() if n and s != UNCHANGED]
        if parts:
            out.append("sections: " + ", ".join(parts) + f"; {counts[UNCHANGED]} unchanged")
        if d.parse_error:
            out.append(lab["unparsed"].format(error=d.parse_error))
        if _has_changes(d.front_ops) or d.parse_error:
            out.append(paint(f"@@ {lab['front'] if not d.parse_error else 'whole text'} @@", _CYAN))
            out.extend(_hunk(d.front_ops, color))
        for s in d.changed_sections():
            notes = [s.status] + _notes(s, lab)
            line = s.new_line if s.new_line is not None else s.old_line
            side = "+" if s.new_line is not None else "-"
            head = f"@@ {side}{line} § {_name(s, lab)} ({'; '.join(notes)}) @@"
            out.append(paint(head, _CYAN))
            hunk = _hunk(s.ops, color)
            out.extend(hunk if hunk else ["  (" + ("position only" if s.moved else "no text change") + ")"])
        out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# JSON


def _ops_json(ops):
    return [[op, text] for op, text in ops]


def to_json(diffs, from_id, to_id):
    """The diffs as data (see tooling/schemas/diff.schema.json)."""
    documents = []
    for d in diffs:
        documents.append({
            "document": d.document,
            "language": d.language,
            "from": d.old_label,
            "to": d.new_label,
            "title": {"old": d.old_title, "new": d.new_title},
            "summary": d.counts(),
            "sections": [{
                "id": s.id,
                "status": s.status,
                "old_id": s.old_id,
                "kind": s.kind,
                "moved": s.moved,
                "old_number": s.old_number,
                "new_number": s.new_number,
                "old_title": s.old_title,
                "new_title": s.new_title,
                "old_line": s.old_line,
                "new_line": s.new_line,
                "ops": _ops_json(s.ops),
            } for s in d.sections],
            "ops": _ops_json(d.ops),
        })
    return {"$schema": SCHEMA_ID, "from": from_id, "to": to_id, "documents": documents}
