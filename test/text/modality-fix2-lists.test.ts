// A negation over a list of figures denies every item; a denied figure corrected with "but"
// takes the plan of its verb; a denial in the next sentence in typographic quotes; each with
// look-alikes that must stay as they were.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a negation over a list", () => {
  it.each([
    ["Russia has not sent 3,000 troops, 200 tanks or 50 jets.", [["3,000 troops", "negated"], ["200 tanks", "negated"], ["50 jets", "negated"]]],
    ["Russia has not sent 3,000 troops, 200 tanks and 50 jets.", [["3,000 troops", "negated"], ["200 tanks", "negated"], ["50 jets", "negated"]]],
    ["Russia has not sent 3,000 troops or 200 tanks.", [["3,000 troops", "negated"], ["200 tanks", "negated"]]],
    ["Neither 3,000 troops nor 200 tanks were sent.", [["3,000 troops", "negated"], ["200 tanks", "negated"]]],
    ["Russia has not sent about 3,000 troops, some 200 main battle tanks or 50 jets.", [["about 3,000 troops", "negated"], ["some 200 main battle tanks", "negated"], ["50 jets", "negated"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["Russia did not send 12,000 troops, only 3,000.", [["12,000 troops", "negated"], ["only 3,000", "asserted"]]],
    ["Russia did not send 12,000 troops, only 3,000 troops and 200 tanks.", [["12,000 troops", "negated"], ["only 3,000 troops", "asserted"], ["200 tanks", "asserted"]]],
    ["Russia did not send 3,000 troops, and 200 tanks arrived.", [["3,000 troops", "negated"], ["200 tanks", "asserted"]]],
    ["Russia has not sent 3,000 troops and 200 tanks were destroyed.", [["3,000 troops", "negated"], ["200 tanks", "asserted"]]],
    ["Russia did not lose 300 tanks and lost 200 jets.", [["300 tanks", "negated"], ["200 jets", "asserted"]]],
    ["Ukraine has not received 300 tanks, 200 of which were promised.", [["300 tanks", "negated"], ["200", "asserted"]]],
    ["Russia sent 3,000 troops, 200 tanks and 50 jets.", [["3,000 troops", "asserted"], ["200 tanks", "asserted"], ["50 jets", "asserted"]]],
    ["Russia will send 3,000 troops, 200 tanks or 50 jets.", [["3,000 troops", "planned"], ["200 tanks", "planned"], ["50 jets", "planned"]]],
  ])("stays: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a denied figure corrected with 'but'", () => {
  it.each([
    ["Russia will not send 3,000 troops but 5,000.", "planned"],
    ["Russia won't send 3,000 troops but 5,000.", "planned"],
    ["Russia would not send 3,000 troops, but 5,000.", "planned"],
    ["Russia did not send 3,000 troops but 5,000.", "asserted"],
  ])("%s", (s, want) => {
    expect(read(s)[1]).toEqual(["5,000", want]);
    expect(read(s)[0]?.[1]).toBe("negated");
  });
});

describe("a denial in the next sentence in typographic quotes", () => {
  it.each([
    ["Russia sent 3,000 troops. \u201cThat is not true,\u201d Kyiv said.", "negated"],
    ["Russia sent 3,000 troops. \u201cThis is a lie,\u201d Kyiv said.", "negated"],
    ["Russia sent 3,000 troops. \u2018That is not true,\u2019 Kyiv said.", "negated"],
    ["Russia sent 3,000 troops. \u00abThat is not true\u00bb, Kyiv said.", "negated"],
    ["Russia sent 3,000 troops. \u201cThat is true,\u201d Kyiv said.", "asserted"],
    ["Russia sent 3,000 troops. \u201cWe did not deny this,\u201d Kyiv said.", "asserted"],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual([["3,000 troops", want]]);
  });
});

describe("a negation inside a bound is no negation of a list", () => {
  it.each([
    ["Officials counted no fewer than 500 dead, 200 wounded and 40 missing.", [["no fewer than 500 dead", "asserted"], ["200 wounded", "asserted"], ["40 missing", "asserted"]]],
    ["There were not more than 300 tanks or 40 jets.", [["not more than 300 tanks", "asserted"], ["40 jets", "asserted"]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a cleft that corrects a denied figure", () => {
  it.each([
    ["It is not 3,000 but 5,000 troops that Russia will send.", "planned"],
    ["It is not 3,000 but 5,000 troops that Russia sent.", "asserted"],
    ["It was not 3,000 but 5,000 troops that died.", "asserted"],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual([["3,000", "negated"], ["5,000 troops", want]]);
  });
});
