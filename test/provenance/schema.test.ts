import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  AttributionSchema,
  CountryCodeSchema,
  PublicationSchema,
  RelayStepSchema,
  SourceSchema,
} from "../../src/provenance/schema.js";
import { arbAttribution, arbSource } from "../../src/testing/claim.js";

const nis = { id: "kr-nis", kind: "intelligence-agency", name: "NIS", country: "KR" } as const;

function issuesOf(result: { success: boolean; error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("SourceSchema", () => {
  it("accepts every generated source", () => {
    fc.assert(fc.property(arbSource(), (s) => SourceSchema.safeParse(s).success));
  });

  it("rejects a bad country code, kind, grade and id, with paths", () => {
    const bad = SourceSchema.safeParse({ id: "a b", kind: "spy", name: "", country: "kor", reliability: "G" });
    expect(issuesOf(bad).map((i) => i.path).sort()).toEqual(["country", "id", "kind", "name", "reliability"]);
    expect(CountryCodeSchema.safeParse("KR").success).toBe(true);
    expect(CountryCodeSchema.safeParse("Kr").success).toBe(false);
  });
});

describe("EDTF dates in attributions", () => {
  it("accept the forms reporting needs", () => {
    for (const date of ["2025-04-30", "2025-01", "2024-23", "2025~", "2025-01/2025-03", "../2025-04"]) {
      expect(RelayStepSchema.safeParse({ kind: "channel", channel: "briefing", date }).success, date).toBe(true);
    }
  });

  it("carry the time room's reason in the issue", () => {
    const result = PublicationSchema.safeParse({ outlet: "Yonhap", date: "2025-02-30" });
    expect(issuesOf(result)).toEqual([{ path: "date", message: expect.stringMatching(/2025-02-30/) }]);
  });
});

describe("AttributionSchema", () => {
  it("accepts every generated attribution", () => {
    fc.assert(fc.property(arbAttribution(), (a) => AttributionSchema.safeParse(a).success));
  });

  it("reports the path of a bad relay date, a bad grade and a bad URL", () => {
    const result = AttributionSchema.safeParse({
      originator: nis,
      relay: [{ kind: "channel", channel: "briefing", date: "April 30" }],
      publications: [{ outlet: "Yonhap", url: "ftp://example.org/x" }],
      credibility: 7,
      likelihood: "probably",
      confidence: "very high",
    });
    expect(issuesOf(result).map((i) => i.path).sort()).toEqual([
      "confidence",
      "credibility",
      "likelihood",
      "publications.0.url",
      "relay.0.date",
    ]);
  });

  it("discriminates relay steps on kind", () => {
    expect(RelayStepSchema.safeParse({ kind: "intermediary", source: nis }).success).toBe(true);
    expect(RelayStepSchema.safeParse({ kind: "intermediary", channel: "briefing" }).success).toBe(false);
    expect(RelayStepSchema.safeParse({ kind: "rumour" }).success).toBe(false);
    expect(PublicationSchema.safeParse({ outlet: " " }).success).toBe(false);
  });
});
