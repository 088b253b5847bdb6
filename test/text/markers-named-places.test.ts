// A number right after a marker of a place ("km 45", "mile 12", "Route 3") is a place, even with
// a noun after it: "At km 45 troops were waiting" counts no 45 troops. A figure that follows the
// place still counts ("At km 45 300 troops").
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("a number after a marker of place with a noun after it", () => {
  it.each([
    "At km 45 troops were waiting.",
    "At KM 45 troops were waiting.",
    "at mile 12 soldiers waited.",
    "Near kilometre 30 soldiers dug in.",
    "Route 3 refugees fled.",
    "Near Route 3 refugees fled.",
    "On Highway 10 convoys of trucks waited.",
    "At exit 5 tanks were seen.",
    "Past junction 4 troops regrouped.",
  ])("is a place, no count: %s", (s) => {
    expect(read(s)).toEqual([]);
  });

  it.each([
    ["At km 45 300 troops were waiting.", [["300 troops", "person"]]],
    ["At km 45, 300 troops were waiting.", [["300 troops", "person"]]],
    // the marker word is no marker here: an article or a subject before it
    ["Within a mile 300 troops were killed.", [["300 troops", "person"]]],
    ["At the junction 300 troops waited.", [["300 troops", "person"]]],
    ["Officials route 300 trucks a day.", [["300 trucks a day", "truck/day"]]],
    // a unit after the number, no marker before it
    ["Troops marched 45 km and 300 soldiers died.", [["45 km", "km"], ["300 soldiers", "person"]]],
  ])("near-miss, the figure counts: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
