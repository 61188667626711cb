"""The PIPL disclosure report (``policy review``) as a page of the site, for the legal team.

``/<doc>/review/`` (and ``/en/<doc>/review/``) reviews the latest published version of a
document. The page is for counsel, not for the public: it is in neither the navigation nor the
search index nor the sitemap, and no page links to it; it says so at its top. Everything from the
statement and the rules is escaped (the quotes come from the text under review).
"""

from html import escape

from ..checks.review import CONTRARY, MISSING, VAGUE, load_rules, review_document

TEXT = {
    "zh": {
        "title": "个人信息保护合规审阅",
        "intro": ("本页供法务团队内部审阅使用，未列入网站导航及搜索。以下依据《个人信息保护法》及GB/T 35273—2020，"
                  "列出版本 {version} 的隐私声明尚未告知、表述笼统或与之相反的事项；所列事项仅为提示，不构成法律意见，"
                  "亦不代替对具体承诺的判断。命令行：`policy review {document}`。"),
        "none": "未发现需要提示的事项。",
        "head": ("规则", "依据", "事项", "结论", "位置", "建议"),
        MISSING: "未告知", VAGUE: "表述笼统", CONTRARY: "表述相反",
        "preamble": "开头部分", "section": "第{number}条", "part": "第{number}部分", "whole": "全文",
    },
    "en": {
        "title": "PIPL disclosure review",
        "intro": ("For the legal team; not in the site's navigation or search. Under the PIPL and GB/T 35273-2020, "
                  "the disclosures that version {version} of the statement lacks, states only vaguely or "
                  "contradicts. These are pointers, not legal advice, and they decide no commitment. "
                  "Command line: `policy review {document}`."),
        "none": "Nothing to point out.",
        "head": ("Rule", "Basis", "Disclosure", "Finding", "Place", "Advice"),
        MISSING: "not disclosed", VAGUE: "vague", CONTRARY: "contrary",
        "preamble": "opening paragraphs", "section": "clause {number}", "part": "section {number}", "whole": "whole text",
    },
}


def _text(language, key):
    return TEXT.get(language, TEXT["en"])[key]


def _section_at(doc, line):
    """The section whose own text holds ``line`` (None before the first section)."""
    found = None
    for section in doc.walk():
        start = section.blocks[0].line if section.kind == "preamble" and section.blocks else section.line
        if start <= line:
            found = section
    return found


_REVIEWED: dict = {}  # {(rules file, its time, text, document, language): (parsed text, findings)}
_REVIEWED_MAX = 32


def _reviewed(builder, parse, text, document, language):
    """The parsed released text and its findings. Kept in the process too (read only): the
    preview of `policy serve` plans the site again after every edit, with the same releases."""
    import os

    from ..checks.review import RULES

    try:
        stamp = os.stat(RULES).st_mtime_ns
    except OSError:
        stamp = None
    key = (RULES, stamp, text, document, language)
    if key not in _REVIEWED:
        rules = getattr(builder, "review_rules", None)
        if rules is None:
            rules = builder.review_rules = load_rules()
        doc = parse(text, document, language)
        if len(_REVIEWED) >= _REVIEWED_MAX:
            _REVIEWED.pop(next(iter(_REVIEWED)))
        _REVIEWED[key] = (doc, review_document(rules, doc))
    return _REVIEWED[key]


def review_page(builder, language, document, release, parse, kinds):
    """Add the review page of ``document`` in ``language`` (of ``release``) to the site plan.
    ``parse`` reads a released text into sections and ``kinds`` names the page kinds of the
    review and of a version (the site's own: this module does not import the site)."""
    REVIEW, VERSION = kinds

    released = release.texts.get(language)
    if released is None:
        return
    doc, results = _reviewed(builder, parse, released.text, document, language)
    here = (REVIEW, document, "")
    title = f"{builder.title(document, language, release)} · {_text(language, 'title')}"
    lines = [f"# {title}", "",
             '!!! warning ""', "",
             "    " + _text(language, "intro").format(version=release.id, document=document), ""]
    if not results:
        lines += [_text(language, "none"), ""]
    else:
        html = ['<div class="policy-review md-typeset__scrollwrap" markdown="0"><div class="md-typeset__table"><table>', "<thead><tr>"
                + "".join(f"<th>{escape(h)}</th>" for h in _text(language, "head")) + "</tr></thead>", "<tbody>"]
        for r in results:
            rule = r.rule
            section = _section_at(doc, r.line) if r.line > 1 or r.quote else None
            if section is None:
                place = escape(_text(language, "whole"))
            else:
                number = ".".join(str(v) for v in (section.path or ())) or section.display_number
                name = (_text(language, "preamble") if section.kind == "preamble" else
                        _text(language, "part" if section.kind == "heading" else "section").format(number=number))
                href = builder.link(here, language, VERSION, document, release.id, anchor=section.id)
                place = f'<a href="{escape(href)}">{escape(name)}</a>'
                if r.quote:
                    place += f"<br><q>{escape(r.quote)}</q>"
            cells = [escape(rule.code), escape(rule.article.get(language) or rule.article.get("en", "")),
                     escape(rule.topic.get(language) or rule.topic.get("en", "")),
                     escape(_text(language, r.status)), place,
                     escape(rule.advice.get(language) or rule.advice.get("en", ""))]
            html.append(f'<tr class="policy-review--{r.status}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        html += ["</tbody>", "</table></div></div>", ""]
        lines += html
    meta = {"title": title, "search": {"exclude": True}}
    builder.add(language, REVIEW, document, "", meta, "\n".join(lines))
