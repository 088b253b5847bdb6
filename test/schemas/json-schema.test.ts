// Every schema is JSON-only (no Date, no bigint, no transforms), so each one
// converts to JSON Schema for other tools and languages.
import { readFileSync, writeFileSync } from "node:fs";

import { Ajv2020 } from "ajv/dist/2020.js";
import { z } from "zod";
import { describe, expect, it } from "vitest";

import * as schemas from "../../src/schemas.js";

const all = Object.entries(schemas).filter(([name]) => name.endsWith("Schema")) as [string, z.ZodType][];

describe("JSON Schema", () => {
  it("finds the schemas", () => {
    expect(all.length).toBeGreaterThan(30);
  });

  it.each(all)("%s converts to JSON Schema", (_name, schema) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "throw" });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

/**
 * The part of the reference page the schemas write: the JSON Schema of the
 * documents other systems store, and what a dataset file is. The sections
 * after it, one per part of a dataset, are written by hand, each with a JSON
 * example that the part's JSON Schema accepts (checked below) and code that
 * the docs test runs.
 */
function generatedPart(): string {
  const shown: [string, z.ZodType, string][] = [
    ["Estimate", schemas.EstimateSchema, "A figure as stated: exact, approximate, a range, a bound or an order of magnitude."],
    ["Source", schemas.SourceSchema, "Who asserts a figure."],
    ["Attribution", schemas.AttributionSchema, "The originator, the relay chain, publications and grades of one claim."],
    ["Claim", schemas.ClaimSchema, "An indicator, an estimate, valid time, report time, attribution and status."],
  ];
  const sections = shown.map(
    ([name, schema, about]) =>
      `## ${name}\n\n${about} Validate with \`${name}Schema\` from \`fogcount/schemas\`.\n\n\`\`\`json\n${JSON.stringify(
        z.toJSONSchema(schema, { io: "input" }),
        null,
        2,
      )}\n\`\`\`\n`,
  );
  const dataset = `## Dataset\n\nA dataset file (\`fogcount-dataset/1\`) bundles sources, parties, claims, casualty breakdowns, deployment waves and ledgers; in it, every reference to a source, party, claim or wave is its id (see [Datasets and the command line](../datasets.md)). Its JSON Schema, and that of each part, ship with the package as \`fogcount/schema/<part>.json\` (\`dataset\`, \`metadata\`, \`source\`, \`party\`, \`claim\`, \`casualty-breakdown\`, \`deployment\`, \`ledger\`, \`ledger-entry\`, \`attribution\`, \`relay-step\`, \`indicator\`, \`estimate\`), and \`fogcount schema --part <part>\` prints them. Validate with \`DatasetSchema\` from \`fogcount/schemas\`, or read with \`parseDataset\` from \`fogcount/dataset\`, which also resolves the references between ids and checks each breakdown, wave and ledger by its room's own rules. The parts of a dataset past its sources and claims follow, each with an example and the checks its JSON Schema cannot state.\n`;
  return `---\ntitle: JSON Schema\ngroup: Reference\n---\n\n# JSON Schema\n\nThe JSON Schema (draft 2020-12) of the documents fogcount reads and writes, generated from the\nzod schemas with \`z.toJSONSchema(schema, { io: "input" })\`, for tools and languages other than\nTypeScript. Dates and periods are EDTF strings; checks the schema language cannot state (a\nrange's low end not above its high end, an estimate's unit matching its claim's indicator, an\nEDTF string that parses) are made by the zod schemas, not here. A test keeps this page in step\nwith the schemas (\`UPDATE_DOCS=1 npx vitest run test/schemas\` rewrites the part it generates).\n\n${sections.join("\n")}\n${dataset}`;
}

/** Where the sections written by hand begin. */
const BY_HAND = "\n## Party\n";

/** The parts of a dataset with a section of their own, and their schemas. */
const PARTS: [string, z.ZodType][] = [
  ["Party", schemas.DatasetPartySchema],
  ["Casualty breakdown", schemas.DatasetCasualtyBreakdownSchema],
  ["Deployment", schemas.DatasetDeploymentSchema],
  ["Ledger", schemas.DatasetLedgerSchema],
  ["Ledger entry", schemas.DatasetLedgerEntrySchema],
];

describe("the JSON Schema reference page", () => {
  const path = new URL("../../docs/reference/json-schema.md", import.meta.url);

  it("begins with what the schemas generate", () => {
    const generated = generatedPart();
    if (process.env["UPDATE_DOCS"] === "1") {
      const page = readFileSync(path, "utf8");
      const at = page.indexOf(BY_HAND);
      writeFileSync(path, `${generated}${at < 0 ? "" : page.slice(at)}`);
    }
    expect(readFileSync(path, "utf8").startsWith(generated)).toBe(true);
  });

  it.each(PARTS)("has a section on the %s, whose JSON example its JSON Schema accepts and fogcount reads", (name, schema) => {
    const page = readFileSync(path, "utf8");
    const start = page.indexOf(`\n## ${name}\n`);
    expect(start).toBeGreaterThan(page.indexOf(BY_HAND) - 1);
    const end = page.indexOf("\n## ", start + 1);
    const example = /```json\n([\s\S]*?)```/.exec(page.slice(start, end < 0 ? undefined : end))?.[1];
    const json = JSON.parse(example ?? "null") as unknown;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat("uri", { type: "string", validate: (s: string) => URL.canParse(s) });
    expect(ajv.validate(z.toJSONSchema(schema, { io: "input" }), json), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.safeParse(json).success).toBe(true);
  });
});
