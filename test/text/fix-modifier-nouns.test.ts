import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("a noun in the singular before a plural head the table does not know", () => {
  it.each([
    ["The army received 12 tank destroyers.", "12"],
    ["Ukraine received 50 troop transports.", "50"],
    ["The factory shipped 10,000 shell casings.", "10,000"],
    ["Iran built 10 missile silos.", "10"],
    ["Russia lost 5 missile boats.", "5"],
    ["Ukraine deployed 30 drone jammers.", "30"],
    ["The US sent 30 missile defense interceptors.", "30"],
  ])("only describes it, and names no unit: %s", (s, text) => {
    expect(read(s)).toEqual([[text, "unknown"]]);
  });

  it("reads each figure of a list so", () => {
    expect(read("The convoy had 30 fuel trucks and 12 tank transporters.")).toEqual([["30 fuel trucks", "truck"], ["12", "unknown"]]);
  });

  it("passes over a compound adjective in -resistant", () => {
    expect(read("The US sent 20 mine-resistant ambush-protected vehicles.")).toEqual([["20 mine-resistant ambush-protected vehicles", "vehicle"]]);
  });

  it.each([
    ["Russia lost 12 tanks.", [["12 tanks", "tank"]]],
    ["Russia fired 15 attack drones.", [["15 attack drones", "drone"]]],
    ["300 civilian buildings were hit.", [["300 civilian buildings", "building"]]],
    ["Russia lost 3 captured tanks.", [["3 captured tanks", "tank"]]],
    ["The army has 40 aircraft this year.", [["40 aircraft", "aircraft"]]],
    ["Russia lost 300 troops and 40 tanks.", [["300 troops", "person"], ["40 tanks", "tank"]]],
    ["Ukraine has 300 drone operators.", [["300", "unknown"]]],
  ])("leaves nouns the table knows as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
