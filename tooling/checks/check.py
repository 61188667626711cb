"""``policy check``: parity and lint of every document in every language.

The checks themselves live in their own modules (soundness, parity, …); this module loads the
documents once and runs each check over them.
"""

from __future__ import annotations

import os
import re

from ..errors import SourceError
from ..findings import Finding, from_error
from .freshness import check_freshness
from .parity import article, compare, excerpt, language_name
from ..project import discover, display_path, document_path
from ..model.records import check_release_records
from ..model.numbering import CJK
from ..model.sections import NO_HEADINGS, parse_document
from .soundness import check_numbering
from ..source import read_source

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from ..config import Config
    from ..model.sections import Document


class CheckResult:
    __slots__ = ("findings", "files", "bad_input", "documents")

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.files = 0
        self.bad_input = False
        self.documents: dict[str, dict[str, Document]] = {}  # name -> {language: Document}

    @property
    def exit_code(self) -> int:
        if self.bad_input:
            return 2
        return 1 if any(f.severity == "error" for f in self.findings) else 0


def load_documents(config: Config, docs_dir: str, result: CheckResult) -> None:
    """Parse every document in every language into ``result.documents``; problems become findings."""
    for name in discover(docs_dir, config.languages):
        docs = result.documents.setdefault(name, {})
        for lang in config.languages:
            path = document_path(docs_dir, lang, name)
            shown = display_path(path)
            if not os.path.exists(path):
                present = next((language_name(x) for x in config.languages
                                if os.path.exists(document_path(docs_dir, x, name))), "other")
                result.findings.append(Finding(
                    shown, 1, 1, "P001",
                    f"missing: the {present} document \u201c{name}\u201d has no {language_name(lang)} "
                    f"counterpart; create this file"
                    + (" (the authoritative text)." if lang == config.authoritative else " with its translation.")))
                continue
            _read_into(result, docs, name, lang, path, shown)


def _read_into(result, docs, name, lang, path, shown):
    """Parse one document into ``docs[lang]``; a file that cannot be read is a finding (bad input)."""
    result.files += 1
    try:
        source = read_source(path, shown)
        doc = docs[lang] = parse_document(source, name, lang, headless=True)
    except SourceError as exc:
        result.findings.append(from_error(exc))
        result.bad_input = True
        return
    if doc.unspaced:
        # the site shows such lines as text: one finding for the file, naming each line
        lines = doc.unspaced
        shown = _lines_shown(lines)
        text_lines = source.text.split("\n")
        first = text_lines[lines[0] - 1].strip()
        marks = len(first) - len(first.lstrip("#\uff03"))
        # "＃ 范围": the full-width sign, which Markdown does not read either
        wide = any(text_lines[line - 1].lstrip().startswith("\uff03") for line in lines)
        result.findings.append(Finding(doc.path, lines[0], 1, "E008", (
            f"{'line' if len(lines) == 1 else 'lines'} {shown} {'starts' if len(lines) == 1 else 'start'} with # "
            f"{'run into the text or written full width (＃)' if wide else 'run into the text'} "
            f"(\u201c{excerpt(first, 30)}\u201d): Markdown reads {'it' if len(lines) == 1 else 'them'} as "
            f"text, not as {'a heading' if len(lines) == 1 else 'headings'}, and the site shows the #s; "
            f"{'write # and ' if wide else ''}put a space after them "
            f"(\u201c{'#' * marks} {excerpt(first[marks:].lstrip(), 30)}\u201d). "
            f"{'It is' if len(lines) == 1 else 'They are'} compared as the {'heading' if len(lines) == 1 else 'headings'} "
            f"meant.")))
    if doc.unspaced_items:
        # the site shows each such item as more text of the item before it: one finding for the file
        lines = doc.unspaced_items
        one = len(lines) == 1
        first = source.text.split("\n")[lines[0] - 1].strip()
        number, _, rest = first.replace("\uff0e", ".").partition(".")
        result.findings.append(Finding(doc.path, lines[0], 1, "E009", (
            f"{'line' if one else 'lines'} {_lines_shown(lines)} {'starts' if one else 'start'} a numbered list item "
            f"with its number run into the text (\u201c{excerpt(first, 30)}\u201d): Markdown reads "
            f"{'it' if one else 'them'} as more text of the item before, and the site shows the two as one item; put "
            f"a space after the number (\u201c{number}. {excerpt(rest, 30)}\u201d). {'It is' if one else 'They are'} "
            f"compared as the {'item' if one else 'items'} meant.")))
    if not any(block.kind == "heading" for block in doc.blocks):
        # a text without headings is still compared with its translation (a short notice, a page whose
        # title is kept elsewhere); that it has none is a finding of its own
        result.findings.append(Finding(doc.path, source.body_line, 1, "E003", NO_HEADINGS))


def _lines_shown(lines):
    """"4, 9 and 12", the first twelve of ``lines`` and how many more."""
    return ", ".join(str(n) for n in lines[:12]) + (f" and {len(lines) - 12} more" if len(lines) > 12 else "")


