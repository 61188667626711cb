"""Benchmark of `policy serve` (issue 15): how long after an edit to docs/ the preview shows it.

    .venv/bin/python bench/bench_serve.py [--releases N] [--edits K]   # writes bench/results/serve.md

The project is bench_build's (the privacy statement with N releases). The preview is started
once and its first build awaited (it renders the released pages for the preview once, then keeps
them in .policy-cache/); then K edits are saved, one at a time, alternately into docs/zh/privacy.md
and docs/en/privacy.md, and for each one two figures are taken:

- *edit to served*: from the moment the file is written until the working-draft page, fetched
  over HTTP every 10 ms, contains the new sentence (what a reader of the preview waits for; the
  browser's live reload adds its own poll on top);
- *rebuild*: what the server says it took ("Preview rebuilt in N ms", from the start of the
  rebuild to the end), without the file watcher's wait before it (30 ms of debounce, see
  tooling/site/mkdocs_adapter.py DEBOUNCE) and without the HTTP request.

The browser's own wait is not in these figures: mkdocs' live-reload script holds a request open
and reloads as soon as the server answers it (no polling interval); tests/browser/
test_serve_browser.py checks that an edit shows in Chromium without a manual reload, and
``--browser K`` times K more edits there, to the load event of the page the script reloaded.
The machine's load average (1 min) is printed before and after.
"""

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import bench_build  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", type=int, default=2)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--browser", type=int, default=0, metavar="K",
                        help="also K edits watched in Chromium (/usr/bin/chromium, Playwright): edit to the "
                             "load event of the page the live-reload script reloaded")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="policy-bench-serve-"))
    root = bench_build.make_project(out / "project", args.releases)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "tooling", "serve", "-a", f"127.0.0.1:{port}", "--as-of",
                               bench_build.as_of_for(args.releases).isoformat()], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []

    def read():
        for line in server.stdout:
            lines.append((time.perf_counter(), line.rstrip()))

    threading.Thread(target=read, daemon=True).start()

    def wait(predicate, timeout=600):
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            if server.poll() is not None:
                sys.exit("policy serve ended:\n" + "\n".join(line for _, line in lines))
            if predicate():
                return
            time.sleep(0.01)
        sys.exit("timed out:\n" + "\n".join(line for _, line in lines))

    def fetch(path):
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5).read().decode("utf-8")
        except OSError:
            return ""

    rebuilt = re.compile(r"Preview rebuilt in (\d+) ms")
    try:
        start = time.perf_counter()
        wait(lambda: any(rebuilt.search(line) for _, line in lines))
        first = time.perf_counter() - start
        time.sleep(3)  # let a rebuild started by the first staging settle
        served, rebuilds, kinds = {"zh": [], "en": []}, {"zh": [], "en": []}, []
        load_before = os.getloadavg()[0]
        for k in range(args.edits):
            language = ("zh", "en")[k % 2]
            draft = root / "docs" / language / "privacy.md"
            marker = f"预览修改第{k}次" if language == "zh" else f" preview edit {k}"
            seen = len(lines)
            text = draft.read_text(encoding="utf-8")
            text = re.sub(r"^(\d+\.\d+ .+)$", lambda m: m.group(1) + marker, text, count=1, flags=re.M)
            page = "privacy/draft/" if language == "zh" else "en/privacy/draft/"
            written = time.perf_counter()
            draft.write_text(text, encoding="utf-8")
            wait(lambda: marker in fetch(page))
            served[language].append(time.perf_counter() - written)
            wait(lambda: any(rebuilt.search(line) for _, line in lines[seen:]))
            for _, line in lines[seen:]:
                found = rebuilt.search(line)
                if found:
                    rebuilds[language].append(int(found.group(1)))
                    kinds.append(line[found.end():].strip(" ()."))
            time.sleep(1.5)
        load_after = os.getloadavg()[0]
        screen = browser_edits(root, port, args.browser) if args.browser else []
    finally:
        server.terminate()
        server.wait(timeout=30)
    med = lambda values: statistics.median(list(values))  # noqa: E731
    every = served["zh"] + served["en"]
    every_rebuild = rebuilds["zh"] + rebuilds["en"]
    rows = [f"| edit to served, both languages (the draft page over HTTP shows the edit) | {med(every) * 1000:.0f} ms | "
            + ", ".join(f"{x * 1000:.0f}" for x in every) + " |",
            f"| rebuild, the server's own log, both languages | {med(every_rebuild):.0f} ms | "
            + ", ".join(map(str, every_rebuild)) + " |"]
    for language in ("zh", "en"):
        if served[language]:
            rows += [f"| edit to served, docs/{language}/privacy.md | {med(served[language]) * 1000:.0f} ms | "
                     + ", ".join(f"{x * 1000:.0f}" for x in served[language]) + " |",
                     f"| rebuild (server's log), docs/{language}/privacy.md | {med(rebuilds[language]):.0f} ms | "
                     + ", ".join(map(str, rebuilds[language])) + " |"]
    if screen:
        rows.append(f"| edit to screen in Chromium (the page reloaded by itself, its load event; both languages) | "
                    f"{med(x[0] for x in screen) * 1000:.0f} ms | " + ", ".join(f"{x[0] * 1000:.0f}" for x in screen) + " |")
        rows.append("| … of which: edit to the reload's start / the page's HTML received / DOM ready / load event, "
                    "from the reload's start | "
                    + " / ".join(f"{med(x[i] for x in screen) * 1000:.0f}" for i in range(1, 5)) + " ms | |")
    report = "\n".join([
        "# `policy serve`: from an edit to the preview (issue 15)", "",
        f"Reproduce: `.venv/bin/python bench/bench_serve.py --releases {args.releases} --edits {args.edits}"
        + (f" --browser {args.browser}" if args.browser else "") + "`.", "",
        f"Machine: {os.cpu_count()} cores shared with other work; load average (1 min) {load_before:.2f} before the "
        f"edits, {load_after:.2f} after. Project with {args.releases} releases; {args.edits} edits, alternately "
        "docs/zh/privacy.md and docs/en/privacy.md; medians.", "",
        "| what | median | all |", "|---|---:|---|", *rows,
        f"| first build of the preview (released pages rendered for it once) | {first:.1f} s | |", "",
        "What each rebuild did (the server's log): " + "; ".join(kinds) + ".", ""]) + "\n"
    print(report)
    (ROOT / "bench" / "results" / f"serve-{args.releases}.md").write_text(report, encoding="utf-8")


