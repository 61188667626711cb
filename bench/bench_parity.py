"""Precision and recall of `policy check` on the real corpus (tests/corpus): the false-finding
rate on the real pairs, the catch rate of the injected defects, and the same figures for the
version before the alignment (``--before REV``, default the commit the alignment started from).
The pairs the alignment's weights were set against in the first round ("tuned"), the four held
out then and used in the second round to remove the causes of their false findings ("retuned",
cases.RETUNED), round 3, held out in the second round and tuned on in the third ("retuned (round 3)",
cases.RETUNED_3), round 4, held out in the fourth round and tuned on in the fifth ("retuned (round 4)",
cases.RETUNED_4), round 5, run once held out at the end of the fifth round and then tuned on ("retuned (round
5)", cases.RETUNED_5), rounds 6 to 16, each run once held out and then tuned on ("retuned (round 6)" …
"retuned (round 16)"; rounds 14, 15 and 16 registered as run, without change), and pairs never used to tune it
("held out", cases.HELD_OUT: none until a round 17)
are counted apart.
Last, each legitimate reshaping of cases.RESHAPINGS (headings nested or flattened, paragraphs
joined or split, a list written as lines) is written into every pair it applies to: the findings
it adds are false, but for one P004 per change of heading levels (numbering findings about the
reshaped text itself, N-codes, are not counted).

    .venv/bin/python bench/bench_parity.py [--before a24ad26 242904a]

Prints a Markdown table (also written to bench/results/parity.md). A finding is false when it is
in tests/corpus/cases.py's FALSE or not in its EXPECTED (each classified by reading both texts);
the others are true. A defect is caught when a finding it adds has the defect's code, stands in
its lines and quotes the words the defect names, when it names some. The project's policy.toml
is used without its termbase (terms.toml is written for the project's own statement), as in
tests/test_corpus.py.
"""

import argparse
from collections import Counter
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
from cases import CORPUS, DEFECTS, EARLIER_TRUE, EXPECTED, FALSE, HELD_OUT, RESHAPINGS, RETUNED, reshaped  # noqa: E402
import cases  # noqa: E402

# the pairs of each round after the first two, run once held out and then tuned on: RETUNED_3, RETUNED_4, …
ROUNDS = [(k, frozenset(getattr(cases, f"RETUNED_{k}"))) for k in range(3, 1000) if hasattr(cases, f"RETUNED_{k}")]


CONFIG = Path(tempfile.mkdtemp(prefix="policy-parity-config-")) / "policy.toml"


def check(folder, pythonpath):
    """Findings of `policy check --docs folder` run with the tooling package found in ``pythonpath``."""
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    out = subprocess.run([sys.executable, "-m", "tooling", "check", "--docs", str(folder), "--format", "json",
                          "--config", str(CONFIG)],
                         cwd=pythonpath, env=env, capture_output=True, text=True, timeout=300)
    if "Traceback" in out.stderr:
        raise SystemExit(f"crash:\n{out.stderr}")
    return json.loads(out.stdout)["findings"]


def key(f):
    """A finding without its place (and a URL it quotes without the /en-us/ that localized_links writes)."""
    return (f["file"].split("/")[-2], f["code"],
            re.sub(r"\S*/(zh|en)/", r"\1/", re.sub(r":\d+|\bline \d+", "", f["message"])).replace("/en-us/", "/"))


GROUPS = ("tuned", "retuned", *(f"retuned (round {k})" for k, _ in ROUNDS), "held out")


def group(name):
    if name in HELD_OUT:
        return "held out"
    if name in RETUNED:
        return "retuned"
    return next((f"retuned (round {k})" for k, pairs in ROUNDS if name in pairs), "tuned")


def classify(base):
    """(group, true?) of each finding: true when EXPECTED (or EARLIER_TRUE, for earlier versions) has
    it and FALSE does not (counted with repeats: a pair may have the same finding twice)."""
    true_left = {name: Counter(items) - Counter(FALSE.get(name, [])) + Counter(EARLIER_TRUE.get(name, []))
                 for name, items in EXPECTED.items()}
    out = []
    for f in base:
        name, item = Path(f["file"]).stem, (f["file"].split("/")[-2], f["line"], f["code"])
        hit = true_left.get(name, Counter())[item] > 0
        if hit:
            true_left[name][item] -= 1
        out.append((group(name), hit))
    return out


