// Reports whose order cannot be told, histories edited after they were
// checked, restatements read with `restatements: "include"`, and ages.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { exact } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { asOf, latest } from "../../src/revision/as-of.js";
import { findContradictions } from "../../src/revision/contradictions.js";
import { revisionHistory } from "../../src/revision/history.js";
import type { RevisionHistory } from "../../src/revision/history.js";
import { revisions } from "../../src/revision/revisions.js";

const spy = source("xx-spy", "intelligence-agency", "Example Intelligence Service", { country: "KR" });
const indicator = { subject: "xx-forces", measure: "casualties", unit: "person" } as const;
export const make = (init: Partial<ClaimInit> & { id: string }): Claim =>
  claim({ indicator, attribution: { originator: spy }, estimate: exact(1, "person"), validTime: "2025-04-30", reportedAt: "2025-04-30", ...init } as ClaimInit);
export const only = (claims: readonly Claim[]): RevisionHistory => {
  const [h, ...rest] = revisionHistory(claims);
  expect(rest).toEqual([]);
  return h as RevisionHistory;
};

describe("a report dated to a day and one with a time of day within it", () => {
  const orig = make({ id: "orig", estimate: exact(4000, "person") });
  const fix = make({ id: "fix", estimate: exact(400, "person"), reportedAt: "2025-04-30T18:00:00" });

  it("cannot be ordered: once both are known a tie decides (the lowest id), never the clock", () => {
    const h = only([orig, fix]);
    expect(asOf(h, { known: "2025-04-30T19:00:00" })?.id).toBe("fix"); // only the timed one is known yet
    expect(asOf(h, { known: "2025-05-01" })?.id).toBe("fix");
    expect(asOf(h, { known: "2025-05-01", valid: "2025-04-30" })?.id).toBe("fix");
    expect(latest(h)?.id).toBe("fix");
    const renamed = only([{ ...orig, id: "a-orig" }, fix]);
    expect(latest(renamed)?.id).toBe("a-orig");
    expect(latest(only([{ ...orig, id: "a-orig" }, { ...fix, status: { kind: "preferred" } }]))?.id).toBe("fix");
  });

  it("is reported as a simultaneous-conflict naming the one asOf takes last", () => {
    const h = only([orig, fix]);
    expect(findContradictions(h).map((f) => [f.code, f.claims])).toEqual([["simultaneous-conflict", ["orig", "fix"]]]);
    expect(findContradictions(h, { known: "2025-04-30T19:00:00" })).toEqual([]);
    expect(findContradictions(h)[0]?.message).toMatch(/cannot be told/);
  });

  it("is read in revisions as the tie gives", () => {
    const before = make({ id: "before", estimate: exact(300, "person"), validTime: "2025-04-01", reportedAt: "2025-04-02" });
    expect(revisions(only([before, orig, fix])).map((r) => r.to.id)).toEqual(["fix"]);
  });

  it("is ordered when the reports are days apart, or read from their start", () => {
    const nextDay = { ...fix, reportedAt: "2025-05-01T08:00:00" };
    expect(latest(only([orig, nextDay]))?.id).toBe("fix");
    expect(findContradictions(only([orig, nextDay]))).toEqual([]);
    const [start] = revisionHistory([orig, fix], { knownFrom: "start" });
    expect(latest(start as RevisionHistory)?.id).toBe("fix");
    expect(findContradictions(start as RevisionHistory)).toEqual([]);
  });
});

describe("a history read from JSON", () => {
  const h0 = only([make({ id: "a", estimate: exact(100, "person"), validTime: "2025-04-01" }), make({ id: "b", estimate: exact(200, "person") })]);

  it("is frozen once checked: an edit throws instead of being ignored", () => {
    const h = JSON.parse(JSON.stringify(h0)) as { claims: { estimate: { value: number }; reportedAt: string }[]; index: { knownFrom: number[] } };
    expect(latest(h as never)?.estimate).toMatchObject({ value: 200 });
    expect(() => {
      (h.claims[1] as { estimate: { value: number } }).estimate.value = 250;
    }).toThrow(TypeError);
    expect(() => {
      (h.claims[1] as { reportedAt: string }).reportedAt = "2025-03-01";
    }).toThrow(TypeError);
    expect(() => h.index.knownFrom.push(0)).toThrow(TypeError);
    expect(latest(h as never)?.estimate).toMatchObject({ value: 200 });
    expect(h.claims[1]?.estimate.value).toBe(200);
  });

  it("is not frozen when it is refused", () => {
    const h = JSON.parse(JSON.stringify(h0)) as { index: { knownFrom: number[] } };
    h.index.knownFrom[0] = 1;
    expect(() => latest(h as never)).toThrow(expect.objectContaining({ code: "invalid-history" }));
    expect(Object.isFrozen(h)).toBe(false);
  });
});

