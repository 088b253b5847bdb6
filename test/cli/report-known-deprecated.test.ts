// On the knowledge clock, a deprecation is in force only from when it became
// known: `fogcount report --known DATE` counts a claim whose replacement was
// not yet public on DATE as it stood then, and leaves it out from the day its
// replacement was public. A retraction that names no replacement gives no time
// of its own, and is left out at every knowledge time.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

type Json = Record<string, unknown>;
const flat = (text: string): string => text.replace(/\s+/g, " ");
/** The text of a section of a report, from its title to the next one's, on one line. */
const section = (text: string, title: string, next: string): string => flat(text.slice(text.indexOf(title), text.indexOf(next)));

const mod = { originator: "mod" };
const indicator = { subject: "kp-forces-in-russia", measure: "deployed", unit: "person", aggregation: "flow" };
const people = (value: number) => ({ kind: "exact", value, unit: "person" });
const claim = (id: string, value: number, reportedAt: string, status?: Json) => ({ id, indicator, estimate: people(value), validTime: "2024-10", reportedAt, attribution: mod, ...(status !== undefined && { status }) });
const wave = (id: string, value: number, reportedAt: string, rest: Json) => ({ id, from: "KP", to: "RU", category: "troops", size: people(value), period: "2024-10", reportedAt, attribution: mod, ...rest });

/** A dataset of a claim of 10,000 reported in November 2024 and replaced by one of 11,000 reported in February 2025; with waves on them unless `claimsOnly`. */
function dataset(name: string, options: { claimsOnly?: boolean; status?: Json } = {}): string {
  const status = options.status ?? { kind: "deprecated", reason: "corrected", supersededBy: "new" };
  return ws.file(
    name,
    JSON.stringify({
      format: "fogcount-dataset/1",
      metadata: { title: "A corrected wave", licence: "CC0-1.0", maintainer: "desk", date: "2025-03-31" },
      sources: [{ id: "mod", kind: "ministry", name: "MoD", country: "GB" }],
      parties: [{ id: "kp", code: "KP", name: "North Korea" }, { id: "ru", code: "RU", name: "Russia" }],
      claims: [claim("old", 10000, "2024-11-01", status), claim("new", 11000, "2025-02-01")],
      deployments: options.claimsOnly === true ? [] : [wave("w-old", 10000, "2024-11-01", { claim: "old" }), wave("w-new", 11000, "2025-02-01", { claim: "new", replaces: "w-old" })],
    }),
  );
}

interface Report {
  deprecatedLater: string[];
  deployments: { total: { estimate: unknown } | { refused: string }; notCounted: { id: string }[] }[];
  indicators: { claims: { id: string }[] }[];
  findings: { code: string }[];
}
const json = (file: string, known?: string): Report => JSON.parse(fogcount(["report", file, ...(known === undefined ? [] : ["--known", known]), "--format", "json"]).stdout) as Report;

describe("a wave on a claim replaced later, reported as known before the replacement was public", () => {
  const file = dataset("corrected.json");

  it("counts the wave as it stood, says why, and leaves out the finding about its claim", () => {
    const run = fogcount(["report", file, "--known", "2024-12-01"]);
    expect(run.status).toBe(0);
    const text = flat(run.stdout);
    expect(text).toContain("old is deprecated in the dataset, but what replaces it was not yet public on 1 December 2024: it is counted as it stood then.");
    const waves = section(run.stdout, "Deployments in all", "Check findings");
    expect(waves).toContain("10,000 troops = 10,000 (MoD, October 2024)");
    expect(waves).not.toContain("Left out of the total");
    expect(waves).not.toContain("No total");
    expect(section(run.stdout, "Indicators and their revisions", "Deployments in all")).not.toContain("deprecated");
    expect(section(run.stdout, "Check findings", "\u0000")).toContain("The lint rules find nothing. 1 finding is left out");
    const report = json(file, "2024-12-01");
    expect(report.deprecatedLater).toEqual(["old"]);
    expect(report.deployments[0]?.total).toMatchObject({ estimate: people(10000) });
    expect(report.deployments[0]?.notCounted).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it("leaves it out from the day its replacement was public, and without --known, as before", () => {
    for (const report of [json(file, "2025-02-01"), json(file, "2025-03-01"), json(file)]) {
      expect(report.deprecatedLater).toEqual([]);
      expect(report.deployments[0]?.total).toMatchObject({ estimate: people(11000) });
      expect(report.deployments[0]?.notCounted.map((n) => n.id)).toEqual(["w-old"]);
      expect(report.findings.map((f) => f.code)).toEqual(["rests-on-deprecated-claim"]);
    }
    expect(flat(fogcount(["report", file, "--known", "2025-03-01"]).stdout)).not.toContain("counted as it stood then");
  });

  it("counts a dataset's claims the same way when it has no waves of its own", () => {
    const claims = dataset("claims-only.json", { claimsOnly: true });
    const before = fogcount(["report", claims, "--known", "2024-12-01"]).stdout;
    expect(section(before, "Deployments in all", "Check findings")).toContain("10,000 troops = 10,000 (MoD, October 2024)");
    const after = fogcount(["report", claims, "--known", "2025-03-01"]).stdout;
    expect(section(after, "Deployments in all", "Check findings")).toContain("11,000 troops = 11,000 (MoD, October 2024)");
    expect(section(after, "Indicators and their revisions", "Deployments in all")).toContain("old, deprecated: corrected");
  });

  it("leaves out a retracted claim that names no replacement at every knowledge time: the dataset does not say when it was retracted", () => {
    const retracted = dataset("retracted.json", { status: { kind: "deprecated", reason: "retracted" } });
    const report = json(retracted, "2024-12-01");
    expect(report.deprecatedLater).toEqual([]);
    expect(report.deployments[0]?.notCounted.map((n) => n.id)).toEqual(["w-old"]);
    expect(report.findings.map((f) => f.code)).toEqual(["rests-on-deprecated-claim"]);
  });
});

describe("the bundled briefing with January's killed replaced by April's", () => {
  const seed = JSON.parse(SEED_JSON) as { claims: Json[] };
  for (const c of seed.claims) if (c["id"] === "nis-2025-01-killed") c["status"] = { kind: "deprecated", reason: "revised", supersededBy: "nis-2025-04-killed" };
  const file = ws.file("seed.json", JSON.stringify(seed));
  const casualties = (known: string) =>
    (JSON.parse(fogcount(["report", file, "--known", known, "--format", "json"]).stdout) as { casualties: { id: string; notCounted?: unknown }[] }).casualties.map((b) => [b.id, b.notCounted === undefined]);

  it("shows January's breakdown as known at the end of March, and leaves it out once April's figures were public", () => {
    expect(casualties("2025-03-31")).toEqual([["nis-2025-01-breakdown", true]]);
    expect(casualties("2025-05-01")).toEqual([
      ["nis-2025-04-breakdown", true],
      ["nis-2025-01-breakdown", false],
    ]);
  });
});
