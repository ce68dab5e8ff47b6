#!/usr/bin/env bash
# Renders both overlays and validates every object with the npm package kubernetes-models (required fields, types,
# formats). KubernetesModelsTest runs the same check inside `mvn verify` wherever node and npm are installed.
set -euo pipefail
cd "$(dirname "$0")"
[[ -d tools/models/node_modules ]] || npm ci --prefix tools/models --no-audit --no-fund
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for overlay in dev prod; do
    kubectl kustomize "overlays/$overlay" > "$out/$overlay.yaml"
done
node tools/models/validate.mjs "$out/dev.yaml" "$out/prod.yaml"
