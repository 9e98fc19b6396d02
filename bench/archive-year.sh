#!/usr/bin/env bash
# The archive of a school year: fills an H2 ledger with a generated school (default 2000 students;
# real hash chain, audited; kept under target/bench-archive-<students> and reused), then in a fresh
# JVM with 512 MB of heap creates the signed snapshot in two locations (export, write both copies,
# sign, read back and verify) and checks both copies again, printing wall time, the snapshot's size,
# the peak heap and the peak resident set. Targets: create + sign + verify under 30 s and 512 MB.
# usage: bench/archive-year.sh [students, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
students="${1:-2000}"
dir="target/bench-archive-$students"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
if [ ! -f "$dir/ledger.mv.db" ]; then
  java -Xmx3g -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
    ru.netcity.gateway.bench.ArchiveYearBench fill "$students" "$dir"
fi
exec java -Xmx512m -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.ArchiveYearBench run "$dir"
