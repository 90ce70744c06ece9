#!/usr/bin/env python3
"""Checks a file of collected news passages before it joins tests/news.

Usage: scripts/check-passages.py FILE.jsonl [FILE.jsonl ...]

Each line must be a record of ../shared/corpus/news/README.md's format (id,
text, source_url, title, relations; each relation with type, figures,
expected, reported, verdict, and a note where given), every figure string must occur in the
text, and no address may be held back (its SHA-1 listed in
../shared/corpus/news/held-back-url-sha1.txt), in the dev set, in
tests/news/ already, in another file given, or twice in one file.
Prints the problems and a count; exits 1 if there was any.
"""
import glob
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SHARED = os.path.join(REPO, "..", "shared", "corpus", "news")
TYPES = {"sum", "percent", "change", "conversion", "multiple", "count", "restatement", "share_sum", "other"}
VERDICTS = {"consistent", "inconsistent", "ambiguous"}


def addresses(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)["source_url"]


def main(files):
    if not files:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    held_path = os.path.join(SHARED, "held-back-url-sha1.txt")
    if not os.path.exists(held_path):
        print(f"check-passages: {held_path} is missing (../shared must sit beside the repository)", file=sys.stderr)
        return 2
    with open(held_path) as f:
        held = {l.strip() for l in f if l.strip()}
    given = {os.path.abspath(p) for p in files}
    used = {}
    for path in [os.path.join(SHARED, "dev.jsonl")] + glob.glob(os.path.join(REPO, "tests", "news", "*.jsonl")) + files:
        if os.path.abspath(path) in given and path not in files:
            continue
        for url in addresses(path):
            used.setdefault(url, []).append(path)
    problems = 0
    for path in files:
        passages = relations = 0
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                say = lambda msg: print(f"{path}:{n}: {msg}")
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    say(f"not JSON: {e}")
                    problems += 1
                    continue
                passages += 1
                faults = [f"missing {k}" for k in ("id", "text", "source_url", "title", "relations") if k not in r]
                url = r.get("source_url", "")
                if hashlib.sha1(url.encode("utf-8")).hexdigest() in held:
                    faults.append(f"held-back address {url}")
                if len(used.get(url, [])) > 1:
                    faults.append(f"address used {len(used[url])} times: {', '.join(sorted(set(used[url])))}")
                for rel in r.get("relations", []):
                    relations += 1
                    faults += [f"relation missing {k}" for k in ("type", "figures", "expected", "reported", "verdict") if k not in rel]
                    if rel.get("type") not in TYPES:
                        faults.append(f"unknown type {rel.get('type')!r}")
                    if rel.get("verdict") not in VERDICTS:
                        faults.append(f"unknown verdict {rel.get('verdict')!r}")
                    faults += [f"figure {x!r} is not in the text" for x in rel.get("figures", []) if x not in r.get("text", "")]
                for fault in faults:
                    say(fault)
                problems += len(faults)
        print(f"{path}: {passages} passages, {relations} relations")
    print("check-passages: ok" if not problems else f"check-passages: {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
