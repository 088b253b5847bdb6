// Under --known DATE, the sources and relay chains count only the claims
// public by then, as the other sections do.
import { afterAll, describe, expect, it } from "vitest";

import { fogcount, workspace } from "./run.js";

describe("fogcount report --known", () => {
  const report = JSON.parse(fogcount(["report", "--known", "2025-03-31", "--format", "json"]).stdout) as {
    sources: { id: string; claims: number; relayed: number }[];
    chains: { claims: string[] }[];
    indicators: { claims: { id: string }[] }[];
  };
  const shown = new Set(report.indicators.flatMap((h) => h.claims.map((c) => c.id)));

  it("leaves claims first reported later out of the relay chains", () => {
    const listed = report.chains.flatMap((c) => c.claims);
    expect(listed).not.toContain("nis-2025-04-casualties");
    expect(listed.filter((id) => !shown.has(id))).toEqual([]);
  });

  it("counts only the claims public by then in the sources table", () => {
    expect(report.sources.find((s) => s.id === "kr-lee-seong-kweun")?.relayed).toBe(0);
    expect(report.sources.reduce((n, s) => n + s.claims, 0)).toBe(shown.size);
  });

  it("says so in text when no claim was public", () => {
    const text = fogcount(["report", "--known", "2020-01-01"]).stdout;
    expect(text).toContain("No claims were public by 1 January 2020.");
    expect(text).not.toContain("nis-2025-04-casualties");
  });
});

describe("fogcount report --known at a time of day", () => {
  const ws = workspace();
  afterAll(() => ws.done());
  const mod = { originator: "mod" };
  const wave = (id: string, value: number, reportedAt: string) => ({ id, from: "KP", to: "RU", category: "troops", size: { kind: "exact", value, unit: "person" }, period: "2024-09", reportedAt, attribution: mod });
  const file = ws.file(
    "zones.json",
    JSON.stringify({
      format: "fogcount-dataset/1",
      metadata: { title: "Two reports a day", licence: "CC0-1.0", maintainer: "desk", date: "2024-12-31" },
      sources: [{ id: "mod", kind: "ministry", name: "MoD", country: "GB" }],
      parties: [{ id: "kp", code: "KP", name: "North Korea" }, { id: "ru", code: "RU", name: "Russia" }],
      claims: [
        { id: "c-evening", indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "person" }, estimate: { kind: "exact", value: 10000, unit: "person" }, validTime: "2024-10-01", reportedAt: "2024-10-01T20:00:00Z", attribution: mod },
        // 04:30 UTC on 2 October, though written on the 1st
        { id: "c-new-york", indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" }, estimate: { kind: "exact", value: 12, unit: "person" }, validTime: "2024-09-30", reportedAt: "2024-10-01T23:30:00-05:00", attribution: mod },
      ],
      deployments: [wave("morning", 1000, "2024-10-01T08:00:00Z"), wave("evening", 9000, "2024-10-01T20:00:00Z")],
      ledgers: [{ id: "l", parties: ["kp", "ru"], entries: [{ id: "e1", from: "KP", to: "RU", category: "munitions", item: "shells", quantity: { kind: "exact", value: 5, unit: "shell" }, stage: "delivered", evidence: "reported", period: "2024-09", attribution: mod, claims: ["c-evening"] }] }],
    }),
  );

  it("leaves out what came out later that day, and what came out the next day in UTC, in every section", () => {
    const report = JSON.parse(fogcount(["report", file, "--known", "2024-10-01T09:00:00Z", "--format", "json"]).stdout) as {
      clocks: { known: string };
      deployments: { waves: { id: string }[]; total?: { estimate: { value: number } }; leftOut: { id: string; why: string }[] }[];
      indicators: { claims: { id: string }[] }[];
      ledgers: { leftOut: { id: string; why: string }[] }[];
    };
    expect(report.clocks.known).toBe("2024-10-01T09:00:00Z");
    expect(report.indicators.flatMap((h) => h.claims.map((c) => c.id))).toEqual([]);
    expect(report.ledgers[0]?.leftOut).toEqual([{ id: "e1", why: "not-yet-public" }]);
    expect(report.deployments.map((d) => [d.waves.map((w) => w.id), d.total?.estimate.value, d.leftOut])).toEqual([[["morning"], 1000, [{ id: "evening", why: "not-yet-public" }]]]);
    const late = JSON.parse(fogcount(["report", file, "--known", "2024-10-01T23:59:59Z", "--format", "json"]).stdout) as { indicators: { claims: { id: string }[] }[] };
    expect(late.indicators.flatMap((h) => h.claims.map((c) => c.id))).toEqual(["c-evening"]);
    const text = fogcount(["report", file, "--known", "2024-10-01T09:00:00Z"]).stdout;
    expect(text).toContain("as known on 1 October 2024 at 09:00:00Z");
    expect(text).toMatch(/1,000 troops/);
    expect(text).not.toMatch(/10,000 troops/);
  });

  it("leaves out the check findings about what was not yet public, and says how many", () => {
    const claim = (id: string, value: number, validTime: string, reportedAt: string) => ({ id, indicator: { subject: "xx-forces", measure: "killed", unit: "person" }, estimate: { kind: "exact", value, unit: "person" }, validTime, reportedAt, attribution: mod });
    const falls = ws.file(
      "falls.json",
      JSON.stringify({
        format: "fogcount-dataset/1",
        metadata: { title: "A fall", licence: "CC0-1.0", maintainer: "desk", date: "2025-12-31" },
        sources: [{ id: "mod", kind: "ministry", name: "MoD", country: "GB" }],
        claims: [claim("early", 600, "2024-09-30", "2024-10-01T08:00:00Z"), claim("later", 300, "2024-10-01", "2024-10-01T10:00:00Z")],
      }),
    );
    const at = (known: string) => JSON.parse(fogcount(["report", falls, "--known", known, "--format", "json"]).stdout) as { findings: { code: string }[] };
    expect(at("2024-10-01T09:00:00Z").findings).toEqual([]);
    expect(at("2024-10-01T11:00:00Z").findings.map((f) => f.code)).toEqual(["cumulative-decrease"]);
    expect(fogcount(["report", falls, "--known", "2024-10-01T09:00:00Z"]).stdout.replace(/\s+/g, " ")).toContain(
      "The lint rules find nothing. 1 finding is left out: it is about what was not yet public on 1 October 2024 at 09:00:00Z (fogcount check lists every finding).",
    );
  });
});
