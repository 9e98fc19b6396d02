#!/usr/bin/env bash
# The parents' notification dispatch: queues N notifications (default 50,000, a quarter per
# channel) in a fresh H2 database under target/bench-notify, starts local stub channels (GreenMail
# SMTP; one HTTP server for the Telegram, MAX and SMS APIs) and runs `notify --once` in a fresh JVM
# with the given heap, every channel limited to RATE messages/s (default 1000; the published
# limits are Telegram 30/s, MAX 30/s). Prints the throughput per channel against its limit and the
# dispatcher's peak resident memory.
# usage: bench/notify-dispatch.sh [count, default 50000] [rate per channel, default 1000] [heap, default 256m]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-50000}"
rate="${2:-1000}"
heap="${3:-256m}"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
exec java -Xmx1g -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.NotifyDispatchBench "$count" "$rate" target/bench-notify "$heap"
