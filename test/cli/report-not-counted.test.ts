// fogcount report never counts what its claims do not say was sent: a ledger
// entry delivered on the strength of a plan, a wave or entry resting on a
// claim of the killed, a wave reported before it was sent. Each is left out
// of its total or balance and named with its finding; check fails on it.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;
const about = (value: number) => ({ kind: "approx", value, unit: "person" });

/** The seed dataset (its early wave dated 2025), changed by `change`. */
function seedWith(change: (d: { claims: Json[]; deployments: Json[]; ledgers: { entries: Json[] }[] }) => void): string {
  const d = JSON.parse(SEED_JSON.replaceAll('"2023-01/2023-04"', '"2025-01/2025-04"'));
  change(d);
  return JSON.stringify(d, null, 2);
}

const section = (out: string, from: string, to: string): string => out.slice(out.indexOf(from), out.indexOf(to)).replace(/\s+/g, " ");

describe("a ledger entry delivered that rests on a plan", () => {
  const path = ws.file(
    "plan-entry.json",
    seedWith((d) => {
      const autumn = d.claims.find((c) => c["id"] === "nis-2024-autumn-deployed") as Json;
      d.claims.push({ ...autumn, id: "plan", modality: "planned", estimate: about(5000), validTime: "2025-06", reportedAt: "2025-04-30" });
      d.ledgers[0]?.entries.push({ ...(d.ledgers[0]?.entries[0] as Json), id: "t5", quantity: about(5000), evidence: "confirmed", period: "2025-06", claims: ["plan"] });
    })
  );

  it("fails fogcount check", () => {
    const run = fogcount(["check", path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("plan-counted-as-deployment  t5 (troops) counts about 5,000 people as delivered");
  });

  it("is not added to the delivered troops of the balance, and is named", () => {
    const run = fogcount(["report", path]);
    expect(run.status).toBe(0);
    const ledgers = section(run.stdout, "\nLedgers", "Check findings");
    expect(ledgers).toContain("Left out of the balance: t5 (plan-counted-as-deployment:");
    expect(ledgers).not.toContain("15,000–17,000");
    expect(ledgers).not.toContain("confirmed");
  });
});

describe("a wave and an entry that rest on a claim of the killed", () => {
  const path = ws.file(
    "killed.json",
    seedWith((d) => {
      d.deployments.push({ ...(d.deployments[0] as Json), id: "w600", size: about(600), period: "2025-01", claim: "nis-2025-04-killed" });
      d.ledgers[0]?.entries.push({ ...(d.ledgers[0]?.entries[0] as Json), id: "t600", quantity: about(600), period: "2025-01", claims: ["nis-2025-04-killed"] });
    })
  );

  it("fails fogcount check at both", () => {
    const run = fogcount(["check", path]);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/claim-figure-mismatch {2}(w600|t600)/g)).toHaveLength(2);
  });

  it("leaves both out of the total and the balance, and names them", () => {
    const run = fogcount(["report", path, "--format", "json"]);
    const report = JSON.parse(run.stdout) as { deployments: { total: { estimate: Json }; notCounted: { id: string; code: string }[] }[]; ledgers: { notCounted: { id: string; code: string }[] }[] };
    expect(report.deployments[0]?.notCounted.map((n) => [n.id, n.code])).toEqual([["w600", "claim-figure-mismatch"]]);
    expect(report.deployments[0]?.total.estimate).toMatchObject({ low: 13000, high: 15000 });
    expect(report.ledgers[0]?.notCounted.map((n) => [n.id, n.code])).toEqual([["t600", "claim-figure-mismatch"]]);
  });
});

describe("an asserted wave reported before it was sent", () => {
  const path = ws.file(
    "june.json",
    seedWith((d) => {
      d.deployments.push({ id: "june", from: "KP", to: "RU", category: "troops", size: about(5000), period: "2025-06", reportedAt: "2025-04-30", attribution: { originator: "kr-nis" }, adds: "nis-2024-autumn-deployed" });
    })
  );

  it("fails fogcount check", () => {
    const run = fogcount(["check", path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("reported-before-valid  june is reported at 2025-04-30, before the wave it reports was sent");
  });

  it("is not counted as sent, and is named", () => {
    const run = fogcount(["report", path]);
    const waves = section(run.stdout, "Deployments in all", "Casualty breakdowns");
    expect(waves).toContain("Left out of the total: june (reported-before-valid:");
    expect(waves).not.toContain("+ about 5,000");
  });
});

describe("a wave size and an entry quantity of 0 written n/a", () => {
  const na = (unit: string) => ({ kind: "exact", value: 0, unit, text: "n/a" });
  const path = ws.file(
    "na.json",
    seedWith((d) => {
      d.deployments.push({ id: "w2", from: "KP", to: "RU", category: "troops", size: na("person"), period: "2025-01", reportedAt: "2025-04-30", attribution: { originator: "kr-nis" } });
      const drones = d.ledgers[0]?.entries.find((e) => e["id"] === "ru-kp-drones") as Json;
      drones["quantity"] = na("drone");
      drones["claims"] = undefined;
    })
  );

  it("are unknown-as-zero warnings of fogcount check", () => {
    expect(fogcount(["check", path]).stdout.match(/unknown-as-zero {2}(w2|ru-kp-drones) records 0/g)).toHaveLength(2);
  });

  it("are shown as unknown, and no total is closed by them", () => {
    const out = fogcount(["report", path]).stdout.replace(/\s+/g, " ");
    expect(out).toContain('w2 January 2025 unknown (0, "n/a")');
    expect(out).toContain("at least about 13,000 troops");
    expect(out).not.toContain("0 drones");
  });
});
