#!/usr/bin/env bash
# Client overhead over a bare HTTP loop for a term of one 30-student class, against mock-netcity.
# usage: bench/client-term.sh [rounds, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  -Dlogback.configurationFile=mock-netcity/logback.xml \
  ru.netcity.gateway.bench.ClientTermBench "${1:-7}"
