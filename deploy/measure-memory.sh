#!/usr/bin/env bash
# Measures the resident memory (RSS, from `ps -o rss`) of the three packaged JVM apps against an embedded
# PostgreSQL, with the heap sized as in the container (MaxRAMPercentage=70 of a 512 MiB limit), after start-up and
# after a burst of requests. Prints one line per app; the figures feed quarkus.kubernetes.resources.* in app-config/.
# Usage: deploy/measure-memory.sh   (package the apps first: deploy/sync-generated.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# The module's own classes from its target/ (the build installs nothing into ~/.m2), plus its dependencies.
./mvnw -B -q -o -pl libs/embedded-postgres compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp_pg="$PWD/libs/embedded-postgres/target/classes:$(cat "$work/cp.txt")"
java -cp "$cp_pg" deploy/tools/MeasurePostgres.java > "$work/pg.log" 2>&1 &
pids+=($!)
for _ in $(seq 120); do grep -q '^PORT=' "$work/pg.log" && break; sleep 1; done
port="$(sed -n 's/^PORT=//p' "$work/pg.log")"
[[ -n "$port" ]] || { cat "$work/pg.log"; exit 1; }
jvm=(-XX:MaxRAM=512m -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError)
start_app() { # app http-port db
    local app=$1 http=$2 db=$3
    cp -r "$app/target/quarkus-app" "$work/$app"
    QUARKUS_HTTP_PORT=$http QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$port/$db" QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_DATASOURCE_PASSWORD= QUARKUS_REST_CLIENT_PEOPLE_URL=http://127.0.0.1:28081 \
    QUARKUS_REST_CLIENT_MEETINGS_URL=http://127.0.0.1:28082 \
        java "${jvm[@]}" -jar "$work/$app/quarkus-run.jar" > "$work/$app.log" 2>&1 &
    pids+=($!)
    eval "pid_${app//-/_}=$!"
}
start_app people-service 28081 people
start_app meetings-service 28082 meetings
start_app gateway 28080 postgres
for http in 28081 28082 28080; do
    for _ in $(seq 180); do curl -fs "http://127.0.0.1:$http/q/health/ready" >/dev/null && break; sleep 1; done
done
rss() { # pid app
    local kib
    kib="$(ps -o rss= -p "$1" || true)"
    if [[ -z "$kib" ]]; then echo "$2 is not running:" >&2; tail -20 "$work/$2.log" >&2; exit 1; fi
    echo $(( kib / 1024 ))
}
declare -A idle
for app in people-service meetings-service gateway; do v="pid_${app//-/_}"; idle[$app]=$(rss "${!v}" "$app"); done
for _ in $(seq 300); do
    curl -fs -o /dev/null http://127.0.0.1:28081/q/openapi || true
    curl -fs -o /dev/null http://127.0.0.1:28082/q/openapi || true
    curl -fs -o /dev/null -H 'Content-Type: application/json' \
        -d '{"query":"{ countries { code name } }"}' http://127.0.0.1:28080/graphql || true
done
for app in people-service meetings-service gateway; do
    v="pid_${app//-/_}"
    echo "$app: RSS ${idle[$app]} MiB after start-up, $(rss "${!v}" "$app") MiB after 300 requests (JVM, heap max 70% of 512 MiB)"
done
