import { describe, expect, it } from "vitest";

import { claim } from "../../src/claim/index.js";
import type { Claim } from "../../src/claim/index.js";
import { approx, range } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/index.js";
import { consensus } from "../../src/revision/index.js";

const indicator = { subject: "xx-forces", measure: "killed", unit: "person" } as const;
const spy = source("kr-spy", "intelligence-agency", "Example Intelligence Service", { country: "KR" });
const army = source("kr-army", "military", "Example Joint Chiefs", { country: "KR" });
const uk = source("uk-mod", "ministry", "Example Ministry", { country: "GB" });
const said = (id: string, originator: typeof spy, estimate: Claim["estimate"]): Claim =>
  claim({ id, indicator, estimate, validTime: "2025-04-30", reportedAt: "2025-05-01", attribution: { originator } });

describe("consensus by country", () => {
  it("says a group whose own figures do not overlap disagrees, never narrowing the others into a figure none of them said", () => {
    const figures = [said("a", spy, approx(600, "person")), said("b", army, approx(1000, "person")), said("c", uk, range(500, 2000, "person"))];
    const byCountry = consensus(figures, { valid: "2025-04-30", groupBy: "country" });
    expect(byCountry.intersection).toBeNull();
    expect(byCountry.hull).toEqual({ kind: "range", low: 500, high: 2000, unit: "person", approx: true });
    // as it says for the same figures one originator at a time
    expect(consensus(figures, { valid: "2025-04-30" }).intersection).toBeNull();
  });

  it("keeps a group's hull as its voice where its figures agree", () => {
    const figures = [said("a", spy, range(600, 900, "person")), said("b", army, range(800, 1000, "person")), said("c", uk, range(500, 700, "person"))];
    // one originator at a time the three do not meet; by country, Korea's 600–1,000 meets the UK's 500–700
    expect(consensus(figures, { valid: "2025-04-30" }).intersection).toBeNull();
    expect(consensus(figures, { valid: "2025-04-30", groupBy: "country" }).intersection).toEqual({ kind: "range", low: 600, high: 700, unit: "person" });
  });
});
