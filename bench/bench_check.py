"""Benchmark of `policy check`: start-up against a bare interpreter, and a corpus of 1,000 pairs.

    .venv/bin/python bench/bench_check.py [--pairs 1000] [--runs 30]

Prints a Markdown table (also written to bench/results/check.md).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(cmd, runs, cwd=ROOT):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_corpus(folder, pairs):
    zh = (ROOT / "docs/zh/privacy.md").read_text(encoding="utf-8")
    en = (ROOT / "docs/en/privacy.md").read_text(encoding="utf-8")
    for lang, text in (("zh", zh), ("en", en)):
        (folder / lang).mkdir(parents=True)
        for i in range(pairs):
            (folder / lang / f"policy{i:04d}.md").write_text(text, encoding="utf-8")
    return len(zh.encode()) + len(en.encode())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tooling")], check=True)
    policy = str(BIN / "policy")
    subprocess.run([policy, "check"], cwd=ROOT, stdout=subprocess.DEVNULL)  # warm the config cache

    bare = timed([sys.executable, "-c", "pass"], args.runs)
    check = timed([policy, "check"], args.runs)
    imports = {name: timed([sys.executable, "-c", f"import {name}"], max(5, args.runs // 3))
               for name in ("mkdocs.commands.build", "git", "diff_match_patch")}

    tmp = Path(tempfile.mkdtemp(prefix="policy-bench-"))
    try:
        pair_bytes = make_corpus(tmp / "docs", args.pairs)
        corpus = timed([policy, "check", "--docs", str(tmp / "docs")], 3)
    finally:
        shutil.rmtree(tmp)

    rows = [
        ("`python -c pass`", f"{bare * 1000:.1f} ms", "1.00x"),
        ("`policy check` (this repository: 1 document, 2 languages)", f"{check * 1000:.1f} ms", f"{check / bare:.2f}x"),
    ]
    rows += [(f"`python -c 'import {n}'` (for comparison)", f"{t * 1000:.1f} ms", f"{t / bare:.2f}x")
             for n, t in imports.items()]
    rows.append((f"`policy check --docs` on {args.pairs} pairs ({args.pairs * pair_bytes / 1e6:.1f} MB)",
                 f"{corpus:.2f} s", f"{corpus / args.pairs * 1000:.2f} ms per pair"))
    lines = ["| what | median wall time | ratio |", "| --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench" / "results" / "check.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(f"# policy check\n\nCommand: `.venv/bin/python bench/bench_check.py --pairs {args.pairs} "
                   f"--runs {args.runs}` ({os.cpu_count()} cores)\n\n{table}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
