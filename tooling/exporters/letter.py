"""The wording of a notice to users, in the register of a formal notice to business users.

One ``Letter`` per notice and language, as structured text; the email exporter lays it out as
plain text and HTML, the Atom exporter as entry content. Chinese is written the way a legal
translator writes a platform notice (尊敬的用户：……特此通知。), not translated word for word.
"""

from dataclasses import dataclass

from ..notices import KIND_LABELS, STATUS_LABELS, format_date

_ZH_ORDINALS = "一二三四五六七八九十"


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
    out = []
    for s in notice.sections:
        status = s.status_by_language.get(language, "unchanged")
        if status == "unchanged":
            continue
        name = " ".join(x for x in (s.number[language], s.title[language]) if x) or s.id
        note = labels[status]
        before = s.previous_number.get(language, "")
        if status not in ("added", "removed") and before and before != s.number[language]:
            note += f"，原编号为{before}" if language == "zh" else f"; formerly {before}"
        out.append(f"{name}（{note}）" if language == "zh" else f"{name} ({note})")
    return tuple(out)


_TEXT_NAMES = {"zh": {"zh": "中文文本", "en": "英文译本"},
               "en": {"zh": "Chinese text", "en": "English translation"}}


def _untouched(notice, language):
    """When a revision leaves the text in ``language`` as it was (a corrected translation, say),
    the letter says so instead of listing no section."""
    if section_lines(notice, language) or not notice.sections:
        return ()
    names = _TEXT_NAMES[language]
    others = [lang for lang in notice.languages if lang != language
              and any(s.status_by_language.get(lang, "unchanged") != "unchanged" for s in notice.sections)]
    if language == "zh":
        return (f"本次修订仅涉及{'、'.join(names.get(x, x) for x in others)}，{names['zh']}未作变更。",)
    return (f"This revision only affects the {' and '.join(names.get(x, x) for x in others)}; "
            f"the {names['en']} is unchanged.",)


def _numbered(parts, language):
    out = []
    for i, (heading, paragraphs, items) in enumerate(p for p in parts if p[1] or p[2]):
        number = f"{_ZH_ORDINALS[i]}、" if language == "zh" else f"{i + 1}. "
        out.append(Part(number + heading, tuple(paragraphs), tuple(items)))
    return tuple(out)


def letter(notice, config, language):
    """The letter announcing ``notice`` in ``language`` (zh or en)."""
    return (_zh if language == "zh" else _en)(notice, config, language)


def _zh(notice, config, lang):
    doc = f"《{notice.document_title[lang]}》"
    pub, eff = format_date(notice.published, lang), format_date(notice.effective, lang)
    sender = signatory(config, lang)
    links = notice.links[lang]
    new_doc = doc if notice.first else f"修订后的{doc}"
    consent = (f"{new_doc}生效后，您需重新阅读并同意该声明，方可继续使用本平台的服务。",) \
        if notice.consent_required else ()
    if notice.first:
        opening = f"{doc}已于{pub}发布，自{eff}起生效。现将有关事项通知如下："
        parts = [("发布说明", (notice.summary[lang],), ()),
                 ("请您阅读", (f"请您仔细阅读{doc}全文，充分了解我们收集、使用、保护您的信息的规则。",) + consent, ())]
    else:
        opening = f"我们已对{doc}进行修订。{new_doc}已于{pub}发布，自{eff}起生效。现将有关事项通知如下："
        kind = {"material": "本次修订属于实质性修订，涉及您的权利和义务，请您仔细阅读。",
                "editorial": "本次修订属于文字性修订，不涉及您的权利和义务的变更。"}[notice.kind]
        parts = [("修订的主要内容", (notice.summary[lang],), ()),
                 ("涉及的条款", _untouched(notice, lang), section_lines(notice, lang)),
                 ("修订性质", (kind,) + consent, ())]
    facts = (("文件名称", doc), ("版本", notice.release), ("发布日期", pub), ("生效日期", eff))
    if not notice.first:
        facts += (("修订性质", KIND_LABELS[lang][notice.kind]),)
    facts += (("是否需要重新同意", "是" if notice.consent_required else "否"),)
    topic = doc if notice.first else "本次修订"
    return Letter(
        language=lang,
        subject=f"【{sender}】{notice.title[lang]}" if sender else notice.title[lang],
        title=notice.title[lang],
        salutation="尊敬的用户：",
        opening=opening,
        parts=_numbered(parts, lang),
        facts=facts,
        action_label="阅读全文" if notice.first else "查看修订前后对照",
        action_href=links.version if notice.first else links.changes,
        links=((f"{new_doc}全文", links.version), ("发布说明" if notice.first else "修订前后对照", links.changes),
               ("历次版本", links.history)),
        notes=(f"如您对{topic}有任何疑问、意见或建议，请通过本平台公布的联系方式与我们联系。",),
        closing="特此通知。",
        signatory=sender,
        date=pub,
    )


def _en(notice, config, lang):
    title = notice.document_title[lang]
    pub, eff = format_date(notice.published, lang), format_date(notice.effective, lang)
    sender = signatory(config, lang)
    links = notice.links[lang]
    new_doc = f"the {title}" if notice.first else f"the amended {title}"
    consent = (f"Once {new_doc} takes effect, you will need to read and accept it before you "
               "continue to use the platform.",) if notice.consent_required else ()
    if notice.first:
        opening = (f"The {title} was published on {pub} and takes effect on {eff}. "
                   "Please note the following.")
        parts = [("About this publication", (notice.summary[lang],), ()),
                 ("Please read it", (f"Please read the {title} in full to understand how we collect, "
                                     "use and protect your information.",) + consent, ())]
    else:
        opening = (f"We have amended the {title}. The amended {title} was published on {pub} and "
                   f"takes effect on {eff}. Please note the following.")
        kind = {"material": "This is a material change that affects your rights and obligations; "
                            "please read it carefully.",
                "editorial": "This is an editorial change: it does not change your rights or "
                             "obligations."}[notice.kind]
        parts = [("Summary of the amendments", (notice.summary[lang],), ()),
                 ("Sections affected", _untouched(notice, lang), section_lines(notice, lang)),
                 ("Nature of the amendments", (kind,) + consent, ())]
    facts = (("Document", title), ("Version", notice.release), ("Published", pub), ("Takes effect", eff))
    if not notice.first:
        facts += (("Type of change", KIND_LABELS[lang][notice.kind].capitalize()),)
    facts += (("Renewed consent required", "Yes" if notice.consent_required else "No"),)
    authoritative = notice.document_title.get(config.authoritative, title)
    topic = f"the {title}" if notice.first else "these amendments"
    return Letter(
        language=lang,
        subject=f"[{sender}] {notice.title[lang]}" if sender else notice.title[lang],
        title=notice.title[lang],
        salutation="Dear User,",
        opening=opening,
        parts=_numbered(parts, lang),
        facts=facts,
        action_label=f"Read the {title}" if notice.first else "See what has changed",
        action_href=links.version if notice.first else links.changes,
        links=((f"Full text of {new_doc}", links.version),
               ("Publication notice" if notice.first else "Changes against the previous version", links.changes),
               ("All versions", links.history)),
        notes=(f"If you have any questions, comments or suggestions about {topic}, please contact us "
               "through the contact details published on the platform.",
               f"The Chinese version of the {title} (《{authoritative}》) is authoritative; this English "
               "version is a translation provided for your convenience. In case of any discrepancy, "
               "the Chinese version prevails."),
        closing="",
        signatory=sender,
        date=pub,
    )
