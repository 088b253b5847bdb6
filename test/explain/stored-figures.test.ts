import { describe, expect, it } from "vitest";

import { casualtyRate, lethality, reconcileCasualties } from "../../src/casualty/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import { derive, explain, figure } from "../../src/explain/index.js";
import type { Figure } from "../../src/explain/index.js";
import { nisBriefing2025Claims } from "../../src/fixtures/index.js";
import { exact, magnitude } from "../../src/index.js";
import { expectFogcountError } from "../helpers.js";

const byId = (id: string) => nisBriefing2025Claims.find((c) => c.id === id)!;
const edited = (f: Figure, estimate: unknown): Figure => ({ ...(JSON.parse(JSON.stringify(f)) as Figure), estimate: estimate as Figure["estimate"] });
const EDITED = /figure\.estimate is not the (ratio|difference|sum) of its inputs: a figure edited since it was computed/;

describe("explain checks a stored figure as the functions that made it would", () => {
  it("refuses an edited ratio, share or casualty figure, as it refuses an edited sum", () => {
    expectFogcountError(() => explain(edited(derive.ratio(exact(1, "person"), exact(3, "person")), exact(0.9, "1"))), "invalid-argument", EDITED);
    expectFogcountError(() => explain(edited(lethality(exact(1, "person"), exact(3, "person")), exact(0.9, "1"))), "invalid-argument", EDITED);
    expectFogcountError(() => explain(edited(casualtyRate(exact(10, "person"), exact(300, "person")), exact(0.9, "1"))), "invalid-argument", EDITED);
    const b: CasualtyBreakdown = { killed: exact(600, "person"), wounded: "not-reported", missing: "not-reported", captured: "not-reported", total: exact(4700, "person"), includes: ["killed", "wounded"] };
    const wounded = reconcileCasualties(b).derived.wounded!;
    expect(explain(wounded)).toBe("4,100 wounded = 4,700 casualties − 600 killed (casualties count killed and wounded)");
    expectFogcountError(() => explain(edited(wounded, exact(99, "person"))), "invalid-argument", EDITED);
  });

  it("refuses a stored sum that adds one claim twice, or a projection", () => {
    const t = JSON.parse(JSON.stringify(derive.sum([byId("nis-2024-autumn-deployed"), byId("nis-2023-early-deployed")]))) as { derivation: { inputs: unknown[] }; estimate: unknown };
    t.derivation.inputs[1] = t.derivation.inputs[0];
    t.estimate = { kind: "range", low: 20_000, high: 24_000, unit: "person" };
    expectFogcountError(() => explain(t as never), "duplicate-claim-id", /is the claim "nis-2024-autumn-deployed"/);
  });

  it("checks a working that reuses its own steps in time linear in its steps", () => {
    let g = figure(exact(1, "person"));
    const started = Date.now();
    for (let k = 0; k < 40; k++) g = derive.add(g, g);
    expect(g.estimate).toEqual(exact(2 ** 40, "person"));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("shows the argument, not its innermost leaf, for a derivation too deep", () => {
    let d = figure(exact(1, "person"));
    for (let i = 0; i < 64; i++) d = derive.add(d, exact(1, "person"));
    expectFogcountError(() => derive.add(d, exact(1, "person")), "invalid-argument", /^derive\.add: a is a derivation deeper than 64 steps \(or one that contains itself\), got \{"estimate":\{"kind":"exact","value":65,/);
  });

  it("refuses a label with a line break or a control character: it would print a line of working", () => {
    expectFogcountError(() => derive.sum([exact(1, "person"), exact(2, "person")], { label: "troops\n  where 5 = 2 + 2" }), "invalid-option", /options\.label must be one line of text/);
    expectFogcountError(() => figure(exact(1, "person"), "a\u0007b"), "invalid-argument", /label must be one line of text/);
    expectFogcountError(() => lethality(exact(1, "person"), exact(3, "person"), { label: "x\u2028y" }), "invalid-option", /options\.label must be one line/);
  });

  it('writes an order of magnitude with its label as "thousands of troops"', () => {
    expect(explain(figure(magnitude("thousands", "person"), "troops"))).toBe("thousands of troops, as given");
    expect(explain(figure(magnitude("several-dozen", "person"), "troops"))).toBe("several dozen troops, as given");
  });
});
