""".github/workflows/policy.yml: valid against the GitHub workflow schema, and runnable locally:
its `run` steps are executed in order, as GitHub would, on a temporary clone of this repository
(a pull request, then a push to main that deploys to gh-pages and pushes the notices to a real
local HTTP server). `uses` steps are GitHub's own actions: the test checks the files they
would upload or post exist."""

import json
from datetime import date
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT
from test_ci_formats import SARIF_SCHEMA
from test_push import SECRET, Platform

WORKFLOW = ROOT / ".github" / "workflows" / "policy.yml"
WORKFLOW_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "github-workflow.schema.json").read_text(encoding="utf-8"))
VENV_BIN = str(Path(sys.executable).parent)


def load_workflow():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    if True in data:  # YAML 1.1 reads the key `on` as a boolean
        data["on"] = data.pop(True)
    return data


def test_the_workflow_validates_against_the_github_workflow_schema():
    data = load_workflow()
    jsonschema.Draft7Validator(WORKFLOW_SCHEMA).validate(data)
    assert data["on"]["schedule"] == [{"cron": "5 16 * * *"}]  # 00:05 in Asia/Shanghai
    assert set(data["on"]) == {"pull_request", "push", "schedule", "workflow_dispatch"}


def test_no_expression_is_expanded_inside_a_shell_script():
    """Values reach the scripts through the environment only (no injection of untrusted text)."""
    for job in load_workflow()["jobs"].values():
        for step in job["steps"]:
            assert "${{" not in step.get("run", ""), step


def condition(expression, event):
    """The few `if:` expressions the workflow uses."""
    if expression is None or expression == "always()":
        return True
    match = re.fullmatch(r"github\.event_name (==|!=) '(\w+)'", expression)
    assert match, f"the test does not understand if: {expression}"
    return (event == match.group(2)) == (match.group(1) == "==")


def run_job(job, event, work, tmp, secrets, variables):
    """Run the job's steps in order in ``work``; returns the `uses` steps that would run."""
    env_file, path_file, summary = tmp / "env", tmp / "path", tmp / "summary.md"
    for f in (env_file, path_file, summary):
        f.write_text("", encoding="utf-8")
    extra_env, extra_path, used = {}, [], []

    def expand(value):
        value = re.sub(r"\$\{\{\s*secrets\.(\w+)\s*\}\}", lambda m: secrets.get(m.group(1), ""), str(value))
        value = re.sub(r"\$\{\{\s*vars\.(\w+)\s*\}\}", lambda m: variables.get(m.group(1), ""), value)
        assert "${{" not in value, value
        return value

    job_env = {k: expand(v) for k, v in job.get("env", {}).items()}
    for step in job["steps"]:
        if not condition(step.get("if"), event):
            continue
        if "uses" in step:
            used.append(step)
            continue
        script = step["run"]
        if step.get("id") == "install":  # the test runs with this checkout's installed venv
            assert script.startswith("make install && ")
            script = script[len("make install && "):]
        env = dict(os.environ, **job_env, **{k: expand(v) for k, v in step.get("env", {}).items()}, **extra_env,
                   GITHUB_ENV=str(env_file), GITHUB_PATH=str(path_file), GITHUB_STEP_SUMMARY=str(summary),
                   GITHUB_EVENT_NAME=event, CI="true")
        env["PATH"] = os.pathsep.join(extra_path + [os.environ["PATH"]])
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=work,
                                env=env, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, (step.get("name"), result.stdout, result.stderr)
        extra_env.update(line.split("=", 1) for line in env_file.read_text(encoding="utf-8").splitlines() if line)
        extra_path = [line for line in reversed(path_file.read_text(encoding="utf-8").splitlines()) if line]
        if step.get("id") == "install":
            assert extra_path == [str(work / ".venv" / "bin")]
        extra_path = [VENV_BIN if p == str(work / ".venv" / "bin") else p for p in extra_path]
    return used, summary.read_text(encoding="utf-8")


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


