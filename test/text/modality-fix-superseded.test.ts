// A figure the sentence says was replaced is superseded whatever the wording: the object of a
// revision that ends at a level ("revised its estimate of 10,000 down to 6,000"), a figure given
// in an aside before the revision ("The death toll, initially 300, was revised to 400"), the
// object of "replaces" named as earlier, a note "(earlier reports: 300)" and the second half of a
// gapped revision. A level changed with no estimate, or a figure the revision does not name,
// stays current.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const sup = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("the object of a revision that ends at a level", () => {
  it.each([
    ["The ministry revised its estimate of 10,000 troops down to 6,000.", [["10,000 troops", true], ["6,000", false]]],
    ["The ministry revised its estimate of 300 to 250.", [["300", true], ["250", false]]],
    ["The ministry corrected its estimate of 10,000 to 6,000.", [["10,000", true], ["6,000", false]]],
    ["The UN revised its estimate of 10,000 dead to 6,000.", [["10,000 dead", true], ["6,000", false]]],
    ["The Health Ministry has revised its estimate of 3,000 deaths upward to 4,500.", [["3,000 deaths", true], ["4,500", false]]],
    ["The army lowered its estimate of 12,000 enemy troops to 9,000.", [["12,000 enemy troops", true], ["9,000", false]]],
    ["Officials updated their count of 72 to 45 on Friday.", [["72", true], ["45", false]]],
    ["The ministry revised down its estimate of 10,000 to 6,000.", [["10,000", true], ["6,000", false]]],
    ["The ministry revised its 10,000 estimate down to 6,000.", [["10,000", true], ["6,000", false]]],
    ["The ministry raised the 300 toll to 400.", [["the 300", true], ["400", false]]],
    ["The ministry cut its estimate of 10,000 to 6,000.", [["10,000", true], ["6,000", false]]],
    ["The army cut its estimate from 3,000 to 2,000.", [["3,000", true], ["2,000", false]]],
    ["The agency is revising its estimate of 10,000 refugees to 12,000.", [["10,000 refugees", true], ["12,000", false]]],
    ["The UN revised its estimate of 2 million refugees to 2.5 million.", [["2 million refugees", true], ["2.5 million", false]]],
  ])("%s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });

  it.each([
    ["The UN revised its estimate of the damage, which killed 300, to cover 2024.", [["300", false]]],
    ["The ministry revised its estimate of 10,000 troops.", [["10,000 troops", false]]],
    ["The ministry revised its estimate of 10,000 troops in March.", [["10,000 troops", false]]],
    ["Russia cut its troop numbers from 3,000 to 2,000.", [["3,000", false], ["2,000", false]]],
    ["Russia reduced its contingent of 3,000 troops to 2,000.", [["3,000 troops", false], ["2,000", false]]],
    ["Russia increased its 3,000 force to 5,000.", [["3,000", false], ["5,000", false]]],
  ])("no level after it, or not its object: %s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });
});

describe("a figure given in an aside before its revision", () => {
  it.each([
    ["The death toll, initially 300, was revised to 400.", [["300", true], ["400", false]]],
    ["The death toll - initially 300 - was revised to 400.", [["300", true], ["400", false]]],
    ["The death toll, first given as 300, was later revised to 400.", [["300", true], ["400", false]]],
    ["The number of dead, first given as 300, was raised to 400.", [["300", true], ["400", false]]],
    ["Officials put the death toll at 300, later raising it to 400.", [["300", true], ["400", false]]],
    ["Kyiv put Russian losses at 3,000, later revising the figure to 3,500.", [["3,000", true], ["3,500", false]]],
    ["The ministry, which had reported 300 deaths, revised the toll to 400.", [["300 deaths", true], ["400", false]]],
    ["The ministry, which reported 300 deaths, raised its estimate to 400.", [["300 deaths", true], ["400", false]]],
    ["The toll, previously reported as 300, has been corrected to 250.", [["300", true], ["250", false]]],
    ["The death toll - initially reported as 300 - was later corrected to 250.", [["300", true], ["250", false]]],
  ])("%s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });

  it.each([
    ["The force, initially 300, was raised to 400.", [["300", false], ["400", false]]],
    ["The strike killed 30, raising the toll to 400.", [["30", false], ["400", false]]],
    ["Officials put the death toll at 300, raising the figure for the week to 400.", [["300", false], ["400", false]]],
    ["Russia, which had sent 300 troops, raised the number to 400.", [["300 troops", false], ["400", false]]],
    ["The brigade, initially 300 strong, was reinforced to 400.", [["300", false], ["400", false]]],
  ])("a level raised, or no revision of the figure: %s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });
});

describe("replaced, noted as earlier, or the second half of a gapped revision", () => {
  it.each([
    ["The revised toll of 450 replaces the earlier 300.", [["450", false], ["300", true]]],
    ["The new figure of 450 replaces the old figure of 300.", [["450", false], ["300", true]]],
    ["Casualties: 450 (earlier reports: 300).", [["450", false], ["300", true]]],
    ["Casualties: 450 (initial estimate: 300).", [["450", false], ["300", true]]],
    ["The toll was revised up to 4,000 from 3,000 for soldiers and to 900 from 800 for civilians.", [["4,000", false], ["3,000", true], ["900", false], ["800", true]]],
    ["The toll was corrected to 90 from 80 in Kharkiv and to 40 from 30 in Sumy.", [["90", false], ["80", true], ["40", false], ["30", true]]],
    ["The toll was revised to 4,000 from 3,000, and to 900 from 800 for civilians.", [["4,000", false], ["3,000", true], ["900", false], ["800", true]]],
  ])("%s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });

  it.each([
    ["New Leopard tanks replaced the old 300 T-72s.", [["300", false]]],
    ["Casualties: 450 (reports: 300).", [["450", false], ["300", false]]],
    ["The toll rose to 90 from 80 in Kharkiv and to 40 from 30 in Sumy.", [["90", false], ["80", false], ["40", false], ["30", false]]],
  ])("no revision, no estimate, or a series: %s", (s, expected) => {
    expect(sup(s)).toEqual(expected);
  });
});
