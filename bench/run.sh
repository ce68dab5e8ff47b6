#!/usr/bin/env bash
# Reproduces every figure of bench/README.md from a fresh clone: builds the apps and the harness, installs wrk and the
# peer (GraphQL Mesh + Hive Gateway on Node 22), then runs the bench pinned to core 1 (each gateway is moved to core 0).
# Options are passed to the Measure command, e.g. --scale 0.1 --runs 1 --seconds 5 --no-peer.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl bench package -DskipTests
(cd bench/peer && npm ci --no-audit --no-fund --silent)

rm -rf bench/results/tmp
mkdir -p bench/results
exec taskset -c 1 java -Xmx2g -cp "bench/target/classes:bench/target/lib/*" io.summitry.bench.measure.Measure \
    --root . --out bench/results "$@"
