import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { exact } from "../../src/estimate/constructors.js";
import { isFogcountError } from "../../src/errors.js";
import { AttributionSchema } from "../../src/provenance/schema.js";
import { revisionHistory } from "../../src/revision/history.js";
import { SourceSchema } from "../../src/provenance/schema.js";
import { source } from "../../src/provenance/source.js";
import { thrown, thrownCode } from "../helpers.js";

describe("source", () => {
  it("builds a source that the schema accepts", () => {
    const nis = source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR", reliability: "B" });
    expect(nis).toEqual({
      id: "kr-nis",
      kind: "intelligence-agency",
      name: "National Intelligence Service",
      country: "KR",
      reliability: "B",
    });
    expect(SourceSchema.parse(nis)).toEqual(nis);
  });

  it("leaves out what was not given, and trims the name", () => {
    expect(source("yonhap", "outlet", "  Yonhap  ")).toEqual({ id: "yonhap", kind: "outlet", name: "Yonhap" });
  });

  it("rejects bad input with invalid-source, naming the value", () => {
    expect(thrownCode(() => source("", "ministry", "MoD"))).toBe("invalid-source");
    expect(thrownCode(() => source("kr nis", "ministry", "MoD"))).toBe("invalid-source");
    expect(thrownCode(() => source("x", "spy" as never, "MoD"))).toBe("invalid-source");
    expect(thrownCode(() => source("x", "ministry", "  "))).toBe("invalid-source");
    expect(thrownCode(() => source("x", "ministry", "MoD", { country: "kr" }))).toBe("invalid-source");
    expect(thrownCode(() => source("x", "ministry", "MoD", { country: "KOR" }))).toBe("invalid-source");
    expect(thrownCode(() => source("x", "ministry", "MoD", { reliability: "G" as never }))).toBe("invalid-source");
    try {
      source("kr-mnd", "ministry", "MoD", { country: "Korea" });
    } catch (e) {
      expect(isFogcountError(e, "invalid-source")).toBe(true);
      expect((e as Error).message).toContain('"Korea"');
      expect((e as Error).message).toContain("kr-mnd");
    }
  });

  it("refuses a source with both a country and countries, wherever it comes", () => {
    expect(thrown(() => source("w", "government", "Western officials", { country: "US", countries: ["US", "GB"] }))).toMatchObject({
      code: "invalid-source",
      message: 'source: countries of "w" must not be given with country (one or the other), got ["US","GB"]',
    });
    const both = { id: "w", kind: "government", name: "Western officials", country: "US", countries: ["US", "GB"] } as const;
    const parsed = SourceSchema.safeParse(both);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([["countries"]]);
    expect(AttributionSchema.safeParse({ originator: both }).success).toBe(false);
    const init = {
      id: "w-1",
      indicator: { subject: "xx-forces", measure: "killed", unit: "person" },
      estimate: exact(5, "person"),
      validTime: "2025-04-30",
      reportedAt: "2025-04-30",
      attribution: { originator: both },
    } as const;
    expect(thrown(() => claim(init as never))).toMatchObject({ code: "invalid-claim", message: expect.stringContaining("attribution.originator.countries must not be given with country") });
    expect(thrown(() => revisionHistory([init as never])).message).toMatch(/^revisionHistory: claims\[0\]\.attribution\.originator\.countries must not be given with country/);
    // either one alone is a source
    expect(SourceSchema.safeParse({ ...both, country: undefined }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...both, countries: undefined }).success).toBe(true);
  });
});
