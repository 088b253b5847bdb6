// Every schema is JSON-only (no Date, no bigint, no transforms), so each one
// converts to JSON Schema for other tools and languages.
import { readFileSync, writeFileSync } from "node:fs";

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

/** The reference page: the JSON Schema of the documents other systems store. */
function referencePage(): string {
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
  const dataset = `## Dataset\n\nA dataset file (\`fogcount-dataset/1\`) bundles sources and claims; in it, a claim's attribution names its sources by id (see [Datasets and the command line](../datasets.md)). Its JSON Schema, and that of each part, ship with the package as \`fogcount/schema/<part>.json\` (\`dataset\`, \`metadata\`, \`source\`, \`claim\`, \`attribution\`, \`relay-step\`, \`indicator\`, \`estimate\`), and \`fogcount schema\` prints them. Validate with \`DatasetSchema\` from \`fogcount/schemas\`, or read with \`parseDataset\` from \`fogcount/dataset\`, which also resolves the references between ids.\n`;
  return `---\ntitle: JSON Schema\ngroup: Reference\n---\n\n# JSON Schema\n\nThe JSON Schema (draft 2020-12) of the documents fogcount reads and writes, generated from the\nzod schemas with \`z.toJSONSchema(schema, { io: "input" })\`, for tools and languages other than\nTypeScript. Dates and periods are EDTF strings; checks the schema language cannot state (a\nrange's low end not above its high end, an estimate's unit matching its claim's indicator, an\nEDTF string that parses) are made by the zod schemas, not here. A test keeps this page in step\nwith the schemas (\`UPDATE_DOCS=1 npx vitest run test/schemas\` rewrites it).\n\n${sections.join("\n")}\n${dataset}`;
}

describe("the JSON Schema reference page", () => {
  it("matches the schemas", () => {
    const path = new URL("../../docs/reference/json-schema.md", import.meta.url);
    const page = referencePage();
    if (process.env["UPDATE_DOCS"] === "1") writeFileSync(path, page);
    expect(readFileSync(path, "utf8")).toBe(page);
  });
});
