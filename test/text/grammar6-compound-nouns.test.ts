// A noun of people or things in the singular before another noun only describes it: "300 drone
// operators" counts operators, not drones; "300 civilian buildings" buildings, not people.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("a noun that describes the noun after it", () => {
  it.each([
    ["Strikes hit more than 300 civilian buildings.", [["more than 300 civilian buildings", "building"]]],
    ["300 civilian homes were destroyed.", [["300 civilian homes", "home"]]],
    // the head is a noun the table has no unit for: the count's unit is unknown
    ["Russia lost 200 armoured personnel carriers.", [["200", "unknown"]]],
    ["Ukraine trained 300 drone operators.", [["300", "unknown"]]],
    ["There are 300 refugee camps.", [["300", "unknown"]]],
    ["It formed 40 tank crews.", [["40", "unknown"]]],
  ])("%s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ["300 civilian casualties were reported.", [["300 civilian", "person"]]],
    ["300 civilians killed", [["300 civilians", "person"]]],
    ["Russia lost 300 captured tanks.", [["300 captured tanks", "tank"]]],
    ["300 personnel arrived.", [["300 personnel", "person"]]],
    ["Officials counted 40 people. Trains left at noon.", [["40 people", "person"]]],
  ])("keeps its reading: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
