// fogcount report on a dataset whose deployments are only claims: the waves are read as the
// deployment room reads them, one subject, measure, scope, unit and originator at a time. A
// level in between replaces what came before it, a revised flow counts once, figures of
// different scopes or units are never added, and nothing stops the report.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

const flat = (text: string): string => text.replace(/\s+/g, " ");

interface Spec {
  readonly id: string;
  readonly value: number;
  readonly aggregation: "flow" | "stock" | "increment";
  readonly validTime: string;
  readonly reportedAt?: string;
  readonly scope?: string;
  readonly unit?: string;
  readonly measure?: string;
}

/** The seed dataset with only these claims of the NIS about kp-forces-in-russia, and no waves, breakdowns or ledgers. */
function dataset(specs: readonly Spec[]): string {
  const seed = JSON.parse(SEED_JSON) as Record<string, unknown>;
  const claims = specs.map((s) => ({
    id: s.id,
    indicator: { subject: "kp-forces-in-russia", measure: s.measure ?? "deployed", unit: s.unit ?? "person", aggregation: s.aggregation, ...(s.scope !== undefined && { scope: s.scope }) },
    estimate: { kind: "exact", value: s.value, unit: s.unit ?? "person" },
    validTime: s.validTime,
    reportedAt: s.reportedAt ?? "2025-04-01",
    attribution: { originator: "kr-nis" },
    status: { kind: "normal" },
  }));
  return JSON.stringify({ ...seed, claims, casualtyBreakdowns: [], deployments: [], ledgers: [] }, null, 2);
}

/** The report's deployment section, as flat text, and its status. */
function section(name: string, specs: readonly Spec[]): { status: number | null; text: string } {
  ws.file(name, dataset(specs));
  const run = fogcount(["report", name], { cwd: ws.dir });
  const text = flat(run.stdout);
  return { status: run.status, text: text.slice(text.indexOf("Deployments in all"), text.indexOf("Check findings")) };
}

describe("deployments read from claims", () => {
  it("a level in between replaces the flow before it: 13,000, never 11,000", () => {
    const { status, text } = section("stock.json", [
      { id: "a", value: 10000, aggregation: "flow", validTime: "2024-10" },
      { id: "b", value: 12000, aggregation: "stock", validTime: "2025-01" },
      { id: "c", value: 1000, aggregation: "increment", validTime: "2025-03" },
    ]);
    expect(status).toBe(0);
    expect(text).toContain("13,000 troops = 12,000 (National Intelligence Service, January 2025) + 1,000 (National Intelligence Service, March 2025) (waves in force on 31 March 2025; replaced: a)");
    expect(text).not.toContain("11,000");
  });

  it("a flow revised by a later report counts once, at its latest figure, and the report goes on", () => {
    const { status, text } = section("revised.json", [
      { id: "a", value: 10000, aggregation: "flow", validTime: "2024-10", reportedAt: "2024-12-01" },
      { id: "a2", value: 12000, aggregation: "flow", validTime: "2024-10", reportedAt: "2025-02-01" },
    ]);
    expect(status).toBe(0);
    expect(text).toContain("12,000 troops = 12,000 (National Intelligence Service, October 2024)");
    expect(text).toContain('warning skipped-claim: "a" makes no wave: it is revised by "a2", a later report of the flow for the same valid time (10,000, then 12,000)');
  });

  it("figures of different scopes, units or measures are totalled apart, each under its own heading", () => {
    const { status, text } = section("apart.json", [
      { id: "a", value: 10000, aggregation: "flow", validTime: "2024-10" },
      { id: "k", value: 15000, aggregation: "flow", validTime: "2024-11", scope: "kursk" },
      { id: "s", value: 5, aggregation: "flow", validTime: "2024-11", unit: "soldier" },
      { id: "l", value: 15000, aggregation: "flow", validTime: "2024-11", measure: "laborers" },
    ]);
    expect(status).toBe(0);
    expect(text).toContain("kp-forces-in-russia · deployed — National Intelligence Service 10,000 troops = 10,000");
    expect(text).toContain("kp-forces-in-russia · deployed · scope kursk — National Intelligence Service 15,000 troops = 15,000");
    expect(text).toContain("kp-forces-in-russia · deployed · in soldier — National Intelligence Service 5 soldiers (troops) = 5");
    expect(text).toContain("kp-forces-in-russia · laborers — National Intelligence Service 15,000 laborers = 15,000");
    expect(text).not.toContain("25,000");
  });

  it("an increment with nothing to add to gives no total, and says why", () => {
    const { status, text } = section("alone.json", [{ id: "c", value: 1000, aggregation: "increment", validTime: "2025-03" }]);
    expect(status).toBe(0);
    expect(text).toContain('No total: claims[0] ("c") is an increment with nothing to add to');
  });

  it("levels alone are left to the histories", () => {
    const { text } = section("levels.json", [{ id: "b", value: 12000, aggregation: "stock", validTime: "2025-01" }]);
    expect(text).toBe("");
  });
});
