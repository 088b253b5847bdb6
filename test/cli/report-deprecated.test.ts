// fogcount check fails a dataset whose waves, breakdowns or ledger entries rest
// on a deprecated claim, and fogcount report counts none of them: each is left
// out of its total, breakdowns or balance, and named there with the finding.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;

/** The seed dataset (its early wave dated 2025), with the claims of `retired` deprecated, and `edit` applied. */
function seedWith(retired: Readonly<Record<string, Json>>, edit: (d: { claims: Json[]; deployments: Json[] }) => void = () => {}): string {
  const dataset = JSON.parse(SEED_JSON.replaceAll('"2023-01/2023-04"', '"2025-01/2025-04"')) as { claims: Json[]; deployments: Json[] };
  for (const c of dataset.claims) if (Object.hasOwn(retired, c["id"] as string)) c["status"] = retired[c["id"] as string];
  edit(dataset);
  return JSON.stringify(dataset, null, 2);
}

const RETIRED = {
  "nis-2023-early-deployed": { kind: "deprecated", reason: "counted twice" },
  "nis-2025-01-killed": { kind: "deprecated", reason: "retracted", supersededBy: "nis-2025-04-killed" },
};

/** The text of a section of a report, from its title to the next one's, on one line. */
function section(text: string, title: string, next: string): string {
  return text.slice(text.indexOf(title), text.indexOf(next)).replace(/\s+/g, " ");
}

