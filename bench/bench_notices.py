"""Benchmark of change notices: building every notice (one section diff per release and
language) and each export, for a generated history of the real statement.

    .venv/bin/python bench/bench_notices.py [--releases 1 10 100 500]

Each release edits one scattered paragraph of the corrected statement in both languages (a
material release every fifth). Prints a Markdown table (also written to bench/results/notices.md).
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tooling.config import load_config  # noqa: E402
from tooling.notices import atom, csv_export, email, json_feed  # noqa: E402
from tooling.notices.notices import build_notices  # noqa: E402
from tooling.history.release_store import load_releases, record_json  # noqa: E402
from tooling.model.releases import Release, ReleasedText  # noqa: E402
from tooling.model.sections import sha256  # noqa: E402


def make_history(folder, count):
    shutil.copy(ROOT / "policy.toml", folder / "policy.toml")
    base = {lang: (ROOT / "docs" / lang / "privacy.md").read_text(encoding="utf-8") for lang in ("zh", "en")}
    paragraphs = {lang: text.split("\n\n") for lang, text in base.items()}
    start = date(2020, 1, 1)
    for seq in range(1, count + 1):
        rid = f"r{seq:04d}"
        texts = {}
        out = folder / "releases" / "privacy" / rid
        out.mkdir(parents=True)
        for lang, paras in paragraphs.items():
            k = (seq * 7) % len(paras)
            if seq > 1 and not paras[k].startswith(("#", "---", "translation_of")):
                paras[k] += f"（第{seq}次修订）" if lang == "zh" else f" (revision {seq})"
            text = "\n\n".join(paras)
            (out / f"{lang}.md").write_text(text, encoding="utf-8")
            texts[lang] = ReleasedText(lang, text, sha256(text.encode()).hexdigest())
        published = start + timedelta(days=7 * seq)
        kind = "material" if seq % 5 == 0 else "editorial"
        release = Release("privacy", rid, seq, kind, published, published + timedelta(days=31 if kind == "material" else 3),
                          {"zh": f"第{seq}次修订。", "en": f"Revision {seq}."}, texts, "0" * 40,
                          title={"zh": "隐私声明", "en": "Privacy Statement"})
        (out / "release.json").write_text(record_json(release), encoding="utf-8")


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--releases", type=int, nargs="+", default=[1, 10, 100, 500])
    args = parser.parse_args()
    rows = []
    for count in args.releases:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            make_history(folder, count)
            config = load_config(root=str(folder))
            t_load, releases = timed(lambda: load_releases(config))
            as_of = date(2040, 1, 1)
            t_build, notices = timed(lambda: build_notices(config, releases, as_of))
            t_json, data = timed(lambda: json_feed.render(notices, config, as_of))
            t_atom, _ = timed(lambda: [atom.render(notices, config, lang, as_of) for lang in ("zh", "en")])
            t_csv, _ = timed(lambda: csv_export.render(notices, ["zh", "en"]))
            t_mail, _ = timed(lambda: [email.to_eml(m) for m in email.render_messages(notices, config, ["zh", "en"])])
            start = time.perf_counter()
            subprocess.run([str(Path(sys.executable).with_name("policy")), "notices", "export", "--as-of",
                            "2040-01-01", "-o", str(folder / "feed.json")], cwd=folder, check=True,
                           stderr=subprocess.DEVNULL)
            t_cli = time.perf_counter() - start
            rows.append((count, t_load, t_build, t_json, t_atom, t_csv, t_mail, t_cli, len(data)))
    lines = ["# Change notices", "",
             f"Command: `.venv/bin/python bench/bench_notices.py --releases {' '.join(map(str, args.releases))}`", "",
             "Generated history of the corrected statement, one scattered edit per release and language; "
             "times in seconds, one run each.", "",
             "| releases | load | build notices (diffs) | json | atom ×2 | csv | email ×2 (.eml) | `policy notices export` | notices.json bytes |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r[0]} | {r[1]:.3f} | {r[2]:.3f} | {r[3]:.3f} | {r[4]:.3f} | {r[5]:.3f} | {r[6]:.3f} | {r[7]:.2f} | {r[8]:,} |"
              for r in rows]
    text = "\n".join(lines) + "\n"
    print(text)
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "notices.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
