"""The offline page of the site (``offline.html`` at the site root), in every language at once.

The service worker (site_theme/sw.js) keeps it from its installation on and shows it, in place
of the browser's error page, when the reader opens a page that is not saved on the device and
the network is down. It says so in each language and lists the pages saved on the device
(site_theme/assets/offline.js reads them from the service worker's cache). Self-contained: one
stylesheet and one script of the site, no inline script or style (the Content-Security-Policy
of main.html), no other host. The service worker serves it under the address the reader asked
for, with the addresses of its two files made absolute; its script finds the site root from its
own address.
"""

from html import escape

from ..wording import words

NAME = "offline.html"
ASSETS = ("assets/offline.css", "assets/offline.js")  # cached with it when the worker installs

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'")


def offline_html(languages):
    """The page, the authoritative language first (``languages`` in the site's order)."""
    first = languages[0]
    title = " · ".join(words(lang, "offline")["title"] for lang in languages)
    parts = []
    for lang in languages:
        w = words(lang, "offline")
        parts.append(
            f'<section class="policy-offline" lang="{escape(lang)}" data-language="{escape(lang)}">\n'
            f'<p>{escape(w["text"])}</p>\n'
            f'<p><button type="button" class="policy-offline-reload">{escape(w["reload"])}</button></p>\n'
            f'<p class="policy-offline-available" hidden>{escape(w["available"])}</p>\n'
            f'<ul class="policy-offline-pages"></ul>\n'
            f'<p class="policy-offline-none">{escape(w["none"])}</p>\n'
            "</section>")
    return ("<!DOCTYPE html>\n"
            f'<html lang="{escape(first)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            '<meta name="robots" content="noindex">\n'
            f"<title>{escape(title)}</title>\n"
            '<link rel="stylesheet" href="assets/offline.css">\n'
            '<script src="assets/offline.js" defer></script>\n'
            "</head>\n<body>\n<main>\n"
            '<h1 class="policy-offline-title">'
            + " · ".join(f'<span lang="{escape(lang)}">{escape(words(lang, "offline")["title"])}</span>' for lang in languages)
            + "</h1>\n"
            + "\n".join(parts) + "\n</main>\n</body>\n</html>\n")
