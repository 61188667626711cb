"""Benchmark of the PDF of every version (issue 14): what the PDFs add to `policy build`.

    .venv/bin/python bench/bench_pdf.py                  # 20 releases, writes bench/results/pdf.md
    .venv/bin/python bench/bench_pdf.py --releases 100   # the 100-release project of bench_build.py

The project is bench_build.py's (the privacy statement with N releases, both languages), built
by whole `policy build` processes, as a user runs them:

- cold: an empty .policy-cache/, without PDFs (POLICY_PDF=0) and with them (every PDF rendered);
- warm: the same build again with PDFs (every PDF copied from the cache, WeasyPrint not imported)
  and without;
- +1 release: one more release, then a build with PDFs (its two PDFs rendered).

The cost of one PDF is the build's own measure of the time spent rendering divided by the PDFs
rendered (printed by `policy build`).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_build import ROOT, add_release, as_of_for, make_project  # noqa: E402

OUT = ROOT / "bench" / "out" / "pdf"
SITE = Path(tempfile.mkdtemp(prefix="policy-bench-pdf-")) / "site"   # outside the repository (B002)
POLICY = str(Path(sys.executable).with_name("policy"))


def build(root, n, pdf):
    """(seconds, CPU seconds, stdout) of one `policy build` process (CPU: user + system time of the
    process and of the processes it waited for, its rendering processes included)."""
    import resource

    env = dict(os.environ, POLICY_PDF="1" if pdf else "0")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([POLICY, "build", "--as-of", as_of_for(n).isoformat(), "-o", str(SITE)],
                            cwd=root, env=env, capture_output=True, text=True, timeout=7200)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(result.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return took, cpu, result.stdout + result.stderr


def pdf_line(output):
    match = re.search(r"PDFs: (\d+) \((\d+) rendered(?:, ([\d.]+) s each)?, (\d+) from the cache\)", output)
    return match.groups() if match else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", type=int, default=20)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    n = args.releases
    root = make_project(OUT / "project", n)
    rows = []

    def run(label, pdf, clear=False):
        if clear:
            shutil.rmtree(root / ".policy-cache", ignore_errors=True)
        took, cpu, output = build(root, n_now[0], pdf)
        line = pdf_line(output)
        rows.append((label, took, cpu, line))
        print(f"{label}: {took:.1f} s, CPU {cpu:.1f} s {line or ''}", flush=True)
        return took, line

    n_now = [n]
    run(f"cold, {n} releases, without PDFs", False, clear=True)
    run(f"cold, {n} releases, with PDFs", True, clear=True)
    run("warm, with PDFs", True)
    run("warm, without PDFs", False)
    add_release(root, n + 1)
    n_now[0] = n + 1
    run("+1 release, with PDFs", True)
    sizes = sorted(p.stat().st_size for p in SITE.rglob("*.pdf"))
    cache = sum(p.stat().st_size for p in (root / ".policy-cache" / "site-pdf").rglob("*.pdf"))
    text = render(rows, n, sizes, cache)
    print(text)
    if not args.no_write:
        (ROOT / "bench" / "results" / "pdf.md").write_text(text, encoding="utf-8")


def render(rows, n, sizes, cache):
    import platform

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    out = [f"# PDFs of every version: `policy build` of the privacy statement with {n} releases",
           "", f"Whole `policy build` processes (`bench/bench_pdf.py --releases {n}`), one run each, on this "
           f"{os.cpu_count()}-core machine ({platform.python_implementation()} {platform.python_version()}) "
           f"shared with other work (load average {load:.1f} at the end). CPU: user + system seconds of the "
           "build and its rendering processes, which the load of other work does not inflate as it does "
           "the wall-clock time.", "",
           "| build | seconds | CPU seconds | PDFs (rendered / from the cache) | wall seconds per PDF rendered |",
           "| --- | --- | --- | --- | --- |"]
    cold = {}
    for label, took, cpu, line in rows:
        if label.startswith("cold"):
            cold[bool(line)] = (cpu, int(line[1]) if line else 0)
        if line:
            total, rendered, each, cached = line
            out.append(f"| {label} | {took:.1f} | {cpu:.1f} | {total} ({rendered} / {cached}) | {each or '–'} |")
        else:
            out.append(f"| {label} | {took:.1f} | {cpu:.1f} | – | – |")
    out += ["", "\"warm, without PDFs\" follows a build with them: its version pages differ (no PDF link), so "
                "they are rendered again instead of coming from the cache; switching PDFs off is not the warm case."]
    if True in cold and False in cold and cold[True][1]:
        extra = cold[True][0] - cold[False][0]
        out += ["", f"CPU time the PDFs add to a cold build: {extra:.1f} s for {cold[True][1]} PDFs, "
                    f"**{extra / cold[True][1]:.2f} s of CPU per PDF** (WeasyPrint's import in each rendering "
                    "process included); on 2 cores they are rendered two at a time."]
    if sizes:
        out += ["", f"{len(sizes)} PDFs, {sizes[0] / 1024:.0f} to {sizes[-1] / 1024:.0f} KB each "
                    f"(median {sizes[len(sizes) // 2] / 1024:.0f} KB; most of it the embedded font subsets); "
                    f".policy-cache/site-pdf/ {cache / 2**20:.1f} MB."]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
