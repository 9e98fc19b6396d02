#!/usr/bin/env bash
# The audit of a school year: fills an H2 ledger with a generated school (default 2000 students)
# straight from the mock's model through the sync's observation formats and the real ledger writer
# (no HTTP; kept under target/bench-audit-<students> and reused), then audits it in a fresh JVM with
# one core and 512 MB of heap. Round 0 is the first audit (cold JVM, every class read from
# entry_state and the audit's copy of it written); each further round first records a nightly sync
# of the last 14 days through the real Ledger (one mark in 40 changed), then audits as the
# audit-after-sync route does. Per round: wall and process CPU time and which ledger check it made;
# then the peak heap, then the whole ledger check the audit makes weekly
# (gateway.ledger.whole-check-every), timed apart; the fill ends with one, as the audits of the year
# would have. Targets: under 5 s and under 512 MB.
# For a strict single CPU (JIT and GC threads included) prefix the audit java with: taskset -c 0
# usage: bench/audit-year.sh [students, default 2000] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
students="${1:-2000}"
rounds="${2:-3}"
. bench/audited-ledger.sh
exec java -Xmx512m -XX:ActiveProcessorCount=1 -cp "$cp" \
  -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.AuditYearBench audit "$dir" "$rounds"
