#!/usr/bin/env bash
# The first run as a newcomer meets it: the README's first command (java -jar
# target/netcity-gateway.jar, embedded defaults: H2 + the bundled 250-student mock school) in a fresh
# folder, timed from the start of the JVM to the end of its first sync. Prints the lines the service
# logged about that sync and the first administrator's banner (password masked), then the figures.
# usage: bench/first-run.sh [gateway settings, e.g. --netcity.budget.requests-per-second=10]
#   JAR=/path/to/other.jar bench/first-run.sh     # the same for another build (no package then)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ -z "${JAR:-}" ]; then
  mvn -B -q -DskipTests package >&2
  JAR="$root/target/netcity-gateway.jar"
fi
work=$(mktemp -d)
cp -r config "$work/"
cd "$work"
start=$(date +%s.%N)
# A random HTTP port: another service may hold 8080; the sync's end line names the one it got.
java -jar "$JAR" --server.port=0 "$@" >run.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -qE 'FULL sync (complete|INCOMPLETE)|sync failed' run.log; do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -20 run.log
    echo "the gateway stopped before its first sync ended" >&2
    exit 1
  fi
  sleep 1
done
end=$(date +%s.%N)
grep -E 'embedded mock-netcity serves|sync started|sync [0-9]+%|sync (complete|INCOMPLETE)|sync failed' run.log \
  | sed -E 's/^([^ ]+) +[A-Z]+ +[0-9]+ --- \[[^]]*\] \[ *[^]]*\] [^:]+: /\1 /'
sed -n '/Первый администратор/,/^$/p' run.log | sed -E 's/(пароль: +)[^ ]+/\1********/'
awk -v s="$start" -v e="$end" 'BEGIN { printf "first start to the end of the first sync: %.1f s (JVM, Spring, mock school and the sync)\n", e - s }'
grep -oE 'FULL sync (complete|INCOMPLETE).*' run.log | head -1
