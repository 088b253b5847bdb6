// The casualty figures of the seed briefing, each with its working.
import { describe, expect, it } from "vitest";

import { breakdownFromClaims, casualtyRate, checkComposition, killedToWounded, woundedToKilled, lethality, reconcileCasualties } from "../../src/casualty/index.js";
import { derive, explain } from "../../src/explain/index.js";
import { nisBriefing2025CasualtiesApril, nisBriefing2025CasualtiesJanuary, nisBriefing2025Claims } from "../../src/fixtures/index.js";
import { approx, divide, formatEstimate, range, ratio, subtract } from "../../src/index.js";
import { CasualtyBreakdownSchema } from "../../src/schemas.js";
import { deepFreeze } from "../helpers.js";

const NIS = { names: { "kr-nis": "NIS" } };
const claims = deepFreeze(nisBriefing2025Claims);
const by = (id: string) => {
  const found = claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const april = deepFreeze(nisBriefing2025CasualtiesApril);
const january = deepFreeze(nisBriefing2025CasualtiesJanuary);

describe("the seed's casualties", () => {
  it("are the breakdowns the claims give, with the NIS's definition (killed and wounded)", () => {
    const both = { includes: ["killed", "wounded"] } as const;
    expect(breakdownFromClaims(claims, { valid: "2025-04-30", ...both })).toEqual(april);
    expect(breakdownFromClaims(claims, { valid: "2025-01", ...both })).toEqual(january);
    expect(CasualtyBreakdownSchema.parse(april)).toEqual(april);
    expect(CasualtyBreakdownSchema.parse(january)).toEqual(january);
  });

  it("give about 4,100 wounded from 4,700 casualties including about 600 deaths, with the working", () => {
    const { breakdown, derived, findings } = reconcileCasualties(april);
    expect(breakdown.wounded).toEqual(approx(4100, "person"));
    expect(breakdown.wounded).toEqual(subtract(april.total as never, april.killed as never));
    expect(findings).toEqual([]);
    expect(explain(derived.wounded as never, NIS)).toBe(
      "about 4,100 wounded = an estimated 4,700 casualties (NIS, 30 April 2025) − approximately 600 killed (NIS, 30 April 2025) (casualties count killed and wounded)",
    );
  });

  it("give about 3,000 casualties in January, killed and wounded", () => {
    const { breakdown, derived } = reconcileCasualties(january);
    expect(breakdown.total).toEqual(approx(3000, "person"));
    expect(explain(derived.total as never, NIS)).toBe(
      "about 3,000 casualties = about 300 killed (NIS, January 2025) + about 2,700 wounded (NIS, January 2025) (casualties count killed and wounded)",
    );
  });

  it("give about 1 killed to 6.8 wounded", () => {
    const { derived } = reconcileCasualties(april);
    const perWounded = killedToWounded(by("nis-2025-04-killed"), derived.wounded as never);
    expect(perWounded.estimate).toEqual(divide(approx(600, "person"), approx(4100, "person")));
    expect(1 / (perWounded.estimate as { value: number }).value).toBeCloseTo(6.83, 2);
    expect(explain(perWounded, NIS).split("\n")).toEqual([
      "about 0.15 killed per wounded = approximately 600 killed (NIS, 30 April 2025) ÷ about 4,100 wounded",
      "  where about 4,100 wounded = an estimated 4,700 casualties (NIS, 30 April 2025) − approximately 600 killed (NIS, 30 April 2025) (casualties count killed and wounded)",
    ]);
    // read the way the field reads it: 1 killed to about 6.8 wounded
    const perKilled = woundedToKilled(derived.wounded as never, by("nis-2025-04-killed"));
    expect(perKilled.estimate).toEqual(divide(approx(4100, "person"), approx(600, "person")));
    expect(explain(perKilled, NIS).split("\n")[0]).toBe("about 6.8 wounded per killed = about 4,100 wounded ÷ approximately 600 killed (NIS, 30 April 2025)");
    // January's figures give about 1 to 9
    const jan = woundedToKilled(by("nis-2025-01-wounded"), by("nis-2025-01-killed"));
    expect(explain(jan, NIS)).toBe("about 9 wounded per killed = about 2,700 wounded (NIS, January 2025) ÷ about 300 killed (NIS, January 2025)");
  });

  it("give a lethality of about 13%", () => {
    const share = lethality(by("nis-2025-04-killed"), by("nis-2025-04-casualties"));
    expect(share.estimate).toEqual(ratio(approx(600, "person"), approx(4700, "person")));
    expect(formatEstimate(share.estimate, { style: "percent" })).toBe("about 13%");
    expect(explain(share, NIS)).toBe(
      "about 13% of casualties killed = approximately 600 killed (NIS, 30 April 2025) ÷ an estimated 4,700 casualties (NIS, 30 April 2025) (a part never exceeds its whole)",
    );
  });

  it("give a casualty rate of about 31–37% of 13,000–15,000 deployed", () => {
    const deployed = range(13_000, 15_000, "person", { approx: true });
    const rate = casualtyRate(by("nis-2025-04-casualties"), deployed);
    expect(rate.estimate).toEqual(ratio(by("nis-2025-04-casualties").estimate, deployed));
    expect(formatEstimate(rate.estimate, { style: "percent" })).toBe("about 31–37%");
    expect(explain(rate, NIS)).toBe(
      "about 31–37% of the force = an estimated 4,700 casualties (NIS, 30 April 2025) ÷ about 13,000–15,000 deployed (a part never exceeds its whole)",
    );
    // the waves summed, with their sources
    const waves = derive.sum([by("nis-2024-autumn-deployed"), by("nis-2023-early-deployed")], { label: "troops" });
    expect(explain(casualtyRate(by("nis-2025-04-casualties"), waves), NIS).split("\n")).toEqual([
      "about 31–37% of the force = an estimated 4,700 casualties (NIS, 30 April 2025) ÷ about 13,000–15,000 troops (a part never exceeds its whole)",
      "  where about 13,000–15,000 troops = 10,000–12,000 (NIS, autumn 2024) + approximately 3,000 (NIS, January–April 2023)",
    ]);
  });

  it("fit together at every valid time", () => {
    expect(checkComposition(claims)).toEqual([]);
  });
});
