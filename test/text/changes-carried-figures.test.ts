// A verb of change whose object carries its own figure: "raised its force of 10,000 by 2,000",
// "raised its force of 10,000 to 12,000". The object's figure is the earlier level, asserted and
// not superseded (a level that changed is no revision); the figure after "by" is the size of the
// change (an increment, or refused for a fall), and the figure after "to" the level it ends at.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.increment, e.superseded]);

describe("the size of a change of a level an object carries", () => {
  it.each([
    ["Russia raised its force of 10,000 by 2,000.", [["10,000", "asserted", false, false], ["2,000", "asserted", true, false]]],
    ["Russia increased its contingent of 3,000 troops by 500.", [["3,000 troops", "asserted", false, false], ["500", "asserted", true, false]]],
    ["Russia expanded its garrison of 5,000 troops by 1,000 troops.", [["5,000 troops", "asserted", false, false], ["1,000 troops", "asserted", true, false]]],
    // a fall is refused, as "cut the force by 1,000" is
    ["Russia cut its garrison of 5,000 troops by 1,000.", [["5,000 troops", "asserted", false, false]]],
    ["Russia reduced the army of 10,000 by 2,000.", [["10,000", "asserted", false, false]]],
    // the level the change ends at after its size
    ["Russia raised its force of 10,000 by 2,000 to 12,000.", [["10,000", "asserted", false, false], ["2,000", "asserted", true, false], ["12,000", "asserted", false, false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });

  it.each([
    // "by" with a year: a time, no size
    ["Russia raised its force of 10,000 by 2025.", [["10,000", "asserted", false, false]]],
    // no verb of change: "by" is no change
    ["The unit of 300 was joined by 2,000 drones.", [["300", "asserted", false, false], ["2,000 drones", "asserted", false, false]]],
    // an estimate is revised: its figure is superseded
    ["The agency raised its estimate of 10,000 by 2,000.", [["10,000", "asserted", false, true], ["2,000", "asserted", true, false]]],
  ])("near-miss: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});

describe("the level a change of a level an object carries ends at", () => {
  it.each([
    ["Russia raised its force of 10,000 to 12,000.", [["10,000", "asserted", false, false], ["12,000", "asserted", false, false]]],
    ["Russia grew its army of 10,000 to 12,000.", [["10,000", "asserted", false, false], ["12,000", "asserted", false, false]]],
    ["Russia increased the contingent of 3,000 to 4,000 soldiers.", [["3,000", "asserted", false, false], ["4,000 soldiers", "asserted", false, false]]],
    ["Russia cut its garrison of 5,000 troops to 3,000.", [["5,000 troops", "asserted", false, false], ["3,000", "asserted", false, false]]],
    // a fall to a count noun is no falling range
    ["Russia reduced its force of 10,000 to 8,000 troops.", [["10,000", "asserted", false, false], ["8,000 troops", "asserted", false, false]]],
    ["The agency revised its estimate of 10,000 to 8,000 troops.", [["10,000", "asserted", false, true], ["8,000 troops", "asserted", false, false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });

  it.each([
    // no verb of change: a range
    ["A force of 10,000 to 12,000 was sent.", [["10,000 to 12,000", "asserted", false, false]]],
    // an object the verb makes: "raised a force" mobilised one of 10,000 to 12,000
    ["Russia raised a force of 10,000 to 12,000 troops.", [["10,000 to 12,000 troops", "asserted", false, false]]],
    // a change after the pair: the pair is the range of what changed
    ["Russia cut its force of 10,000 to 12,000 troops by half.", [["10,000 to 12,000 troops", "asserted", false, false], ["half", "asserted", false, false]]],
    // a falling pair with no verb of change is refused
    ["The garrison of 220 to 210 men held.", []],
  ])("near-miss: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});

describe("a figure an object carries, with words that lead it", () => {
  it.each([
    ["Russia boosted its force of an estimated 10,000 by 2,000.", [["an estimated 10,000", "asserted", false, false], ["2,000", "asserted", true, false]]],
    ["Russia raised its force of at least 10,000 by 2,000.", [["at least 10,000", "asserted", false, false], ["2,000", "asserted", true, false]]],
    ["Russia cut its force of about 10,000 troops by 2,000.", [["about 10,000 troops", "asserted", false, false]]],
    // near-miss: no verb of change
    ["The unit of about 300 was hit by 20 drones.", [["about 300", "asserted", false, false], ["20 drones", "asserted", false, false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});
