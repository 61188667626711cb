"""The offline page (tooling/site/offline_page.py): every language on one page, worded from the
catalog, with nothing inline that the Content-Security-Policy would refuse."""

import re
from html.parser import HTMLParser

from tooling import wording
from tooling.site.offline_page import ASSETS, offline_html


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_offline_page_says_it_in_every_language_of_the_site():
    html = offline_html(["zh", "en"])
    for language in ("zh", "en"):
        for key in ("title", "text", "available", "none", "reload"):
            assert wording.words(language, "offline")[key] in html, (language, key)
    parser = Tags()
    parser.feed(html)
    sections = [attrs["lang"] for tag, attrs in parser.tags if tag == "section"]
    assert sections == ["zh", "en"]                      # the authoritative language first
    assert parser.tags[0] == ("html", {"lang": "zh"})


def test_the_offline_page_has_no_inline_script_or_style_and_loads_only_its_own_files():
    parser = Tags()
    parser.feed(offline_html(["zh", "en"]))
    scripts = [attrs for tag, attrs in parser.tags if tag == "script"]
    assert scripts and all(attrs.get("src") in ASSETS for attrs in scripts)
    assert not any(tag == "style" or "style" in attrs or any(a.startswith("on") for a in attrs)
                   for tag, attrs in parser.tags)
    links = [attrs["href"] for tag, attrs in parser.tags if tag == "link"]
    assert links and all(href in ASSETS for href in links)
    assert not any(tag == "base" for tag, _ in parser.tags)
    assert re.search(r"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'",
                     offline_html(["zh", "en"]))
