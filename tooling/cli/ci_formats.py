"""Findings in the formats CI systems read: GitHub Actions workflow commands (annotations on the
pull request's changed lines) and SARIF 2.1.0 (code scanning).

Pure: findings in, text out. Paths are written relative to the folder the check ran from, with
forward slashes, as GitHub expects them (repository-relative when run from the repository root).
"""

import json
import os
from urllib.parse import quote

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"

# What each family of codes is about (the README's table has every code).
CODE_FAMILIES = {
    "P": "The languages of a document differ in structure (sections, order, levels, numbering, counts).",
    "F": "A fact (number, date, e-mail address, URL, telephone number) differs between the languages.",
    "N": "The numbering of a document is defective (duplicate, misplaced, inconsistent, skipping).",
    "A": "A translation does not declare itself correctly.",
    "S": "A translation is not confirmed against the current authoritative text.",
    "R": "A release record is corrupted or no longer matches its released text.",
    "E": "A source file cannot be read as a policy document.",
}


def _posix(path):
    return str(path).replace(os.sep, "/")


def _escape_data(text):
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text):
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(findings):
    """One workflow command per finding: ``::error file=…,line=…,col=…,title=CODE::message``."""
    lines = []
    for f in findings:
        level = "error" if f.severity == "error" else "warning"
        where = (("file", _posix(f.file)), ("line", f.line), ("col", f.column)) if f.file != "-" else ()
        props = ",".join(f"{k}={_escape_property(str(v))}" for k, v in where + (("title", f"policy check {f.code}"),))
        lines.append(f"::{level} {props}::{_escape_data(f'{f.code}: {f.message}')}")
    return "".join(line + "\n" for line in lines)


def _rule(code):
    return {"id": code, "name": code,
            "shortDescription": {"text": CODE_FAMILIES.get(code[:1], "A policy check finding.")}}


def to_sarif(findings, version):
    """A SARIF 2.1.0 log with one run of ``policy check``."""
    codes = sorted({f.code for f in findings})
    index = {code: i for i, code in enumerate(codes)}
    results = [{
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": "error" if f.severity == "error" else "warning",
        "message": {"text": f.message},
        "locations": [] if f.file == "-" else [{"physicalLocation": {
            "artifactLocation": {"uri": quote(_posix(f.file)), **({} if os.path.isabs(f.file) else {"uriBaseId": "%SRCROOT%"})},
            "region": {"startLine": f.line, "startColumn": f.column},
        }}],
    } for f in findings]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "policy check", "version": version,
                                "rules": [_rule(code) for code in codes]}},
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


# --- the pull request's comment: what a change does, section by section -------------------------

MAX_ROWS = 60  # per document and language: a pull-request comment stays readable


def _md(text):
    """``text`` safe inside a Markdown table cell (no markup, no HTML, one line)."""
    import re

    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|~])", r"\\\1", text)


def _section_name(change):
    if change.kind == "preamble":
        return "preamble"
    title = change.title or ""
    return title if len(title) <= 60 else title[:60].rstrip() + "…"


def _status_note(change, labels):
    note = labels[change.status]
    if change.old_number and change.new_number and change.old_number != change.new_number:
        note += f" ({change.old_number} → {change.new_number})"
    elif change.moved and change.status != "moved":
        note += f" ({labels['moved']})"
    return note


def to_markdown(diffs, from_id, to_id):
    """A short Markdown summary of the sections each document changes, in each language: what a
    CI job posts as the pull request's comment (the full redline is the HTML artifact)."""
    from ..notices.notices import STATUS_LABELS

    out = [f"### Policy changes: {_md(from_id)} → {_md(to_id)}", ""]
    changed = [d for d in diffs if d.has_changes]
    if not changed:
        return "\n".join(out + ["No changes: the texts are identical.", ""])
    for d in diffs:
        labels = STATUS_LABELS.get(d.language, STATUS_LABELS["en"])
        rows = d.changed_sections()
        zh = d.language.startswith("zh")
        counts = ("，" if zh else ", ").join(f"{labels[s]} {n} 项" if zh else f"{n} {labels[s]}"
                                            for s, n in d.counts().items() if n and s != "unchanged")
        head = f"**{_md(d.document)}** ({_md(d.language)})"
        if not d.has_changes:
            out += [f"{head}: no changes.", ""]
            continue
        if d.parse_error:
            out += [f"{head}: changed; the sections could not be compared ({_md(d.parse_error)}).", ""]
            continue
        out += [f"{head}: {counts or 'changes outside the sections (title or front matter)'}", ""]
        if rows:
            out += ["| section | number | change |", "| --- | --- | --- |"]
            out += [f"| `{c.id}` {_md(_section_name(c))} | {_md(c.number or '')} | {_md(_status_note(c, labels))} |"
                    for c in rows[:MAX_ROWS]]
            if len(rows) > MAX_ROWS:
                out.append(f"| … | | {len(rows) - MAX_ROWS} more |")
            out.append("")
    return "\n".join(out) + "\n"
