// fogcount extract marks a figure that a later one in the text replaced, as
// extractEstimates does with `superseded`, so that an old figure does not look current.
import { describe, expect, it } from "vitest";

import { fogcount } from "./run.js";

describe("fogcount extract: replaced figures", () => {
  it("says yes under replaced for the figure the text says was replaced", () => {
    const run = fogcount(["extract", "-"], { input: "The toll is 4,000 (was 3,000).\n" });
    expect(run.status).toBe(0);
    const out = run.stdout.split("\n");
    expect(out[0]).toMatch(/^at\s+figure\s+kind\s+reads as\s+modality\s+adds\s+replaced$/);
    expect(out[2]).toMatch(/^1:13\s+4,000\s+exact\s+4,000\s+asserted$/);
    expect(out[3]).toMatch(/^1:24\s+3,000\s+exact\s+3,000\s+asserted\s+yes$/);
  });

  it("has no such column where nothing was replaced", () => {
    const run = fogcount(["extract", "-"], { input: "Russia sent 3,000 troops and 40 tanks.\n" });
    expect(run.stdout.split("\n")[0]).toMatch(/^at\s+figure\s+kind\s+reads as\s+modality\s+adds$/);
  });
});
