// A claim's season is read by its code in every revision function: none takes a hemisphere option.
import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/claim.js";
import { exact } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { ageDays, consensus, revisionHistory } from "../../src/revision/index.js";

const ar = source("ar-mod", "ministry", "Ministerio de Defensa", { country: "AR" });
const summer = claim({
  id: "c1", indicator: { subject: "x", measure: "deployed", unit: "person" }, estimate: exact(100, "person"),
  validTime: "2024-30", reportedAt: "2025-03-01", attribution: { originator: ar },
});

describe("claims' seasons", () => {
  it("are read by their codes: 29–32 southern", () => {
    expect(ageDays(summer, "2025-02-28")).toBe(0);
    expect(ageDays({ ...summer, validTime: "2024-22" }, "2025-02-28")).toBe(181);
  });

  it("refuse a hemisphere option, saying how to write a southern season", () => {
    const hint = /options?\.hemisphere is not an option: a claim's season is read by its code .* write a southern season with codes 29–32/;
    expect(() => ageDays(summer, "2025-02-28", { hemisphere: "south" } as never)).toThrow(hint);
    expect(() => revisionHistory([summer], { hemisphere: "south" } as never)).toThrow(hint);
    expect(() => consensus([summer], { hemisphere: "south" } as never)).toThrow(/query\.hemisphere is not an option/);
  });
});
