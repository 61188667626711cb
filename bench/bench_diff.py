"""Benchmark of the revision diff (issue 4).

    .venv/bin/python bench/bench_diff.py            # prints the figures and writes bench/results/diff.md
    .venv/bin/python bench/bench_diff.py --quick    # fewer repetitions, no file written

1. The full privacy statement with 20 scattered edits, in each language: our engine
   (``diffing.diff_documents``, and with the inline HTML redline rendered) against Python's
   ``difflib.HtmlDiff`` on the same two texts, and raw diff-match-patch (default settings,
   semantic clean-up) for reference. Median of several runs, ratios from the same run.
2. A 1 MB document (the statement repeated with renumbered sections) with 1,000 scattered edits,
   in each language: wall time, and peak memory traced with tracemalloc in a separate run.

Inputs are generated with a fixed seed: every run compares the same texts.

Caches: ``diff_documents`` keeps recent results in memory (a build asks for the same comparison
for its change page, its affected sections and its notice). Every timed or traced call here
starts with that memo emptied (``forget_recent``), so the figures are the engine's, never a memo
hit; nothing else is cached between runs.
"""

import argparse
import difflib
import os
import platform
import random
import re
import statistics
import sys
import time
import tracemalloc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tooling.diff.diffing import diff_documents, diff_text, forget_recent  # noqa: E402
from tooling.diff.redline import render_inline_html  # noqa: E402

TIME_BOUND_S = 30.0      # the 1 MB document must be compared within this time…
MEMORY_BOUND_MB = 300.0  # …and this peak of traced memory

REPLACEMENTS = {"zh": ["相关", "必要的", "合理", "本平台", "个人"], "en": ["relevant", "necessary", "reasonable",
                                                                      "platform", "personal"]}


def statement(lang):
    with open(os.path.join(ROOT, "docs", lang, "privacy.md"), encoding="utf-8") as fh:
        return fh.read()


def edit_positions(text, lang):
    """Places where an edit touches only running text (never a heading or a number)."""
    if lang == "zh":
        pattern = r"(?<=[，、。；])(?=[\u4e00-\u9fff])"
    else:
        pattern = r"(?<=[a-z,] )(?=[a-z]{3,} )"
    out = []
    for m in re.finditer(pattern, text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not re.match(r"#|\d|（", text[line_start:line_start + 2]):
            out.append(m.start())
    return out


def scatter_edits(text, lang, count, seed):
    """``count`` insertions, deletions and replacements spread over the text."""
    rnd = random.Random(seed)
    positions = edit_positions(text, lang)
    step = len(positions) / count
    chosen = [positions[int(i * step + rnd.random() * step * 0.5)] for i in range(count)]
    words = REPLACEMENTS[lang]
    for at in sorted(chosen, reverse=True):
        kind = rnd.choice(("insert", "delete", "replace"))
        word = rnd.choice(words) + ("" if lang == "zh" else " ")
        length = 2 if lang == "zh" else len(re.match(r"\S+ ", text[at:]).group(0))
        if kind == "insert":
            text = text[:at] + word + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + length:]
        else:
            text = text[:at] + word + text[at + length:]
    return text


def big_document(lang, size):
    """The statement repeated to ``size`` UTF-8 bytes, each copy with its own section numbers."""
    source = statement(lang)
    head, body = source[:source.index("## 1.")], source[source.index("## 1."):]
    parts, total, copy = [head], len(head.encode("utf-8")), 0
    while total < size:
        offset = copy * 10
        chunk = re.sub(r"^(#+ |)(\d+)\.(\d*)", lambda m: f"{m.group(1)}{int(m.group(2)) + offset}.{m.group(3)}",
                       body, flags=re.M)
        parts.append(chunk + "\n")
        total += len(chunk.encode("utf-8")) + 1
        copy += 1
    return "".join(parts)


def timed(fn, repeat):
    """Median wall time of ``repeat`` calls, each after emptying the diff memo."""
    times = []
    result = None
    for _ in range(repeat):
        forget_recent()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def dmp_semantic(old, new):
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    return diffs


def html_diff(old, new):
    return difflib.HtmlDiff().make_file(old.splitlines(), new.splitlines())


