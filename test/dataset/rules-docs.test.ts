// The lint-rule reference: an entry for every rule, and every example's output
// is what checkDataset finds, so the page can never disagree with the rules.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { checkDataset, DATASET_RULES, parseDataset } from "../../src/dataset/index.js";
import { pathText } from "../../src/dataset/issues.js";

const page = readFileSync(new URL("../../docs/reference/lint-rules.md", import.meta.url), "utf8");
const dataset = JSON.parse(/```json\n([\s\S]*?)```/.exec(page)?.[1] ?? "{}") as Record<string, unknown>;
const entries = [...page.matchAll(/### ([a-z-]+)\n\n(error|warning) · [\s\S]*?```json\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/g)].map(
  ([, code, severity, json, text]) => ({ code: code as string, severity, sections: sectionsOf(JSON.parse(json as string)), lines: (text as string).trimEnd().split("\n") }),
);

/** An example's JSON: a list of claims, or an object of sections (claims, casualtyBreakdowns, deployments, ledgers). */
function sectionsOf(json: unknown): Record<string, unknown> {
  return Array.isArray(json) ? { claims: json } : (json as Record<string, unknown>);
}

describe("the lint-rule reference", () => {
  it("has one entry per rule, in a heading of its own, with the rule's severity", () => {
    expect(entries.map((e) => e.code).sort()).toEqual(DATASET_RULES.map((r) => r.code).sort());
    for (const rule of DATASET_RULES) expect(entries.find((e) => e.code === rule.code)?.severity).toBe(rule.severity);
    expect(page.match(/^### [a-z]/gm)?.length).toBe(DATASET_RULES.length);
  });

  it.each(entries.map((e) => [e.code, e] as const))("%s: the example prints what the page shows, its own finding among it", (code, entry) => {
    const findings = checkDataset(parseDataset({ ...dataset, ...entry.sections }));
    expect(findings.map((f) => `${pathText(f.path)}  ${f.severity}  ${f.code}  ${f.message}`)).toEqual(entry.lines);
    expect(findings.some((f) => f.code === code)).toBe(true);
  });
});