def check_authority(config: Config, doc: Document) -> list[Finding]:
    """Exactly one authoritative language; translations declare what they translate."""
    declared = doc.front_matter.get("translation_of")
    line = 2 if doc.front_matter else 1
    auth = config.authoritative
    if doc.language == auth:
        if declared:
            return [Finding(doc.path, line, 1, "A002",
                            f"declares `translation_of: {declared}`, but {language_name(auth)} is the "
                            f"authoritative language ({config.path}); remove that line.")]
        return []
    if declared is None:
        return [Finding(doc.path, 1, 1, "A001",
                        f"{article(language_name(doc.language))} {language_name(doc.language)} page must declare that it is a translation: start "
                        f"the file with the front matter\n---\ntranslation_of: {auth}\n---")]
    if declared != auth:
        return [Finding(doc.path, line, 1, "A002",
                        f"declares `translation_of: {declared}`, but the authoritative language is "
                        f"\u201c{auth}\u201d ({config.path}); write `translation_of: {auth}`.")]
    return []


def default_config():
    """The settings used outside any project (no policy.toml): Chinese authoritative, English its
    translation. Nothing is read from or written to disk."""
    from ..config import Config

    return Config(os.getcwd(), "(defaults: no policy.toml)", {})


def _check_documents(config, result, project):
    for name, docs in result.documents.items():
        for lang, doc in docs.items():
            result.findings.extend(check_numbering(doc))
            if project:  # the `translation_of` declaration is a convention of a project's site
                result.findings.extend(check_authority(config, doc))
        source = docs.get(config.authoritative)
        if source is None:
            continue
        for lang in config.translations:
            if lang in docs:
                result.findings.extend(compare(source, docs[lang]))


def run_check(config, docs_dir=None, project=True):
    """Check every document of ``docs_dir`` (the project's docs/ by default). Outside a project
    (``project=False``) only the documents are checked: no release records, no translation pins,
    and nothing is written."""
    result = CheckResult()
    docs_dir = docs_dir or config.docs_dir
    load_documents(config, docs_dir, result)
    _check_documents(config, result, project)
    if project:
        # published versions unchanged; English sections up to date with the Chinese they translate
        result.findings.extend(check_release_records(config, result, docs_dir))
        result.findings.extend(check_freshness(config, result, docs_dir))
        result.findings.extend(_check_terms(config, result, docs_dir))
    result.findings.sort(key=Finding.sort_key)
    return result


def check_pair(config, paths, project=False):
    """Check two files given on the command line, one per language in the configured order
    (authoritative first): ``policy check zh.md en.md``."""
    result = CheckResult()
    name = os.path.splitext(os.path.basename(paths[0]))[0]
    docs = result.documents.setdefault(name, {})
    langs = config.ordered_languages
    for lang, path in zip(langs, paths):
        shown = display_path(path)
        _read_into(result, docs, name, lang, path, shown)
    reversed_order = _given_in_reverse(config, docs, langs, paths)
    if reversed_order:
        result.findings.append(reversed_order)
        result.bad_input = True  # a comparison with the roles swapped would blame the wrong text
        return result
    _check_documents(config, result, project)
    result.findings.sort(key=Finding.sort_key)
    return result


# patterns as strings, compiled by ``re`` on first use (only `policy check A B` needs them: not at start-up)
_LATIN = r"[A-Za-z]"
_HAN_LANGUAGES = ("zh", "ja")  # languages written mostly in Chinese characters


def _han_share(doc):
    """The share of Chinese characters among the letters of a text (0 to 1; None without letters)."""
    text = "\n".join(block.text for block in doc.blocks)
    han, latin = len(re.findall(CJK, text)), len(re.findall(_LATIN, text))
    return han / (han + latin) if han + latin else None


def _given_in_reverse(config, docs, langs, paths):
    """E012 when the two files of `policy check A B` are plainly given in the wrong order: the first
    declares itself a translation, or the authoritative language is written in Chinese characters
    and the first file has hardly any while the second is full of them (or the reverse)."""
    first, second = (docs.get(lang) for lang in langs[:2])
    if first is None or second is None:
        return None
    declared = first.front_matter.get("translation_of")
    if declared:
        why = f"it declares that it is a translation (`translation_of: {declared}`)"
    else:
        shares = _han_share(first), _han_share(second)
        if None in shares:
            return None
        han_first = langs[0].split("-")[0] in _HAN_LANGUAGES
        if han_first == (langs[1].split("-")[0] in _HAN_LANGUAGES):
            return None
        if han_first and shares[0] < 0.05 and shares[1] > 0.3:
            why = f"it has hardly any Chinese characters, while {display_path(paths[1])} is written in them"
        elif not han_first and shares[0] > 0.3 and shares[1] < 0.05:
            why = f"it is written in Chinese characters, while {display_path(paths[1])} has hardly any"
        else:
            return None
    first_name, second_name = (language_name(lang) for lang in langs[:2])
    return Finding(first.path, 1, 1, "E012",
                   f"is given first, as the authoritative {first_name} text, but {why}. Give the "
                   f"{first_name} text first and its {second_name} translation second: "
                   f"policy check {display_path(paths[1])} {display_path(paths[0])}")


def _check_terms(config, result, docs_dir):
    """The termbase (terms.toml, T001-T003) and placeholders left for the legal team (T004)."""
    from .termbase import TermbaseError, check_terms

    try:
        return check_terms(config, result, docs_dir)
    except TermbaseError as exc:
        result.bad_input = True
        return [from_error(exc)]
