#!/usr/bin/env bash
# The ledger's share of a sync, without HTTP or the mock: a generated school's full-sync
# observations recorded through the real Ledger into an H2 file database, first sync then re-sync,
# with wall and CPU time per pass. Compare with bench/sync-year.sh to see what the ledger costs.
# usage: bench/ledger-write.sh [students, default 1000] [-Dbench.h2=';H2_SETTING=value']
set -euo pipefail
cd "$(dirname "$0")/.."
students="${1:-1000}"
shift || true
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xmx1g "$@" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.LedgerWriteBench "$students"
