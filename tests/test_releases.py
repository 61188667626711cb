"""The release model: ids, dates, refusals of a new release, and which version is in force."""

from datetime import date

import pytest

from tooling.model.releases import (IN_FORCE, SUPERSEDED, UPCOMING, Release, ReleaseError, in_force, parse_date,
                              previous, statuses, upcoming, validate_id, validate_new)


def rel(rid, seq, published, effective, kind="editorial"):
    return Release("privacy", rid, seq, kind, date.fromisoformat(published), date.fromisoformat(effective),
                   {"zh": "摘要", "en": "Summary"}, {}, "0" * 40)


HISTORY = [rel("v1", 1, "2025-06-01", "2025-06-01", "material"), rel("v2", 2, "2026-11-25", "2026-12-01"),
           rel("v3", 3, "2027-01-01", "2027-02-15", "material")]


@pytest.mark.parametrize("bad", ["", "a/b", "../x", "a..b", "a b", "版本", "Caps", "-x", "x-", "a" * 65, "é"])
def test_unsafe_ids_are_refused(bad):
    with pytest.raises(ReleaseError) as err:
        validate_id(bad)
    assert err.value.code == "R001"


@pytest.mark.parametrize("good", ["2026-12-01", "v3", "a", "1.2.0", "first_release"])
def test_safe_ids_pass(good):
    assert validate_id(good) == good


@pytest.mark.parametrize("bad, why", [("2026-02-29", "real calendar"), ("2026-1-1", "YYYY-MM-DD"),
                                      ("tomorrow", "YYYY-MM-DD"), ("2026-12-01T00:00", "YYYY-MM-DD")])
def test_invalid_dates_are_refused(bad, why):
    with pytest.raises(ReleaseError, match=why):
        parse_date(bad)


def test_statuses_on_given_dates():
    assert statuses(HISTORY, date(2026, 11, 30)) == {"v1": IN_FORCE, "v2": UPCOMING}
    assert statuses(HISTORY, date(2027, 1, 10)) == {"v1": SUPERSEDED, "v2": IN_FORCE, "v3": UPCOMING}
    assert in_force(HISTORY, date(2027, 2, 15)).id == "v3"
    assert [r.id for r in upcoming(HISTORY, date(2027, 1, 1))] == ["v3"]
    assert previous(HISTORY, HISTORY[2]).id == "v2" and previous(HISTORY, HISTORY[0]) is None


def test_the_statuses_follow_a_list_of_releases_that_changes():
    """The statuses of a list are worked out once (a site asks them for every page): a release added to the same
    list, or one put in another's place, is seen; what is returned may be changed by the caller."""
    releases = HISTORY[:2]
    day = date(2027, 3, 1)
    assert statuses(releases, day) == {"v1": SUPERSEDED, "v2": IN_FORCE}
    releases.append(HISTORY[2])
    assert statuses(releases, day) == {"v1": SUPERSEDED, "v2": SUPERSEDED, "v3": IN_FORCE}
    releases[2] = rel("v3", 3, "2027-01-01", "2027-04-01")
    assert statuses(releases, day)["v3"] == UPCOMING and in_force(releases, day).id == "v2"
    statuses(releases, day).clear()
    assert len(statuses(releases, day)) == 3


def new(**kw):
    args = dict(existing=HISTORY, document="privacy", release_id="v4", kind="editorial",
                published=date(2027, 3, 1), effective=date(2027, 3, 1), summary={"zh": "摘要", "en": "Summary"},
                languages=["zh", "en"], notice_days=30)
    args.update(kw)
    return validate_new(**args)


def test_next_sequence():
    assert new() == 4 and new(existing=[]) == 1


@pytest.mark.parametrize("kw, code, text", [
    ({"release_id": "v2"}, "R006", "already has a release"),
    ({"kind": "minor"}, "R007", "material"),
    ({"effective": date(2027, 2, 28)}, "R003", "precedes"),
    ({"kind": "material", "effective": date(2027, 3, 30)}, "R004", "2027-03-31 at the earliest"),
    ({"summary": {"zh": "摘要"}}, "R005", "missing: en"),
    ({"published": date(2026, 12, 31), "effective": date(2026, 12, 31)}, "R008", "cannot be published earlier"),
])
def test_refusals(kw, code, text):
    with pytest.raises(ReleaseError, match=text) as err:
        new(**kw)
    assert err.value.code == code


def test_material_notice_is_configurable_and_not_applied_to_history():
    assert new(kind="material", effective=date(2027, 3, 31)) == 4
    assert new(kind="material", notice_days=0) == 4
    assert new(kind="material", imported=True) == 4
