"""The exporters: the JSON feed against its schema, Atom through a real feed parser, CSV through
the csv module, emails as standard messages and rendered in a real Chromium, and a platform
that decides who must be notified or asked to consent again from the feed alone."""

import csv
import email
import email.policy
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import feedparser
import jsonschema
import referencing
import pytest

from test_notices import BASE, HISTORY, load, make_project
from tooling.notices import atom, csv_export, json_feed
from tooling.notices import email as email_export
from tooling.notices.notices import build_notices, since

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tooling" / "schemas" / "notices.schema.json").read_text(encoding="utf-8"))
ARTIFACTS = ROOT / "test-artifacts"
DATES = [date(2025, 1, 1), date(2025, 5, 1), date(2025, 5, 31), date(2025, 6, 12), date(2030, 1, 1)]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return load(make_project(tmp_path_factory.mktemp("notices") / "project"))


@pytest.fixture(scope="module")
def notices(project):
    config, releases = project
    return build_notices(config, releases, date(2030, 1, 1))


def validate(feed_bytes):
    data = json.loads(feed_bytes.decode("utf-8"))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(data)
    return data


# --- JSON feed ---------------------------------------------------------------------------------

def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == BASE + "notices.schema.json"


def validate_part(data, definition):
    """Validate against ``notices.schema.json#/$defs/<definition>``, as the files' "schema" says."""
    registry = referencing.Registry().with_resource(SCHEMA["$id"], referencing.Resource.from_contents(SCHEMA))
    validator = jsonschema.Draft202012Validator({"$ref": f"{SCHEMA['$id']}#/$defs/{definition}"},
                                                registry=registry, format_checker=jsonschema.FormatChecker())
    validator.validate(data)
    return data


def test_each_notice_file_and_the_index_validate_against_their_part_of_the_schema(project, notices):
    config, _ = project
    files = {n.id: json_feed.render_notice(n, config) for n in notices}
    for n in notices:
        data = validate_part(json.loads(files[n.id]), "notice_file")
        assert data["schema"] == BASE + "notices.schema.json#/$defs/notice_file"
        assert data["notice"]["url"] == BASE + f"notices/{n.id}.json"
        assert set(data["notice"]["consent"]) == {"zh", "en"}
    index = validate_part(json.loads(json_feed.render_index(notices, files, config)), "index")
    assert [e["id"] for e in index["notices"]] == [n.id for n in notices]
    broken = json.loads(files[notices[0].id])
    broken["notice"]["consent"]["zh"]["text_sha256"] = "not a digest"
    with pytest.raises(jsonschema.ValidationError):
        validate_part(broken, "notice_file")


@pytest.mark.parametrize("as_of", DATES, ids=str)
@pytest.mark.parametrize("languages", [None, ["zh"], ["en"]], ids=["all", "zh", "en"])
def test_every_json_export_validates_against_the_schema(project, as_of, languages):
    config, releases = project
    data = validate(json_feed.render(build_notices(config, releases, as_of), config, as_of, languages))
    assert data["generated"] == max((n["published"] for n in data["notices"]), default=None)
    for notice in data["notices"]:
        assert set(notice["title"]) == set(languages or ["zh", "en"])
        assert date.fromisoformat(notice["published"]) <= as_of


def test_the_schema_rejects_a_half_empty_notice(project, notices):
    config, _ = project
    data = json.loads(json_feed.render(notices, config, date(2030, 1, 1)))
    data["notices"][0]["summary"]["en"] = ""
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    del data["notices"][0]["summary"]["en"]
    data["notices"][0]["kind"] = "cosmetic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_the_feed_is_newest_first_with_upcoming_changes_dated_by_its_newest_notice(project):
    config, releases = project
    as_of = date(2025, 5, 2)  # 2025-06-01 is published, not yet in force
    data = validate(json_feed.render(build_notices(config, releases, as_of), config, as_of))
    assert data["generated"] == "2025-05-01"  # its publication, not the day of the export
    assert [(n["release"], n["effective"]) for n in data["notices"]] == [
        ("2025-06-01", "2025-06-01"), ("2025-01-01", "2025-01-01")]
    upcoming = data["notices"][0]
    assert upcoming["kind"] == "material" and upcoming["consent_required"] is True
    assert upcoming["previous_release"] == "2025-01-01"
    assert upcoming["links"]["en"]["changes"] == BASE + "en/privacy/changes/2025-06-01/"
    assert data["schema"] == BASE + "notices.schema.json"


def test_json_is_deterministic(project):
    config, releases = project
    one = json_feed.render(build_notices(config, releases, date(2030, 1, 1)), config, date(2030, 1, 1))
    two = json_feed.render(build_notices(config, releases, date(2030, 1, 1)), config, date(2030, 1, 1))
    assert one == two


# --- The platform: who must be told, who must consent again -------------------------------------

