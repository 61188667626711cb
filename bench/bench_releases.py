"""Scale benchmark of the release history: `policy releases`, `policy verify`, `policy check`
with 10, 100 and 500 releases of the privacy statement (the real texts, ~15 KB per language).

    .venv/bin/python bench/bench_releases.py [--sizes 10,100,500] [--runs 5] [--out bench/results/releases.md]

The history is generated in a temporary git repository: the records and texts are written
with the release store (exactly what `policy release` writes) and committed, growing the same
repository from one size to the next; then the real `policy release` is timed three times on
top of the largest history. Times are medians of --runs runs (wall clock, whole process).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
POLICY = str(Path(sys.executable).with_name("policy"))


def git(cwd, *args):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def policy(cwd, *args):
    started = time.perf_counter()
    result = subprocess.run([POLICY, *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"policy {' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return elapsed


def median_time(cwd, args, runs):
    return statistics.median(policy(cwd, *args) for _ in range(runs))


def make_project(base):
    root = base / "project"
    root.mkdir()
    shutil.copy(ROOT / "policy.toml", root)
    shutil.copytree(ROOT / "docs", root / "docs")
    (root / "CHANGELOG.md").write_text("# Changelog / 变更记录\n", encoding="utf-8")
    (root / ".gitignore").write_text(".policy-cache/\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Bench")
    git(root, "config", "user.email", "bench@example.com")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "sources")
    policy(root, "sync", "privacy", "--all")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "pins")
    return root


def generate(root, start, stop):
    """Write releases start+1 … stop (ids r0001 …), one a day from 2000-01-01, and commit them."""
    from tooling.config import load_config
    from tooling.history.release_store import release_files, released_text
    from tooling.model.releases import Release
    from tooling.model.sections import sha256

    config = load_config(str(root))
    head = git(root, "rev-parse", "HEAD")
    texts = {lang: (root / "docs" / lang / "privacy.md").read_bytes() for lang in ("zh", "en")}
    released = {lang: released_text(lang, data) for lang, data in texts.items()}
    for n in range(start + 1, stop + 1):
        day = date(2000, 1, 1) + timedelta(days=n)
        previous = root / "releases" / "privacy" / f"r{n - 1:04d}" / "release.json"
        link = dict(previous_id=f"r{n - 1:04d}", previous_sha256=sha256(previous.read_bytes()).hexdigest()) \
            if n > 1 else {}  # the hash chain, as `policy release` links each record to the previous one
        release = Release("privacy", f"r{n:04d}", n, "editorial", day, day,
                          {"zh": f"第{n}次编辑性修订。", "en": f"Editorial revision {n}."}, released, head,
                          title={"zh": "隐私声明", "en": "Privacy Statement"}, **link)
        for path, data in release_files(config, release, texts).items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", f"generated releases {start + 1}-{stop}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,500")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "releases.md"))
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = make_project(Path(tmp))
        done = 0
        for size in sizes:
            generate(root, done, size)
            done = size
            times = {name: median_time(root, cmd, args.runs) for name, cmd in [
                ("releases", ["releases", "--as-of", "2030-01-01"]),
                ("releases --format json", ["releases", "--format", "json", "--as-of", "2030-01-01"]),
                ("verify", ["verify"]),
                ("check", ["check"])]}
            rows.append((size, times))
            print(size, {k: f"{v * 1000:.0f} ms" for k, v in times.items()}, flush=True)
        cuts = []
        for k in range(3):
            day = (date(2000, 1, 1) + timedelta(days=done + 1 + k)).isoformat()
            cuts.append(policy(root, "release", "privacy", "--id", f"real-{k}", "--kind", "editorial",
                               "--published", day, "--effective", day, "--summary-zh", "基准测试。",
                               "--summary-en", "Benchmark.") * 1000)
        print("policy release on top of", done, "releases:", [f"{c:.0f} ms" for c in cuts])
        baseline = statistics.median(
            (lambda s: (subprocess.run([sys.executable, "-c", "pass"]), time.perf_counter() - s)[1])(time.perf_counter())
            for _ in range(args.runs))

    names = list(rows[0][1])
    lines = ["# Release history at scale", "",
             "Reproduce with:", "", "```sh", f".venv/bin/python bench/bench_releases.py --sizes {args.sizes} "
             f"--runs {args.runs}", "```", "",
             "Generated history of the privacy statement (real texts, ~15 KB per language) in a temporary git "
             "repository; wall-clock medians of whole `policy` processes, in milliseconds "
             f"(`python -c pass` takes {baseline * 1000:.0f} ms on this machine). Machine: "
             f"{os.cpu_count()} CPUs shared with other work, so figures vary by ~10 %.", "",
             "| releases | " + " | ".join(f"`policy {n}`" for n in names) + " |",
             "| ---: | " + " | ".join("---:" for _ in names) + " |"]
    for size, times in rows:
        lines.append(f"| {size} | " + " | ".join(f"{times[n] * 1000:.0f}" for n in names) + " |")
    lines += ["", "Growth per additional release (slope between the smallest and largest size): " + ", ".join(
        f"`{n}` {(rows[-1][1][n] - rows[0][1][n]) * 1000 / (rows[-1][0] - rows[0][0]):.2f} ms" for n in names) + ".",
        "", f"`policy release` (the real command: check, git plumbing, ref transaction, work tree) on top of "
        f"{done} releases: " + ", ".join(f"{c:.0f} ms" for c in cuts) + "."]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
