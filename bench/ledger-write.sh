#!/usr/bin/env bash
# The ledger's share of a sync, without HTTP or the mock: a generated school's full-sync
# observations recorded through the real Ledger, first sync then re-sync, with events written,
# wall and CPU time and events per second per pass. Into an H2 file database, or with --postgres
# into a fresh schema of a PostgreSQL database (dropped after). Compare with bench/sync-year.sh to
# see what the ledger costs.
# usage: bench/ledger-write.sh [students, default 1000] [--postgres [jdbc-url, default
#   jdbc:postgresql://127.0.0.1:5432/test]] [-Dbench.h2=';H2_SETTING=value']
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
jvm=()
for a in "$@"; do
  case "$a" in
    -D*|-X*) jvm+=("$a") ;;
    *) args+=("$a") ;;
  esac
done
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xmx1g "${jvm[@]}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.LedgerWriteBench "${args[@]}"
