#!/usr/bin/env bash
# Reproduces every figure of bench/README.md from a fresh clone: builds the apps and the harness, installs wrk and the
# peer (GraphQL Mesh + Hive Gateway on Node 22), then runs the bench pinned to core 1 (each gateway is moved to core 0).
# Options are passed to the Measure command, e.g. --scale 0.1 --runs 1 --seconds 5 --no-peer; then the history and
# live measures run (HistoryCost, CachedAnswers, SubscriberFanOut; bench/README.md), unless --no-live.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
./mvnw -B -q install -DskipTests
./mvnw -B -q -pl bench package -DskipTests
(cd bench/peer && npm ci --no-audit --no-fund --silent)

rm -rf bench/results/tmp
mkdir -p bench/results
classpath="bench/target/classes:bench/target/lib/*"
taskset -c 1 java -Xmx2g -cp "$classpath" io.summitry.bench.measure.Measure --root . --out bench/results "$@"
case " $* " in *" --no-live "*) exit 0 ;; esac
scale=full
previous=
for arg in "$@"; do [ "$previous" = --scale ] && scale=$arg; previous=$arg; done
live() { taskset -c 1 java -Xmx2g -cp "$classpath" "io.summitry.bench.measure.$1" --root . --out bench/results "${@:2}"; }
live HistoryCost --scale "$scale"
case " $* " in *" --no-peer "*) live CachedAnswers --scale "$scale" --no-peer ;; *) live CachedAnswers --scale "$scale" ;; esac
live SubscriberFanOut --subscribers 1000
