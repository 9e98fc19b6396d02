#!/usr/bin/env bash
# A full sync of a school year (the gateway's jar, sync --once, -Xmx512m: a first sync into an
# empty ledger, then a full re-sync) against a bare loop that fetches the same pages, with
# mock-netcity in its own JVM. Prints requests, records, records per second, wall times, their
# ratios and the peak heap (from the gateway's GC log).
# usage: bench/sync-year.sh [students, default 1000] [--latency MS] [--weekly-diary] [--no-bare]
#        [--xmx SIZE]
#        [--jvm OPTION (for the gateway's JVM, repeatable)]
#        [--gateway.* or --netcity.* settings for the gateway, e.g. --gateway.sync.units-in-parallel=8]
#   bench/sync-year.sh 1000                      # gateway vs bare loop (target: <= 1.3 x)
#   bench/sync-year.sh 2000 --no-bare            # peak heap at 2000 students (target: < 512 MB)
#   bench/sync-year.sh 1000 --latency 50 --no-bare   # target: <= 1.15 x requests x 50 ms / 4
#   bench/sync-year.sh 1000 --weekly-diary       # the mock answers a week per diary request at
#                                                # most: the requests of week reads, to compare
#   bench/sync-year.sh 1000 --no-bare --jvm -XX:StartFlightRecording=filename=/tmp/sync.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.SyncYearBench "$@"
