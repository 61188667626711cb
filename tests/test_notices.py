"""The notice model: ids, dates, consent, affected sections, links, banners, site feeds."""

import json
from datetime import date
from pathlib import Path

import pytest

from tooling.config import load_config
from tooling.errors import UsageError
from tooling.notices.notices import NoticeError, banner_for, build_notices, format_date, shorten, since
from tooling.history.release_store import load_releases, record_json
from tooling.model.releases import Release, ReleasedText
from tooling.model.sections import sha256
from tooling.site.build import write_site_feeds

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "notices"
HISTORY = json.loads((FIXTURES / "history.json").read_text(encoding="utf-8"))
BASE = "https://policies.entroyi.com/"


def make_project(root, history=HISTORY, extra_config="", document="privacy"):
    """A policy project in ``root`` whose release history is ``history`` (see history.json):
    release folders written with the real record format, the texts from the fixture folders."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    toml = (ROOT / "policy.toml").read_text(encoding="utf-8")
    (root / "policy.toml").write_text(toml + extra_config, encoding="utf-8")
    for seq, entry in enumerate(history, 1):
        folder = root / "releases" / document / entry["id"]
        folder.mkdir(parents=True)
        texts = {}
        for lang in ("zh", "en"):
            text = (FIXTURES / entry["texts"] / f"{lang}.md").read_text(encoding="utf-8")
            (folder / f"{lang}.md").write_text(text, encoding="utf-8")
            texts[lang] = ReleasedText(lang, text, sha256(text.encode("utf-8")).hexdigest())
        release = Release(document=document, id=entry["id"], sequence=seq, kind=entry["kind"],
                          published=date.fromisoformat(entry["published"]),
                          effective=date.fromisoformat(entry["effective"]), summary=entry["summary"],
                          texts=texts, commit="0" * 40,
                          title={"zh": "隐私声明", "en": "Privacy Statement"})
        (folder / "release.json").write_text(record_json(release), encoding="utf-8")
    return root


def load(root):
    config = load_config(root=str(root))
    return config, load_releases(config)


@pytest.fixture
def project(tmp_path):
    return load(make_project(tmp_path / "project"))


def by_id(notice):
    return {s.id: s for s in notice.sections}


# --- the notice ------------------------------------------------------------------------------

def test_first_release_lists_every_section_as_added_with_numbers_and_titles(project):
    config, releases = project
    (notice,) = build_notices(config, releases, date(2025, 1, 1))
    assert notice.id == "privacy-2025-01-01"
    assert notice.previous_release is None and notice.first
    assert [s.id for s in notice.sections] == ["preamble", "s1", "s2", "s2-1", "s2-2", "s3"]
    assert {s.status for s in notice.sections} == {"added"}
    s21 = by_id(notice)["s2-1"]
    assert s21.number == {"zh": "2.1", "en": "2.1"}
    assert s21.title == {"zh": "您提供的信息", "en": "Information you provide"}
    assert s21.href["en"] == BASE + "en/privacy/versions/2025-01-01/#s2-1"
    assert by_id(notice)["preamble"].title == {"zh": "引言", "en": "Preamble"}
    assert notice.title == {"zh": "关于发布《隐私声明》的通知",
                            "en": "Notice of Publication of the Privacy Statement"}


def test_links_follow_the_site_url_scheme_in_each_language(project):
    config, releases = project
    notice = build_notices(config, releases, date(2025, 5, 1))[0]
    assert notice.links["zh"].version == BASE + "privacy/versions/2025-06-01/"
    assert notice.links["zh"].changes == BASE + "privacy/changes/2025-06-01/"
    assert notice.links["zh"].history == BASE + "privacy/history/"
    assert notice.links["en"].version == BASE + "en/privacy/versions/2025-06-01/"
    assert notice.links["en"].changes == BASE + "en/privacy/changes/2025-06-01/"
    assert notice.links["en"].history == BASE + "en/privacy/history/"


def test_notices_are_newest_first_and_include_upcoming_changes_from_publication(project):
    config, releases = project
    assert build_notices(config, releases, date(2024, 12, 31)) == []
    # 2025-06-01 is published on 2025-05-01 but takes effect a month later: already announced.
    on_may_2 = build_notices(config, releases, date(2025, 5, 2))
    assert [n.release for n in on_may_2] == ["2025-06-01", "2025-01-01"]
    assert on_may_2[0].effective == date(2025, 6, 1)
    assert [n.release for n in build_notices(config, releases, date(2030, 1, 1))] == [
        "2025-06-15", "2025-06-01", "2025-01-01"]


def test_material_changes_require_renewed_consent_unless_configured_otherwise(tmp_path):
    config, releases = load(make_project(tmp_path / "a"))
    consent = {n.release: n.consent_required for n in build_notices(config, releases, date(2030, 1, 1))}
    assert consent == {"2025-06-15": False, "2025-06-01": True, "2025-01-01": False}
    config, releases = load(make_project(tmp_path / "b", extra_config=""))
    config.consent_for_material = False
    assert not any(n.consent_required for n in build_notices(config, releases, date(2030, 1, 1)))


def test_consent_setting_is_read_from_policy_toml(tmp_path):
    root = make_project(tmp_path / "p")
    toml = (root / "policy.toml").read_text(encoding="utf-8")
    (root / "policy.toml").write_text(toml.replace("consent_for_material = true", "consent_for_material = false"),
                                      encoding="utf-8")
    config, releases = load(root)
    assert not any(n.consent_required for n in build_notices(config, releases, date(2030, 1, 1)))


def test_affected_sections_come_from_the_diff_against_the_previous_release(project):
    pytest.importorskip("tooling.diff.diffing")
    config, releases = project
    material, _first = build_notices(config, releases, date(2025, 5, 1))
    sections = by_id(material)
    assert list(sections) == ["s2-1", "s2-3"]
    assert sections["s2-1"].status == "changed"
    assert sections["s2-1"].status_by_language == {"zh": "changed", "en": "changed"}
    assert sections["s2-3"].status == "added"
    assert sections["s2-3"].title == {"zh": "来自第三方的信息", "en": "Information from third parties"}
    assert sections["s2-3"].number == {"zh": "2.3", "en": "2.3"}


def test_a_corrected_translation_is_listed_with_its_status_per_language(project):
    pytest.importorskip("tooling.diff.diffing")
    config, releases = project
    typo = build_notices(config, releases, date(2025, 6, 10))[0]
    (s1,) = typo.sections
    assert s1.id == "s1"
    assert s1.status == "changed"
    assert s1.status_by_language == {"zh": "unchanged", "en": "changed"}
    assert s1.title["zh"] == "适用范围"


def test_a_release_without_a_summary_in_one_language_fails_naming_its_record(tmp_path):
    history = [dict(HISTORY[0]), dict(HISTORY[1], summary={"zh": HISTORY[1]["summary"]["zh"], "en": "  "})]
    config, releases = load(make_project(tmp_path / "p", history))
    with pytest.raises(NoticeError) as err:
        build_notices(config, releases, date(2030, 1, 1))
    assert err.value.path.endswith("releases/privacy/2025-06-01/release.json")
    assert "no summary in \u201cen\u201d" in err.value.message
    # the banner is a notice too: never a half-empty one
    with pytest.raises(NoticeError):
        banner_for(config, "privacy", "zh", releases["privacy"], date(2025, 5, 2))


def test_since_keeps_later_releases_and_rejects_unknown_ids(project):
    config, releases = project
    notices = build_notices(config, releases, date(2030, 1, 1))
    assert [n.release for n in since(notices, "2025-01-01", releases)] == ["2025-06-15", "2025-06-01"]
    assert since(notices, "2025-06-15", releases) == []
    with pytest.raises(UsageError) as err:
        since(notices, "v9", releases)
    assert "2025-01-01, 2025-06-01, 2025-06-15" in err.value.message
    assert "privacy-2025-01-01, privacy-2025-06-01, privacy-2025-06-15" in err.value.message


def test_since_takes_the_notice_ids_the_feed_gives(project):
    config, releases = project
    notices = build_notices(config, releases, date(2030, 1, 1))
    assert [n.id for n in since(notices, "privacy-2025-01-01", releases)] == [
        "privacy-2025-06-15", "privacy-2025-06-01"]
    assert [n.id for n in since(notices, "privacy-2025-06-01", releases)] == ["privacy-2025-06-15"]


def test_since_keeps_a_release_of_another_document_published_the_same_day(tmp_path):
    root = make_project(tmp_path / "p")
    terms = [dict(HISTORY[0], id="2025-05-01", published="2025-05-01", effective="2025-06-01", kind="editorial"),
             dict(HISTORY[1], id="2025-07-01", published="2025-06-10", effective="2025-07-01")]
    make_project(root, terms, document="terms")
    config, releases = load(root)
    notices = build_notices(config, releases, date(2030, 1, 1))
    # privacy-2025-06-01 was published on 2025-05-01, as was terms-2025-05-01
    after = [n.id for n in since(notices, "privacy-2025-06-01", releases)]
    assert sorted(after) == ["privacy-2025-06-15", "terms-2025-05-01", "terms-2025-07-01"]
    assert sorted(n.id for n in since(notices, "terms-2025-05-01", releases)) == [
        "privacy-2025-06-01", "privacy-2025-06-15", "terms-2025-07-01"]


# --- the banner on the in-force page ---------------------------------------------------------

def test_banner_announces_an_upcoming_change_from_publication(project):
    config, releases = project
    history = releases["privacy"]
    banner = banner_for(config, "privacy", "zh", history, date(2025, 5, 2))
    assert banner.notice_id == "privacy-2025-06-01"
    assert banner.title == "关于修订《隐私声明》的通知"
    assert "修订后的《隐私声明》将于2025年6月1日起生效" in banner.text
    assert "重新同意" in banner.text  # a material change: users will be asked again
    assert banner.href == BASE + "privacy/changes/2025-06-01/"
    en = banner_for(config, "privacy", "en", history, date(2025, 5, 2))
    assert en.text.startswith("A revised Privacy Statement takes effect on 1 June 2025")
    assert en.href == BASE + "en/privacy/changes/2025-06-01/"


def test_banner_stays_until_banner_days_after_the_effective_date(project):
    config, releases = project
    history = releases["privacy"]
    assert config.banner_days == 14
    after = banner_for(config, "privacy", "en", history, date(2025, 6, 29))  # 2025-06-15 + 14 days
    assert after.notice_id == "privacy-2025-06-15"
    assert "has been revised with effect from 15 June 2025" in after.text
    assert banner_for(config, "privacy", "en", history, date(2025, 6, 30)) is None
    config.banner_days = 3
    assert banner_for(config, "privacy", "en", history, date(2025, 6, 18)) is not None
    assert banner_for(config, "privacy", "en", history, date(2025, 6, 19)) is None


def test_no_banner_before_anything_is_published(project):
    config, releases = project
    assert banner_for(config, "privacy", "zh", releases["privacy"], date(2024, 1, 1)) is None
    assert banner_for(config, "privacy", "zh", [], date(2030, 1, 1)) is None


# --- feeds on the site -----------------------------------------------------------------------

def test_write_site_feeds_writes_the_feeds_the_schema_and_one_file_per_notice_with_an_index(project, tmp_path):
    config, releases = project
    site = tmp_path / "site"
    written = write_site_feeds(str(site), config, releases, date(2025, 5, 2))
    assert sorted(Path(p).relative_to(site).as_posix() for p in written) == [
        "notices.en.atom", "notices.json", "notices.schema.json", "notices.zh.atom",
        "notices/index.json", "notices/privacy-2025-01-01.json", "notices/privacy-2025-06-01.json"]
    feed = json.loads((site / "notices.json").read_text(encoding="utf-8"))
    assert feed["generated"] == "2025-05-01"  # the newest notice's publication, not the build day
    assert [n["release"] for n in feed["notices"]] == ["2025-06-01", "2025-01-01"]
    schema = json.loads((site / "notices.schema.json").read_text(encoding="utf-8"))
    assert schema["$id"] == BASE + "notices.schema.json"
    shipped = json.loads((ROOT / "tooling" / "schemas" / "notices.schema.json").read_text(encoding="utf-8"))
    assert schema == shipped  # the same schema, its $id the site's address
    index = json.loads((site / "notices" / "index.json").read_text(encoding="utf-8"))
    entry = index["notices"][0]
    assert entry["id"] == "privacy-2025-06-01" and entry["url"] == BASE + "notices/privacy-2025-06-01.json"
    one = (site / "notices" / "privacy-2025-06-01.json").read_bytes()
    assert entry["sha256"] == sha256(one).hexdigest()
    assert json.loads(one)["notice"] == feed["notices"][0]


def test_published_files_change_only_when_a_notice_arrives(project, tmp_path):
    """The feeds of two builds on different days with the same notices are byte-identical; a
    new notice changes the feed and the index but not the files of the earlier notices."""
    config, releases = project

    def build(day):
        site = tmp_path / day.isoformat()
        write_site_feeds(str(site), config, releases, day)
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}

    may2, may20, jun10 = build(date(2025, 5, 2)), build(date(2025, 5, 20)), build(date(2025, 6, 10))
    assert may2 == may20
    changed = sorted(name for name in jun10 if may2.get(name) != jun10[name])
    assert changed == ["notices.en.atom", "notices.json", "notices.zh.atom", "notices/index.json",
                       "notices/privacy-2025-06-15.json"]


def test_each_notice_carries_the_digests_of_the_text_and_record_a_user_accepts(project):
    config, releases = project
    notice = build_notices(config, releases, date(2030, 1, 1))[0]
    folder = Path(config.root) / "releases" / "privacy" / notice.release
    record = sha256((folder / "release.json").read_bytes()).hexdigest()
    for lang in ("zh", "en"):
        assert notice.consent[lang].text_sha256 == sha256((folder / f"{lang}.md").read_bytes()).hexdigest()
        assert notice.consent[lang].record_sha256 == record
    assert notice.consent["zh"].text_sha256 != notice.consent["en"].text_sha256


# --- wording helpers -------------------------------------------------------------------------

def test_dates_are_written_as_each_language_writes_them():
    assert format_date(date(2026, 12, 1), "zh") == "2026年12月1日"
    assert format_date(date(2026, 12, 1), "en") == "1 December 2026"


def test_long_titles_are_shortened_by_display_width():
    assert shorten("短标题") == "短标题"
    cut = shorten("为向您提供更优质、更个性化的服务，我们将根据您所使用的服务收集以下与您的服务相关的必要信息")
    assert cut.endswith("…") and len(cut) <= 36
    assert shorten("word " * 40).endswith("…")



def test_removed_and_renumbered_sections_keep_their_numbers_before_and_after(tmp_path):
    removal = {"id": "2025-09-01", "texts": "v4", "kind": "material", "published": "2025-08-01",
               "effective": "2025-09-01",
               "summary": {"zh": "删除第2.2条，原第2.3条相应调整为第2.2条。",
                           "en": "Section 2.2 is deleted; former section 2.3 becomes section 2.2."}}
    config, releases = load(make_project(tmp_path / "p", HISTORY + [removal]))
    notice = build_notices(config, releases, date(2025, 8, 1))[0]
    sections = [(s.id, s.status, s.previous_number["zh"], s.number["zh"]) for s in notice.sections]
    # the removed section keeps its old id, which the renumbered one now bears: both are listed
    assert sections == [("s2-2", "removed", "2.2", "2.2"), ("s2-2", "renumbered", "2.3", "2.2")]
    removed = notice.sections[0]
    assert removed.title["en"] == "Information collected automatically"
    assert removed.href["zh"].startswith(BASE + "privacy/changes/2025-09-01/#")  # gone from the new text
    from tooling.notices.letter import section_lines
    assert section_lines(notice, "zh") == ("2.2 自动收集的信息（删除）", "2.2 来自第三方的信息（编号调整，原编号为2.3）")
    assert section_lines(notice, "en") == ("2.2 Information collected automatically (removed)",
                                           "2.2 Information from third parties (renumbered; formerly 2.3)")


def test_notices_from_a_memo_equal_fresh_ones_and_compare_no_text_again(project, tmp_path, monkeypatch):
    """The site build memoises each notice's affected sections (a JSON memo on disk, filled while
    the change pages' diffs are fresh): notices read from it are the same, and reading them
    compares no texts."""
    from tooling.diff import diffing
    from tooling.notices import notices
    from tooling.site.build import DiskMemo
    from tooling.site.site import fingerprint

    config, releases = project
    day = date(2025, 6, 10)
    fresh = build_notices(config, releases, day)
    disk = DiskMemo(str(tmp_path / "memo"), code="test")

    def memo(name, parts, compute):
        return disk(name, fingerprint(name, *parts), compute)

    for release in releases["privacy"]:
        notices.section_rows(config, release, releases["privacy"], memo)
    calls = []
    real = diffing.diff_documents
    monkeypatch.setattr(diffing, "diff_documents", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert build_notices(config, releases, day, memo) == fresh  # read from the files
    assert calls == []
    assert _memo_count(disk, "notice-rows") == 2 * len(releases["privacy"])


def test_feeds_kept_notice_by_notice_are_the_bytes_of_feeds_made_whole(project, tmp_path):
    """Issue 15: the site keeps each notice's part of the feeds (publishing one more release does not write
    every notice again); the feeds set together from those parts, and from parts read back from the memo,
    are the bytes of each feed serialised whole, on every day."""
    from tooling.notices import atom, json_feed
    from tooling.notices.notices import build_notices
    from tooling.site.build import DiskMemo, site_feed_files

    config, releases = project
    memo = DiskMemo(str(tmp_path / "memo"), code="test")

    def kept(name, parts, compute):
        return memo(name, repr(parts), compute)

    for day in (date(2024, 1, 1), date(2025, 5, 2), date(2030, 1, 1)):
        notices = build_notices(config, releases, day)
        whole = (json.dumps(json_feed.feed_data(notices, config, day), ensure_ascii=False, indent=2, sort_keys=True)
                 + "\n").encode("utf-8")
        files = dict(site_feed_files(config, releases, day))
        assert files["notices.json"] == json_feed.render(notices, config, day) == whole
        for lang in ("zh", "en"):
            assert files[f"notices.{lang}.atom"] == atom.render(notices, config, lang, day)
        assert dict(site_feed_files(config, releases, day, kept)) == files  # computed into the memo
        assert dict(site_feed_files(config, releases, day, kept)) == files  # read back from it
    assert _memo_count(memo, "notice-parts") == 3  # one per notice, kept once


def _memo_count(memo, name):
    """How many results ``name`` the DiskMemo ``memo`` holds on disk."""
    import sqlite3

    memo.store.flush()
    with sqlite3.connect(memo.store.path) as db:
        return db.execute("SELECT count(*) FROM blobs WHERE key LIKE ?", (f"memo/{name}/%",)).fetchone()[0]


def test_a_notice_whose_words_look_like_the_feed_is_set_in_as_its_own_text(project):
    # the parts are set in by text: a summary with a line break, quotes and the very words of the feed's
    # empty list must come out as json.dumps writes them
    import dataclasses

    from tooling.notices import json_feed
    from tooling.notices.notices import build_notices

    config, releases = project
    notices = build_notices(config, releases, date(2030, 1, 1))
    odd = dataclasses.replace(notices[0], summary={"zh": '第一行\n  "notices": [],\n第三行', "en": 'a "quoted"\n\tline'})
    whole = (json.dumps(json_feed.feed_data([odd, *notices[1:]], config), ensure_ascii=False, indent=2,
                        sort_keys=True) + "\n").encode("utf-8")
    assert json_feed.render([odd, *notices[1:]], config) == whole
    assert json.loads(whole)["notices"][0]["summary"]["zh"].startswith("第一行\n")
