#!/usr/bin/env bash
# The deputy director's dashboard of a school year: on the generated school of bench/audit-year.sh
# (default 2000 students; filled under target/bench-audit-<students> and audited if not yet), reads
# the report snapshot once (the ledger's lessons, homework, teachers, terms and term marks and the
# audit's findings; kept until the next audit) and then renders the dashboard page from its
# Thymeleaf template for the whole year and for the first term, with its XLSX and PDF, per round. Prints
# wall times. Targets: the page under 1 s, its PDF under 5 s (bench/report-pdf.sh times the other
# printed documents).
# usage: bench/dashboard.sh [students, default 2000] [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
students="${1:-2000}"
rounds="${2:-5}"
. bench/audited-ledger.sh
exec java -Xmx1g -cp "$cp" -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.DashboardBench "$dir" "$rounds"
