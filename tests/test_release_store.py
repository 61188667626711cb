"""The release store on disk: records written and read back, and precise errors for damage."""

import json
from datetime import date

import pytest

from tooling.config import Config
from tooling.model.records import ReleaseError, parse_json
from tooling.history.release_store import load_releases, read_release, record_json, release_files, released_text
from tooling.model.releases import Release

TEXTS = {"zh": "# 隐私声明\n\n正文。\n".encode("utf-8"), "en": b"---\ntranslation_of: zh\n---\n\n# Privacy\n\nText.\n"}


def make(config, rid="2026-12-01", seq=1, **kw):
    release = Release("privacy", rid, seq, "editorial", date(2026, 11, 25), date(2026, 12, 1),
                      {"zh": "摘要", "en": "Summary"}, {k: released_text(k, v) for k, v in TEXTS.items()},
                      "a" * 40, title={"zh": "隐私声明", "en": "Privacy Statement"}, **kw)
    for path, data in release_files(config, release, TEXTS).items():
        target = config.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return release


@pytest.fixture
def config(tmp_path):
    cfg = Config(str(tmp_path), str(tmp_path / "policy.toml"), {})
    cfg.root = tmp_path
    return cfg


def test_written_release_reads_back_equal(config):
    findings = ({"file": "releases/privacy/2026-12-01/en.md", "line": 3, "column": 1, "code": "N001",
                 "message": "m", "severity": "error"},)
    written = make(config, imported=True, recorded_findings=findings)
    loaded = load_releases(config)["privacy"]
    assert loaded == [written]
    path = config.root / "releases/privacy/2026-12-01/release.json"
    assert path.read_text(encoding="utf-8") == record_json(written)  # stable bytes
    assert json.loads(path.read_text(encoding="utf-8"))["texts"]["zh"]["file"] == "zh.md"


def test_releases_are_ordered_by_sequence(config):
    make(config, "b", 2)
    make(config, "a", 1)
    assert [r.id for r in load_releases(config)["privacy"]] == ["a", "b"]
    assert load_releases(config, "other") == {}


def _damage(config, **changes):
    path = config.root / "releases/privacy/2026-12-01/release.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("changes, message", [
    ({"kind": None}, "the field \u201ckind\u201d is missing"),
    ({"kind": "minor"}, "neither material nor editorial"),
    ({"id": "other"}, "does not match its folder"),
    ({"sequence": 0}, "sequence must be a whole number"),
    ({"commit": "HEAD"}, "40 hexadecimal digits"),
    ({"effective": "2026-11-01"}, "precedes its publication date"),
    ({"texts": {"zh": {"file": "../x.md", "sha256": "0" * 64}}}, "plain file name"),
    ({"texts": {"zh": {"file": "zh.md", "sha256": "abc"}}}, "64 hexadecimal digits"),
    ({"recorded_findings": "none"}, "recorded_findings must be a list"),
])
def test_damaged_record_is_named_with_the_problem(config, changes, message):
    make(config)
    path = _damage(config, **changes)
    with pytest.raises(ReleaseError, match=message) as err:
        load_releases(config)
    assert err.value.code == "R010" and str(path).endswith(err.value.path)


def test_bad_json_points_at_line_and_column(config):
    make(config)
    path = config.root / "releases/privacy/2026-12-01/release.json"
    path.write_text('{\n  "id": "2026-12-01",\n  "kind" "editorial"\n}\n', encoding="utf-8")
    with pytest.raises(ReleaseError) as err:
        read_release(str(path))
    assert (err.value.line, err.value.column) == (3, 10) and "not valid JSON" in err.value.message


def test_duplicate_sequence_is_refused(config):
    make(config, "a", 1)
    make(config, "b", 1)
    with pytest.raises(ReleaseError, match="sequence 1 is also used by release \u201ca\u201d"):
        load_releases(config)


def test_light_json_reader_matches_json():
    text = '{"a": [1, -2.5e3, "\\u4e2d\\n"], "b": {"c": null, "d": false}}'
    assert parse_json(text) == json.loads(text)
    for bad in ("", "{", '{"a": 1} 2', "[NaN]", "{'a': 1}"):
        with pytest.raises(ValueError):
            parse_json(bad)
