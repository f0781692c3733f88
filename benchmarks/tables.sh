#!/usr/bin/env bash
# Benchmark of the CSV and Parquet writers: patients per second and peak heap.
# Usage: benchmarks/tables.sh [patients=100000] [heap=1g] [engine|handmade] [csv|parquet|both]
set -euo pipefail
cd "$(dirname "$0")/.."
patients="${1:-100000}"
heap="${2:-1g}"
source="${3:-engine}"
formats="${4:-both}"
mvn -B -q -pl synth-core test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java -Xmx"$heap" -XX:+UseParallelGC \
    -cp "synth-core/target/classes:synth-core/target/test-classes:$(cat synth-core/target/bench.classpath)" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    org.synthhealth.core.bench.TableBenchmark "$patients" "$out" "$source" "$formats"
