import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const flags = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

describe("a figure the sentence says was replaced by a later one", () => {
  it.each([
    ["The toll is 4,000 (revised from 2,500).", [["4,000", false], ["2,500", true]]],
    ["The toll rose to 4,000, revised up from 3,000 in January.", [["4,000", false], ["3,000", true]]],
    ["Casualties were revised from 3,000 to 4,000.", [["3,000", true], ["4,000", false]]],
    ["The toll was 4,000, corrected from an earlier 2,500.", [["4,000", false], ["2,500", true]]],
    ["An earlier estimate of 2,500 has been revised to 4,000.", [["2,500", true], ["4,000", false]]],
    ["The NIS revised its estimate up to 4,700 from 3,000.", [["4,700", false], ["3,000", true]]],
    ["The toll had been revised to around 1,200 from a previous government estimate of 1,400.", [["around 1,200", false], ["1,400", true]]],
    ["Officials revised the death toll down to 253 people from the previous estimate of 359.", [["253 people", false], ["359", true]]],
    ["Only 45 people had been killed, the agency said, correcting the earlier reported toll of 72.", [["Only 45 people", false], ["72", true]]],
    ["The NIS revised its initial estimate of 10,000 down to 6,000.", [["10,000", true], ["6,000", false]]],
    ["Officials raised the death toll from 300 to 400.", [["300", true], ["400", false]]],
    ["The toll was raised from 300 to 400.", [["300", true], ["400", false]]],
    ["The estimate of 2,500 was raised to 4,000.", [["2,500", true], ["4,000", false]]],
    ["2,500 deaths were revised to 3,000.", [["2,500 deaths", true], ["3,000", false]]],
    ["The 2,500 figure was later revised upward.", [["The 2,500", true]]],
    ["Casualties were revised to 4,000, up from 2,500.", [["4,000", false], ["2,500", true]]],
    ["The ministry updated its count from 3,000 to 3,400.", [["3,000", true], ["3,400", false]]],
    ["The agency adjusted the figure downward from 900 to 850.", [["900", true], ["850", false]]],
    ["Casualties were revised to 4,700 (up from 3,000).", [["4,700", false], ["3,000", true]]],
    ["The NIS said 4,700 (revised up from 3,000 in January and 4,000 in March) were hurt.", [["4,700", false], ["3,000", true], ["4,000", true]]],
    ["The toll was revised up from 300 dead and 2,700 wounded.", [["300 dead", true], ["2,700 wounded", true]]],
    ["The toll, revised from 2,500, is now 4,000, and 300 tanks were lost.", [["2,500", true], ["4,000", false], ["300 tanks", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });

  it("keeps the figure's modality: superseded says what the sentence did with it, not what the source does", () => {
    expect(extractEstimates("Casualties were revised from 3,000 to 4,000.").map((e) => e.modality)).toEqual(["asserted", "asserted"]);
  });
});

describe("near-misses that are not superseded", () => {
  it.each([
    // an earlier value of a series: a figure of another time
    ["The toll rose to 4,000, up from 2,500 last week.", [["4,000", false], ["2,500", false]]],
    ["The new official figure was 253, down from an earlier 359.", [["253", false], ["359", false]]],
    ["Numbers rose from 3,000 to 5,000.", [["3,000", false], ["5,000", false]]],
    ["Updated figures show the toll rose from 2,500 to 4,000.", [["2,500", false], ["4,000", false]]],
    ["The revised figure rose from 2,500 to 4,000.", [["2,500", false], ["4,000", false]]],
    ["The Red Cross put the number of missing at 25,000, from 22,000 on Thursday.", [["25,000", false], ["22,000", false]]],
    ["Casualties rose to 4,700 (up from 3,000).", [["4,700", false], ["3,000", false]]],
    ["The toll rose from 3,000 in January and 4,000 in March.", [["3,000", false], ["4,000", false]]],
    // a figure after the level a revision ends at is a figure of its own
    ["The toll was revised from 3,000 to 4,000 and 200 tanks were lost.", [["3,000", true], ["4,000", false], ["200 tanks", false]]],
    // what was raised is no estimate: a level that changed
    ["Russia raised its troop numbers from 3,000 to 5,000.", [["3,000", false], ["5,000", false]]],
    // the figure a revision ends at
    ["4,000 revised up from 3,000.", [["4,000", false], ["3,000", true]]],
    ["The estimate was revised to 4,000.", [["4,000", false]]],
    // a revision of something that is no figure
    ["The 2,500 troops were updated to reflect the order.", [["The 2,500 troops", false]]],
    ["Russia sent 3,000 troops, and the plan was revised.", [["3,000 troops", false]]],
    ["The figure, from 3,000 sources, was revised.", [["3,000", false]]],
    ["Russia updated its first 300 tanks.", [["300 tanks", false]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});

describe("up to after a verb of revision", () => {
  it.each([
    ["The estimate was revised up to 4,700.", "4,700"],
    ["The NIS revised its estimate up to 4,700.", "4,700"],
    ["The toll was raised up to 4,700.", "4,700"],
  ])("is the direction of the revision, not a bound: %s", (s, text) => {
    const found = extractEstimates(s);
    expect(found.map((e) => [e.text, e.estimate.kind])).toEqual([[text, "exact"]]);
  });

  it.each([
    ["They could send up to 4,700.", "up to 4,700"],
    ["Russia raised up to 5,000 troops.", "up to 5,000 troops"],
    ["Casualties were revised, with up to 4,700 dead.", "up to 4,700 dead"],
  ])("stays a bound elsewhere: %s", (s, text) => {
    expect(extractEstimates(s).map((e) => [e.text, e.estimate.kind])).toEqual([[text, "atMost"]]);
  });

  it("is a bound in a phrase read alone", () => {
    expect(parseEstimate("up to 4,700")).toMatchObject({ ok: true, value: { kind: "atMost", value: 4700 } });
  });
});

describe("figures replaced in a note or a chain", () => {
  const sup = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]);

  it.each([
    ["The toll is 4,000 (was 3,000).", [["4,000", false], ["3,000", true]]],
    ["The toll is 4,000 – was 3,000 – say officials.", [["4,000", false], ["3,000", true]]],
    ["The toll stands at 4,000 (previously 3,000).", [["4,000", false], ["3,000", true]]],
    ["The toll stands at 4,000 troops (earlier: 3,000).", [["4,000 troops", false], ["3,000", true]]],
  ])("a note of the figure before it: %s", (s, found) => {
    expect(sup(s)).toEqual(found);
  });

  it.each([
    ["The estimate went 3,000, then 4,000, now 5,000.", [["3,000", true], ["4,000", true], ["5,000", false]]],
    ["The toll was revised from 3,000 to 4,000 to 5,000.", [["3,000", true], ["4,000", true], ["5,000", false]]],
    ["The toll was revised from 3,000, then 4,000, to 5,000.", [["3,000", true], ["4,000", true], ["5,000", false]]],
    ["The toll was revised from 3,000 to 4,000, then to 5,000.", [["3,000", true], ["4,000", true], ["5,000", false]]],
    ["The toll was revised from 3,000 in May, 3,500 in June and 4,000 in July to 5,000.", [["3,000", true], ["3,500", true], ["4,000", true], ["5,000", false]]],
  ])("every figure of a chain of revisions but the last: %s", (s, found) => {
    expect(sup(s)).toEqual(found);
  });

  it.each([
    // a series, with no word of revision and no "now" after a noun of an estimate: figures of other times
    ["Russia lost 3,000 in May, then 4,000 in June.", [["3,000", false], ["4,000", false]]],
    ["Russia lost 3,000 troops, then 4,000, now 5,000.", [["3,000 troops", false], ["4,000", false], ["5,000", false]]],
    ["The toll rose from 3,000 to 4,000 to 5,000.", [["3,000", false], ["4,000", false], ["5,000", false]]],
    ["The toll stands at 4,000 troops (up from 3,000).", [["4,000 troops", false], ["3,000", false]]],
    ["300 killed (3 were children).", [["300 killed", false], ["3", false]]],
    ["Officials revised the toll from 3,000, 300 of them children.", [["3,000", true], ["300", false]]],
    ["The toll, revised from 2,500, is now 4,000, and 300 tanks were lost.", [["2,500", true], ["4,000", false], ["300 tanks", false]]],
  ])("not a series or a part: %s", (s, found) => {
    expect(sup(s)).toEqual(found);
  });
});
