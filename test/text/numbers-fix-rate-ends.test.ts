import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("an end of a change whose other end carries a rate", () => {
  it.each([
    ["Russia's losses fell to 800 a day from 1,200.", [["800 a day", "unknown/day"]]],
    ["Russia's daily losses fell from 1,200 to 800 a day.", [["800 a day", "unknown/day"]]],
    ["Losses fell from 1,200 a day to 800.", [["1,200 a day", "unknown/day"]]],
    ["Losses rose to 1,500 troops a day from 900 troops.", [["1,500 troops a day", "person/day"]]],
    ["Shelling rose to 300 a day from 200 in May.", [["300 a day", "unknown/day"]]],
    ["Attacks fell sharply to 40 per day from 90.", [["40 per day", "unknown/day"]]],
  ])("is not read as a total: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["Losses fell from 1,200 a day to 800 a day.", [["1,200 a day", "unknown/day"], ["800 a day", "unknown/day"]]],
    ["The toll rose from 300 to 400.", [["300", "unknown"], ["400", "unknown"]]],
    ["Russia fires 10,000 shells a day to 12 cities.", [["10,000 shells a day", "shell/day"], ["12", "unknown"]]],
  ])("leaves ends that agree, and figures of no change, as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
