"""Ready-to-send notice emails: for each notice and language a subject, a plain-text body and an
HTML body (inline styles only, no remote images or fonts, a prominent link to the redline).

``render_messages`` gives the messages as data (the JSON the CLI prints); ``to_eml`` makes one
of them a standard RFC 5322 message (multipart/alternative, UTF-8), byte-for-byte stable: From,
Date and Message-ID have deterministic defaults (``Headers``: the signatory at noreply@ the
site's host, the publication date at 00:00 China Standard Time, ``<notice.lang@host>``), the
boundary is derived from the content. No To: the sending system addresses each copy.
"""

import json
from dataclasses import dataclass
from html import escape

from ..text_rules import header_text
from .letter import letter
from ..wording import locale, words

FONT = ("-apple-system,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',"
        "'Segoe UI',Helvetica,Arial,sans-serif")
INK, MUTED, RULE, ACCENT, PAPER = "#1f2933", "#52606d", "#d9e2ec", "#0b5394", "#f5f7fa"


@dataclass(frozen=True)
class EmailMessage:
    notice_id: str
    language: str
    subject: str
    text: str
    html: str
    published: object = None  # datetime.date of the notice's publication (the default Date)

    @property
    def name(self):
        return f"{self.notice_id}.{self.language}"


@dataclass(frozen=True)
class Headers:
    """The envelope-like headers of the .eml files; None: the deterministic default."""
    sender: object = None             # From, e.g. "Entroyi <privacy@entroyi.com>"
    date: object = None               # datetime.date for Date (default: the publication date)
    message_id_domain: object = None  # Message-ID is <notice-id.lang@domain> (default: the site's host)


def content_language(language):
    return "zh-CN" if language == "zh" else language


def render(notice, config, language):
    """The email announcing ``notice`` in ``language``."""
    lt = letter(notice, config, language)
    # the subject is a header: never a line break or another control character in it, even
    # from a record written by hand (they are refused where text enters: text_rules)
    return EmailMessage(notice.id, language, header_text(lt.subject), plain_text(lt), html_body(lt),
                        notice.published)


def render_messages(notices, config, languages):
    return [render(n, config, lang) for n in notices for lang in languages]


def messages_json(messages):
    data = [{"notice": m.notice_id, "language": m.language, "subject": m.subject, "text": m.text,
             "html": m.html} for m in messages]
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def plain_text(lt):
    colon = words(lt.language, "punctuation")["colon"]
    out = [lt.salutation, "", lt.opening, ""]
    for part in lt.parts:
        out.append(part.heading)
        for para in part.paragraphs:
            out += [para, ""]
        out += [f"  - {item}" for item in part.items]
        if part.items:
            out.append("")
    out += [f"{label}{colon}{value}" for label, value in lt.facts] + [""]
    out += [f"{label}{colon}{url}" for label, url in lt.links] + [""]
    for note in lt.notes:
        out += [note, ""]
    if lt.closing:
        out += [lt.closing, ""]
    out += [lt.signatory, lt.date]
    return "\n".join(line.rstrip() for line in out).strip() + "\n"


def _paragraph(text, style=""):
    """A paragraph of source text: blank lines separate paragraphs, single newlines break lines."""
    return "".join(
        f'<p style="margin:0 0 12px;{style}">{"<br>".join(escape(x) for x in block.split(chr(10)))}</p>'
        for block in text.split("\n\n") if block.strip())


