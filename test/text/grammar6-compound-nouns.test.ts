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

describe("a noun in a hyphened compound before the head noun", () => {
  it.each([
    ["Kyiv received 12 counter-drone systems.", [["12 counter-drone systems", "system"]]],
    ["Kyiv received 12 anti-aircraft systems.", [["12 anti-aircraft systems", "system"]]],
    ["Kyiv received 12 air-defence systems.", [["12 air-defence systems", "system"]]],
    // the noun after "anti-" says what the head is against, and three nouns name the last
    ["Germany sent 7 anti-aircraft missile systems.", [["7 anti-aircraft missile systems", "system"]]],
    ["It has 30 anti-aircraft guns.", [["30 anti-aircraft guns", "gun"]]],
    // a noun before "-carrying", "-owned" is part of an adjective
    ["Russia launched 40 drone-carrying aircraft.", [["40 drone-carrying aircraft", "aircraft"]]],
    ["Russia hit 300 civilian-owned homes.", [["300 civilian-owned homes", "home"]]],
    // with no head the table knows, the unit is not named rather than the noun after "anti-"
    ["Kyiv got 30 anti-aircraft.", [["30", "unknown"]]],
    ["Kyiv got 4 anti-aircraft batteries.", [["4", "unknown"]]],
  ])("names the head's unit: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ["Kyiv got 30 anti-tank missiles.", [["30 anti-tank missiles", "missile"]]],
    ["300 ex-soldiers joined.", [["300 ex-soldiers", "person"]]],
    ["300 non-combatants fled.", [["300 non-combatants", "person"]]],
    ["Russia launched 15 attack drones.", [["15 attack drones", "drone"]]],
    ["Russia fired 40 tank shells.", [["40 tank shells", "shell"]]],
    ["Ukraine trained 300 drone operators.", [["300", "unknown"]]],
  ])("keeps its reading: %s", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
