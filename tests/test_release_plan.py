"""Planning a release without git: ``publishing.plan_release`` decides everything from values
(the repository's state as ``read_state`` would read it), so the sequence number, the hash chain
link, the files written and every refusal are tested here without a repository, a docs/ folder or
a release folder: the project below holds nothing but its policy.toml."""

import hashlib
import json
import os
import shutil
from dataclasses import replace
from datetime import date

import pytest

from conftest import FIXTURES
from tooling.config import load_config
from tooling.findings import WARNING, Finding
from tooling.history.publishing import ReleaseRequest, RepositoryState, plan_release
from tooling.history.release_store import released_text
from tooling.model.records import ReleaseError
from tooling.model.releases import Release

ZH = "# 隐私声明\n\n## 1. 适用范围\n\n本声明适用于个人信息处理者处理您的个人信息。\n".encode("utf-8")
EN = b"---\ntranslation_of: zh\n---\n\n# Privacy Statement\n\n## 1. Scope\n\nThis statement applies.\n"
HEAD = "a" * 40
SUMMARY = {"zh": " 更正第1条的措辞。 ", "en": "Wording of section 1 corrected."}


@pytest.fixture
def config(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(FIXTURES / "release-project" / "policy.toml", root / "policy.toml")
    return load_config(root=str(root))


def request(**kw):
    args = dict(document="privacy", release_id="2026-12-01", kind="editorial", published=date(2026, 11, 25),
                effective=date(2026, 12, 1), summary=SUMMARY)
    args.update(kw)
    return ReleaseRequest(**args)


def state(**kw):
    args = dict(existing=(), tag_exists=False, missing=(), dirty=(), bad_input=False, findings=(), head=HEAD,
                texts={"zh": ZH, "en": EN}, previous_record=None, changelog=None)
    args.update(kw)
    return RepositoryState(**args)


def earlier(release_id="2025-06-01", sequence=1, chained=True):
    return Release("privacy", release_id, sequence, "material", date(2025, 6, 1), date(2025, 6, 1),
                   {"zh": "首次发布。", "en": "First publication."},
                   {"zh": released_text("zh", ZH), "en": released_text("en", EN)}, "b" * 40, chained=chained)


def refusal(config, req=None, **kw):
    with pytest.raises(ReleaseError) as err:
        plan_release(config, req or request(), state(**kw))
    return err.value


def _files(root):
    return sorted(os.path.join(folder, name) for folder, _, names in os.walk(root) for name in names)


def test_the_first_release_of_a_document_is_planned_from_values_alone(config):
    before = _files(config.root)
    plan = plan_release(config, request(), state())
    release = plan.release
    assert (release.sequence, release.previous_id, release.previous_sha256) == (1, None, None)
    assert release.commit == HEAD and plan.tag == "policy/privacy/2026-12-01"
    assert release.summary["zh"] == "更正第1条的措辞。"  # stripped
    assert sorted(plan.files) == ["CHANGELOG.md", "releases/privacy/2026-12-01/en.md",
                                  "releases/privacy/2026-12-01/release.json", "releases/privacy/2026-12-01/zh.md"]
    assert plan.files["releases/privacy/2026-12-01/zh.md"] == ZH
    record = json.loads(plan.files["releases/privacy/2026-12-01/release.json"])
    assert record["texts"]["en"]["sha256"] == hashlib.sha256(EN).hexdigest()
    assert record["previous"] is None and record["sequence"] == 1
    log = plan.files["CHANGELOG.md"].decode("utf-8")
    assert log.startswith("# Changelog / 变更记录\n") and "## [privacy 2026-12-01] - 2026-11-25" in log
    assert plan.message.startswith("Release privacy 2026-12-01 (editorial)\n")
    assert "[zh] 更正第1条的措辞。" in plan.message
    # nothing was written: the project holds its policy.toml (and the cache of it) only
    assert _files(config.root) == before and not os.path.exists(config.docs_dir)


OLD_LOG = "# Changelog / 变更记录\n\n## [privacy 2025-06-01] - 2025-06-01\n\n- First publication.\n"


def test_a_later_release_takes_the_next_sequence_and_links_to_the_committed_previous_record(config):
    committed = b'{"id": "2025-06-01"}\n'
    plan = plan_release(config, request(), state(existing=(earlier(),), previous_record=committed,
                                                 changelog=OLD_LOG.encode("utf-8")))
    assert plan.release.sequence == 2
    assert plan.release.previous_id == "2025-06-01"
    assert plan.release.previous_sha256 == hashlib.sha256(committed).hexdigest()
    record = json.loads(plan.files["releases/privacy/2026-12-01/release.json"])
    assert record["previous"] == {"id": "2025-06-01", "record_sha256": hashlib.sha256(committed).hexdigest()}
    log = plan.files["CHANGELOG.md"].decode("utf-8")
    assert log.endswith(OLD_LOG[len("# Changelog / 变更记录\n"):])  # newest first, the old entry kept
    assert log.index("## [privacy 2026-12-01]") < log.index("## [privacy 2025-06-01]")


def error(code, file="docs/en/privacy.md", severity="error"):
    return Finding(file, 3, 1, code, f"finding {code}", severity)


@pytest.mark.parametrize("kw, code, text", [
    ({"tag_exists": True}, "R006", "the git tag policy/privacy/2026-12-01 exists already"),
    ({"missing": ("docs/en/privacy.md",)}, "R009", "docs/en/privacy.md not found"),
    ({"dirty": (" M docs/zh/privacy.md",)}, "R031", "uncommitted changes"),
    ({"bad_input": True, "findings": (error("E001"),)}, "R030", "cannot be read as policy documents"),
    ({"findings": (error("P001"),)}, "R030", "`policy check` has 1 error;"),
    ({"findings": (error("S003", severity=WARNING),)}, "R032", "never been confirmed"),
    ({"existing": (earlier(),), "previous_record": None}, "R031", "this release record is not committed"),
    ({"existing": (earlier(chained=False),), "previous_record": b"{}"}, "H007", "policy chain-records"),
])
def test_refusals_are_decided_from_the_state(config, kw, code, text):
    err = refusal(config, **kw)
    assert err.code == code and text in err.message


def test_a_placeholder_blocks_only_the_document_being_released(config):
    own = os.path.join(config.docs_dir, "en", "privacy.md")
    err = refusal(config, findings=(error("T004", file=own, severity=WARNING),))
    assert err.code == "R033"
    other = os.path.join(config.docs_dir, "en", "cookies.md")
    assert plan_release(config, request(), state(findings=(error("T004", file=other, severity=WARNING),)))


def test_the_request_is_refused_before_the_repository_state_is_looked_at(config):
    # an id already used wins over everything the repository could say
    err = refusal(config, request(release_id="2025-06-01"), existing=(earlier(),), tag_exists=True, dirty=("?? x",))
    assert err.code == "R006" and "already has a release" in err.message
    err = refusal(config, request(kind="material"), existing=())
    assert err.code == "R004"


def test_an_imported_release_records_the_findings_of_its_own_texts_only(config, tmp_path):
    source = tmp_path / "as-published"
    req = request(release_id="2025-06-01", kind="material", published=date(2025, 6, 1), effective=date(2025, 6, 1),
                  source_dir=str(source))
    findings = (error("P001", file=str(source / "en" / "privacy.md")),
                error("P001", file=os.path.join(config.docs_dir, "en", "privacy.md")))
    plan = plan_release(config, req, state(findings=findings))
    assert plan.imported and plan.message.startswith("Import historical release privacy 2025-06-01 (material)")
    assert [f["file"] for f in plan.release.recorded_findings] == ["releases/privacy/2025-06-01/en.md"]
    assert replace(req, source_dir=None).imported is False
