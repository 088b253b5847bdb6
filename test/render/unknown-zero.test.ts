// Charts never draw a 0 whose words say no figure was given as 0: the ledger
// chart counts it as a quantity unknown, the deployment chart as at least 0.
import { describe, expect, it } from "vitest";

import { ledger } from "../../src/ledger/index.js";
import { deploymentChart, ledgerChart } from "../../src/render/index.js";
import { entry, PARTIES, shells } from "../ledger/fixtures.js";
import { wave } from "../deployment/waves.js";

const desc = (svg: string): string => /<desc[^>]*>([^<]*)/.exec(svg)?.[1] ?? "";

describe("a 0 written as a dash or n/a", () => {
  it("is a quantity unknown in the ledger chart, not 0 shells", () => {
    const L = ledger({ parties: [...PARTIES], entries: [shells("a", 12_345), entry("d", { quantity: { kind: "exact", value: 0, unit: "shell", text: "—" } })] });
    expect(desc(ledgerChart(L))).toContain("2 entries (2 reported), 12,345 shells, quantity unknown for 1");
  });

  it("is at least 0 in the deployment chart, never 0", () => {
    const d = desc(deploymentChart([wave("a", { size: { kind: "exact", value: 0, unit: "person", text: "n/a" }, period: "2024-10" }), wave("b", { size: { kind: "exact", value: 500, unit: "person" }, period: "2024-11" })]));
    expect(d).toContain("From 1 October 2024: at least 0 (a begins)");
    expect(d).toContain("From 30 November 2024 on: at least 500");
    expect(d).not.toMatch(/: 0 \(/);
  });
});
