#!/usr/bin/env python3
"""Times every output format of the `addsup` binary on an input and on ten
times that input, and measures its peak memory: the CLI's linearity
benchmark (figures in BENCHMARKS.md, "The command line on large inputs").

Usage: scripts/bench-cli.py [--bin target/release/addsup] [--size MB] [--runs N]

Inputs, built from the seed wire story (../shared/corpus/seed/article.txt):
  story:  the story repeated, paragraphs kept (SIZE MB and 10 x SIZE MB);
  line:   the story's words on one single line, repeated;
  html:   the story's paragraphs as <p> elements, repeated;
  jsonl:  one {"id","text"} line per copy of the story.
Each command is run RUNS times (default 3) on each size, the sizes taking
turns so that a change in the machine's load falls on both alike; the table
gives the fastest wall-clock and CPU (user + sys) times, and the largest
peak RSS, from /usr/bin/time. The ratio is 10x time over 1x time: linear is 10, the goal
at most 11. CPU time is the steadier figure on a shared machine, and with
--threads 1 it counts work alone, without rayon's idle threads spinning.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

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
    """(wall s, cpu s, peak RSS KB) of one run."""
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%e %U %S %M", binary, *args, path],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    wall, user, system, rss = result.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(rss)


def measure(binary, args, paths, runs):
    """For each path, (wall s, cpu s, peak RSS KB) over `runs` runs: the
    fastest times and the largest RSS. The paths take turns, so that a
    change in the machine's load falls on all of them alike."""
    best = [None] * len(paths)
    for _ in range(runs):
        for i, path in enumerate(paths):
            row = run_once(binary, args, path)
            b = best[i]
            best[i] = row if b is None else (min(b[0], row[0]), min(b[1], row[1]), max(b[2], row[2]))
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "addsup"))
    parser.add_argument("--size", type=float, default=1.0, help="the smaller input, in MB")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--threads", type=int, help="RAYON_NUM_THREADS for addsup (default: every core)")
    args = parser.parse_args()
    if args.threads:
        os.environ["RAYON_NUM_THREADS"] = str(args.threads)
    if not os.path.exists(STORY):
        sys.exit(f"error: {STORY} is missing: clone the repository beside shared/")
    story = open(STORY, encoding="utf-8").read()
    small = int(args.size * 1_000_000)
    print(f"| format | input | {args.size:g} MB: wall / CPU / peak RSS | {10 * args.size:g} MB: wall / CPU / peak RSS "
          "| 10x time (wall, CPU) | RSS / input |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, kind, command in CASES:
            if args.only and args.only not in name:
                continue
            ten_path = build(folder, kind, 10 * small, story)
            one, ten = measure(args.bin, command, [build(folder, kind, small, story), ten_path], args.runs)
            size = os.path.getsize(ten_path)
            ratio = lambda i: ten[i] / one[i] if one[i] > 0 else float("nan")
            print(f"| `{' '.join(command)}` | {kind} | {one[0]:.2f} s / {one[1]:.2f} s / {one[2] / 1024:.0f} MB "
                  f"| {ten[0]:.2f} s / {ten[1]:.2f} s / {ten[2] / 1024:.0f} MB | {ratio(0):.1f}×, {ratio(1):.1f}× "
                  f"| {ten[2] * 1024 / size:.1f}× |", flush=True)


if __name__ == "__main__":
    main()
