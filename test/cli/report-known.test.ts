// Under --known DATE, the sources and relay chains count only the claims
// public by then, as the other sections do.
import { describe, expect, it } from "vitest";

import { fogcount } from "./run.js";

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
