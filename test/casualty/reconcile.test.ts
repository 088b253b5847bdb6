import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import { explain } from "../../src/explain/index.js";
import { approx, atLeast, atMost, exact, range } from "../../src/index.js";
import { CasualtyBreakdownSchema } from "../../src/schemas.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { nisBriefing2025CasualtiesApril } from "../../src/fixtures/index.js";

const p = (value: number) => exact(value, "person");
const none = { killed: "not-reported", wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: "not-reported" } as const;
const KW = ["killed", "wounded"] as const;
const ALL = ["killed", "wounded", "missing", "captured"] as const;
function breakdown(fields: Partial<CasualtyBreakdown>): CasualtyBreakdown {
  return deepFreeze({ ...none, includes: ALL as unknown as CasualtyBreakdown["includes"], ...fields });
}
const codes = (b: CasualtyBreakdown) => reconcileCasualties(b).findings.map((f) => f.code);

describe("reconcileCasualties", () => {
  it("derives the one part the total leaves, and keeps what was given", () => {
    const b = breakdown({ total: approx(4700, "person"), killed: approx(600, "person"), includes: [...KW] });
    const r = reconcileCasualties(b);
    expect(r.breakdown).toEqual({ ...b, wounded: approx(4100, "person") });
    expect(Object.keys(r.derived)).toEqual(["wounded"]);
    expect(explain(r.derived.wounded as never)).toBe("about 4,100 wounded = about 4,700 casualties − about 600 killed (casualties count killed and wounded)");
    expect(CasualtyBreakdownSchema.safeParse(r.breakdown).success).toBe(true);
  });

  it("never goes below zero: a total that may be smaller than the part given leaves at most the difference", () => {
    const r = reconcileCasualties(breakdown({ total: range(500, 700, "person"), killed: approx(600, "person"), includes: [...KW] }));
    expect(r.breakdown.wounded).toEqual(atMost(100, "person", { approx: true }));
    expect(r.derived.wounded?.derivation).toMatchObject({ op: "difference", note: "casualties count killed and wounded; a count is never below zero" });
    expect(r.findings).toEqual([]);
    const zero = reconcileCasualties(breakdown({ total: p(600), killed: p(600), includes: [...KW] }));
    expect(zero.breakdown.wounded).toEqual(p(0));
  });

  it("carries open ends through", () => {
    expect(reconcileCasualties(breakdown({ total: atLeast(4700, "person", { strict: true }), killed: p(600), includes: [...KW] })).breakdown.wounded).toEqual(
      atLeast(4100, "person", { strict: true }),
    );
    expect(reconcileCasualties(breakdown({ total: p(4700), killed: atLeast(600, "person"), includes: [...KW] })).breakdown.wounded).toEqual(atMost(4100, "person"));
  });

  it("sums the parts given into the total, and the rest of the parts into what the total leaves", () => {
    const r = reconcileCasualties(breakdown({ total: p(4700), killed: p(600), missing: p(0), captured: exact(2, "person"), wounded: "unknown" }));
    expect(r.breakdown.wounded).toEqual(p(4098));
    expect(explain(r.derived.wounded as never).split("\n")).toEqual([
      "4,098 wounded = 4,700 casualties − 602 killed, missing and captured (casualties count killed, wounded, missing and captured)",
      "  where 602 killed, missing and captured = 600 killed + 0 missing + 2 captured",
    ]);
    const total = reconcileCasualties(breakdown({ killed: p(600), wounded: range(4000, 4200, "person"), includes: [...KW] }));
    expect(total.breakdown.total).toEqual(range(4600, 4800, "person"));
    const only = reconcileCasualties(breakdown({ total: approx(4700, "person"), includes: ["wounded"] }));
    expect(only.breakdown.wounded).toEqual(approx(4700, "person"));
    expect(explain(only.derived.wounded as never)).toBe("about 4,700 wounded = about 4,700 casualties (casualties count wounded)");
  });

  it("never reads unknown, not reported or none observed as zero, and says what cannot be derived", () => {
    const r = reconcileCasualties(breakdown({ total: p(4700), killed: p(600), wounded: "unknown", missing: p(0), captured: "none-observed" }));
    expect(r.breakdown.wounded).toBe("unknown");
    expect(r.derived).toEqual({});
    expect(r.findings).toEqual([
      {
        code: "not-derivable",
        severity: "warning",
        message: "wounded cannot be derived: captured (none observed) is not a figure, and unknown is not zero",
        fields: ["wounded", "captured"],
      },
    ]);
    const two = reconcileCasualties(breakdown({ total: p(4700), killed: p(600) }));
    expect(two.findings.map((f) => [f.code, f.fields, f.message])).toEqual([
      [
        "not-derivable",
        ["wounded", "missing", "captured"],
        "wounded, missing and captured cannot be derived: the total less the parts given leaves wounded, missing and captured together, and no figure divides it among them",
      ],
    ]);
    const total = reconcileCasualties(breakdown({ killed: p(600), wounded: p(4100) }));
    expect(total.breakdown.total).toBe("not-reported");
    expect(total.findings[0]?.message).toBe("the total cannot be derived: missing (not reported) and captured (not reported) are not figures, and unknown is not zero");
  });

  it("derives nothing where nothing is given, nor into a total none were observed of, nor into a part none were observed of", () => {
    expect(reconcileCasualties(breakdown({}))).toEqual({ breakdown: breakdown({}), derived: {}, findings: [] });
    const noneSeen = breakdown({ total: "none-observed", killed: p(1), wounded: p(2), includes: [...KW] });
    expect(reconcileCasualties(noneSeen)).toEqual({ breakdown: noneSeen, derived: {}, findings: [] });
    const partNoneSeen = breakdown({ total: p(10), killed: p(1), wounded: "none-observed", includes: [...KW] });
    // nothing derived into it, but the 9 the total leaves for it are said to be not derivable, never read as consistent
    const r = reconcileCasualties(partNoneSeen);
    expect([r.breakdown, r.derived]).toEqual([partNoneSeen, {}]);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([["not-derivable", "wounded cannot be derived: wounded (none observed) is not a figure, and unknown is not zero"]]);
  });

  it("finds a part larger than the total that counts it, and then derives nothing", () => {
    const r = reconcileCasualties(breakdown({ total: approx(4700, "person"), killed: p(5000), includes: [...KW] }));
    expect(r.findings).toEqual([
      {
        code: "part-exceeds-total",
        severity: "error",
        message: "killed (5,000) is more than the total (about 4,700), which counts it",
        fields: ["killed", "total"],
      },
    ]);
    expect(r.breakdown.wounded).toBe("not-reported");
    expect(codes(breakdown({ total: p(600), killed: atLeast(600, "person", { strict: true }), includes: [...KW] }))).toEqual(["part-exceeds-total"]);
    expect(codes(breakdown({ total: p(600), killed: p(600), includes: [...KW] }))).toEqual([]);
  });

  it("finds parts that together exceed the total, or fall short of one that counts exactly them", () => {
    const over = reconcileCasualties(breakdown({ total: p(4700), killed: p(3000), wounded: approx(2000, "person") }));
    expect(over.findings.map((f) => [f.code, f.severity, f.fields, f.message])).toEqual([
      ["parts-exceed-total", "error", ["killed", "wounded", "total"], "killed (3,000) and wounded (about 2,000) sum to about 5,000, more than the total (4,700), which counts them"],
    ]);
    expect(over.derived).toEqual({});
    const short = reconcileCasualties(breakdown({ total: p(4700), killed: p(600), wounded: p(3000), includes: [...KW] }));
    expect(short.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ["parts-fall-short", "warning", "killed (600) and wounded (3,000) sum to 3,600, less than the total (4,700), which counts exactly them"],
    ]);
    expect(codes(breakdown({ total: p(4700), wounded: p(4000), includes: ["wounded"] }))).toEqual(["parts-fall-short"]);
    expect(codes(breakdown({ total: range(4000, 5000, "person"), killed: p(600), wounded: p(4000), includes: [...KW] }))).toEqual([]);
  });

  it("finds parts given, or said to exist, that the total does not count", () => {
    const r = reconcileCasualties(breakdown({ total: approx(4700, "person"), killed: approx(600, "person"), captured: approx(10, "person"), missing: "unknown", includes: [...KW] }));
    expect(r.findings.map((f) => [f.code, f.severity, f.fields, f.message])).toEqual([
      ["definition-mismatch", "warning", ["missing", "total"], "missing (unknown) is said to exist, but the total counts killed and wounded only: missing are not in it"],
      ["definition-mismatch", "warning", ["captured", "total"], "captured (about 10) is given, but the total counts killed and wounded only: captured are not in it"],
    ]);
    // the wounded are still derived: captured and missing are not in the total
    expect(r.breakdown.wounded).toEqual(approx(4100, "person"));
  });

  it("derives nothing more from what it derived", () => {
    const once = reconcileCasualties(breakdown({ total: approx(4700, "person"), killed: approx(600, "person"), includes: [...KW] }));
    const twice = reconcileCasualties(once.breakdown);
    expect(twice.breakdown).toEqual(once.breakdown);
    expect(twice.derived).toEqual({});
    expect(twice.findings).toEqual([]);
  });
});

describe("a field a breakdown does not have", () => {
  it("is refused by name, with the field most likely meant, never left unread", () => {
    const april = nisBriefing2025CasualtiesApril;
    expectFogcountError(
      () => reconcileCasualties({ ...april, wonded: exact(5, "person") } as never),
      "invalid-breakdown",
      /^reconcileCasualties: breakdown\.wonded is not a field of a casualty breakdown \(did you mean wounded\?\), got \{"kind":"exact","value":5,"unit":"person"\}$/,
    );
    const { wounded: _wounded, ...rest } = april;
    expectFogcountError(() => reconcileCasualties({ ...rest, wonded: "unknown" } as never), "invalid-breakdown", /breakdown\.wonded is not a field of a casualty breakdown \(did you mean wounded\?\)/);
    expectFogcountError(() => reconcileCasualties({ ...april, note: "x" } as never), "invalid-breakdown", /breakdown\.note is not a field of a casualty breakdown \(killed, wounded, missing, captured, total, includes, claims\)/);
  });
});