def measure(pythonpath):
    start = time.perf_counter()
    base = check(CORPUS, pythonpath)
    elapsed = time.perf_counter() - start
    caught = []
    before = {key(f) for f in base}
    for d in DEFECTS:
        tmp = Path(tempfile.mkdtemp(prefix="policy-parity-"))
        try:
            # the defect's pair only: the pairs are checked one by one, and a defect in one adds nothing to another
            # (a copy of the whole corpus for each of 705 defects took most of an hour)
            for lang in ("zh", "en"):
                (tmp / lang).mkdir()
                shutil.copy(CORPUS / lang / f"{d.pair}.md", tmp / lang)
            d.apply(tmp)
            new = [f for f in check(tmp, pythonpath) if key(f) not in before]
        finally:
            shutil.rmtree(tmp)
        hit = any(d.named_by(f["code"], f["line"], f["message"]) and f["file"].endswith(f"/{d.lang}/{d.pair}.md")
                  for f in new)
        caught.append((d, hit, len(new)))
    variants = added = levels = 0
    for name in EXPECTED:
        for reshaping in RESHAPINGS:
            text = reshaped(name, reshaping)
            if text is None:
                continue
            tmp = Path(tempfile.mkdtemp(prefix="policy-parity-"))
            try:
                for lang in ("zh", "en"):
                    (tmp / lang).mkdir()
                    shutil.copy(CORPUS / lang / f"{name}.md", tmp / lang)
                (tmp / "en" / f"{name}.md").write_text(text, encoding="utf-8")
                new = [f for f in check(tmp, pythonpath) if key(f) not in before and not f["code"].startswith("N")]
            finally:
                shutil.rmtree(tmp)
            variants += 1
            level = [f for f in new if f["code"] == "P004"]
            levels += min(len(level), 1)
            added += len(new) - min(len(level), 1)
    return classify(base), caught, elapsed, (variants, added, levels)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", nargs="*", default=["a24ad26"],
                        help="git revisions to compare with (none: skip)")
    args = parser.parse_args()
    rows = []
    shutil.copy(ROOT / "policy.toml", CONFIG)
    results = {"this version": measure(ROOT)}
    for rev in args.before:
        old = Path(tempfile.mkdtemp(prefix="policy-before-"))
        try:
            archive = subprocess.run(["git", "archive", rev, "tooling"], cwd=ROOT, capture_output=True,
                                     check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            results[f"before ({rev})"] = measure(old)
        finally:
            shutil.rmtree(old)
    reshaping_rows = []
    for label, (found, caught, elapsed, (variants, added, levels)) in results.items():
        for part in GROUPS:
            pairs = [name for name in EXPECTED if group(name) == part]
            if not pairs:
                continue
            mine = [true for g, true in found if g == part]
            false = mine.count(False)
            rate = f"{false / len(mine):.0%}" if mine else "n/a"
            hits = [hit for d, hit, _ in caught if group(d.pair) == part]
            rows.append((label, f"{part} ({len(pairs)})", len(mine), len(mine) - false, false, rate,
                         f"{sum(hits)} of {len(hits)}", f"{elapsed * 1000:.0f} ms"))
        reshaping_rows.append((label, variants, added, levels))
    lines = ["| version | pairs | findings | true | false | false-finding rate | defects caught | check time (all) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(map(str, r)) + " |" for r in rows]
    lines += ["", "| version | reshaped translations | false findings they add | one P004 for a change of levels |",
              "| --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(map(str, r)) + " |" for r in reshaping_rows]
    lines += ["", "| injected defect | pair | caught now | findings it adds |", "| --- | --- | --- | --- |"]
    for d, hit, n in results["this version"][1]:
        pair = d.pair if group(d.pair) == "tuned" else f"{d.pair} ({group(d.pair)})"
        lines.append(f"| {d.name} | {pair} | {'yes' if hit else 'no (known miss)' if d.known_miss else 'NO'} | {n} |")
    table = "\n".join(lines)
    print(table)
    out = ROOT / "bench" / "results" / "parity.md"
    out.write_text(f"# policy check on the real corpus\n\nCommand: `.venv/bin/python bench/bench_parity.py"
                   f"{' --before ' + ' '.join(args.before) if args.before else ''}` ({os.cpu_count()} cores)\n\n{table}\n",
                   encoding="utf-8")
    shutil.rmtree(CONFIG.parent)


if __name__ == "__main__":
    main()
