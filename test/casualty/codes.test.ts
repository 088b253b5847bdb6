// Every finding code of the casualty room is documented and produced by a test.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const union = /export type CasualtyFindingCode =([^;]+);/.exec(readFileSync(join(root, "src/casualty/codes.ts"), "utf8"))?.[1] ?? "";
const codes = [...union.matchAll(/"([a-z-]+)"/g)].map((m) => m[1] as string);
const reference = readFileSync(join(root, "docs/reference/errors.md"), "utf8");
const tests = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith(".test.ts") && name !== "codes.test.ts")
  .map((name) => readFileSync(join(import.meta.dirname, name), "utf8"))
  .join("\n");

describe("the casualty finding codes", () => {
  it("are found", () => expect(codes).toEqual(["part-exceeds-total", "parts-exceed-total", "parts-fall-short", "definition-mismatch", "not-derivable"]));

  it.each(codes)("%s has an entry in the error and finding reference", (code) => {
    expect(reference).toContain(`### ${code}\n`);
  });

  it.each(codes)("%s is produced by a test", (code) => {
    expect(tests).toContain(`"${code}"`);
  });
});
