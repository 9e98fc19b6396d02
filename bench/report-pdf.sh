#!/usr/bin/env bash
# The printed documents of a 2000-student school: fills (or reuses) the audited H2 ledger of
# bench/audit-year.sh (target/bench-audit-<students>), then prints per round the time to build and
# render the term report's PDF (target: under 5 s) and the whole school's year-end summary sheets
# as PDF and XLSX (round 1 is the cold JVM). 512 MB of heap, as on a school's server.
# usage: bench/report-pdf.sh [students, default 2000] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
students="${1:-2000}"
rounds="${2:-3}"
. bench/audited-ledger.sh
exec java -Xmx512m -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.ReportPdfBench run "$dir" "$rounds"
