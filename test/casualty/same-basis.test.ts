// The ratios divide claims only when they are on one basis: one originator,
// counted alike, valid for one time.
import { describe, expect, it } from "vitest";

import { casualtyRate, killedToWounded, lethality, woundedToKilled } from "../../src/casualty/index.js";
import { derive, figure } from "../../src/explain/index.js";
import { approx, exact } from "../../src/index.js";
import { expectFogcountError } from "../helpers.js";
import { aprilKilled, aprilTotal, casualty, marchKilled, marchWounded, ministry, p } from "./claims.js";

const week = { subject: "zz-forces", unit: "person", aggregation: "flow" } as const;
const weekly = (id: string, measure: "killed" | "wounded" | "casualties", value: number, validTime = "2025-04-24/2025-04-30") =>
  casualty(id, measure, p(value), "2025-04-30", { indicator: { ...week, measure }, validTime });
const deployed = (id: string, validTime: string, extra = {}) => casualty(id, "killed", p(10_000), validTime, { indicator: { subject: "zz-forces", measure: "deployed" as never, unit: "person" }, ...extra });

describe("the casualty ratios on claims", () => {
  it("refuse one originator's killed over another's casualties: 83% of nothing", () => {
    const theirs = casualty("their-killed", "killed", approx(600, "person"), "2025-04-30", { attribution: { originator: ministry } });
    const total = casualty("total", "casualties", approx(720, "person"), "2025-04-30");
    expectFogcountError(
      () => lethality(theirs, total),
      "mixed-originators",
      /lethality: the killed \(their-killed, by "yy-mod"\) and the casualties \(total, by "xx-spy"\) are of different originators: a ratio of one originator's figure to another's mixes/,
    );
    expectFogcountError(() => lethality(figure(theirs), figure(total)), "mixed-originators");
    expectFogcountError(() => killedToWounded(theirs, marchWounded), "mixed-originators");
    expectFogcountError(() => woundedToKilled(marchWounded, theirs), "mixed-originators");
    expectFogcountError(() => casualtyRate(total, deployed("sent", "2025-04-30", { attribution: { originator: ministry } })), "mixed-originators");
  });

  it("refuse January's killed over April's casualties: 8.3% of nothing", () => {
    const january = casualty("jan-killed", "killed", p(50), "2024-01-31");
    expectFogcountError(
      () => lethality(january, aprilTotal),
      "mixed-valid-times",
      /lethality: the killed \(jan-killed, valid 2024-01-31\) and the casualties \(apr-casualties, valid 2025-04-30\) describe different times/,
    );
    expectFogcountError(() => killedToWounded(aprilKilled, marchWounded), "mixed-valid-times");
    expectFogcountError(() => woundedToKilled(marchWounded, aprilKilled), "mixed-valid-times");
    expectFogcountError(() => casualtyRate(aprilTotal, deployed("sent", "2024-23")), "mixed-valid-times");
    expectFogcountError(() => lethality(weekly("k", "killed", 5), weekly("c", "casualties", 50, "2025-04-17/2025-04-23")), "mixed-valid-times");
  });

  it("refuse a week's casualties over the force, or a flow against a stock: 0.5% of nothing", () => {
    expectFogcountError(
      () => casualtyRate(weekly("week", "casualties", 50), exact(10_000, "person")),
      "mixed-aggregations",
      /casualtyRate: the casualties \(week, a flow, valid 2025-04-24\/2025-04-30\) is not counted as those deployed is: a count over a period \(or an added count\) divided by those deployed, a level, is a rate per period, not a share/,
    );
    expectFogcountError(() => casualtyRate(weekly("week", "casualties", 50), deployed("sent", "2025-04-30")), "mixed-aggregations");
    expectFogcountError(() => lethality(weekly("k", "killed", 5), aprilTotal), "mixed-aggregations", /the killed \(k, a flow\) and the casualties \(apr-casualties, a stock\) are not counted alike/);
    expectFogcountError(() => woundedToKilled(weekly("w", "wounded", 45), aprilKilled), "mixed-aggregations");
  });

  it("write an increment with its article: \"an increment\", never \"a increment\"", () => {
    const added = casualty("added", "killed", p(5), "2025-04-30", { indicator: { subject: "zz-forces", measure: "killed", unit: "person", aggregation: "increment" } });
    expectFogcountError(() => lethality(added, aprilTotal), "mixed-aggregations", /the killed \(added, an increment\) and the casualties \(apr-casualties, a stock\)/);
    const more = casualty("more", "casualties", p(50), "2025-04-30", { indicator: { subject: "zz-forces", measure: "casualties", unit: "person", aggregation: "increment" } });
    expectFogcountError(() => casualtyRate(more, exact(10_000, "person")), "mixed-aggregations", /the casualties \(more, an increment, valid 2025-04-30\)/);
  });

  it("divide one originator's figures counted alike for one time", () => {
    expect(lethality(aprilKilled, aprilTotal).estimate.unit).toBe("1");
    // a stock's time is its last day: April and 30 April are one time
    expect(lethality(aprilKilled, casualty("apr", "casualties", p(4700), "2025-04")).estimate.unit).toBe("1");
    // one week's killed over the same week's casualties is a share of that week
    expect(lethality(weekly("k", "killed", 5), weekly("c", "casualties", 50)).estimate).toEqual(exact(0.1, "1"));
    expect(killedToWounded(marchKilled, marchWounded).estimate.unit).toBe("1");
    expect(casualtyRate(aprilTotal, deployed("sent", "2025-04-30")).estimate.unit).toBe("1");
  });

  it("take figures that are not claims as given", () => {
    const other = casualty("their-killed", "killed", approx(600, "person"), "2024-01-31", { attribution: { originator: ministry } });
    expect(lethality(other, approx(4700, "person")).estimate.unit).toBe("1");
    expect(lethality(other, derive.sum([aprilTotal])).estimate.unit).toBe("1");
    expect(casualtyRate(aprilTotal, approx(15_000, "person")).estimate.unit).toBe("1");
  });
});
