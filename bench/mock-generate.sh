#!/usr/bin/env bash
# Times the generation of a 2000-student school twice in fresh JVMs and checks the truth files match.
# usage: bench/mock-generate.sh [students] [seed]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
students="${1:-2000}"
seed="${2:-1}"
out="$(mktemp -d)"
for run in 1 2; do
  start=$(date +%s%N)
  "$root/mock-netcity/run" --seed "$seed" --students "$students" --truth-out "$out/truth-$run.json" --truth-only
  echo "run $run: $(( ($(date +%s%N) - start) / 1000000 )) ms wall (JVM start included)"
done
if cmp -s "$out/truth-1.json" "$out/truth-2.json"; then
  echo "truth files byte-identical ($(wc -c < "$out/truth-1.json") bytes)"
else
  echo "truth files DIFFER" >&2
  exit 1
fi
