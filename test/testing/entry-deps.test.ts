// The registration entries load no fast-check, as the docs say; fogcount/testing does.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

/** The packages a source file loads, following its relative imports (type-only ones aside). */
function packagesOf(file: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(file)) return out;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  for (const [, spec] of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gms)) {
    if (spec === undefined) continue;
    if (!spec.startsWith(".")) out.add(spec);
    else for (const p of packagesOf(resolve(dirname(file), spec.replace(/\.js$/, ".ts")), seen)) out.add(p);
  }
  return out;
}

describe("what the kit's entries load", () => {
  it("fogcount/testing/vitest and fogcount/testing/jest load no fast-check", () => {
    expect(packagesOf(resolve(src, "testing/vitest.ts"))).not.toContain("fast-check");
    expect(packagesOf(resolve(src, "testing/jest.ts"))).not.toContain("fast-check");
    expect(packagesOf(resolve(src, "testing/vitest.ts"))).toContain("vitest");
  });

  it("fogcount/testing loads fast-check, fogcountMatchers with it", () => {
    expect(packagesOf(resolve(src, "testing/index.ts"))).toContain("fast-check");
  });
});