def html_body(lt):
    lang = locale(lt.language)
    h = []
    add = h.append
    add(f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{escape(lt.subject)}</title></head>')
    add(f'<body style="margin:0;padding:0;background:{PAPER};">')
    add(f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="background:{PAPER};"><tr><td align="center" style="padding:24px 12px;">')
    add(f'<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" '
        f'style="width:100%;max-width:640px;background:#ffffff;border:1px solid {RULE};'
        f'font-family:{FONT};color:{INK};font-size:15px;line-height:1.7;">')
    add(f'<tr><td style="padding:16px 32px;border-bottom:3px solid {ACCENT};font-size:14px;'
        f'color:{ACCENT};font-weight:bold;letter-spacing:0.5px;">{escape(lt.signatory)}</td></tr>')
    add('<tr><td style="padding:28px 32px 8px;">')
    add(f'<h1 style="margin:0 0 20px;font-size:22px;line-height:1.4;color:{INK};">{escape(lt.title)}</h1>')
    add(_paragraph(lt.salutation, "font-weight:bold;"))
    indent = words(lt.language, "paragraph_indent")  # Chinese paragraphs open indented
    add(_paragraph(lt.opening, indent))
    for part in lt.parts:
        add(f'<h2 style="margin:20px 0 8px;font-size:16px;color:{INK};">{escape(part.heading)}</h2>')
        for para in part.paragraphs:
            add(_paragraph(para, indent))
        if part.items:
            add('<ul style="margin:0 0 12px;padding-left:22px;">')
            add("".join(f'<li style="margin:0 0 4px;">{escape(item)}</li>' for item in part.items))
            add("</ul>")
    add(f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" '
        f'style="margin:20px 0;border-collapse:collapse;font-size:14px;">')
    for label, value in lt.facts:
        add(f'<tr><th align="left" scope="row" style="padding:6px 12px;border:1px solid {RULE};'
            f'background:{PAPER};font-weight:normal;color:{MUTED};width:38%;">{escape(label)}</th>'
            f'<td style="padding:6px 12px;border:1px solid {RULE};">{escape(value)}</td></tr>')
    add("</table>")
    add(f'<p style="margin:24px 0;"><a href="{escape(lt.action_href)}" style="display:inline-block;'
        f'padding:10px 22px;background:{ACCENT};color:#ffffff;text-decoration:none;border-radius:4px;'
        f'font-weight:bold;">{escape(lt.action_label)}</a></p>')
    add('<ul style="margin:0 0 16px;padding-left:22px;font-size:14px;">')
    add("".join(f'<li style="margin:0 0 4px;"><a href="{escape(url)}" style="color:{ACCENT};">'
                f'{escape(label)}</a></li>' for label, url in lt.links))
    add("</ul>")
    for note in lt.notes:
        add(_paragraph(note, f"{indent}color:{MUTED};font-size:14px;"))
    if lt.closing:
        add(_paragraph(lt.closing, indent))
    add(f'<p style="margin:24px 0 4px;text-align:right;">{escape(lt.signatory)}</p>')
    add(f'<p style="margin:0 0 20px;text-align:right;">{escape(lt.date)}</p>')
    add("</td></tr></table></td></tr></table></body></html>\n")
    return "\n".join(h)


def _folded(name, value):
    """``value`` folded for the header ``name`` (RFC 5322 / RFC 2047): text on the first line, no
    line over 78 characters, encoded words only when the value is not ASCII. (The ``email``
    package of Python 3.11 folds a long subject into an empty first line, which some readers
    parse as a subject starting with a space.)"""
    from email.header import Header

    charset = "us-ascii" if value.isascii() else "utf-8"
    return Header(value, charset, maxlinelen=78, header_name=name).encode(linesep="\n")


def _sender(config, message, headers):
    from email.headerregistry import Address
    from email.utils import parseaddr
    from urllib.parse import urlsplit

    from .letter import signatory

    configured = headers.sender or config.raw.get("notices", {}).get("email_from")
    if configured:
        name, addr = parseaddr(configured)
        if "@" not in addr:
            from ..errors import UsageError
            raise UsageError(f"--from {configured}: not an e-mail address (write \u201cName <address@host>\u201d).")
        return str(Address(name, addr_spec=addr)) if name else addr
    host = urlsplit(config.base_url).hostname or "localhost"
    return str(Address(signatory(config, message.language) or "", "noreply", host))


def to_eml(message, config=None, headers=Headers()):
    """``message`` as the bytes of a standard email with From, Date and Message-ID (see
    ``Headers``); without ``config`` only the content headers."""
    from datetime import datetime, time, timedelta, timezone
    from email.message import EmailMessage as MIMEMessage
    from email.policy import SMTP
    from email.utils import format_datetime
    from urllib.parse import urlsplit

    from ..model.sections import sha256

    mime = MIMEMessage(policy=SMTP)
    if config is not None:
        mime["From"] = _sender(config, message, headers)
        day = headers.date or message.published
        if day is not None:
            mime["Date"] = format_datetime(datetime.combine(day, time(0), timezone(timedelta(hours=8))))
        domain = headers.message_id_domain or urlsplit(config.base_url).hostname or "localhost"
        mime["Message-ID"] = f"<{message.notice_id}.{message.language}@{domain}>"
    mime.set_raw("Subject", _folded("Subject", header_text(message.subject)))
    mime["X-Policy-Notice"] = header_text(message.notice_id)
    mime.set_content(message.text, charset="utf-8", cte="base64")
    mime.add_alternative(message.html, subtype="html", charset="utf-8", cte="base64")
    # set_content() drops every Content-* header set before it, and gives each part its own
    # MIME-Version: the language goes on the message and on each part, MIME-Version on the top only
    for part in mime.iter_parts():
        del part["MIME-Version"]
        part["Content-Language"] = content_language(message.language)
    mime["Content-Language"] = content_language(message.language)
    digest = sha256((message.subject + message.text + message.html).encode("utf-8")).hexdigest()
    mime.set_boundary(f"=_policy_notice_{digest[:32]}")
    return mime.as_bytes()
