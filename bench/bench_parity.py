"""Precision and recall of `policy check` on the real corpus (tests/corpus): the false-finding
rate on the real pairs, the catch rate of the injected defects, and the same figures for the
version before the alignment (``--before REV``, default the commit the alignment started from).

    .venv/bin/python bench/bench_parity.py [--before a24ad26]

Prints a Markdown table (also written to bench/results/parity.md). A finding is true when it is
in tests/corpus/cases.py's EXPECTED (each classified by reading both texts); any other is false.
A defect is caught when a finding it adds has the defect's code and stands in its lines.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from cases import CORPUS, DEFECTS, EXPECTED  # noqa: E402


def check(folder, pythonpath):
    """Findings of `policy check --docs folder` run with the tooling package found in ``pythonpath``."""
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    out = subprocess.run([sys.executable, "-m", "tooling", "check", "--docs", str(folder), "--format", "json",
                          "--config", str(ROOT / "policy.toml")],
                         cwd=pythonpath, env=env, capture_output=True, text=True, timeout=300)
    if "Traceback" in out.stderr:
        raise SystemExit(f"crash:\n{out.stderr}")
    return json.loads(out.stdout)["findings"]


def key(f):
    return (f["file"].split("/")[-2], f["code"], re.sub(r"\S*/(zh|en)/", r"\1/", re.sub(r":\d+", "", f["message"])))


def measure(pythonpath):
    start = time.perf_counter()
    base = check(CORPUS, pythonpath)
    elapsed = time.perf_counter() - start
    expected = {(name, lang, line, code) for name, items in EXPECTED.items() for lang, line, code in items}
    true = [f for f in base if (Path(f["file"]).stem, f["file"].split("/")[-2], f["line"], f["code"]) in expected]
    caught = []
    before = {key(f) for f in base}
    for d in DEFECTS:
        tmp = Path(tempfile.mkdtemp(prefix="policy-parity-"))
        try:
            for lang in ("zh", "en"):
                shutil.copytree(CORPUS / lang, tmp / lang)
            d.apply(tmp)
            new = [f for f in check(tmp, pythonpath) if key(f) not in before]
        finally:
            shutil.rmtree(tmp)
        first, last = d.lines
        hit = any(f["code"] == d.code and first <= f["line"] <= last and f["file"].endswith(f"{d.pair}.md")
                  for f in new)
        caught.append((d, hit, len(new)))
    return base, true, caught, elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="a24ad26", help="git revision to compare with ('' to skip)")
    args = parser.parse_args()
    rows = []
    results = {"this version": measure(ROOT)}
    if args.before:
        old = Path(tempfile.mkdtemp(prefix="policy-before-"))
        try:
            archive = subprocess.run(["git", "archive", args.before, "tooling"], cwd=ROOT, capture_output=True,
                                     check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            results[f"before ({args.before})"] = measure(old)
        finally:
            shutil.rmtree(old)
    for label, (base, true, caught, elapsed) in results.items():
        false = len(base) - len(true)
        rate = f"{false / len(base):.0%}" if base else "n/a"
        hits = sum(1 for _, hit, _ in caught if hit)
        rows.append((label, len(EXPECTED), len(base), len(true), false, rate, f"{hits} of {len(caught)}",
                     f"{elapsed * 1000:.0f} ms"))
    lines = ["| version | pairs | findings | true | false | false-finding rate | defects caught | check time |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(map(str, r)) + " |" for r in rows]
    lines += ["", "| injected defect | pair | caught now | findings it adds |", "| --- | --- | --- | --- |"]
    for d, hit, n in results["this version"][2]:
        lines.append(f"| {d.name} | {d.pair} | {'yes' if hit else 'no (known miss)' if d.known_miss else 'NO'} | {n} |")
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench" / "results" / "parity.md"
    out.write_text(f"# policy check on the real corpus\n\nCommand: `.venv/bin/python bench/bench_parity.py"
                   f"{' --before ' + args.before if args.before else ''}` ({os.cpu_count()} cores)\n\n{table}\n",
                   encoding="utf-8")


if __name__ == "__main__":
    main()