describe("a wave, a breakdown and a ledger entry on deprecated claims", () => {
  const path = ws.file("deprecated.json", seedWith(RETIRED));
  const plain = ws.file("plain.json", seedWith({}));

  it("fail fogcount check, each at its reference, naming the claim, the reason and what supersedes it", () => {
    const run = fogcount(["check", path]);
    expect(run.status).toBe(1);
    const found = run.stdout.split("\n").filter((l) => l.includes("rests-on-deprecated-claim"));
    expect(found).toHaveLength(3);
    expect(found[0]).toContain("nis-2025-01-breakdown: its killed rests on nis-2025-01-killed, deprecated (retracted), superseded by nis-2025-04-killed");
    expect(found[1]).toContain("nis-2023-early-deployed, a wave of approximately 3,000 people (troops, KP to RU), rests on nis-2023-early-deployed, deprecated (counted twice)");
    expect(found[2]).toContain("kp-ru-troops-2023-early (troops) rests on nis-2023-early-deployed, deprecated (counted twice)");
  });

  it("are counted as before while their claims stand", () => {
    expect(fogcount(["check", plain]).status).toBe(0);
    const text = fogcount(["report", plain]).stdout;
    expect(text).not.toContain("rests-on-deprecated-claim");
    expect(section(text, "Deployments in all", "Casualty breakdowns")).toContain("about 13,000–15,000 troops = 10,000–12,000");
    expect(section(text, "Ledgers", "Check findings")).toContain("KP → RU personnel delivered 2 reported about 13,000–15,000");
  });

  it("are left out of the report's total, breakdowns and balance, each named with its finding", () => {
    const run = fogcount(["report", path]);
    expect(run.status).toBe(0);
    const waves = section(run.stdout, "Deployments in all", "Casualty breakdowns");
    expect(waves).toContain("10,000–12,000 troops = 10,000–12,000 (National Intelligence Service, autumn 2024)");
    expect(waves).not.toMatch(/\+ approximately 3,000/);
    expect(waves).toContain("Left out of the total: nis-2023-early-deployed (rests-on-deprecated-claim: nis-2023-early-deployed, a wave of approximately 3,000 people");
    const casualties = section(run.stdout, "Casualty breakdowns", "Ledgers");
    expect(casualties).toContain("Left out of the breakdowns: nis-2025-01-breakdown (rests-on-deprecated-claim:");
    expect(casualties).not.toContain("valid January 2025");
    expect(casualties).toContain("nis-2025-04-breakdown: North Korea");
    const ledger = section(run.stdout, "Ledgers", "Check findings");
    expect(ledger).toContain("Left out of the balance: kp-ru-troops-2023-early (rests-on-deprecated-claim:");
    expect(ledger).toContain("KP → RU personnel delivered 1 reported 10,000–12,000 people");
    expect(section(run.stdout, "Check findings", "\u0000")).toContain("3 errors and 0 warnings");
  });

  it("are left out of the JSON report too, and listed there with their findings", () => {
    const report = JSON.parse(fogcount(["report", path, "--format", "json"]).stdout) as {
      deployments: { total: { estimate: unknown }; notCounted: { id: string; code: string }[] }[];
      casualties: { id: string; notCounted?: { code: string }; breakdown?: unknown }[];
      ledgers: { notCounted: { id: string; code: string }[]; directions: { entries: { id: string }[] }[] }[];
    };
    expect(report.deployments[0]?.total.estimate).toEqual({ kind: "range", low: 10000, high: 12000, unit: "person" });
    expect(report.deployments[0]?.notCounted.map((n) => [n.id, n.code])).toEqual([["nis-2023-early-deployed", "rests-on-deprecated-claim"]]);
    expect(report.casualties.map((b) => [b.id, b.notCounted?.code ?? null, b.breakdown === undefined])).toEqual([
      ["nis-2025-04-breakdown", null, false],
      ["nis-2025-01-breakdown", "rests-on-deprecated-claim", true],
    ]);
    expect(report.ledgers[0]?.notCounted.map((n) => [n.id, n.code])).toEqual([["kp-ru-troops-2023-early", "rests-on-deprecated-claim"]]);
    expect(report.ledgers[0]?.directions.flatMap((d) => d.entries.map((e) => e.id))).not.toContain("kp-ru-troops-2023-early");
  });

  it("are left out of the report even with the rule turned off, which only drops the finding", () => {
    const run = fogcount(["report", path, "--rule", "rests-on-deprecated-claim=off"]);
    expect(section(run.stdout, "Deployments in all", "Casualty breakdowns")).toContain("Left out of the total: nis-2023-early-deployed (rests-on-deprecated-claim:");
    expect(section(run.stdout, "Ledgers", "Check findings")).toContain("KP → RU personnel delivered 1 reported 10,000–12,000 people");
    expect(section(run.stdout, "Check findings", "\u0000")).not.toContain("rests-on-deprecated-claim");
  });

  it("leave no total at all when every wave is left out, and say so", () => {
    const all = ws.file("all.json", seedWith({ "nis-2024-autumn-deployed": { kind: "deprecated", reason: "counted twice" } }));
    const waves = section(fogcount(["report", all]).stdout, "Deployments in all", "Casualty breakdowns");
    expect(waves).toContain("No total: every wave is left out of it (each is named below), so the total is unknown, not 0.");
    expect(waves).not.toContain("No total over time");
    expect(waves).toContain("nis-2023-early-deployed (rests-on-deprecated-claim: nis-2023-early-deployed adds to nis-2024-autumn-deployed, which is left out of the total)");
  });

  it("count a wave that replaces one left out on its own", () => {
    const replaced = ws.file(
      "replaced.json",
      seedWith({ "nis-2024-autumn-deployed": { kind: "deprecated", reason: "counted twice" } }, (d) => {
        const autumn = d.deployments[0] as Json;
        const { claim: _claim, adds: _adds, ...rest } = autumn;
        d.deployments.push({ ...rest, id: "spring-2025", size: { kind: "exact", value: 11000, unit: "person" }, period: "2025-05", reportedAt: "2025-06-01", replaces: "nis-2024-autumn-deployed" });
      }),
    );
    const waves = section(fogcount(["report", replaced]).stdout, "Deployments in all", "Casualty breakdowns");
    expect(waves).toContain("11,000 troops = 11,000 (National Intelligence Service, May 2025)");
    expect(waves).toContain("Left out of the total: nis-2024-autumn-deployed (rests-on-deprecated-claim:");
  });
});

describe("a wave whose size its claim does not allow", () => {
  const path = ws.file(
    "mismatch.json",
    seedWith({}, (d) => {
      const wave = d.deployments[1] as Json;
      wave["size"] = { kind: "exact", value: 30000, unit: "person" };
    }),
  );

  it("fails fogcount check at its size, naming the claim's figure", () => {
    const run = fogcount(["check", path]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/error {2}claim-figure-mismatch {2}nis-2023-early-deployed sends 30,000 people \(troops, KP to RU\), but rests on nis-2023-early-deployed, which states approximately 3,000 people: the two allow no common figure/);
  });

  it("is listed among the report's findings as an error", () => {
    const findings = section(fogcount(["report", path]).stdout, "Check findings", "\u0000");
    expect(findings).toContain("1 error and 0 warnings");
    expect(findings).toContain("error claim-figure-mismatch deployments[1].size");
  });
});
