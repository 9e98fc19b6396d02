#!/usr/bin/env bash
# Starts mock-netcity with 2000 students without and with a clock and prints, for both, the seconds
# from launch to the ready line (JVM start included) and the heap in use after a GC once ready.
# Target (issue 10): with a clock under 10 s, and no more memory than without one plus the history.
# The CPU seconds (all threads, at the ready line) tell the cost apart from a busy machine's waits.
# With --schools N it starts N schools of [students] (default 300) in one process instead: once
# lazily (only names and ids at start, each school generated on its first login) and once with
# every school generated at start (--truth-out DIR writes one truth per school), and prints the
# same figures for both.
# usage: bench/mock-start.sh [students] [clock]
#        bench/mock-start.sh --schools N [students]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
schools=""
if [ "${1:-}" = "--schools" ]; then
  schools="$2"
  shift 2
  students="${1:-300}"
else
  students="${1:-2000}"
fi
clock="${2:-2025-10-06T02:30}"
jar="$root/target/netcity-gateway.jar"
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests package >&2)
fi
out="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT

port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

measure() {
  local label="$1"
  shift
  local log="$out/$label.log"
  local p
  p="$(port)"
  local start
  start=$(date +%s%N)
  "$root/mock-netcity/run" --port "$p" --seed 1 --students "$students" "$@" >"$log" 2>&1 &
  pid=$!
  local ready=""
  for _ in $(seq 1 3600); do
    if grep -q "mock-netcity ready on" "$log"; then
      ready=$(( ($(date +%s%N) - start) / 1000000 ))
      break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      echo "$label: the mock exited before it was ready" >&2
      exit 1
    fi
    sleep 0.05
  done
  if [ -z "$ready" ]; then
    echo "$label: not ready within 180 s" >&2
    exit 1
  fi
  for _ in $(seq 1 200); do
    grep -q "heap used" "$log" && break
    sleep 0.05
  done
  local cpu
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat" 2>/dev/null || echo "?")
  local heap
  heap=$(sed -n 's/.*heap used \([0-9]*\) MB.*/\1/p' "$log")
  local answer
  if [ -n "$schools" ]; then
    answer="GET /__mock/stats -> $(curl -s "http://127.0.0.1:$p/__mock/stats")"
  else
    answer="GET /__mock/clock -> $(curl -s "http://127.0.0.1:$p/__mock/clock")"
  fi
  printf '%-9s ready in %d.%03d s wall (%s s CPU, all threads), heap used %s MB after GC, %s\n' \
    "$label" $((ready / 1000)) $((ready % 1000)) "$cpu" "$heap" "$answer"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

if [ -n "$schools" ]; then
  echo "$schools schools of $students students in one process"
  measure "lazy" --schools "$schools"
  measure "all" --schools "$schools" --truth-out "$out/truth"
  ls "$out/truth" | head -3
  echo "… $(ls "$out/truth" | wc -l) truth files"
else
  measure "no clock"
  measure "clock" --clock "$clock"
fi
