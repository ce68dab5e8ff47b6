// Validates every object of the multi-document YAML files given as arguments (or stdin) against the
// kubernetes-models schemas: required fields, types and formats. Kinds it has no model for are listed, not failed.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const inputs = process.argv.length > 2 ? process.argv.slice(2) : ["/dev/stdin"];
let failures = 0;
let checked = 0;
const skipped = [];
for (const input of inputs) {
  for (const doc of parseAllDocuments(readFileSync(input, "utf8"))) {
    const object = doc.toJS();
    if (!object) continue;
    const { apiVersion, kind } = object;
    const name = `${kind} ${object.metadata?.name} (${input})`;
    let model;
    try {
      const module = await import(`kubernetes-models/${apiVersion}/${kind}`);
      model = module[kind] ?? module.default;
    } catch {
      skipped.push(`${apiVersion} ${kind}`);
      continue;
    }
    try {
      new model(object).validate();
      checked++;
    } catch (error) {
      failures++;
      console.error(`INVALID ${name}: ${error.message}`);
    }
  }
}
if (skipped.length) console.log(`no kubernetes-models schema for: ${[...new Set(skipped)].join(", ")}`);
console.log(`${checked} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
