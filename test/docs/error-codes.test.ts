import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

/** Every code in the `...ErrorCode` and `...FindingCode` unions of `src/<room>/codes.ts`, and the shared ones of `src/errors.ts`. */
function declaredCodes(): string[] {
  const codes: string[] = [];
  const files = readdirSync(join(root, "src"), { withFileTypes: true })
    .filter((room) => room.isDirectory())
    .map((room) => join(root, "src", room.name, "codes.ts"));
  for (const file of [join(root, "src/errors.ts"), ...files]) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const union of text.matchAll(/export type \w+(?:Error|Finding)Code =([^;]+);/g)) {
      for (const code of (union[1] ?? "").matchAll(/"([a-z0-9-]+)"/g)) codes.push(code[1] as string);
    }
  }
  return [...new Set(codes)]; // a code may serve several rooms with one meaning ("invalid-option")
}

function testSources(dir = join(root, "test")): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) =>
      entry.isDirectory() ? testSources(join(dir, entry.name)) : readFileSync(join(dir, entry.name), "utf8"),
    )
    .join("\n");
}

describe("error codes", () => {
  const codes = declaredCodes();
  const reference = readFileSync(join(root, "docs/reference/errors.md"), "utf8");
  const tests = testSources();

  it("are found", () => {
    expect(codes).toContain("unit-mismatch");
    expect(codes).toContain("invalid-argument");
  });

  it.each(codes)("%s has an entry in the error reference", (code) => {
    expect(reference).toContain(`### ${code}\n`);
  });

  it.each(codes)("%s is produced by a test", (code) => {
    expect(tests.includes(`"${code}"`) || tests.includes(`'${code}'`)).toBe(true);
  });
});
