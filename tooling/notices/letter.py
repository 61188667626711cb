"""The wording of a notice to users, in the register of a formal notice to business users.

One ``Letter`` per notice and language, as structured text; the email exporter lays it out as
plain text and HTML, the Atom exporter as entry content. Chinese is written the way a legal
translator writes a platform notice (尊敬的用户：……特此通知。), not translated word for word.
"""

from dataclasses import dataclass

from .notices import KIND_LABELS, STATUS_LABELS, format_date
from ..wording import table, words



@dataclass(frozen=True)
class Part:
    heading: str      # numbered: "一、修订的主要内容" / "1. Summary of the amendments"
    paragraphs: tuple
    items: tuple = ()  # a bulleted list after the paragraphs


@dataclass(frozen=True)
class Letter:
    language: str
    subject: str
    title: str
    salutation: str
    opening: str
    parts: tuple            # Part, …
    facts: tuple            # ((label, value), …): the key facts at a glance
    action_label: str       # the prominent link: the redline (the text, for a first release)
    action_href: str
    links: tuple            # ((label, url), …)
    notes: tuple            # paragraphs before the closing
    closing: str            # 特此通知。 ("" in English)
    signatory: str
    date: str

    def text_blocks(self):
        """Every paragraph in reading order (for tests and plain renderers)."""
        out = [self.salutation, self.opening]
        for part in self.parts:
            out.append(part.heading)
            out.extend(part.paragraphs)
            out.extend(part.items)
        return out + list(self.notes) + [self.closing, self.signatory, self.date]


def signatory(config, language):
    """Who signs notices: ``[notices] signatory = {zh = …, en = …}`` in policy.toml, else the
    platform's name (the site name before " · ")."""
    configured = config.raw.get("notices", {}).get("signatory", {})
    if isinstance(configured, dict) and configured.get(language):
        return configured[language]
    name = config.site_name.get(language, "") if isinstance(config.site_name, dict) else ""
    return name.split(" · ")[0].strip()


def section_lines(notice, language):
    """The sections whose text changed in ``language``, as a reader names them."""
    labels = STATUS_LABELS[language]
    line = words(language, "section_line")
    out = []
    for s in notice.sections:
        status = s.status_by_language.get(language, "unchanged")
        if status == "unchanged":
            continue
        name = " ".join(x for x in (s.number[language], s.title[language]) if x) or s.id
        note = labels[status]
        before = s.previous_number.get(language, "")
        if status not in ("added", "removed") and before and before != s.number[language]:
                note += line["formerly"].format(before=before)
        out.append(line["line"].format(name=name, note=note))
    return tuple(out)


_TEXT_NAMES = table("text_names")


def _untouched(notice, language):
    """When a revision leaves the text in ``language`` as it was (a corrected translation, say),
    the letter says so instead of listing no section."""
    if section_lines(notice, language) or not notice.sections:
        return ()
    names = _TEXT_NAMES[language]
    others = [lang for lang in notice.languages if lang != language
              and any(s.status_by_language.get(lang, "unchanged") != "unchanged" for s in notice.sections)]
    untouched = words(language, "untouched")
    return (untouched["text"].format(others=untouched["join"].join(names.get(x, x) for x in others),
                                     own=names.get(language, language)),)


def _numbered(parts, language):
    out = []
    numbering = words(language, "part_number")
    for i, (heading, paragraphs, items) in enumerate(p for p in parts if p[1] or p[2]):
        ordinals = numbering["ordinals"]
        number = numbering["format"].format(n=i + 1, ordinal=ordinals[i] if i < len(ordinals) else i + 1)
        out.append(Part(number + heading, tuple(paragraphs), tuple(items)))
    return tuple(out)


# The wording of each language. Templates are filled with: doc (the document as named in a
# sentence: 《隐私声明》 / the Privacy Statement), title (its bare title), new_doc (the text
# now published: 修订后的《隐私声明》 / the amended Privacy Statement), pub and eff (dates),
# authoritative (the title in the authoritative language). "first" keys word the notice of a
# document's first release; the others word an amendment.
WORDING = table("letter")


def letter(notice, config, language):
    """The letter announcing ``notice`` in ``language`` (zh or en)."""
    w = WORDING[language]
    first = notice.first
    title = notice.document_title[language]
    doc = w["doc"].format(title=title)
    new_doc = w["new_doc_first" if first else "new_doc"].format(doc=doc, title=title)
    fill = dict(title=title, doc=doc, new_doc=new_doc, pub=format_date(notice.published, language),
                eff=format_date(notice.effective, language),
                authoritative=notice.document_title.get(config.authoritative, title))
    sender = signatory(config, language)
    links = notice.links[language]
    consent = (w["consent"].format(**fill),) if notice.consent_required else ()
    summary = (notice.summary[language],)
    if first:
        parts = [(w["summary_first"], summary, ()), (w["read_first"], (w["read_text"].format(**fill),) + consent, ())]
    else:
        parts = [(w["summary"], summary, ()),
                 (w["sections"], _untouched(notice, language), section_lines(notice, language)),
                 (w["nature"], (w[notice.kind],) + consent, ())]
    labels = w["facts"]
    kind = KIND_LABELS[language][notice.kind]
    facts = ((labels[0], w["fact_document"].format(doc=doc, title=title)), (labels[1], notice.release),
             (labels[2], fill["pub"]), (labels[3], fill["eff"]))
    facts += () if first else ((labels[4], kind[:1].upper() + kind[1:]),)
    facts += ((labels[5], w["yes_no"][0 if notice.consent_required else 1]),)
    full_text, publication, redline, history = w["links"]
    notes = w["notes_first" if first else "notes"]
    if language != config.authoritative and "translation_note" in w:
        notes += (w["translation_note"],)
    return Letter(
        language=language,
        subject=w["subject"].format(sender=sender, title=notice.title[language]) if sender else notice.title[language],
        title=notice.title[language],
        salutation=w["salutation"],
        opening=w["opening_first" if first else "opening"].format(**fill),
        parts=_numbered(parts, language),
        facts=facts,
        action_label=w["action_first" if first else "action"].format(**fill),
        action_href=links.version if first else links.changes,
        links=((full_text.format(**fill), links.version), (publication if first else redline, links.changes),
               (history, links.history)),
        notes=tuple(n.format(**fill) for n in notes),
        closing=w["closing"],
        signatory=sender,
        date=fill["pub"],
    )
