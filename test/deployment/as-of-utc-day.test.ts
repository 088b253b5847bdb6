// An asOf with a time of day is checked on its day in UTC: its messages and notes name that
// day, and say "in UTC" where the time was written with an offset, so that the day named is
// the day checked, not the day as written.
import { describe, expect, it } from "vitest";

import { deploymentTotal } from "../../src/deployment/index.js";
import { explain } from "../../src/explain/index.js";
import { exact } from "../../src/index.js";
import { thrown } from "../helpers.js";
import { wave } from "./waves.js";

describe("deploymentTotal with an asOf that has a time of day", () => {
  const late = wave("late", { size: exact(500, "person"), period: "2024-10-31T23:00:00-05:00" }); // 1 November in UTC

  it("names the UTC day it checked when no wave had begun, and says it is in UTC", () => {
    expect(thrown(() => deploymentTotal([late], { asOf: "2024-11-01T01:00:00+03:00" }))).toMatchObject({
      code: "no-waves",
      message:
        'deploymentTotal: no wave of troops had begun by 2024-10-31 in UTC ("2024-11-01T01:00:00+03:00" falls on that day in UTC: a time of day is placed on its day in UTC)',
      details: { asOf: "2024-10-31" },
    });
    expect(thrown(() => deploymentTotal([late], { asOf: "2024-10-31T23:59:59Z" })).message).toBe(
      'deploymentTotal: no wave of troops had begun by 2024-10-31 in UTC ("2024-10-31T23:59:59Z" falls on that day in UTC: a time of day is placed on its day in UTC)',
    );
  });

  it("names the day as written for a date, or a time with no offset", () => {
    expect(thrown(() => deploymentTotal([late], { asOf: "2024-10-31" })).message).toBe("deploymentTotal: no wave of troops had begun by 2024-10-31");
    expect(thrown(() => deploymentTotal([late], { asOf: "2024-10-31T12:00:00" })).message).toBe("deploymentTotal: no wave of troops had begun by 2024-10-31");
  });

  it("totals on the UTC day, and its note names that day", () => {
    const total = deploymentTotal([late], { asOf: "2024-11-01T23:30:00-05:00" }); // 2 November in UTC
    expect(total.estimate).toEqual(exact(500, "person"));
    expect(explain(total)).toContain("waves in force on 2 November 2024");
  });
});