def statement_figures(repeat):
    rows = []
    for lang in ("zh", "en"):
        old = statement(lang)
        new = scatter_edits(old, lang, 20, seed=4)
        diff_documents(old, new, lang)  # import and warm up once
        dmp_semantic(old, new)
        t_engine, diff = timed(lambda: diff_documents(old, new, lang, "privacy", "a", "b"), repeat)
        t_render, _ = timed(lambda: render_inline_html(diff_documents(old, new, lang, "privacy", "a", "b")), repeat)
        t_difflib, _ = timed(lambda: html_diff(old, new), repeat)
        t_dmp, _ = timed(lambda: dmp_semantic(old, new), repeat)
        assert diff.old_text() == old and diff.new_text() == new
        rows.append({
            "lang": lang, "bytes": len(old.encode("utf-8")), "edits": 20,
            "changed": len(diff.changed_sections()),
            "engine": t_engine, "engine_html": t_render, "difflib": t_difflib, "dmp": t_dmp,
        })
    return rows


def big_figures(size, edits):
    rows = []
    for lang in ("zh", "en"):
        old = big_document(lang, size)
        new = scatter_edits(old, lang, edits, seed=11)
        forget_recent()
        start = time.perf_counter()
        diff = diff_documents(old, new, lang, "big", "a", "b")
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        html = render_inline_html(diff)
        render = time.perf_counter() - start
        assert diff.old_text() == old and diff.new_text() == new
        start = time.perf_counter()
        whole = diff_text(old, new, lang)
        flat = time.perf_counter() - start
        assert "".join(t for op, t in whole if op != "+") == old
        forget_recent()
        tracemalloc.start()
        diff_documents(old, new, lang, "big", "a", "b")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        rows.append({
            "lang": lang, "bytes": len(old.encode("utf-8")), "edits": edits, "sections": len(diff.sections),
            "changed": len(diff.changed_sections()), "time": elapsed, "render": render, "flat": flat,
            "html_bytes": len(html.encode("utf-8")), "peak_mb": peak / 1e6,
        })
    return rows


def report(statement_rows, big_rows, command):
    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    lines = [
        "# Revision diff benchmark",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPU(s) "
        "(shared with other work while measuring: figures are indicative).",
        "",
        "## The privacy statement with 20 scattered edits",
        "",
        "Median of the runs, each with the diff memo emptied first; the ratio compares our full section-aware diff with `difflib.HtmlDiff` "
        "on the same two texts in the same run.",
        "",
        "| language | size | sections changed | our engine | engine + inline HTML | difflib.HtmlDiff | "
        "raw diff-match-patch | HtmlDiff / engine |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in statement_rows:
        lines.append(f"| {r['lang']} | {r['bytes']:,} B | {r['changed']} | {ms(r['engine'])} | "
                     f"{ms(r['engine_html'])} | {ms(r['difflib'])} | {ms(r['dmp'])} | "
                     f"{r['difflib'] / r['engine']:.1f}× |")
    lines += [
        "",
        "Raw diff-match-patch is its default call (1 s time-out, character level, semantic clean-up): "
        "not deterministic under load and not section- or word-aware; shown for reference only.",
        "",
        "## A 1 MB document with 1,000 edits",
        "",
        f"Bounds: at most {TIME_BOUND_S:.0f} s and {MEMORY_BOUND_MB:.0f} MB of traced peak memory.",
        "",
        "| language | size | sections | sections changed | diff time | inline HTML | HTML size | peak memory | "
        "within bounds | whole text, no sections |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in big_rows:
        ok = r["time"] <= TIME_BOUND_S and r["peak_mb"] <= MEMORY_BOUND_MB
        lines.append(f"| {r['lang']} | {r['bytes'] / 1e6:.2f} MB | {r['sections']:,} | {r['changed']:,} | "
                     f"{r['time']:.2f} s | {r['render']:.2f} s | {r['html_bytes'] / 1e6:.1f} MB | "
                     f"{r['peak_mb']:.0f} MB | {'yes' if ok else 'NO'} | {r['flat']:.2f} s |")
    lines += [
        "",
        "*Whole text, no sections*: `diff_text` on the two 1 MB texts at once, the path taken when a "
        "version's sections cannot be read (lines and sentences first, then words in the stretches "
        "that changed).",
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions; do not write the results file")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of the large document")
    parser.add_argument("--edits", type=int, default=1000, help="edits in the large document")
    args = parser.parse_args()
    repeat = 3 if args.quick else 15
    statement_rows = statement_figures(repeat)
    big_rows = big_figures(args.size, args.edits)
    command = ".venv/bin/python bench/bench_diff.py"
    text = report(statement_rows, big_rows, command)
    print(text)
    if not args.quick:
        out = os.path.join(ROOT, "bench", "results", "diff.md")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"written to {os.path.relpath(out, ROOT)}")
    ok = all(r["time"] <= TIME_BOUND_S and r["peak_mb"] <= MEMORY_BOUND_MB for r in big_rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
