// Validates every object of the multi-document YAML files given as arguments (or stdin) against published schemas:
// the Kubernetes API's (npm kubernetes-models), the Gateway API's and the Prometheus Operator's CRDs (npm
// @kubernetes-models/gateway-api and /prometheus-operator: required fields, types, formats, enums) and
// CloudNativePG's CRDs (cnpg-schema.mjs: also unknown fields). Prints how many objects of each kind it checked and,
// for kinds it has no schema for, their names; the last line is "N passed, M failed".
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { cnpgKinds, validateCnpg } from "./cnpg-schema.mjs";

const MODEL_PACKAGES = ["kubernetes-models", "@kubernetes-models/gateway-api", "@kubernetes-models/prometheus-operator"];

async function modelOf(apiVersion, kind) {
  for (const pkg of MODEL_PACKAGES) {
    try {
      const module = await import(`${pkg}/${apiVersion}/${kind}`);
      const model = module[kind] ?? module.default;
      if (model) return model;
    } catch {
      // not in this package
    }
  }
  return null;
}

const inputs = process.argv.length > 2 ? process.argv.slice(2) : ["/dev/stdin"];
let failures = 0;
let checked = 0;
const perKind = new Map();
const skipped = new Set();
for (const input of inputs) {
  for (const doc of parseAllDocuments(readFileSync(input, "utf8"))) {
    const object = doc.toJS();
    if (!object) continue;
    const { apiVersion, kind } = object;
    const name = `${kind} ${object.metadata?.name} (${input})`;
    let errors;
    if (cnpgKinds.has(`${apiVersion} ${kind}`)) {
      errors = validateCnpg(object);
    } else {
      const model = await modelOf(apiVersion, kind);
      if (!model) {
        skipped.add(`${apiVersion} ${kind}`);
        continue;
      }
      try {
        new model(object).validate();
        errors = [];
      } catch (error) {
        errors = [error.message];
      }
    }
    if (errors.length) {
      failures++;
      console.error(`INVALID ${name}: ${errors.join("; ")}`);
    } else {
      checked++;
      perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    }
  }
}
console.log(`checked: ${[...perKind].sort().map(([kind, count]) => `${kind}=${count}`).join(", ")}`);
console.log(`no schema for: ${[...skipped].sort().join(", ")}`);
console.log(`${checked} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
