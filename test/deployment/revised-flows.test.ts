// A flow stated again for the same valid time is one wave at its latest figure: "10,000 sent in
// October", then "12,000 sent in October", totals 12,000, never 22,000.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import { deploymentsFromClaims, deploymentTotal } from "../../src/deployment/index.js";
import { readInterval } from "../../src/estimate/read.js";
import { exact } from "../../src/index.js";
import type { Claim } from "../../src/index.js";
import { nis } from "./waves.js";

const KP_RU = { from: "KP", to: "RU" } as const;

/** A flow of the NIS about kp-forces-in-russia: 10,000 sent in October 2024, reported in December. */
function flow(id: string, change: Partial<ClaimInit> & { aggregation?: "stock" | "flow" | "increment" } = {}): Claim {
  const { aggregation = "flow", ...rest } = change;
  return claim({
    id,
    indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "person", aggregation },
    estimate: exact(10000, "person"),
    validTime: "2024-10",
    reportedAt: "2024-12-01",
    attribution: { originator: nis },
    ...rest,
  });
}

const read = (claims: readonly Claim[]) => {
  const { deployments, findings } = deploymentsFromClaims(claims, KP_RU);
  return { waves: deployments.map((d) => d.id), total: readInterval(deploymentTotal(deployments).estimate, "test").low, findings: findings.map((f) => f.message) };
};

describe("a flow revised by a later report for the same valid time", () => {
  it("is one wave at the later figure, in whatever order the claims come", () => {
    const first = flow("oct");
    const revised = flow("oct-revised", { estimate: exact(12000, "person"), reportedAt: "2025-02-01" });
    const expected = { waves: ["oct-revised"], total: 12000, findings: ['"oct" makes no wave: it is revised by "oct-revised", a later report of the flow for the same valid time (10,000, then 12,000)'] };
    expect(read([first, revised])).toEqual(expected);
    expect(read([revised, first])).toEqual(expected);
  });

  it("repeated with the same figure is one wave", () => {
    expect(read([flow("oct"), flow("oct-again", { reportedAt: "2025-01-05" })])).toEqual({
      waves: ["oct-again"],
      total: 10000,
      findings: ['"oct" makes no wave: it is repeated by "oct-again", the same flow for the same valid time'],
    });
  });

  it("reported at one time with another figure takes a preferred one, else the lowest id, and says so", () => {
    const a = flow("a");
    const b = flow("b", { estimate: exact(12000, "person") });
    expect(read([b, a])).toMatchObject({ waves: ["a"], total: 10000, findings: [expect.stringContaining('"b" makes no wave: it is reported at the same time as "a" for the same valid time with another figure (12,000, then 10,000)')] });
    const preferred = flow("b", { estimate: exact(12000, "person"), status: { kind: "preferred" } });
    expect(read([a, preferred])).toMatchObject({ waves: ["b"], total: 12000 });
  });

  it("revises an increment as it revises a flow", () => {
    const more = flow("more", { aggregation: "increment", validTime: "2025-01", estimate: exact(3000, "person"), reportedAt: "2025-02-01" });
    const revised = flow("more-revised", { aggregation: "increment", validTime: "2025-01", estimate: exact(3500, "person"), reportedAt: "2025-03-01" });
    expect(read([flow("oct"), more, revised])).toEqual({
      waves: ["oct", "more-revised"],
      total: 13500,
      findings: ['"more" makes no wave: it is revised by "more-revised", a later report of the increment for the same valid time (3,000, then 3,500)'],
    });
  });

  it("leaves flows of other periods, other modalities, and increments of other periods alone", () => {
    const november = flow("nov", { validTime: "2024-11", estimate: exact(2000, "person") });
    expect(read([flow("oct"), november])).toEqual({ waves: ["oct", "nov"], total: 12000, findings: [] });
    const planned = flow("oct-plan", { modality: "planned", estimate: exact(12000, "person") });
    expect(deploymentsFromClaims([flow("oct"), planned], KP_RU).deployments.map((d) => d.id)).toEqual(["oct", "oct-plan"]);
    const more = flow("more", { aggregation: "increment", validTime: "2024-12", estimate: exact(500, "person") });
    const again = flow("again", { aggregation: "increment", validTime: "2025-01", estimate: exact(300, "person") });
    expect(read([flow("oct"), more, again])).toEqual({ waves: ["oct", "more", "again"], total: 10800, findings: [] });
  });

  it("a flow over another span of the same month is no revision: both are waves", () => {
    const part = flow("oct-1", { validTime: "2024-10-01/2024-10-15", estimate: exact(4000, "person") });
    expect(read([flow("oct"), part]).waves).toEqual(["oct", "oct-1"]);
  });
});
