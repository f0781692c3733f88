#!/usr/bin/env bash
# JMH benchmark: 10,000 and 100,000 patients written end to end as CSV + Parquet in a warm JVM, in patients per second.
# Each cohort is one timed operation; 5 warm-up cohorts, then 5 measured ones, in one forked JVM with the options
# ./synth uses. About 4 minutes on two cores. JMH options may follow, e.g. benchmarks/jmh.sh -p patients=10000.
# Usage: benchmarks/jmh.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building the benchmarks (mvn -Pbenchmarks package)..." >&2
mvn -B -q -Dstyle.color=never -Pbenchmarks -Dmaven.test.skip=true package -pl benchmarks -am
jvm="-Xmx1g -XX:+UseParallelGC -XX:InlineSmallCode=1000 -XX:FreqInlineSize=100"  # as ./synth runs it
grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
    && jvm+=" -XX:+UseTransparentHugePages"
java -cp "benchmarks/target/synth-benchmarks-0.1.0-SNAPSHOT.jar:benchmarks/target/lib/*" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    org.synthhealth.benchmarks.PatientsPerSecond -jvmArgs "$jvm -Dorg.slf4j.simpleLogger.defaultLogLevel=warn" "$@"
