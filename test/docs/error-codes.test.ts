import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

/** Every code in the `...ErrorCode` unions of `src/<room>/codes.ts`. */
function declaredCodes(): string[] {
  const codes: string[] = [];
  for (const room of readdirSync(join(root, "src"), { withFileTypes: true })) {
    if (!room.isDirectory()) continue;
    let text: string;
    try {
      text = readFileSync(join(root, "src", room.name, "codes.ts"), "utf8");
    } catch {
      continue;
    }
    for (const union of text.matchAll(/export type \w+ErrorCode =([^;]+);/g)) {
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
  });

  it.each(codes)("%s has an entry in the error reference", (code) => {
    expect(reference).toContain(`### \`${code}\``);
  });

  it.each(codes)("%s is produced by a test", (code) => {
    expect(tests.includes(`"${code}"`) || tests.includes(`'${code}'`)).toBe(true);
  });
});
