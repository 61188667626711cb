"""Translation freshness: which translated sections lag behind a change to the authoritative text.

The authoritative (Chinese) text prevails, so a translated section is *fresh* only while a
translator's confirmation of it still holds. ``policy sync`` records that confirmation as a
*pin* per section: the SHA-256 of the authoritative section's ``own_text()`` at that moment,
and the text itself (so that ``policy status`` can show what changed since).

Pins live outside ``docs/`` (so the site never publishes them), one file per translation::

    translations/<language>/<document>.json
    {"document": "privacy", "format": 1, "language": "en", "source": "zh",
     "sections": {"s1": {"sha256": "…", "text": "## 1. 适用范围\n\n本隐私声明……"}, …}}

A translated section is stale when it has no pin, or when its pin's hash differs from the
authoritative section's current hash. A pin for a section the translation no longer has is
reported as well (``policy sync`` drops it). A translation with no pin file at all has never
been confirmed: ``policy check`` warns, ``policy status`` lists every section, ``policy release``
refuses.

Pure apart from reading and writing the pin file; imports nothing heavy (``policy check``).
"""

from __future__ import annotations

import os

from ..errors import PolicyError
from ..findings import WARNING, Finding

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Iterable
    from typing import Any

    from ..config import Config
    from ..model.sections import Document, Section


FORMAT = 1
STALE = "S001"
ORPHAN = "S002"
NEVER = "S003"


class PinError(PolicyError):
    code = "S010"


class Pin:
    """What a translator confirmed for one section: the SHA-256 of the authoritative section's
    own text at that moment, and that text (``policy status`` shows how it changed since).
    A class with slots, not a dataclass: ``policy check`` imports this module (start-up time)."""

    __slots__ = ("sha256", "text")

    def __init__(self, sha256: str, text: str) -> None:
        self.sha256 = sha256
        self.text = text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pin) and (self.sha256, self.text) == (other.sha256, other.text)

    def __repr__(self) -> str:
        return f"Pin({self.sha256[:12]}…)"


if TYPE_CHECKING:
    Pins = dict[str, Pin]  # {section id: Pin}


class Stale:
    """A translated section that needs a translator's attention."""

    __slots__ = ("section", "source", "old_text", "new_text")

    def __init__(self, section: Section, source: Section, old_text: str | None, new_text: str) -> None:
        self.section = section    # the translated Section
        self.source = source      # the authoritative Section it translates
        self.old_text = old_text  # the authoritative text when last confirmed (None: never confirmed)
        self.new_text = new_text  # the authoritative text now

    @property
    def confirmed(self) -> bool:
        return self.old_text is not None


def pins_dir(config: Config) -> str:
    return os.path.join(config.root, config.raw.get("paths", {}).get("translations", "translations"))


def pins_path(config: Config, language: str, document: str) -> str:
    return os.path.join(pins_dir(config), language, *document.split("/")) + ".json"


def load_pins(path: str) -> Pins | None:
    """{section id: Pin} from a pin file, or None if there is none."""
    from ..model.records import ReleaseError, read_json

    if not os.path.exists(path):
        return None
    try:
        data = read_json(path, "translation pins")
    except ReleaseError as exc:
        raise PinError(exc.message + " Run `policy sync DOCUMENT --all` after checking the translation "
                       "to write it again.", exc.path, exc.line, exc.column) from None
    sections = data.get("sections")
    if not isinstance(sections, dict):
        raise PinError("translation pins: the field \u201csections\u201d is missing or not an object.", path)
    out = {}
    for sid, pin in sections.items():
        if not (isinstance(pin, dict) and isinstance(pin.get("sha256"), str) and isinstance(pin.get("text"), str)):
            raise PinError(f"translation pins: section \u201c{sid}\u201d needs a sha256 and a text.", path)
        out[sid] = Pin(pin["sha256"], pin["text"])
    return out


def stale_sections(source: Document, translation: Document, pins: Pins | None) -> list[Stale]:
    """The Stale sections of ``translation`` (a Document) against ``source``, in document order."""
    by_id = source.by_id()
    pins = pins or {}
    out = []
    for section in translation.walk():
        src = by_id.get(section.id)
        if src is None:
            continue  # a section with no authoritative counterpart is a parity error (P002)
        pin = pins.get(section.id)
        if pin is None:
            out.append(Stale(section, src, None, src.own_text()))
        elif pin.sha256 != src.digest():
            out.append(Stale(section, src, pin.text, src.own_text()))
    return out


def orphan_pins(source: Document, translation: Document, pins: Pins | None) -> list[str]:
    """Ids of pins for sections that no longer exist in both texts."""
    both = set(source.by_id()) & set(translation.by_id())
    return [sid for sid in (pins or {}) if sid not in both]


