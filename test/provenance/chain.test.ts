import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../src/errors.js";
import { lastRelay, originatorOf } from "../../src/provenance/chain.js";
import { effectiveReliability } from "../../src/provenance/reliability.js";
import type { Attribution, Source } from "../../src/provenance/schema.js";
import { arbAttribution } from "../../src/testing/claim.js";
import { deepFreeze } from "../helpers.js";

const nis: Source = deepFreeze({ id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" });
const lee: Source = deepFreeze({ id: "kr-lee-seong-kweun", kind: "lawmaker", name: "Lee Seong Kweun", country: "KR" });
const yonhap: Source = deepFreeze({ id: "kr-yonhap", kind: "outlet", name: "Yonhap", country: "KR" });

const viaLawmaker: Attribution = deepFreeze({
  originator: nis,
  relay: [
    { kind: "channel", channel: "briefing", closed: true, date: "2025-04-30" },
    { kind: "intermediary", source: lee, date: "2025-04-30" },
    { kind: "intermediary", source: yonhap, date: "2025-04-30" },
  ],
  credibility: 2,
});

describe("originatorOf", () => {
  it("reads the originator, not a relay", () => {
    expect(originatorOf(viaLawmaker)).toBe(nis);
  });
});

describe("lastRelay", () => {
  it("reads the step nearest the reader", () => {
    expect(lastRelay(viaLawmaker)).toEqual({ kind: "intermediary", source: yonhap, date: "2025-04-30" });
  });

  it("is undefined when the originator spoke directly", () => {
    expect(lastRelay(deepFreeze({ originator: nis }))).toBeUndefined();
    expect(lastRelay(deepFreeze({ originator: nis, relay: [] }))).toBeUndefined();
  });

  it("is always the last element of the chain", () => {
    fc.assert(
      fc.property(arbAttribution(), (a) => {
        deepFreeze(a);
        const relay = a.relay ?? [];
        expect(lastRelay(a)).toBe(relay[relay.length - 1]);
        expect(originatorOf(a)).toBe(a.originator);
      }),
    );
  });
});

describe("effectiveReliability", () => {
  it("pairs the source's grade with the claim's credibility", () => {
    expect(effectiveReliability(deepFreeze({ ...nis, reliability: "B" }), viaLawmaker)).toEqual({
      reliability: "B",
      credibility: 2,
      code: "B2",
      defaulted: [],
    });
  });

  it("reads missing grades as cannot be judged, and says so", () => {
    expect(effectiveReliability(nis, deepFreeze({ originator: nis }))).toEqual({
      reliability: "F",
      credibility: 6,
      code: "F6",
      defaulted: ["reliability", "credibility"],
    });
    expect(effectiveReliability(nis, viaLawmaker)).toMatchObject({ code: "F2", defaulted: ["reliability"] });
  });

  it("uses the grade of the source passed in, such as a current record of the originator", () => {
    const regraded = deepFreeze({ ...nis, reliability: "C" as const });
    expect(effectiveReliability(regraded, viaLawmaker).code).toBe("C2");
  });

  it("refuses a source that is not the originator, with source-mismatch", () => {
    let error: unknown;
    try {
      effectiveReliability(lee, viaLawmaker);
    } catch (e) {
      error = e;
    }
    expect(isFogcountError(error, "source-mismatch")).toBe(true);
    expect((error as Error).message).toContain("kr-lee-seong-kweun");
    expect((error as Error).message).toContain("kr-nis");
  });
});
