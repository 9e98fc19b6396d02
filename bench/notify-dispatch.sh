#!/usr/bin/env bash
# The parents' notification dispatch: queues N notifications (default 50,000, a quarter per
# channel) in a fresh H2 database under target/bench-notify, starts local stub channels (GreenMail
# SMTP; one HTTP server for the Telegram, MAX and SMS APIs) and runs `notify --once` in a fresh JVM
# with the given heap, each channel limited to its LIMITS messages/s (one number for all, or per
# channel; the default gives the channels different limits, as the published ones differ: Telegram
# 30/s, MAX 30/s, an SMS contract's 10/s). Prints per channel the messages delivered, the seconds
# from the dispatch's first delivery to the channel's last and the messages/s against its limit,
# the total, and the dispatcher's peak resident memory. Exits when done.
# usage: bench/notify-dispatch.sh [count, default 50000] [limits, default email=15,telegram=100,max=100,sms=50] [heap, default 256m]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-50000}"
limits="${2:-email=15,telegram=100,max=100,sms=50}"
heap="${3:-256m}"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
exec java -Xmx1g -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.NotifyDispatchBench "$count" "$limits" target/bench-notify "$heap"
