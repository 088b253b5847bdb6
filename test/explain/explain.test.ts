import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { derive, explain, figure } from "../../src/explain/index.js";
import type { Figure } from "../../src/explain/index.js";
import { nisBriefing2025Claims } from "../../src/fixtures/index.js";
import { add, approx, divide, exact, multiply, range, ratio, scale, subtract, sumEstimates } from "../../src/index.js";
import { arbEstimate } from "../../src/testing/index.js";
import { expectFogcountError } from "../helpers.js";

const by = (id: string) => {
  const found = nisBriefing2025Claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const NIS = { names: { "kr-nis": "NIS" } };
const deployed = () => derive.sum([by("nis-2024-autumn-deployed"), by("nis-2023-early-deployed")], { label: "troops" });

describe("derive", () => {
  it("computes exactly what the plain functions compute", () => {
    const a = range(10_000, 12_000, "person");
    const b = approx(3000, "person");
    expect(derive.sum([a, b]).estimate).toEqual(sumEstimates([a, b]));
    expect(derive.add(a, b).estimate).toEqual(add(a, b));
    expect(derive.subtract(a, b).estimate).toEqual(subtract(a, b));
    expect(derive.multiply(a, exact(2, "1")).estimate).toEqual(multiply(a, exact(2, "1")));
    expect(derive.divide(a, exact(30, "day")).estimate).toEqual(divide(a, exact(30, "day")));
    expect(derive.ratio(b, a).estimate).toEqual(ratio(b, a));
    expect(derive.scale(a, 0.5).estimate).toEqual(scale(a, 0.5));
    expect(derive.sum([], { unit: "person" }).estimate).toEqual(exact(0, "person"));
  });

  it("keeps claims as stated leaves and nests figures", () => {
    const total = deployed();
    expect(total.derivation).toMatchObject({ op: "sum", inputs: [{ derivation: { op: "claim", claim: { id: "nis-2024-autumn-deployed" } } }, {}] });
    const share = derive.ratio(by("nis-2025-04-casualties"), total);
    expect(share.derivation).toMatchObject({ op: "ratio", note: "a part never exceeds its whole", inputs: [{}, total] });
  });

  it("refuses what is not a figure, a claim or an estimate, naming the place", () => {
    expectFogcountError(() => derive.sum([approx(1, "person"), { kind: "exact" } as never]), "invalid-argument", /derive\.sum: inputs\[1\]/);
    expectFogcountError(() => derive.sum("x" as never), "invalid-argument", /derive\.sum: inputs must be an array/);
    expectFogcountError(() => derive.add(approx(1, "person"), approx(1, "USD")), "unit-mismatch");
    expectFogcountError(() => derive.sum([], { lable: "x" } as never), "invalid-option", /options\.lable is not an option/);
    expectFogcountError(() => derive.scale(approx(1, "person"), 2, { label: "" }), "invalid-option", /options\.label/);
    const broken = { ...deployed(), derivation: { op: "difference", inputs: [] } };
    expectFogcountError(() => explain(broken as never), "invalid-argument", /figure\.derivation\.inputs must be a non-empty array/);
    const unknownOp = { ...deployed(), derivation: { op: "mean", inputs: [figure(approx(1, "person"))] } };
    expectFogcountError(() => explain(unknownOp as never), "invalid-argument", /figure\.derivation\.op/);
  });

  it("names the derive function in what the plain arithmetic refuses", () => {
    expectFogcountError(() => derive.sum([approx(1, "person"), approx(1, "USD")]), "unit-mismatch", /^derive\.sum: inputs\[1\] is in "USD", not "person"$/);
    expectFogcountError(() => derive.ratio(approx(5000, "person"), approx(600, "person")), "part-exceeds-whole", /^derive\.ratio: (?!ratio: )/);
    expectFogcountError(() => derive.sum([exact(Number.MAX_VALUE, "person"), exact(Number.MAX_VALUE, "person")]), "overflow", /^derive\.sum: the sum's low end is past/);
  });

  it("explains an empty sum, and refuses a stated figure that differs from its claim", () => {
    expect(explain(derive.sum([], { unit: "person" }))).toBe("0 = nothing to add (an empty sum)");
    const edited = { ...figure(by("nis-2025-04-killed")), estimate: exact(5, "person") };
    expectFogcountError(() => explain(edited), "invalid-argument", /figure\.estimate differs from the estimate of the claim that states it/);
  });

  it("refuses a computed figure whose estimate its working does not give, edited in place or in JSON", () => {
    const troops = derive.sum([range(10_000, 12_000, "person"), approx(3000, "person")], { label: "troops" });
    const json = JSON.parse(JSON.stringify(troops)) as Figure;
    expect(explain(json)).toBe(explain(troops));
    const edited = { ...json, estimate: range(15_000, 17_000, "person", { approx: true }) };
    expectFogcountError(() => explain(edited), "invalid-argument", /^explain: figure\.estimate is not the sum of its inputs: a figure edited since it was computed would explain a number its working does not give/);
    const deep = derive.divide(derive.subtract(approx(4700, "person"), approx(600, "person")), approx(600, "person"));
    const input = { ...(deep.derivation as { readonly inputs: readonly Figure[] }).inputs[0], estimate: exact(1, "person") };
    const tampered = { ...deep, derivation: { ...deep.derivation, inputs: [input, (deep.derivation as { readonly inputs: readonly Figure[] }).inputs[1]] } } as Figure;
    expectFogcountError(() => explain(tampered), "invalid-argument", /figure\.derivation\.inputs\[0\]\.estimate is not the difference of its inputs/);
    // every operation, read back from JSON, is checked and holds
    for (const f of [derive.add(approx(1, "person"), exact(2, "person")), derive.multiply(exact(2, "1"), exact(3, "person")), derive.ratio(exact(1, "person"), exact(4, "person")), derive.scale(exact(3, "person"), 0.5)]) {
      expect(explain(JSON.parse(JSON.stringify(f)) as Figure)).toBe(explain(f));
    }
  });

  it("refuses at once to build a derivation deeper than it reads, naming derive", () => {
    let deep: Figure = figure(approx(1, "person"));
    for (let i = 0; i < 64; i++) deep = derive.add(deep, approx(1, "person"));
    expect(explain(deep).split("\n")).toHaveLength(64);
    expectFogcountError(() => derive.add(deep, approx(1, "person")), "invalid-argument", /^derive\.add: a is a derivation deeper than 64 steps/);
  });

  it("refuses a derivation deeper than it reads, rather than recursing without end", () => {
    let deep: Figure = figure(approx(1, "person"));
    for (let i = 0; i < 70; i++) deep = { estimate: deep.estimate, derivation: { op: "scale", factor: 1, inputs: [deep] } };
    expectFogcountError(() => explain(deep), "invalid-argument", /deeper than 64 steps/);
  });
});

describe("explain", () => {
  it("writes the seed's total with each source and valid time", () => {
    expect(explain(deployed(), NIS)).toBe(
      "about 13,000–15,000 troops = 10,000–12,000 (NIS, autumn 2024) + approximately 3,000 (NIS, January–April 2023)",
    );
    expect(explain(deployed())).toContain("(National Intelligence Service, autumn 2024)");
  });

  it("explains a nested figure line by line", () => {
    const share = derive.ratio(by("nis-2025-04-casualties"), deployed(), { label: "of the force" });
    expect(explain(share, NIS).split("\n")).toEqual([
      "about 31–37% of the force = an estimated 4,700 (NIS, 30 April 2025) ÷ about 13,000–15,000 troops (a part never exceeds its whole)",
      "  where about 13,000–15,000 troops = 10,000–12,000 (NIS, autumn 2024) + approximately 3,000 (NIS, January–April 2023)",
    ]);
  });

  it("writes leaves as stated or given, and scale with its factor", () => {
    expect(explain(figure(by("nis-2025-04-killed")), NIS)).toBe("approximately 600 (NIS, 30 April 2025), as stated");
    expect(explain(figure(approx(3000, "person"), "troops"))).toBe("about 3,000 troops, as given");
    expect(explain(derive.scale(range(1, 2, "person"), 2))).toBe("2–4 = 1–2 × 2");
  });

  it("gives the same tree as JSON", () => {
    const json = explain(deployed(), { format: "json", ...NIS });
    expect(json).toMatchObject({
      text: "about 13,000–15,000 troops",
      op: "sum",
      inputs: [
        { text: "10,000–12,000", op: "claim", claim: { id: "nis-2024-autumn-deployed", source: "NIS", sourceId: "kr-nis", validTime: "2024-23", valid: "autumn 2024" } },
        { text: "approximately 3,000", op: "claim", claim: { id: "nis-2023-early-deployed", valid: "January–April 2023" } },
      ],
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("checks its options", () => {
    expectFogcountError(() => explain(deployed(), { format: "html" } as never), "invalid-option", /options\.format/);
    expectFogcountError(() => explain(deployed(), { locale: "not a locale" }), "invalid-option", /options\.locale/);
    expectFogcountError(() => explain(deployed(), { names: { "kr-nis": 5 } } as never), "invalid-option", /options\.names/);
    expectFogcountError(() => explain(deployed(), null as never), "invalid-option");
  });

  it("never changes a value: every estimate in the JSON is the figure's own", () => {
    const person = arbEstimate({ units: ["person"], max: 1e6 });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), (list) => {
        const sum = derive.sum(list);
        const json = explain(sum, { format: "json" });
        expect(json.estimate).toEqual(sumEstimates(list));
        expect(json.inputs?.map((i) => i.estimate)).toEqual(list);
      }),
    );
  });
});