def browser_edits(root, port, count):
    """Seconds from each edit's write to the load event of the page showing it, in Chromium: the
    page is open, its live-reload request waiting, and nobody reloads it (the edit to screen)."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"])
        page = browser.new_page()
        for k in range(count):
            language = ("zh", "en")[k % 2]
            draft = root / "docs" / language / "privacy.md"
            marker = f"浏览器修改第{k}次" if language == "zh" else f" browser edit {k}"
            page.goto(f"http://127.0.0.1:{port}/{'' if language == 'zh' else 'en/'}privacy/draft/")
            page.wait_for_timeout(500)  # the live-reload script's request is waiting
            text = re.sub(r"^(\d+\.\d+ .+)$", lambda m: m.group(1) + marker, draft.read_text(encoding="utf-8"),
                          count=1, flags=re.M)
            written = time.time()
            draft.write_text(text, encoding="utf-8")
            page.wait_for_function(f"document.body && document.body.innerText.includes({marker.strip()!r})",
                                   timeout=60_000, polling=5)
            page.wait_for_load_state("load")
            nav = page.evaluate("(() => { const n = performance.getEntriesByType('navigation')[0]; return [performance.timeOrigin, n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd]; })()")
            out.append(((nav[0] + nav[3]) / 1000 - written, nav[0] / 1000 - written, nav[1] / 1000, nav[2] / 1000,
                        nav[3] / 1000))
            time.sleep(1.0)
        browser.close()
    return out


if __name__ == "__main__":
    main()
