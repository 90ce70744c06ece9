#!/usr/bin/env bash
# Runs every fuzz target (or the ones named) for RUNS executions each,
# seeded from fuzz/corpus/<target> (built by scripts/fuzz-seed.sh when
# missing), at low priority, and prints one row per target for the table in
# the README's fuzzing section. Not part of scripts/test.sh.
#
# Usage: scripts/fuzz.sh RUNS [TARGET...]     e.g. scripts/fuzz.sh 5000000
#
# Needs the nightly toolchain and `cargo install cargo-fuzz`. Targets are
# built with debug assertions and overflow checks (cargo-fuzz's default)
# and without a sanitizer: the crate has no unsafe code, and ASan would
# halve the executions per second. Inputs up to MAX_LEN bytes (default
# 4096); an input that runs over 10 s is a timeout, and counts as a failure.
# A failing input is left in fuzz/artifacts/<target>/: turn it into a
# regression test (tests/bad_input.rs) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:?usage: scripts/fuzz.sh RUNS [TARGET...]}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cd fuzz && cargo +nightly fuzz list)
fi
max_len=${MAX_LEN:-4096}
for target in "${targets[@]}"; do
    [ -d "fuzz/corpus/$target" ] || scripts/fuzz-seed.sh
done
logs=fuzz/logs
mkdir -p "$logs"
commit=$(git rev-parse --short HEAD)

# Built first, so that the times below are the runs' alone.
for target in "${targets[@]}"; do
    nice -n 19 cargo +nightly fuzz build -s none "$target" >&2
done

echo "| date | commit | target | executions | time | exec/s | coverage (cov / ft) | corpus | result |"
echo "|---|---|---|---:|---:|---:|---|---:|---|"
for target in "${targets[@]}"; do
    log="$logs/$target-$(date -u +%Y%m%dT%H%M%S).log"
    started=$(date +%s)
    status=0
    nice -n 19 cargo +nightly fuzz run -s none "$target" "fuzz/corpus/$target" -- \
        -runs="$runs" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        >"$log" 2>&1 || status=$?
    seconds=$(($(date +%s) - started))
    # libFuzzer's own time, when it finished: "Done N runs in S second(s)".
    done_in=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    seconds=${done_in:-$seconds}
    # libFuzzer's last status line: "#N DONE cov: C ft: F corp: K/..." (or the
    # last pulse before a failure).
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    rate=$(( ${executions:-0} / (seconds > 0 ? seconds : 1) ))
    if [ "$status" -eq 0 ]; then
        result="no failure"
    else
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        result="FAILED (exit $status) ${artifact:-see $log}"
    fi
    echo "| $(date -u +%F) | $commit | $target | ${executions:-?} | ${seconds} s | $rate | ${cov:-?} / ${ft:-?} | ${corpus:-?} | $result |"
done