def platform_decides(feed, document, last_accepted, today):
    """What a platform does with the feed alone: for a user who last accepted ``last_accepted``
    of ``document``, the notices to show and whether they must consent again before continuing
    today (a newer release requiring consent that has taken effect) or will have to (upcoming)."""
    mine = [n for n in feed["notices"] if n["document"] == document]
    accepted = next(n["sequence"] for n in mine if n["release"] == last_accepted)
    newer = [n for n in mine if n["sequence"] > accepted and n["published"] <= today.isoformat()]
    consent_now = any(n["consent_required"] and n["effective"] <= today.isoformat() for n in newer)
    consent_soon = any(n["consent_required"] and n["effective"] > today.isoformat() for n in newer)
    return [n["release"] for n in newer], consent_now, consent_soon


def test_a_platform_decides_from_the_feed_who_needs_a_notice_or_renewed_consent(project):
    config, releases = project
    users = {"amy": "2025-01-01", "bo": "2025-06-01", "chen": "2025-06-15"}

    def decide(today):
        feed = json.loads(json_feed.render(build_notices(config, releases, today), config, today))
        return {u: platform_decides(feed, "privacy", r, today) for u, r in users.items() if
                any(n["release"] == r for n in feed["notices"])}

    # 20 May: the material change is announced; Amy must be told; consent is due from 1 June.
    assert decide(date(2025, 5, 20)) == {"amy": (["2025-06-01"], False, True),
                                         "bo": ([], False, False)}
    # 5 June: it is in force: Amy cannot continue without consenting again.
    assert decide(date(2025, 6, 5)) == {"amy": (["2025-06-01"], True, False),
                                         "bo": ([], False, False)}
    # 20 June: an editorial fix followed; Bo is told of it but need not consent again.
    assert decide(date(2025, 6, 20)) == {"amy": (["2025-06-15", "2025-06-01"], True, False),
                                         "bo": (["2025-06-15"], False, False),
                                         "chen": ([], False, False)}


# --- Atom --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh", "en"])
def test_atom_feeds_parse_with_a_real_feed_parser(project, notices, lang):
    config, _ = project
    parsed = feedparser.parse(atom.render(notices, config, lang, date(2030, 1, 1)))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.language == lang
    assert parsed.feed.updated == "2025-06-10T00:00:00+08:00"  # the newest publication, not the clock
    assert [e.title for e in parsed.entries] == [n.title[lang] for n in notices]
    first = parsed.entries[1]  # the material change
    assert first.link == notices[1].links[lang].changes
    assert first.published_parsed[:3] == (2025, 4, 30)  # midnight in Beijing is 16:00 UTC the day before
    assert first.summary == notices[1].summary[lang]
    assert {t.term for t in first.tags} == {"material", "privacy", "consent-required"}
    assert notices[1].links[lang].version in first.content[0].value
    assert len({e.id for e in parsed.entries}) == len(notices)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_atom_entries_carry_the_effective_date_as_a_structured_element(project, notices, lang):
    config, _ = project
    parsed = feedparser.parse(atom.render(notices, config, lang, date(2030, 1, 1)))
    assert not parsed.bozo
    assert [e.validity_start for e in parsed.entries] == [f"{n.effective.isoformat()}T00:00:00+08:00" for n in notices]
    assert parsed.entries[1].validity_start_parsed[:4] == (2025, 5, 31, 16)  # 1 June, 00:00 in Beijing


def test_atom_escapes_text_from_release_records(tmp_path):
    history = [dict(HISTORY[0], summary={"zh": "首次发布 <script>alert(1)</script> & 其他", "en": "A < B & C"})]
    config, releases = load(make_project(tmp_path / "p", history))
    data = atom.render(build_notices(config, releases, date(2030, 1, 1)), config, "zh", date(2030, 1, 1))
    assert b"<script>" not in data
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert "首次发布" in parsed.entries[0].summary and "&" in parsed.entries[0].summary


def test_an_empty_atom_feed_is_still_valid(project):
    config, _ = project
    parsed = feedparser.parse(atom.render([], config, "en", date(2024, 1, 1)))
    assert not parsed.bozo and parsed.entries == []
    assert parsed.feed.updated.startswith("2024-01-01")


# --- CSV ---------------------------------------------------------------------------------------

def test_csv_has_a_bom_one_row_per_notice_and_language_and_intact_chinese(notices):
    data = csv_export.render(notices, ["zh", "en"])
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [(r["release"], r["language"]) for r in rows] == [
        (n.release, lang) for n in notices for lang in ("zh", "en")]
    material_zh = rows[2]
    assert material_zh["title"] == "关于修订《隐私声明》的通知"
    assert material_zh["summary"].startswith("明确入驻时须提供联系电话；")
    assert material_zh["consent_required"] == "yes"
    assert material_zh["affected_sections"].split("\n") == ["2.1 您提供的信息（修改）", "2.3 来自第三方的信息（新增）"]
    assert rows[3]["changes_url"] == BASE + "en/privacy/changes/2025-06-01/"


