// A wave dated by a date and time sits on its day in UTC, as the revision room's clocks place
// times: 23:00 in New York on 31 October is 1 November, 01:00 in Moscow on 1 November is 31 October.
import { describe, expect, it } from "vitest";

import { deploymentFindings, deploymentSeries, deploymentTotal } from "../../src/deployment/index.js";
import { exact } from "../../src/index.js";
import { wave } from "./waves.js";

describe("waves dated by a date and time", () => {
  const late = wave("late", { size: exact(500, "person"), period: "2024-10-31T23:00:00-05:00" });
  const base = wave("base", { size: exact(10_000, "person"), period: "2024-11-01T01:00:00+03:00" });
  const inc = wave("inc", { size: exact(3000, "person"), period: "2024-10-31T23:00:00Z", adds: "base" });

  it("begin on their day in UTC", () => {
    expect(() => deploymentTotal([late], { asOf: "2024-10-31" })).toThrow(expect.objectContaining({ code: "no-waves" }));
    expect(deploymentTotal([late], { asOf: "2024-11-01" }).estimate).toEqual(exact(500, "person"));
    expect(deploymentSeries([late]).map((p) => p.date)).toEqual(["2024-11-01"]);
  });

  it("add to a wave that began an hour before, in UTC, with nothing to find", () => {
    expect(deploymentFindings([base, inc])).toEqual([]);
    expect(deploymentTotal([base, inc], { asOf: "2024-10-31" }).estimate).toEqual(exact(13_000, "person"));
  });
});
