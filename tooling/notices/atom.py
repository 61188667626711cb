"""One Atom feed (RFC 4287) of change notices per language: ``notices.<lang>.atom`` at the site
root, for feed readers and other systems.

Dates are calendar dates; Atom needs instants, so a date stands for its midnight in China
Standard Time (``+08:00``), where the platform operates. The feed's ``updated`` is the latest
publication date among its entries (``as_of`` when it has none): rebuilding the site does not
make readers think something changed.

Each entry carries its effective date as a structured element a program can read, a DCMI Period
in ``dcterms:valid`` (``start=2026-12-01T00:00:00+08:00; scheme=W3C-DTF``: feedparser gives it
as ``entry.validity_start``), next to ``published``.
"""

from html import escape as _escape
from urllib.parse import urlsplit

from ..model import urls
from ..text_rules import xml_text
from .letter import letter, signatory
from ..wording import table


def escape(text):
    """Text for XML: escaped, without the characters XML 1.0 forbids (U+000C, NUL, …), which
    would make the whole feed unreadable (they are refused where text enters: text_rules)."""
    return _escape(xml_text(text))


TIMEZONE = "+08:00"
DCTERMS = "http://purl.org/dc/terms/"
FEED_TITLE = table("feed_title")


def _instant(day):
    return f"{day.isoformat()}T00:00:00{TIMEZONE}"


def _tag(config, day, specific):
    """A tag: URI (RFC 4151): stable for as long as the site's host is."""
    host = urlsplit(config.base_url).hostname or "localhost"
    return f"tag:{host},{day.isoformat()}:{specific}"


def entry_html(notice, config, language):
    """The entry content: the notice's letter as simple HTML (no styles, no scripts)."""
    lt = letter(notice, config, language)
    out = [f"<p>{escape(lt.opening)}</p>"]
    for part in lt.parts:
        out.append(f"<h3>{escape(part.heading)}</h3>")
        out += [f"<p>{escape(p)}</p>" for p in part.paragraphs]
        if part.items:
            out.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in part.items) + "</ul>")
    out.append("<ul>" + "".join(f'<li><a href="{escape(u)}">{escape(label)}</a></li>'
                                for label, u in lt.links) + "</ul>")
    return "".join(out)


def _el(name, text, **attrs):
    attr = "".join(f' {k.rstrip("_").replace("_", ":")}="{escape(str(v))}"' for k, v in attrs.items())
    return f"<{name}{attr}>{escape(text)}</{name}>"


def render(notices, config, language, as_of):
    """The Atom feed of ``notices`` (newest first) in ``language``, as UTF-8 bytes."""
    return assemble(config, language, [entry(n, config, language) for n in notices],
                    max((n.published for n in notices), default=as_of))


def assemble(config, language, entries, updated):
    """The bytes of the feed in ``language`` whose entries are ``entries`` (:func:`entry`, newest first) and
    whose ``updated`` is the date ``updated`` (the site keeps each entry, so that one more release does not
    write every entry again)."""
    site = config.site_name.get(language) if isinstance(config.site_name, dict) else None
    title = FEED_TITLE.get(language, FEED_TITLE["en"]).format(site=site or signatory(config, language) or "Policies")
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             f'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dcterms="{DCTERMS}" xml:lang="{escape(language)}">',
             "  " + _el("id", urls.atom_url(config, language)),
             "  " + _el("title", title),
             "  " + _el("updated", _instant(updated)),
             f'  <link rel="self" type="application/atom+xml" href="{escape(urls.atom_url(config, language))}"/>',
             f'  <link rel="alternate" type="text/html" href="{escape(urls.home_url(config, language))}"/>',
             f'  <link rel="related" type="application/json" href="{escape(urls.feed_url(config))}"/>',
             "  <author>" + _el("name", signatory(config, language) or title) + "</author>"]
    lines += entries
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def entry(n, config, language):
    """The ``<entry>`` of the notice ``n`` in ``language`` (lines joined, without the last line break)."""
    links = n.links[language]
    return "\n".join([
        "  <entry>",
        "    " + _el("id", _tag(config, n.published, f"notice/{n.id}/{language}")),
        "    " + _el("title", n.title[language]),
        "    " + _el("published", _instant(n.published)),
        "    " + _el("updated", _instant(n.published)),
        "    " + _el("dcterms:valid", f"start={_instant(n.effective)}; scheme=W3C-DTF"),
        f'    <link rel="alternate" type="text/html" href="{escape(links.changes)}"/>',
        f'    <link rel="related" type="text/html" href="{escape(links.version)}"/>',
        f'    <category term="{escape(n.kind)}"/>',
        f'    <category term="{escape(n.document)}"/>',
        *(['    <category term="consent-required"/>'] if n.consent_required else []),
        "    " + _el("summary", n.summary[language]),
        "    " + _el("content", entry_html(n, config, language), type="html"),
        "  </entry>"])