# --- Email -------------------------------------------------------------------------------------

def test_email_reads_as_a_formal_notice_in_chinese(project, notices):
    config, _ = project
    msg = email_export.render(notices[1], config, "zh")
    assert msg.subject == "【Entroyi供应链智能管理云平台】关于修订《隐私声明》的通知"
    assert msg.text.startswith("尊敬的用户：\n")
    assert "自2025年6月1日起生效" in msg.text
    assert "2.3 来自第三方的信息（新增）" in msg.text
    assert "您需重新阅读并同意" in msg.text
    assert "特此通知。" in msg.text
    assert "修订前后对照：https://policies.entroyi.com/privacy/changes/2025-06-01/" in msg.text
    assert re.search(r"[A-Za-z]{4,}", msg.text.replace("Entroyi", "").split("https://")[0]) is None, \
        "the Chinese letter has no untranslated English before its links"


def test_email_in_english_says_the_chinese_text_prevails(project, notices):
    config, _ = project
    msg = email_export.render(notices[1], config, "en")
    assert msg.text.startswith("Dear User,\n")
    assert "takes effect on 1 June 2025" in msg.text
    assert "the Chinese version prevails" in msg.text


def test_a_letter_for_an_unchanged_language_says_so(project, notices):
    config, _ = project
    typo_zh = email_export.render(notices[0], config, "zh").text
    assert "本次修订仅涉及英文译本，中文文本未作变更。" in typo_zh
    assert "本次修订属于文字性修订" in typo_zh
    typo_en = email_export.render(notices[0], config, "en").text
    assert "1. Scope of Application (amended)" in typo_en


def test_email_html_uses_inline_styles_no_remote_resources_and_links_the_redline(project, notices):
    config, _ = project
    html = email_export.render(notices[1], config, "zh").html
    assert "<style" not in html and "class=" not in html
    assert "<img" not in html and "src=" not in html and "@import" not in html and "url(" not in html
    assert f'href="{notices[1].links["zh"].changes}"' in html
    assert html.count("style=") > 20


def test_email_escapes_policy_text(tmp_path):
    history = [dict(HISTORY[0], summary={"zh": "<script>alert(1)</script>", "en": "<b>bold</b>"})]
    config, releases = load(make_project(tmp_path / "p", history))
    (notice,) = build_notices(config, releases, date(2030, 1, 1))
    html = email_export.render(notice, config, "en").html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


def test_eml_is_a_standard_multipart_message_and_deterministic(project, notices):
    config, _ = project
    msg = email_export.render(notices[1], config, "zh")
    raw = email_export.to_eml(msg)
    assert raw == email_export.to_eml(email_export.render(notices[1], config, "zh"))
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["Subject"] == msg.subject
    assert parsed.get_content_type() == "multipart/alternative"
    # on the wire lines end in CRLF (RFC 5322)
    assert parsed.get_body(("plain",)).get_content().replace("\r\n", "\n") == msg.text
    assert parsed.get_body(("html",)).get_content().replace("\r\n", "\n") == msg.html
    assert parsed["Date"] is None  # the sender adds it: no clock in the export


@pytest.mark.browser
def test_email_html_renders_in_chromium_without_network(project, notices, browser):
    config, _ = project
    ARTIFACTS.mkdir(exist_ok=True)
    requests = []
    for lang in ("zh", "en"):
        page = browser.new_page(viewport={"width": 720, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.set_content(email_export.render(notices[1], config, lang).html)
        link = page.get_by_role("link", name="查看修订前后对照" if lang == "zh" else "See what has changed")
        assert link.is_visible()
        assert link.get_attribute("href") == notices[1].links[lang].changes
        heading = page.locator("h1")
        assert heading.inner_text() == notices[1].title[lang]
        box = heading.bounding_box()
        assert box["width"] > 200 and box["height"] < 80  # laid out, not collapsed or overflowing
        shot = ARTIFACTS / f"notice-email-{lang}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        page.close()
    assert [u for u in requests if not u.startswith(("about:", "data:"))] == []


# --- since -------------------------------------------------------------------------------------

def test_since_exports_only_later_notices(project, notices):
    config, releases = project
    data = validate(json_feed.render(since(notices, "2025-01-01", releases), config, date(2030, 1, 1)))
    assert [n["release"] for n in data["notices"]] == ["2025-06-15", "2025-06-01"]


def test_the_effective_day_changes_no_byte_of_the_feed(project):
    """A poller compares ETags or hashes: the feed changes when a notice arrives, not daily."""
    config, releases = project
    day = date(2025, 6, 1)
    before = json_feed.render(build_notices(config, releases, day - timedelta(1)), config, day - timedelta(1))
    on = json_feed.render(build_notices(config, releases, day), config, day)
    assert before == on
