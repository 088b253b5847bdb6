// claim-figure-mismatch compares a figure with its claims in a unit written another way: with an
// invisible character, in full-width letters, in the plural or in capitals; and a decimal figure
// on the edge of its claim's rounding is inside it.
import { describe, expect, it } from "vitest";

import { claimOf, findingsIn, waveOf } from "./build.js";

const sent = { subject: "xx-forces", measure: "deployed", unit: "person", aggregation: "flow" };
const claim = claimOf("c5k", 0, "2024-10", { reportedAt: "2024-11-01", indicator: sent, estimate: { kind: "approx", value: 5000, unit: "person" } });
const codes = (unit: string, value: number) =>
  findingsIn({ claims: [claim], deployments: [waveOf("w0", { kind: "exact", value, unit }, "2024-10", { claim: "c5k" })] })
    .filter(([code]) => code === "claim-figure-mismatch")
    .map(([, , path]) => path);

describe("claim-figure-mismatch across spellings of a unit", () => {
  it.each(["per\u200bson", "ｐｅｒｓｏｎ", "persons", "Person"])("a wave of 50,000 in %j against about 5,000 people", (unit) => {
    expect(codes(unit, 50_000)).toEqual(["deployments.0.size"]);
  });

  it("a wave the claim allows, in another spelling, passes", () => {
    expect(codes("persons", 5_200)).toEqual([]);
  });
});