describe('restatements: "include"', () => {
  const stock = make({ id: "stock", estimate: exact(600, "person") });
  const outlet = { ...stock, id: "outlet", restates: "stock", reportedAt: "2025-05-02" };

  it("answers with a restatement of the original in force that states the same indicator", () => {
    expect(latest(only([stock, outlet]), { restatements: "include" })?.id).toBe("outlet");
  });

  it("never answers a flow or an increment restating a stock as the level", () => {
    const flow = { ...outlet, id: "flow", indicator: { ...indicator, aggregation: "flow" as const } };
    const increment = { ...outlet, id: "more", indicator: { ...indicator, aggregation: "increment" as const } };
    expect(latest(only([stock, flow, increment]), { restatements: "include" })?.id).toBe("stock");
    expect(asOf(only([stock, flow]), { valid: "2025-05-31", restatements: "include" })?.id).toBe("stock");
  });

  it("retires a restatement with its original", () => {
    const old = { ...stock, status: { kind: "deprecated" as const, reason: "a typo", supersededBy: "new" } };
    const replacement = make({ id: "new", estimate: exact(6000, "person"), validTime: "2025-04-01", reportedAt: "2025-05-05" });
    const h = only([old, outlet, replacement]);
    expect(asOf(h, { known: "2025-05-03", restatements: "include" })?.id).toBe("outlet");
    expect(asOf(h, { known: "2025-05-06", restatements: "include" })?.id).toBe("new");
    expect(latest(h, { restatements: "include" })?.id).toBe("new");
  });

  it("never answers a restatement about another subject, scope, unit or valid time", () => {
    const other = { ...outlet, id: "other", indicator: { ...indicator, subject: "yy-forces" } };
    const scoped = { ...outlet, id: "scoped", indicator: { ...indicator, scope: "kursk" } };
    const later = { ...outlet, id: "later", validTime: "2025-05-31" };
    expect(latest(only([stock, other, scoped, later]), { restatements: "include" })?.id).toBe("stock");
  });
});

describe("restatement drift", () => {
  const stock = make({ id: "stock", estimate: exact(600, "person") });
  const outlet = { ...stock, id: "outlet", restates: "stock", reportedAt: "2025-05-02" };
  const drift = (r: Claim): [string, string[]][] => findContradictions(only([stock, r])).map((f) => [f.code, [...f.claims]]);

  it("reports another subject, scope or unit as measure-drift, never as hedge", () => {
    expect(drift({ ...outlet, indicator: { ...indicator, subject: "yy-forces" } })).toEqual([["measure-drift", ["stock", "outlet"]]]);
    expect(drift({ ...outlet, indicator: { ...indicator, scope: "kursk" } })).toEqual([["measure-drift", ["stock", "outlet"]]]);
    expect(drift({ ...outlet, indicator: { ...indicator, unit: "soldier" }, estimate: exact(600, "soldier") })).toEqual([["measure-drift", ["stock", "outlet"]]]);
  });

  it("reports another valid time, saying so", () => {
    const f = findContradictions(only([stock, { ...outlet, validTime: "2025-04-15" }]));
    expect(f.map((x) => x.code)).toEqual(["measure-drift"]);
    expect(f[0]?.message).toMatch(/another valid time/);
  });
});

describe("ageDays", () => {
  it("is null for a valid time open at its start counted from its start, as revisions gives days", async () => {
    const { ageDays } = await import("../../src/revision/age.js");
    const open = make({ id: "open", validTime: "../2025-04-30" });
    expect(ageDays(open, "2025-05-01", { anchor: "start" })).toBeNull();
    expect(ageDays(open, "2025-05-01")).toBe(1);
  });
});
