"""Peak memory of a command and of every process it starts (issue 15: the largest process of a cold
build may be the build itself or one of its workers).

    POLICY_PDF=0 .venv/bin/python bench/bench_peaks.py .venv/bin/python -m tooling build --as-of 2029-07-25 -o SITE -j 2

Polls every 0.1 s the VmHWM (peak resident set, /proc, Linux) of the command and of all its
descendants, then prints the build process's peak and each worker's, largest first, with the
whole run's wall and CPU time and ru_maxrss (the largest of them, as getrusage sees it). A worker is
forked from the build process: its resident set counts the pages it shares with it. A process that
lives less than 0.1 s may be missed (ru_maxrss still covers it).
"""

import os
import resource
import subprocess
import sys
import time


def children(pid):
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


def peak_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def main(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command)
    peaks = {}
    while proc.poll() is None:
        todo, seen = [proc.pid], []
        while todo:
            pid = todo.pop()
            seen.append(pid)
            todo += children(pid)
        for pid in seen:
            value = peak_mb(pid)
            if value is not None:
                peaks[pid] = max(peaks.get(pid, 0), value)
        time.sleep(0.1)
    wall = time.perf_counter() - start
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"exit {proc.returncode}; wall {wall:.1f} s; CPU {use.ru_utime + use.ru_stime:.1f} s; "
          f"ru_maxrss {use.ru_maxrss / 1024:.0f} MB", file=sys.stderr)
    main_peak = peaks.pop(proc.pid, 0)
    workers = sorted(peaks.values(), reverse=True)
    print(f"build process {main_peak:.0f} MB; {len(workers)} workers: " + " ".join(f"{v:.0f}" for v in workers) + " MB",
          file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
