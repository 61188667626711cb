"""``policy status``: for every translation of every document, the sections left stale by a change
to the authoritative text and the pins left for sections that no longer exist, computed as values
(``translation_statuses``); the command prints them as text or JSON."""

from __future__ import annotations

from dataclasses import dataclass

TYPE_CHECKING = False
if TYPE_CHECKING:  # for the type checker only (no import cost at run time)
    from collections.abc import Iterable
    from typing import Any

    from ..config import Config


@dataclass(frozen=True)
class TranslationStatus:
    """One translation of one document against the authoritative text."""
    document: str
    language: str
    source: Any            # the authoritative text (a parsed document)
    translation: Any       # the translation (a parsed document)
    pins_file: str         # translations/<lang>/<doc>.json, as shown
    pins: dict | None      # the confirmed hashes; None: never confirmed
    stale: tuple           # freshness.Stale, in the order of the translation
    orphans: tuple         # ids of pins left for sections that no longer exist

    @property
    def confirmed(self) -> bool:
        return self.pins is not None

    @property
    def clean(self) -> bool:
        return not self.stale and not self.orphans

    def to_json(self) -> dict:
        return {"document": self.document, "language": self.language, "pins": self.pins_file,
                "confirmed": self.confirmed,
                "stale": [{"id": s.section.id, "label": s.section.label(), "file": self.translation.path,
                           "line": s.section.line, "source_file": self.source.path, "source_line": s.source.line,
                           "never_confirmed": not s.confirmed, "old_source_text": s.old_text,
                           "new_source_text": s.new_text} for s in self.stale],
                "orphan_pins": list(self.orphans)}


def translation_statuses(config: Config, documents: dict, names: Iterable[str],
                         languages: Iterable[str]) -> list[TranslationStatus]:
    """The status of each of ``languages`` of each document of ``names`` (``documents``: {name:
    {language: parsed document}}, as ``check.load_documents`` reads them); a document lacking
    the authoritative text or the translation has none."""
    from ..project import display_path
    from .freshness import load_pins, orphan_pins, pins_path, stale_sections

    out = []
    languages = list(languages)
    for name in names:
        docs = documents[name]
        source = docs.get(config.authoritative)
        for lang in languages:
            translation = docs.get(lang)
            if source is None or translation is None:
                continue
            path = pins_path(config, lang, name)
            pins = load_pins(path)
            out.append(TranslationStatus(name, lang, source, translation, display_path(path), pins,
                                         tuple(stale_sections(source, translation, pins)),
                                         tuple(orphan_pins(source, translation, pins))))
    return out
