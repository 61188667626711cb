"""`policy check` on real bilingual legal texts (tests/corpus): the exact findings of each pair,
and the defects injected into them, each caught by a finding that names it, without cascades."""

import re
import shutil
import sys

import pytest

from conftest import ROOT, parity_config
from tooling.checks.check import run_check


sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from cases import CORPUS, DEFECTS, EXPECTED  # noqa: E402


def _findings(folder):
    result = run_check(parity_config(), str(folder))
    assert not result.bad_input
    return result.findings


def _key(finding):
    """A finding without its place, to tell the findings a defect adds from those already there."""
    return (finding.file.split("/")[-2], finding.file.split("/")[-1], finding.code,
            re.sub(r"\S*/(zh|en)/", r"\1/", re.sub(r":\d+", "", finding.message)))


@pytest.fixture(scope="module")
def baseline():
    return _findings(CORPUS)


def test_every_pair_has_exactly_its_expected_findings(baseline):
    found = {name: [] for name in EXPECTED}
    for f in baseline:
        found[f.file.split("/")[-1][:-3]].append((f.file.split("/")[-2], f.line, f.code))
    assert found == EXPECTED
    assert len({f.file for f in baseline}) <= 2 * len(EXPECTED)


def test_the_true_findings_say_what_is_missing(baseline):
    faq = [f for f in baseline if f.code == "F004"]
    assert len(faq) == 2
    for f in faq:
        assert f.message.startswith("section \u201cAttribution\u201d: the URL https://www.contributor-covenant.org/faq "
                                    "is not in the Chinese text (")


@pytest.mark.parametrize("defect", [d for d in DEFECTS if not d.known_miss], ids=lambda d: d.name)
def test_an_injected_defect_is_caught_by_a_finding_that_names_it(defect, baseline, tmp_path):
    for lang in ("zh", "en"):
        shutil.copytree(CORPUS / lang, tmp_path / lang)
    defect.apply(tmp_path)
    before = {_key(f) for f in baseline}
    new = [f for f in _findings(tmp_path) if _key(f) not in before]
    first, last = defect.lines
    naming = [f for f in new if f.code == defect.code and first <= f.line <= last
              and f.file.endswith(f"/{defect.lang}/{defect.pair}.md")]
    assert naming, [str(f) for f in new]
    # one root cause, a few findings at most: never a cascade over the sections after it
    assert len(new) <= 3, [str(f) for f in new]
    assert all(f.file.endswith(f"{defect.pair}.md") for f in new)


def test_at_least_ten_defects_are_injected_and_the_misses_are_few_and_known():
    caught = [d for d in DEFECTS if not d.known_miss]
    assert len(DEFECTS) >= 10 and len(caught) / len(DEFECTS) >= 0.8
