"""The wording catalog (tooling/wording.py): every language has every key, and the modules
word their output from it."""

import re
from datetime import date

from conftest import ROOT

from tooling import wording
from tooling.config import load_config


def keys(entry, prefix=""):
    """The paths of every key of an entry, with the format fields of each template."""
    if isinstance(entry, dict):
        out = {}
        for key, value in entry.items():
            out.update(keys(value, f"{prefix}/{key}"))
        return out
    if isinstance(entry, tuple):
        return {prefix: len(entry)}
    return {prefix: sorted(set(re.findall(r"\{(\w*)", entry)))}


def test_every_language_has_every_key():
    """(Templates may use different fields: a Chinese sentence names the document as 《…》 where
    the English one uses its bare title.)"""
    languages = sorted(wording.CATALOG)
    reference = keys(wording.CATALOG["en"])
    assert len(reference) > 100
    for language in languages:
        found = keys(wording.CATALOG[language])
        assert sorted(found) == sorted(reference), (language, set(found) ^ set(reference))
        tuples = {k: v for k, v in found.items() if isinstance(v, int)}
        assert tuples == {k: v for k, v in reference.items() if isinstance(v, int)}, language  # as many items


def test_every_language_of_the_project_is_in_the_catalog():
    config = load_config(root=str(ROOT))
    assert set(config.languages) <= set(wording.CATALOG)


def test_no_reader_facing_table_is_left_outside_the_catalog():
    """The tables that were spread over 8 modules are views of the catalog now."""
    from tooling.checks import parity
    from tooling.diff import redline
    from tooling.history import changelog
    from tooling.notices import atom, letter, notices
    from tooling.site import site, site_hooks

    views = [(site.LABELS, "site"), (redline.LABELS, "diff"), (notices.STATUS_LABELS, "notice_status"),
             (site.STATUS_LABELS, "notice_status"), (notices.KIND_LABELS, "notice_kind"),
             (notices.BANNER_WORDING, "banner"), (notices.PREAMBLE_TITLE, "preamble"), (letter.WORDING, "letter"),
             (letter._TEXT_NAMES, "text_names"), (atom.FEED_TITLE, "feed_title"), (changelog._LABELS, "changelog"),
             (site_hooks._LINK_TITLE, "section_link_title")]
    for view, name in views:
        assert view == wording.table(name), name
    assert (parity.language_name("zh"), parity.language_name("en"), parity.language_name("fr")) == (
        "Chinese", "English", "fr")


def test_dates_and_titles_follow_each_language():
    assert wording.format_date(date(2026, 12, 1), "zh") == "2026年12月1日"
    assert wording.format_date(date(2026, 12, 1), "en") == "1 December 2026"
    assert wording.quote_title("隐私声明", "zh") == "《隐私声明》"
    assert wording.quote_title("Privacy Statement", "en") == "the Privacy Statement"


def test_one_wording_per_idea_in_each_language():
    """The same idea has the same word on pages, redlines and notices (issue 14, defect 12):
    the opening paragraphs (引言, not 序言 in one place), a section's change ("amended" in a
    notice's list, "Amended" on a redline's badge) and the kind of a release."""
    from tooling.wording import CATALOG

    for language, entries in CATALOG.items():
        site, diff = entries["site"], entries["diff"]
        assert site["preamble"] == entries["preamble"] == diff["preamble"], language
        for status, word in entries["notice_status"].items():
            assert diff[status].lower() == word.lower(), (language, status)
        for kind, word in entries["notice_kind"].items():
            assert site["kind." + kind].lower() == word.lower(), (language, kind)
