"""Warm `policy build` of 100 releases with the tooling of two code trees, to compare a change
of the build strategy (e.g. building beside the output and swapping it in) with the code before.

    git archive COMMIT tooling | tar -x -C /tmp/old
    .venv/bin/python bench/ab_build.py /tmp/old /tmp/p100-old 5
    .venv/bin/python bench/ab_build.py .        /tmp/p100-new 5     # alternate the two, twice

Each run makes (once) a project of 100 releases in PROJECT (bench/bench_build.py's), builds it
once to fill the cache, then times RUNS warm builds and prints the median and the minimum.
"""

import os
import statistics
import sys
import time
from pathlib import Path

code = os.path.abspath(sys.argv[1])
sys.path.insert(0, code)
sys.path.insert(1, str(Path(__file__).resolve().parent))

import bench_build  # noqa: E402
import tooling  # noqa: E402

assert tooling.__file__.startswith(code), tooling.__file__
from tooling.site.build import build_site  # noqa: E402
from tooling.config import load_config  # noqa: E402

root = Path(sys.argv[2])
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
if not root.exists():
    bench_build.make_project(root, 100)
config = load_config(root=str(root))
out = root.parent / (root.name + "-site")
build_site(config, str(out), bench_build.as_of_for(100))
times = []
for _ in range(runs):
    start = time.perf_counter()
    build_site(config, str(out), bench_build.as_of_for(100))
    times.append(time.perf_counter() - start)
print(f"{code}: warm build median {statistics.median(times):.3f} s, min {min(times):.3f} s",
      [round(t, 3) for t in times])
