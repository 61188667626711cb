"""Cold builds and the rebuild after one more release, with the tooling of two code trees, whole
processes, interleaved (issue 15; a smaller variant of ``bench_build.py --cold``, to compare a
change with the code before it on the same machine in the same minutes).

    git archive COMMIT | tar -x -C /tmp/old
    .venv/bin/python bench/bench_cold_ab.py /tmp/old . --releases 100 --runs 2

For each run and each tree in turn (the order alternates): a cold build with two processes and
with one (``.policy-cache/`` removed before each: jieba's own dictionary cache in the temporary
folder, /tmp/jieba.cache, is kept, as on a developer's machine), a warm build; then, on a fresh
project of the same releases built twice, one more release: the first build after it and a
rebuild without change. Wall and CPU (user + system of the process and its workers) seconds,
medians; peak memory: ru_maxrss of the largest process, the maximum over the runs; POLICY_PDF=0. Prints a Markdown table.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

START = date(2020, 1, 1)
PROBE = ("import json, resource, subprocess, sys, time\n"
         "start = time.perf_counter()\n"
         "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
         "wall = time.perf_counter() - start\n"
         "use = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
         "print(json.dumps([done.returncode, wall, use.ru_utime + use.ru_stime, use.ru_maxrss / 1024, done.stderr]))\n")


def measured(command, cwd):
    env = dict(os.environ, POLICY_PDF="0", NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([sys.executable, "-c", PROBE, *map(str, command)], cwd=cwd, capture_output=True,
                            text=True, env=env)
    code, wall, cpu, rss, stderr = json.loads(result.stdout)
    if code != 0:
        sys.exit(f"{' '.join(map(str, command))} failed in {cwd}:\n{stderr}")
    return wall, cpu, rss


def helper(tree, code):
    subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, 'bench'); import bench_build\n"
                    "from pathlib import Path\n" + code], cwd=tree, check=True, env=dict(os.environ, POLICY_PDF="0"))


def build(project, n, site, *extra):
    as_of = START + timedelta(days=7 * (n - 1))
    return [sys.executable, "-m", "tooling", "build", "--as-of", as_of.isoformat(), "-o", str(site), *extra]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs=2)
    parser.add_argument("--releases", type=int, default=100)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    n = args.releases
    trees = [os.path.abspath(t) for t in args.trees]
    out = Path(tempfile.mkdtemp(prefix="policy-cold-ab-"))
    rows = {t: {} for t in trees}

    def add(tree, label, value):
        rows[tree].setdefault(label, []).append(value)

    for k, tree in enumerate(trees):
        helper(tree, f"bench_build.make_project(Path({str(out / f'p{k}')!r}), {n})")
    for run in range(args.runs):
        for k in (range(2) if run % 2 == 0 else range(1, -1, -1)):
            tree, project, site = trees[k], out / f"p{k}", out / f"s{k}"
            for label, extra in (("cold -j 2", ["-j", "2"]), ("cold -j 1", ["-j", "1"])):
                shutil.rmtree(project / ".policy-cache", ignore_errors=True)
                add(tree, label, measured(build(project, n, site, *extra), project))
            add(tree, "warm", measured(build(project, n, site), project))
            plus, plus_site = out / f"q{k}", out / f"qs{k}"
            helper(tree, f"bench_build.make_project(Path({str(plus)!r}), {n})")
            measured(build(plus, n, plus_site), plus)
            measured(build(plus, n, plus_site), plus)
            helper(tree, f"bench_build.add_release(Path({str(plus)!r}), {n + 1})")
            add(tree, "+1 release", measured(build(plus, n + 1, plus_site), plus))
            add(tree, "rebuild, no change", measured(build(plus, n + 1, plus_site), plus))
            shutil.rmtree(plus)
            shutil.rmtree(plus_site)
    shutil.rmtree(out, ignore_errors=True)
    med = statistics.median
    print(f"{n} releases, medians of {args.runs} interleaved runs (wall s / CPU s / peak MB of the largest "
          f"process); load average at the end: {os.getloadavg()}")
    print("| | " + " | ".join(trees) + " |")
    print("|---|" + "---:|" * len(trees))
    for label in rows[trees[0]]:
        cells = [f"{med(x[0] for x in rows[t][label]):.2f} / {med(x[1] for x in rows[t][label]):.2f} / "
                 f"{max(x[2] for x in rows[t][label]):.0f}" for t in trees]
        print(f"| {label} | " + " | ".join(cells) + " |")
    for t in trees:
        r = {label: (med(x[0] for x in v), med(x[1] for x in v)) for label, v in rows[t].items()}
        print(f"{t}: cold -j 2 / warm {r['cold -j 2'][0] / r['warm'][0]:.2f}x wall, "
              f"{r['cold -j 2'][1] / r['warm'][1]:.2f}x CPU; +1 release / no change "
              f"{r['+1 release'][0] / r['rebuild, no change'][0]:.2f}x wall, "
              f"{r['+1 release'][1] / r['rebuild, no change'][1]:.2f}x CPU")


if __name__ == "__main__":
    main()
