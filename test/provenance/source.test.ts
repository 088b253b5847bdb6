import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../src/errors.js";
import { SourceSchema } from "../../src/provenance/schema.js";
import { source } from "../../src/provenance/source.js";
import { thrownCode } from "../helpers.js";

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
});
