// A wave replaced by two waves of which neither replaces the other: each takes the
// whole place of what it replaces, so a total counts both; deploymentFindings says so.
import { describe, expect, it } from "vitest";

import { deploymentFindings, deploymentTotal } from "../../src/deployment/index.js";
import { exact } from "../../src/estimate/constructors.js";
import { wave } from "./waves.js";

const a = wave("a", { size: exact(10_000, "person"), period: "2024-10" });
const r1 = wave("r1", { size: exact(10_000, "person"), period: "2025-01", replaces: ["a"] });
const r2 = wave("r2", { size: exact(10_000, "person"), period: "2025-03", replaces: ["a"] });

describe("a wave replaced twice", () => {
  it("is found, naming both replacements and the wave, while the total counts both as stated", () => {
    expect(deploymentFindings([a, r1, r2])).toEqual([
      {
        code: "replaced-twice",
        severity: "warning",
        message: '"r1" (2025-01) and "r2" (2025-03) both replace "a", but neither replaces the other, so a total counts both in place of "a". If "r2" also replaces "r1", add "r1" to its replaces; if they report one wave, drop one of them',
        waves: ["r2", "r1", "a"],
      },
    ]);
    expect(deploymentTotal([a, r1, r2], { asOf: "2025-04-01" }).estimate).toMatchObject({ kind: "exact", value: 20_000 });
  });

  it("is not found when the second relieves the first, which then counts once", () => {
    const relief = { ...r2, replaces: ["a", "r1"] };
    expect(deploymentFindings([a, r1, relief])).toEqual([]);
    expect(deploymentTotal([a, r1, relief], { asOf: "2025-04-01" }).estimate).toMatchObject({ kind: "exact", value: 10_000 });
  });

  it("is found once for each replacement after the first", () => {
    const r3 = wave("r3", { size: exact(10_000, "person"), period: "2025-04", replaces: ["a"] });
    expect(deploymentFindings([a, r1, r2, r3]).map((f) => f.waves)).toEqual([
      ["r2", "r1", "a"],
      ["r3", "r1", "a"],
    ]);
  });
});
