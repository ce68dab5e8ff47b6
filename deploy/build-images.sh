#!/usr/bin/env bash
# Builds the three JVM images with quarkus-container-image-jib where there is no Docker engine and no registry, and
# runs the apps' @QuarkusIntegrationTests (*IT) against the containers.
#   1. installs podman, runc and debootstrap (Debian packages) when missing; podman runs as root with runc and
#      lowered default ulimits (deploy/target/images/containers.conf);
#   2. makes a minimal Debian 12 + OpenJDK 17 JRE base image with debootstrap (uid 185 as in the UBI OpenJDK images)
#      and saves it as a docker-archive tar, which Jib takes as tar://…;
#   3. builds summitry/<app>:<project version> with Jib into podman (quarkus.jib.docker-executable-name=podman) and
#      prints each image's digest; with REGISTRY=registry.example.org it also pushes them there as
#      $REGISTRY/summitry/<app>:<version> and prints the deploy/site/site.env lines (tag and pushed digest) for
#      prod;
#   4. starts each image as its pod runs it (read-only root, uid 185, no capabilities) and waits until it is ready;
#   5. runs `verify -DskipITs=false` per app with the image as the artifact under test (quarkus.test.container.network=host).
# Usage: [REGISTRY=host[/path]] deploy/build-images.sh [--no-build] [--no-its]   (--no-build: reuse the images in podman.) Not part of `mvn verify`: it takes minutes and needs root.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/deploy/target/images"
mkdir -p "$work"
apps=(people-service meetings-service gateway)
# The project version: a release build (version without -SNAPSHOT) is what overlays/prod names.
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
start=$SECONDS
status=0

