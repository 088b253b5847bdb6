// Thousands of claims of one indicator about one valid day: every claim that
// cannot be ordered against another is a pair to look at, and the findings
// must name exactly the pairs whose figures differ, however many there are.
import { describe, expect, it } from "vitest";

import { checkDataset, parseDataset } from "../../src/dataset/index.js";
import { claimOf, datasetOf } from "./build.js";

const COUNT = 2_000;
const id = (k: number): string => `c${String(k).padStart(4, "0")}`;
/** The claims whose figure is 200 where the others say 100. */
const ODD = [500, 1000, 1500];

describe("checkDataset on many claims of one valid day", () => {
  it("reports each figure that differs from the one asOf takes, and nothing for the figures that agree", () => {
    const claims = Array.from({ length: COUNT }, (_, k) => claimOf(id(k), ODD.includes(k) ? 200 : 100, "2025-01-31", { reportedAt: "2025-02-01" }));
    // one report with a time of day within the day the others are dated to: which came out later cannot be told
    const timed = claimOf("t", 100, "2025-01-31", { reportedAt: "2025-02-01T09:00:00Z" });
    const findings = checkDataset(parseDataset(datasetOf([...claims, timed])));
    const described = (k: number): string => `200 people (${id(k)}, valid 2025-01-31)`;
    expect(findings.map((f) => [f.code, f.path.join("."), f.message])).toEqual([
      // known at one moment: asOf takes the lowest id, c0000, whose figure is 100
      ...ODD.map((k) => [
        "simultaneous-conflict",
        `claims.${k}.estimate`,
        `${described(
          k
        )} and 100 people (c0000, valid 2025-01-31) describe the same time and became known at the same moment with different figures; asOf takes c0000`,
      ]),
      // the timed report against each day report whose figure differs, in the history's order (a tie's highest id first): a tie takes the lowest id
      ...[...ODD]
        .reverse()
        .map((k) => [
          "simultaneous-conflict",
          `claims.${COUNT}.estimate`,
          `100 people (t, valid 2025-01-31) and ${described(
            k
          )} describe the same time with different figures, reported at 2025-02-01T09:00:00Z and 2025-02-01: which came out later cannot be told; asOf takes ${id(
            k
          )}`,
        ]),
    ]);
  });
});
