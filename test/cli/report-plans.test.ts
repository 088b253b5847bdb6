// fogcount report never adds a plan into a deployment total: a wave counted
// as sent that rests on a planned claim is left out of the total, inline.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

/** The seed dataset (its early wave dated 2025) with a wave of 10,000 that rests on a plan. */
function withPlannedWave(): string {
  const dataset = JSON.parse(SEED_JSON.replaceAll('"2023-01/2023-04"', '"2025-01/2025-04"')) as { claims: Record<string, unknown>[]; deployments: Record<string, unknown>[] };
  const autumn = dataset.claims.find((c) => c["id"] === "nis-2024-autumn-deployed") as Record<string, unknown>;
  const wave = dataset.deployments[0] as Record<string, unknown>;
  const size = { kind: "exact", value: 10000, unit: "person" };
  dataset.claims.push({ ...autumn, id: "plan-summer", modality: "planned", estimate: size, validTime: "2025-06", text: "North Korea plans to send 10,000 more troops." });
  dataset.deployments.push({ ...wave, id: "summer-2025", size, period: "2025-06", claim: "plan-summer" });
  return JSON.stringify(dataset, null, 2);
}

describe("a wave that rests on a plan", () => {
  const path = ws.file("plan.json", withPlannedWave());

  it("is found by fogcount check", () => {
    expect(fogcount(["check", path]).stdout).toContain("plan-counted-as-deployment");
  });

  it("is left out of the report's total, saying so inline with the finding", () => {
    const run = fogcount(["report", path]);
    expect(run.status).toBe(0);
    const section = run.stdout.slice(run.stdout.indexOf("Deployments in all"), run.stdout.indexOf("Check findings"));
    expect(section).not.toMatch(/\+ 10,000/);
    expect(section).toContain("about 13,000–15,000 troops = 10,000–12,000");
    expect(section.replace(/\s+/g, " ")).toContain("Left out of the total: summer-2025 (plan-counted-as-deployment:");
  });

  it("is left out of the JSON total too, and listed as left out", () => {
    const report = JSON.parse(fogcount(["report", path, "--format", "json"]).stdout) as { deployments: { total: { estimate: unknown }; notCounted: { id: string; code: string }[] }[] };
    const group = report.deployments[0];
    expect(group?.total.estimate).toMatchObject({ low: 13000, high: 15000 });
    expect(group?.notCounted.map((n) => [n.id, n.code])).toEqual([["summer-2025", "plan-counted-as-deployment"]]);
  });
});
