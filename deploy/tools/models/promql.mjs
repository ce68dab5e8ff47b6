// Checks the PromQL of a PrometheusRule and of Grafana dashboards with Prometheus's own grammar (npm
// @prometheus-io/lezer-promql): every expression must parse, and the metric names it reads are printed so that
// MonitoringTest can hold them to the metrics the apps and CloudNativePG's exporter publish.
// Usage: node promql.mjs <rendered monitoring YAML>; prints one line per expression: "OK <where> <metric,...>" or
// "SYNTAX <where> <position>", then "N passed, M failed".
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { parser } from "@prometheus-io/lezer-promql";

const expressions = [];
for (const doc of parseAllDocuments(readFileSync(process.argv[2], "utf8"))) {
  const object = doc.toJS();
  if (object?.kind === "PrometheusRule") {
    for (const group of object.spec.groups) {
      for (const rule of group.rules) expressions.push([`rule:${rule.alert ?? rule.record}`, rule.expr]);
    }
  }
  if (object?.kind === "ConfigMap" && object.metadata?.labels?.grafana_dashboard) {
    for (const [file, text] of Object.entries(object.data ?? {})) {
      const dashboard = JSON.parse(text);
      for (const panel of dashboard.panels ?? []) {
        for (const target of panel.targets ?? []) expressions.push([`panel:${file}:${panel.title}`, target.expr]);
      }
    }
  }
}

let passed = 0;
let failed = 0;
for (const [where, text] of expressions) {
  // Grafana's variables are not PromQL: give them a value of the kind Grafana substitutes.
  const expr = String(text).replaceAll("$__rate_interval", "5m").replaceAll("$operation", ".*");
  const tree = parser.parse(expr);
  let error = -1;
  const metrics = new Set();
  tree.iterate({
    enter(node) {
      if (node.type.isError && error < 0) error = node.from;
      if (node.name === "VectorSelector") {
        const identifier = node.node.getChild("Identifier");
        if (identifier) metrics.add(expr.slice(identifier.from, identifier.to));
      }
    },
  });
  if (error >= 0) {
    failed++;
    console.log(`SYNTAX ${where.replaceAll(" ", "_")} at ${error}: ${expr}`);
  } else {
    passed++;
    console.log(`OK ${where.replaceAll(" ", "_")} ${[...metrics].join(",")}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
