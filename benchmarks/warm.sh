#!/usr/bin/env bash
# Warm-JVM benchmark: the same CSV + Parquet cohort generated several times in one JVM, one line per round.
# The first round includes JIT compilation (as benchmarks/end-to-end.sh does); later rounds show the speed a test
# run or a long-lived service reaches once the JVM is warm.
# Usage: benchmarks/warm.sh [patients=100000] [rounds=4] [heap=1g]
# heap "default" leaves the heap to the JVM (a quarter of the memory), as ./synth does.
set -euo pipefail
cd "$(dirname "$0")/.."
patients="${1:-100000}"
rounds="${2:-4}"
heap="${3:-1g}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./synth --version >/dev/null
jvm=(-XX:+UseParallelGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100)  # as ./synth runs it
grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
    && jvm+=(-XX:+UseTransparentHugePages)
[[ "$heap" == default ]] || jvm+=("-Xmx$heap")
java "${jvm[@]}" -Dorg.slf4j.simpleLogger.log.org.synthhealth=warn \
    -cp "synth-cli/target/synth-cli-0.1.0-SNAPSHOT.jar:synth-cli/target/lib/*" \
    benchmarks/Warm.java "$patients" "$rounds" "$out"
