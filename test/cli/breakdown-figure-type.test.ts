// A casualty breakdown's figure written wrong is told as a claim's estimate is:
// the problem inside the estimate, at its place; a figure of another type says
// what a figure is, and 0 that a figure of none is a state.
import { afterAll, describe, expect, it } from "vitest";

import { nisBriefing2025Dataset } from "../../src/fixtures/index.js";
import { fogcount, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

function checkWith(name: string, field: string, value: unknown): string {
  const json = structuredClone(nisBriefing2025Dataset) as unknown as { casualtyBreakdowns: Record<string, unknown>[] };
  (json.casualtyBreakdowns[0] as Record<string, unknown>)[field] = value;
  return fogcount(["check", ws.file(name, JSON.stringify(json, null, 2))]).stdout;
}

describe("a breakdown figure of the wrong type", () => {
  it("an estimate whose value is text: the estimate's problem, at the value", () => {
    const out = checkWith("strnum.json", "killed", { kind: "approx", value: "600", unit: "person" });
    expect(out).toMatch(/:\d+:\d+ {2}error {2}invalid-dataset {2}casualtyBreakdowns\[0\]\.killed\.value must be a number, got "600"\n$/);
    expect(out).not.toContain("Invalid input");
  });

  it("0 or \"zero\": a figure is an estimate or a state, never 0", () => {
    for (const value of [0, "zero"]) {
      expect(checkWith("zero.json", "total", value)).toContain(
        `casualtyBreakdowns[0].total is ${JSON.stringify(value)}, but a figure is an estimate or a state, never 0: write "none-observed" when none were seen`,
      );
    }
  });

  it("another word: what a figure may be", () => {
    expect(checkWith("word.json", "total", "lots")).toContain('casualtyBreakdowns[0].total must be an estimate (such as {"kind": "exact", "value": 600, "unit": "person"}) or one of "unknown", "not-reported", "none-observed", got "lots"');
  });
});
