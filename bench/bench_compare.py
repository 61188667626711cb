"""Cost of the compare page and the version selector (issue 14) at 1 and 100 releases.

* build: the time `finish_site` spends writing every version's text.json (memoised) and each
  document's versions/menu.json (the version selector's list), in a warm build;
* bytes: the in-force page, raw and gzip -9, with its version selector;
* browser: the time compare.js takes in Chromium to compare the first and the last release
  (the whole engine: section matching, word diff, both renderings), median of 5.

Writes bench/results/compare.md."""

import gzip
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

import bench_build  # noqa: E402  (its generated project: n releases of the statement)

from tooling.config import load_config  # noqa: E402
from tooling.site import build  # noqa: E402

OUT = Path(tempfile.gettempdir()) / "policy-bench-compare"   # outside any git repository (B002)


def timed_finish():
    """Wrap the two steps of finish_site this feature adds, adding up their seconds."""
    from tooling.site import compare_data, version_menu

    spent = {"compare-data": 0.0, "menus": 0.0}

    def wrap(module, name, key):
        original = getattr(module, name)

        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - start
        setattr(module, name, run)
    wrap(compare_data, "write_compare_data", "compare-data")
    wrap(version_menu, "write_menu_files", "menus")
    return spent


def browser_seconds(site_dir, first, last):
    sys.path.insert(0, str(ROOT / "tests" / "browser"))
    from playwright.sync_api import sync_playwright

    from conftest import Served

    served = Served(site_dir)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(served.url(f"privacy/compare/?from={first}&to={last}"))
            page.wait_for_selector("#policy-compare[data-state=done]")
            runs = []
            for _ in range(5):
                runs.append(page.evaluate("""async ([a, b]) => {
                    const [x, y] = await Promise.all([a, b].map((u) => fetch(u).then((r) => r.json())));
                    const t = performance.now();
                    const d = policyCompare.diffDocuments(x, y, 'zh');
                    policyCompare.renderInline(d, JSON.parse(document.getElementById('policy-compare').dataset.compare).labels, 'i-');
                    return (performance.now() - t) / 1000; }""",
                    [f"../versions/{first}/text.json", f"../versions/{last}/text.json"]))
            browser.close()
        return statistics.median(runs)
    finally:
        served.close()


def main():
    spent = timed_finish()
    rows = []
    for n in (1, 100):
        root = bench_build.make_project(OUT / f"project-{n}", n)
        config = load_config(root=str(root))
        site_dir = OUT / f"site-{n}"
        as_of = bench_build.as_of_for(n)
        build.build_site(config, str(site_dir), as_of)          # cold: fills the cache
        build.build_site(config, str(site_dir), as_of)          # the cache's own pruning settles
        for key in spent:
            spent[key] = 0.0
        start = time.perf_counter()
        build.build_site(config, str(site_dir), as_of)          # warm
        total = time.perf_counter() - start
        data = (site_dir / "privacy" / "index.html").read_bytes()
        seconds = browser_seconds(site_dir, "r0001", f"r{n:04d}") if n > 1 else None
        rows.append((n, total, dict(spent), len(data), len(gzip.compress(data, 9, mtime=0)), seconds))
        print(rows[-1], flush=True)
    lines = ["# Compare page and version selector (issue 14)", "",
             "`python bench/bench_compare.py`; one run each on this 2-core machine.", "",
             "| releases | warm build | of which text.json | of which menu.json | in-force page raw / gzip | compare first → last in Chromium |",
             "| --- | --- | --- | --- | --- | --- |"]
    for n, total, parts, raw, gz, seconds in rows:
        lines.append(f"| {n} | {total:.2f} s | {parts['compare-data'] * 1000:.0f} ms | {parts['menus'] * 1000:.0f} ms | "
                     f"{raw / 1024:.1f} KB / {gz / 1024:.1f} KB | {'—' if seconds is None else f'{seconds * 1000:.0f} ms'} |")
    report = "\n".join(lines) + "\n"
    print(report)
    (ROOT / "bench" / "results" / "compare.md").write_text(report, encoding="utf-8")
    shutil.rmtree(OUT, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
