"""The headers of the notice e-mails, read back with Python's `email` parser under both the
modern (`email.policy.default`) and the legacy (`email.policy.compat32`) policies."""

import email
import re
import email.policy
from email.header import decode_header, make_header
from email.utils import parseaddr, parsedate_to_datetime

import pytest

from conftest import run_policy
from test_notices import make_project

POLICIES = {"modern": email.policy.default, "compat32": email.policy.compat32}
SUBJECT = {"zh": "【Entroyi供应链智能管理云平台】关于修订《隐私声明》的通知",
           "en": "[Entroyi Supply Chain Cloud] Notice of Amendments to the Privacy Statement"}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return make_project(tmp_path_factory.mktemp("mail") / "project")


@pytest.fixture(scope="module")
def mails(project, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "mail"
    run_policy("notices", "export", "--format", "email", "--as-of", "2025-05-02", "-o", out, cwd=project, check=0)
    return {lang: (out / f"privacy-2025-06-01.{lang}.eml").read_bytes() for lang in ("zh", "en")}


def text(value):
    """A header value as text under either policy: compat32 leaves the folding (RFC 5322
    unfolding: a line break before a space is removed) and the encoded words to the reader."""
    return str(make_header(decode_header(re.sub(r"\r?\n(?=[ \t])", "", str(value)))))


@pytest.mark.parametrize("policy", POLICIES, ids=list(POLICIES))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_header_parses_under_both_policies(mails, lang, policy):
    msg = email.message_from_bytes(mails[lang], policy=POLICIES[policy])
    assert not msg.defects
    assert text(msg["Subject"]) == SUBJECT[lang]  # no empty first line, no leading space
    name, addr = parseaddr(text(msg["From"]))
    assert addr == "noreply@policies.entroyi.com"
    assert name == {"zh": "Entroyi供应链智能管理云平台", "en": "Entroyi Supply Chain Cloud"}[lang]
    assert parsedate_to_datetime(str(msg["Date"])).isoformat() == "2025-05-01T00:00:00+08:00"  # publication
    assert str(msg["Message-ID"]) == f"<privacy-2025-06-01.{lang}@policies.entroyi.com>"
    language = "zh-CN" if lang == "zh" else "en"
    assert str(msg["Content-Language"]) == language
    assert msg.get_all("MIME-Version") == ["1.0"]
    parts = msg.get_payload()
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    for part in parts:
        assert part["MIME-Version"] is None  # only on the message itself
        assert str(part["Content-Language"]) == language
        assert part.get_content_charset() == "utf-8"
    assert {"zh": "《隐私声明》", "en": "Privacy Statement"}[lang] in parts[0].get_payload(decode=True).decode("utf-8")


def test_no_header_line_is_longer_than_78_characters(mails):
    for raw in mails.values():
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert all(len(line) <= 78 for line in head.split(b"\r\n"))
        assert b"Subject:\r\n" not in head


def test_from_date_and_message_id_are_configurable(project, tmp_path):
    out = tmp_path / "mail"
    run_policy("notices", "export", "--format", "email", "--as-of", "2025-05-02", "--lang", "en",
               "--from", "Entroyi Privacy Office <privacy@entroyi.com>", "--date", "2025-05-03",
               "--message-id-domain", "mail.entroyi.com", "-o", out, cwd=project, check=0)
    msg = email.message_from_bytes((out / "privacy-2025-06-01.en.eml").read_bytes(), policy=email.policy.default)
    assert msg["From"].addresses[0].display_name == "Entroyi Privacy Office"
    assert msg["From"].addresses[0].addr_spec == "privacy@entroyi.com"
    assert msg["Date"].datetime.isoformat() == "2025-05-03T00:00:00+08:00"
    assert msg["Message-ID"] == "<privacy-2025-06-01.en@mail.entroyi.com>"
    bad = run_policy("notices", "export", "--format", "email", "--from", "nobody", "-o", tmp_path / "x",
                     cwd=project, check=2)
    assert "--from nobody" in bad.stderr and "Traceback" not in bad.stderr


def test_the_messages_are_the_same_bytes_every_time(project, mails, tmp_path):
    out = tmp_path / "again"
    run_policy("notices", "export", "--format", "email", "--as-of", "2030-01-01", "-o", out, cwd=project, check=0)
    assert (out / "privacy-2025-06-01.zh.eml").read_bytes() == mails["zh"]


def test_help_says_that_without_o_email_prints_json(project):
    help_text = " ".join(run_policy("notices", "--help", cwd=project, check=0).stdout.split())
    assert "email without -o prints the messages as JSON" in help_text
