#!/usr/bin/env python3
"""Times every output format of the `addsup` binary on an input and on ten
times that input, and measures its peak memory: the CLI's linearity
benchmark (figures in BENCHMARKS.md, "The command line on large inputs").

Usage: scripts/bench-cli.py [--bin target/release/addsup [--bin OTHER]] [--size MB] [--runs N]
                            [--only NAME] [--threads N] [--repeat-small K]

Inputs, built from the seed wire story (../shared/corpus/seed/article.txt):
  story:  the story repeated, paragraphs kept (SIZE MB and 10 x SIZE MB);
  line:   the story's words on one single line, repeated;
  html:   the story's paragraphs as <p> elements, repeated;
  jsonl:  one {"id","text"} line per copy of the story.
Each command is run RUNS times (default 3) on each size (and with each
--bin), sizes and binaries taking turns so that a change in the machine's
load falls on all alike; the table gives the fastest wall-clock and CPU
(user + sys) times, the largest peak RSS, and the load average when the row
was done. CPU time is the kernel's count (wait4), to the microsecond; peak
RSS is /usr/bin/time's. The ratio is 10x time over 1x time: linear is 10,
the goal at most 11. CPU time is the steadier figure on a shared machine,
and with --threads 1 it counts work alone, without rayon's idle threads
spinning. The fastest of a few 0.3 s runs is more likely to have fallen in a
quiet moment than the fastest of a few 3 s runs, which inflates the ratio on
a loaded machine; --repeat-small 10 times ten runs of the smaller input
against each run of the larger, so that both last about as long.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STORY = os.path.join(ROOT, "..", "shared", "corpus", "seed", "article.txt")

CASES = [
    ("check (diagnostics)", "story", ["check"]),
    ("check, one long line", "line", ["check"]),
    ("check --all", "story", ["check", "--all"]),
    ("check --format json", "story", ["check", "--format", "json"]),
    ("check --format json, one long line", "line", ["check", "--format", "json"]),
    ("check --html", "html", ["check", "--html"]),
    ("check --html --format json", "html", ["check", "--html", "--format", "json"]),
    ("check --jsonl", "jsonl", ["check", "--jsonl"]),
    ("figures (table)", "story", ["figures"]),
    ("figures --format json", "story", ["figures", "--format", "json"]),
    ("figures --jsonl", "jsonl", ["figures", "--jsonl"]),
]


def unit(kind, story):
    """One copy of the story in the input's form."""
    paragraphs = [p.strip() for p in story.split("\n\n") if p.strip()]
    if kind == "story":
        return "\n\n".join(paragraphs) + "\n\n"
    if kind == "line":
        return " ".join(story.split()) + " "
    if kind == "html":
        return "".join(f"<p>{p}</p>\n" for p in paragraphs)
    if kind == "jsonl":
        return json.dumps({"id": 0, "text": "\n\n".join(paragraphs)}) + "\n"
    raise ValueError(kind)


def build(folder, kind, size, story):
    path = os.path.join(folder, f"{kind}-{size}.txt")
    if not os.path.exists(path):
        one = unit(kind, story)
        with open(path, "w", encoding="utf-8") as out:
            out.write(one * max(1, size // len(one.encode())))
    return path


def run_once(binary, args, path):
    """(wall s, cpu s, peak RSS KB) of one run. Peak RSS is /usr/bin/time's
    (%M); CPU time (user + sys) is the kernel's count for the process and
    what it waited for (wait4), to the microsecond: /usr/bin/time prints it
    to the hundredth of a second, which on a 0.2 s run is a 5% step, half a
    point of the 10x ratio."""
    start = time.perf_counter()
    with tempfile.NamedTemporaryFile("r") as report:
        child = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report.name, binary, *args, path],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"error: {binary} {' '.join(args)} {path} failed")
        rss = int(report.read().split()[-1])
    return wall, usage.ru_utime + usage.ru_stime, rss


def measure(binaries, args, paths, runs, repeat_small):
    """For each binary and path, (wall s, cpu s, peak RSS KB) over `runs`
    runs: the fastest times and the largest RSS. Binaries and paths take
    turns, so that a change in the machine's load falls on all of them
    alike. A run of the first (smaller) path is `repeat_small` runs in a
    row, their times averaged."""
    best = {}
    for _ in range(runs):
        for binary in binaries:
            for i, path in enumerate(paths):
                times = [run_once(binary, args, path) for _ in range(repeat_small if i == 0 else 1)]
                row = (sum(t[0] for t in times) / len(times), sum(t[1] for t in times) / len(times),
                       max(t[2] for t in times))
                b = best.get((binary, path))
                best[binary, path] = row if b is None else (min(b[0], row[0]), min(b[1], row[1]), max(b[2], row[2]))
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", action="append",
                        help="the addsup binary (default target/release/addsup); given twice or more, "
                        "the binaries take turns and each gets its rows, to compare builds under the same load")
    parser.add_argument("--size", type=float, default=1.0, help="the smaller input, in MB")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--threads", type=int, help="RAYON_NUM_THREADS for addsup (default: every core)")
    parser.add_argument("--repeat-small", type=int, default=1, metavar="K",
                        help="time the smaller input as the average of K runs in a row: with K = 10 both sizes "
                        "take about as long, so that the load of a shared machine falls on both alike")
    args = parser.parse_args()
    binaries = args.bin or [os.path.join(ROOT, "target", "release", "addsup")]
    if args.threads:
        os.environ["RAYON_NUM_THREADS"] = str(args.threads)
    if not os.path.exists(STORY):
        sys.exit(f"error: {STORY} is missing: clone the repository beside shared/")
    story = open(STORY, encoding="utf-8").read()
    small = int(args.size * 1_000_000)
    label = "| binary " if len(binaries) > 1 else ""
    print(f"| format | input {label}| {args.size:g} MB: wall / CPU / peak RSS | {10 * args.size:g} MB: wall / CPU / peak RSS "
          "| 10x time (wall, CPU) | RSS / input | load average |")
    print("|---|---|" + ("---|" if label else "") + "---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, kind, command in CASES:
            if args.only and args.only not in name:
                continue
            paths = [build(folder, kind, small, story), build(folder, kind, 10 * small, story)]
            best = measure(binaries, command, paths, args.runs, args.repeat_small)
            size = os.path.getsize(paths[1])
            for binary in binaries:
                one, ten = best[binary, paths[0]], best[binary, paths[1]]
                ratio = lambda i: ten[i] / one[i] if one[i] > 0 else float("nan")
                which = f" {binary} |" if label else ""
                print(f"| `{' '.join(command)}` | {kind} |{which} {one[0]:.2f} s / {one[1]:.3f} s / {one[2] / 1024:.0f} MB "
                      f"| {ten[0]:.2f} s / {ten[1]:.3f} s / {ten[2] / 1024:.0f} MB | {ratio(0):.1f}×, {ratio(1):.2f}× "
                      f"| {ten[2] * 1024 / size:.1f}× | {os.getloadavg()[0]:.1f} |", flush=True)


if __name__ == "__main__":
    main()