@pytest.fixture
def clone(tmp_path):
    """A clone of this repository's HEAD whose origin is a temporary bare repository."""
    head = git(ROOT, "rev-parse", "HEAD").strip()
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    git(ROOT, "push", "-q", str(origin), f"{head}:refs/heads/main")
    git(tmp_path, "clone", "-q", "--branch", "main", str(origin), str(work))
    git(work, "config", "user.name", "Legal Team")
    git(work, "config", "user.email", "legal@example.com")
    return origin, work


def test_the_workflow_runs_in_order_on_a_pull_request_and_on_main(clone, tmp_path):
    origin, work = clone
    jobs = load_workflow()["jobs"]

    # a pull request: the legal team rewords clause 3.1 in both languages and confirms the translation
    for lang, old, new in (("zh", "获得更好的体验", "获得更加良好的体验"), ("en", "a better experience", "an even better experience")):
        path = work / "docs" / lang / "privacy.md"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    subprocess.run([os.path.join(VENV_BIN, "policy"), "sync", "privacy", "--all"], cwd=work, check=True,
                   capture_output=True)
    git(work, "commit", "-qam", "reword clause 3.1")

    used, summary = run_job(jobs["review"], "pull_request", work, tmp_path, {}, {})
    assert [s["uses"].split("@")[0] for s in used] == [
        "actions/checkout", "actions/setup-python", "github/codeql-action/upload-sarif",
        "actions/upload-artifact", "marocchino/sticky-pull-request-comment"]
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(json.loads((work / "policy.sarif").read_text(encoding="utf-8")))
    assert "<del" in (work / "redline.html").read_text(encoding="utf-8")
    assert "| `s3-1`" in (work / "summary.md").read_text(encoding="utf-8")
    assert summary == (work / "summary.md").read_text(encoding="utf-8")
    for name in ("policy.sarif", "redline.html", "summary.md"):
        (work / name).unlink()  # CI's next run starts from a fresh checkout

    # merged to main: build and deploy the site, export and push the notices
    with Platform() as platform:
        used, _ = run_job(jobs["publish"], "push", work, tmp_path, {"POLICY_PUSH_SECRET": SECRET},
                          {"POLICY_PLATFORM_URL": platform.url})
        published = sorted(f"privacy-{record.parent.name}" for record in (work / "releases" / "privacy").glob("*/release.json")
                           if json.loads(record.read_text(encoding="utf-8"))["published"] <= date.today().isoformat())
        assert len(published) >= 3   # the repository's releases, each delivered once, signed
        assert sorted(key for key, valid, _ in platform.requests if valid) == published
    assert "actions/cache" in [s["uses"].split("@")[0] for s in used]
    pages = set(git(origin, "ls-tree", "-r", "--name-only", "gh-pages").split())
    assert {"index.html", "privacy/index.html", "notices.json", "notices/index.json"} <= pages
    assert json.loads((work / "notices.json").read_text(encoding="utf-8"))["notices"]


def test_the_publish_job_restores_the_build_cache_before_it_builds():
    """Issue 15: without .policy-cache/ every CI run is a cold build; the cache is restored from the
    last run (exact key: same dependencies, code and releases; else the closest earlier one)."""
    steps = load_workflow()["jobs"]["publish"]["steps"]
    caches = [k for k, s in enumerate(steps) if s.get("uses", "").startswith("actions/cache@")
              and s["with"]["path"] == ".policy-cache"]
    build = next(k for k, s in enumerate(steps) if "policy deploy" in s.get("run", ""))
    assert len(caches) == 1 and caches[0] < build and "if" not in steps[caches[0]]
    cache = steps[caches[0]]["with"]
    for part in ("requirements.lock", "tooling/**", "releases/**", "mkdocs.yml"):
        assert part in cache["key"], part
    restore = [line.strip() for line in cache["restore-keys"].splitlines() if line.strip()]
    assert restore and all(cache["key"].startswith(prefix) for prefix in restore)