def confirm(source: Document, translation: Document, pins: Pins | None,
            ids: Iterable[str] | None = None) -> tuple[Pins, list[str], list[str]]:
    """New pins after a translator confirms the sections ``ids`` (None: every section).

    Returns (pins, confirmed ids, dropped ids). Unknown ids raise PinError.
    """
    src_ids = source.by_id()
    tr_ids = translation.by_id()
    pins = dict(pins or {})
    dropped = []
    if ids is None:
        ids = [s.id for s in translation.walk() if s.id in src_ids]
        dropped = [sid for sid in pins if sid not in src_ids or sid not in tr_ids]
    else:
        for sid in ids:
            if sid in pins and (sid not in src_ids or sid not in tr_ids):
                dropped.append(sid)
            elif sid not in tr_ids:
                raise PinError(f"the {translation.language} text of {translation.name} has no section "
                               f"\u201c{sid}\u201d; `policy status` lists the section ids to confirm.")
            elif sid not in src_ids:
                raise PinError(f"section \u201c{sid}\u201d exists only in the {translation.language} text; "
                               f"the authoritative text has no such section to confirm it against.")
        ids = [sid for sid in ids if sid not in dropped]
    for sid in dropped:
        del pins[sid]
    for sid in ids:
        src = src_ids[sid]
        pins[sid] = Pin(src.digest(), src.own_text())
    order = {s.id: i for i, s in enumerate(source.walk())}
    pins = dict(sorted(pins.items(), key=lambda kv: order.get(kv[0], len(order))))
    return pins, ids, dropped


def pins_json(document: str, language: str, source_language: str, pins: Pins) -> str:
    """The text of a pin file (stable: document order, LF, final newline)."""
    import json

    data = {"document": document, "format": FORMAT, "language": language, "source": source_language,
            "sections": {sid: {"sha256": pin.sha256, "text": pin.text} for sid, pin in pins.items()}}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def check_freshness(config: Config, result: Any, docs_dir: str | None = None) -> list[Finding]:
    """``policy check``: stale translated sections (S001), dead pins (S002), no pins at all (S003)."""
    if docs_dir is not None and os.path.abspath(docs_dir) != os.path.abspath(config.docs_dir):
        return []  # pins describe the project's own docs/, not another folder
    from ..project import display_path

    findings = []
    for name, docs in result.documents.items():
        source = docs.get(config.authoritative)
        if source is None:
            continue
        for lang in config.translations:
            translation = docs.get(lang)
            if translation is None:
                continue
            path = pins_path(config, lang, name)
            shown = display_path(path)
            try:
                pins = load_pins(path)
            except PinError as exc:
                findings.append(Finding(exc.path and display_path(exc.path), exc.line, exc.column, exc.code,
                                        exc.message))
                result.bad_input = True
                continue
            if pins is None:
                findings.append(Finding(
                    translation.path, 1, 1, NEVER,
                    f"the translation of {name} has never been confirmed against the authoritative text, so "
                    f"its freshness cannot be tracked (no {shown}); once the translation is checked, run "
                    f"`policy sync {name} --lang {lang} --all`. `policy release` refuses until then.",
                    WARNING))
                continue
            for stale in stale_sections(source, translation, pins):
                findings.append(stale_finding(name, lang, source, translation, stale))
            for sid in orphan_pins(source, translation, pins):
                findings.append(Finding(
                    shown, 1, 1, ORPHAN,
                    f"a pin confirms section \u201c{sid}\u201d, which {name} no longer has; run "
                    f"`policy sync {name} --lang {lang} --section {sid}` to drop it.", WARNING))
    return findings


def stale_finding(name: str, lang: str, source: Document, translation: Document, stale: Stale) -> Finding:
    s, src = stale.section, stale.source
    where = f"{source.path}:{src.line}"
    if stale.confirmed:
        what = (f"is stale: the authoritative {src.label()} ({where}) has changed since this translation was "
                f"confirmed; `policy status` shows the change. Update the translation")
    else:
        what = (f"has no confirmed translation of the authoritative {src.label()} ({where}); check the "
                f"translation")
    return Finding(translation.path, s.line, 1, STALE,
                   f"{s.label()} {what}, then run `policy sync {name} --lang {lang} --section {s.id}`.")


def describe_change(old: str, new: str, context: int = 30) -> str:
    """The change from ``old`` to ``new`` character by character: ``[-removed-]{+added+}``,
    unchanged runs longer than twice ``context`` shortened to "…"."""
    from difflib import SequenceMatcher

    out = []
    ops = SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for k, (op, a1, a2, b1, b2) in enumerate(ops):
        if op == "equal":
            same = old[a1:a2]
            head = same[:context] if k > 0 else ""
            tail = same[-context:] if k < len(ops) - 1 else ""
            out.append(same if len(same) <= len(head) + len(tail) + 1 else head + "…" + tail)
            continue
        if a2 > a1:
            out.append("[-" + old[a1:a2] + "-]")
        if b2 > b1:
            out.append("{+" + new[b1:b2] + "+}")
    return "".join(out)
