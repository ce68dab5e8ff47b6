#!/usr/bin/env bash
# Runs Quarkus's native build steps for the three apps without native-image (quarkus.native.sources-only=true):
# reflection and resource registration, substitutions and the native-image arguments are all computed, so most of
# what breaks a native build shows up here. Writes <app>/target/native-sources/. Separate from `mvn verify` so that CI
# time does not double; where Mandrel is present, `./mvnw -Pnative verify` is the full check.
# Usage: deploy/native-check.sh [app...]
set -euo pipefail
cd "$(dirname "$0")/.."
apps=("$@")
[[ ${#apps[@]} -gt 0 ]] || apps=(people-service meetings-service gateway)
status=0
for app in "${apps[@]}"; do
    start=$SECONDS
    if ./mvnw -B -o -pl "$app" package -DskipTests -Dquarkus.native.enabled=true -Dquarkus.native.sources-only=true \
            > "/tmp/native-check-$app.log" 2>&1 && [[ -f "$app/target/native-sources/native-image.args" ]]; then
        echo "$app: native build steps passed in $((SECONDS - start)) s ($app/target/native-sources/)"
    else
        echo "$app: native build steps FAILED in $((SECONDS - start)) s; see /tmp/native-check-$app.log" >&2
        grep -E '^\[ERROR\]' "/tmp/native-check-$app.log" | head -20 >&2 || true
        status=1
    fi
done
exit $status
