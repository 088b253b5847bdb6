// A note with a verb of its own is a clause about something else, not an earlier value; a chain
// of one estimate is superseded however it is phrased: "and is now", "went from", "(it was …)",
// and with a time phrase after a link.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const sup = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("a note with a verb of its own replaces nothing", () => {
  it.each([
    ["Kyiv received 300 tanks (previously 50 had been delivered by Poland).", [["300 tanks", false], ["50", false]]],
    ["4,000 soldiers died – earlier 3,000 civilians had been killed.", [["4,000 soldiers", false], ["3,000 civilians", false]]],
    ["Germany sent 14 tanks (originally 100 were pledged).", [["14 tanks", false], ["100", false]]],
    ["The toll is 4,000 (earlier 3,000 rose to 3,500).", [["4,000", false], ["3,000", false], ["3,500", false]]],
  ])("%s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });

  it.each([
    ["The toll is 4,000 (was 3,000).", [["4,000", false], ["3,000", true]]],
    ["The toll is 4,000 (was 3,000 last week).", [["4,000", false], ["3,000", true]]],
    ["The toll stands at 4,000 (it was 3,000 yesterday).", [["4,000", false], ["3,000", true]]],
    ["4,000 troops – previously 3,000 – are in Kursk.", [["4,000 troops", false], ["3,000", true]]],
    ["The toll is 4,000 (earlier: 3,000).", [["4,000", false], ["3,000", true]]],
  ])("a note of an earlier value still is one: %s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });
});

describe("a chain of one estimate", () => {
  it.each([
    ["The estimate was 3,000, then 4,000, and is now 5,000.", [["3,000", true], ["4,000", true], ["5,000", false]]],
    ["The UN's tally went from 3,000, then 4,000, now 5,000 deaths.", [["3,000", true], ["4,000", true], ["5,000 deaths", false]]],
    ["The toll rose to 300 on Monday, then 400, now 500.", [["300", true], ["400", true], ["500", false]]],
    ["The toll rose to 300 last week, then 400, and is now 500.", [["300", true], ["400", true], ["500", false]]],
    ["The estimate went 3,000, then 4,000, now 5,000.", [["3,000", true], ["4,000", true], ["5,000", false]]],
  ])("%s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });

  it.each([
    ["Russia lost 3,000 in May, then 4,000 in June.", [["3,000", false], ["4,000", false]]],
    ["The toll rose to 300 on Monday, then 400 on Tuesday.", [["300", false], ["400", false]]],
    ["Troops went from 3,000, then 4,000, now 5,000.", [["3,000", false], ["4,000", false], ["5,000", false]]],
  ])("a series with no noun of an estimate and no 'now' is no chain: %s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });
});