need=()
for tool in podman runc debootstrap; do command -v "$tool" >/dev/null || need+=("$tool"); done
if [[ ${#need[@]} -gt 0 ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        podman runc debootstrap uidmap fuse-overlayfs >/dev/null
fi
cat > "$work/containers.conf" <<'CONF'
[containers]
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
export CONTAINERS_CONF="$work/containers.conf"

base_tar="$work/jre17-base.tar"
if [[ ! -f "$base_tar" ]]; then
    rootfs="$work/rootfs"
    rm -rf "$rootfs"
    mirror="$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
        bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" > "$work/debootstrap.log" 2>&1
    chroot "$rootfs" /bin/sh -c 'groupadd -g 185 jboss && useradd -u 185 -g 185 -d /home/jboss -m -s /usr/sbin/nologin jboss'
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
    tar -C "$rootfs" -cf "$work/rootfs.tar" .
    podman import --change 'USER 185' --change 'WORKDIR /home/jboss' "$work/rootfs.tar" localhost/summitry/jre17-base:latest
    podman save --format docker-archive -o "$base_tar" localhost/summitry/jre17-base:latest
    rm -rf "$rootfs" "$work/rootfs.tar"
fi
echo "base image: $base_tar ($(du -h "$base_tar" | cut -f1)) after $((SECONDS - start)) s"

jib=(-Dquarkus.container-image.build=true -Dquarkus.container-image.tag="$version"
     -Dquarkus.jib.base-jvm-image="tar://$base_tar"
     -Dquarkus.jib.docker-executable-name=podman -Dquarkus.native.container-runtime=podman)
for app in "${apps[@]}"; do
    [[ " $* " == *" --no-build "* ]] && break
    t=$SECONDS
    # -am: the project's libraries come from the reactor, as nothing is installed into ~/.m2.
    ./mvnw -B -o -pl "$app" -am package -DskipTests "${jib[@]}" > "$work/build-$app.log" 2>&1 \
        || { echo "$app: image build FAILED, see $work/build-$app.log" >&2; tail -30 "$work/build-$app.log" >&2; exit 1; }
    echo "$app: image built in $((SECONDS - t)) s"
done
echo "images (tag = project version $version):"
for app in "${apps[@]}"; do
    echo "  summitry/$app:$version $(podman image inspect --format '{{.Digest}} {{.Size}}' "summitry/$app:$version")"
done
if [[ -n "${REGISTRY:-}" ]]; then
    # The digest that counts is the one the registry stores (a push may recompress layers): podman writes it.
    echo "pushed to $REGISTRY; pin prod to them with these lines in deploy/site/site.env:"
    for app in "${apps[@]}"; do
        podman push --quiet --digestfile "$work/$app.digest" "summitry/$app:$version" "$REGISTRY/summitry/$app:$version"
        key="$(sed -E 's/-(.)/\U\1/g' <<<"$app")Image"
        echo "  $key=$REGISTRY/summitry/$app:$version@$(cat "$work/$app.digest")"
    done
fi

# Smoke test: each image started as its pod runs it (uid 185, read-only root filesystem, /tmp on a tmpfs, all
# capabilities dropped, no privilege escalation), against an embedded PostgreSQL, until /q/health/ready answers UP.
# The module's own classes from its target/ (the build installs nothing into ~/.m2), plus its dependencies.
./mvnw -B -q -o -pl libs/embedded-postgres compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
java -cp "$root/libs/embedded-postgres/target/classes:$(cat "$work/cp.txt")" \
    deploy/tools/MeasurePostgres.java > "$work/pg.log" 2>&1 &
pg_pid=$!
trap 'kill $pg_pid 2>/dev/null || true; podman rm -f summitry-smoke-people-service summitry-smoke-meetings-service summitry-smoke-gateway >/dev/null 2>&1 || true' EXIT
for _ in $(seq 600); do grep -qs '^PORT=' "$work/pg.log" && break; sleep 1; done
pg_port="$(sed -n 's/^PORT=//p' "$work/pg.log")"
[[ -n "$pg_port" ]] || { echo "the embedded PostgreSQL did not start: $(cat "$work/pg.log")" >&2; exit 1; }
declare -A smoke_port=([people-service]=38081 [meetings-service]=38082 [gateway]=38080)
declare -A smoke_db=([people-service]=people [meetings-service]=meetings [gateway]=postgres)
for app in "${apps[@]}"; do
    podman run -d --name "summitry-smoke-$app" --network host --user 185:185 --read-only --tmpfs /tmp \
        --cap-drop ALL --security-opt no-new-privileges \
        -e QUARKUS_HTTP_PORT="${smoke_port[$app]}" \
        -e QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/${smoke_db[$app]}" \
        -e QUARKUS_DATASOURCE_USERNAME=postgres -e QUARKUS_DATASOURCE_PASSWORD= \
        -e QUARKUS_REST_CLIENT_PEOPLE_URL=http://127.0.0.1:38081 -e QUARKUS_REST_CLIENT_MEETINGS_URL=http://127.0.0.1:38082 \
        "summitry/$app:$version" >/dev/null
done
for app in "${apps[@]}"; do
    ready=""
    for _ in $(seq 180); do
        ready="$(curl -fs "http://127.0.0.1:${smoke_port[$app]}/q/health/ready" || true)"
        [[ "$ready" == *'"UP"'* ]] && break
        sleep 1
    done
    if [[ "$ready" == *'"UP"'* ]]; then
        echo "$app: container ready (read-only root, uid 185, no capabilities)"
    else
        echo "$app: container NOT ready; its log:" >&2
        podman logs --tail 30 "summitry-smoke-$app" >&2
        status=1
    fi
done
podman rm -f summitry-smoke-people-service summitry-smoke-meetings-service summitry-smoke-gateway >/dev/null

if [[ " $* " != *" --no-its "* ]]; then
    for app in "${apps[@]}"; do
        t=$SECONDS
        if [[ -z "$(find "$app/src/test" -name '*IT.java' 2>/dev/null)" ]]; then
            echo "$app: no @QuarkusIntegrationTest (*IT.java) to run against the container"
            continue
        fi
        if ./mvnw -B -o -pl "$app" -am verify -DskipTests=false -DskipITs=false -Dsurefire.skip=true -Dskip.surefire.tests \
                -Dtest='none' -Dsurefire.failIfNoSpecifiedTests=false "${jib[@]}" \
                -Dquarkus.test.container.network=host -Dnative-sources.skip=true > "$work/it-$app.log" 2>&1; then
            echo "$app: integration tests against the container: $(grep -E 'Tests run:.*Fail' "$work/it-$app.log" | tail -1) in $((SECONDS - t)) s"
        else
            echo "$app: integration tests FAILED, see $work/it-$app.log" >&2
            grep -E 'Tests run:|ERROR\]' "$work/it-$app.log" | head -20 >&2
            status=1
        fi
    done
fi
echo "done in $((SECONDS - start)) s"
exit $status
