#!/usr/bin/env bash
# End-to-end benchmark of the synth command: patients per second and peak heap for CSV + Parquet output.
# Usage: benchmarks/end-to-end.sh [patients=10000] [heap=1g] [formats=csv,parquet]
# heap "default" leaves the heap to the JVM (a quarter of the memory), as ./synth does.
# Prints the command's summary, the wall time and the peak heap after GC (from the JVM's GC log).
set -euo pipefail
cd "$(dirname "$0")/.."
patients="${1:-10000}"
heap="${2:-1g}"
formats="${3:-csv,parquet}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
./synth --version >/dev/null
heap_opt="-Xmx$heap"
[[ "$heap" == default ]] && heap_opt=""
start=$(date +%s.%N)
SYNTH_JAVA_OPTS="$heap_opt -Xlog:gc:file=$out/gc.log" ./synth --num-records "$patients" --seed 1 \
    --formats "$formats" --output-dir "$out/data" 2>/dev/null
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$patients" 'BEGIN { printf "wall %.1f s, %.0f patients/s\n", e - s, n / (e - s) }'
grep -oE '[0-9]+M->[0-9]+M' "$out/gc.log" | awk -F'->' '{ sub("M", "", $2); if ($2 + 0 > max) max = $2 + 0 }
    END { printf "largest heap after a GC: %d MiB\n", max }'
