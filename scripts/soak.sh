#!/usr/bin/env bash
# Soak test of `addsup check --jsonl` (not in CI; figures in BENCHMARKS.md):
# SIZE_MB of JSON Lines (default 1024) streamed through the release binary,
# then every output line checked: one per input line, in input order, each
# with its findings (or, for the one bad line in every 10,000, its error).
# The input is generated on the fly from the dev passages
# (../shared/corpus/news/dev.jsonl) and the engine fixtures, so nothing of
# that size touches the disk; the peak RSS of addsup comes from
# /usr/bin/time. CPU heavy: it runs at low priority.
#
# Usage: scripts/soak.sh [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb=${1:-1024}
bin=target/release/addsup
dev=../shared/corpus/news/dev.jsonl
[ -f "$dev" ] || { echo "error: $dev is missing: clone the repository beside shared/" >&2; exit 1; }
[ -x "$bin" ] || cargo build --release
report=$(mktemp)
trap 'rm -f "$report" "$report.lines" "$report.summary"' EXIT

generate() {
    python3 - "$size_mb" "$dev" tests/fixtures/*.txt <<'PY'
import json, sys
limit = int(float(sys.argv[1]) * 1_000_000)
texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
texts += [open(path, encoding="utf-8").read() for path in sys.argv[3:]]
out = sys.stdout
written = n = 0
while written < limit:
    # Every 10,000th line is not JSON: it must be answered with its error.
    line = "not json" if n % 10_000 == 9_999 else json.dumps({"id": n, "text": texts[n % len(texts)]})
    out.write(line + "\n")
    written += len(line.encode()) + 1
    n += 1
print(n, file=sys.stderr)
PY
}

verify() {
    python3 -c '
import json, sys
n = flagged = 0
for raw in sys.stdin:
    answer = json.loads(raw)
    if n % 10_000 == 9_999:
        assert answer["id"] is None and answer["error"].startswith(f"line {n + 1}: not valid JSON"), (n, raw[:200])
    else:
        assert answer["id"] == n, f"line {n + 1} answered out of order: {raw[:200]}"
        assert isinstance(answer["findings"], list), raw[:200]
        flagged += any(f["status"] == "inconsistent" for f in answer["findings"])
    n += 1
print(f"{n} answers, in order; {flagged} with figures that do not add up")
'
}

started=$(date +%s)
set +e
generate 2>"$report.lines" |
    nice -n 19 /usr/bin/time -f "%e s wall, %U s user, %S s sys, peak RSS %M KB" -o "$report" \
        "$bin" check --jsonl 2>"$report.summary" |
    verify
status=("${PIPESTATUS[@]}")
set -e
seconds=$(($(date +%s) - started))
echo "input: $size_mb MB, $(cat "$report.lines") lines; $seconds s in all"
echo "addsup: $(tail -1 "$report")"
echo "$(cat "$report.summary")"
rm -f "$report.lines" "$report.summary"
# addsup exits 2 for the bad lines it answered; the generator and the
# verifier must succeed.
if [ "${status[0]}" -ne 0 ] || [ "${status[1]}" -ne 2 ] || [ "${status[2]}" -ne 0 ]; then
    echo "soak FAILED: exit statuses ${status[*]} (generator, addsup, verifier)" >&2
    exit 1
fi
echo "soak passed"
