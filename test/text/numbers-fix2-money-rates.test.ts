import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("a sum said again in another currency, and exchange rates", () => {
  it.each([
    ["The EU gave €50bn, the equivalent of $54bn.", [["€50bn, the equivalent of $54bn", "EUR"]]],
    ["The EU gave €50bn, equal to $54bn.", [["€50bn, equal to $54bn", "EUR"]]],
    ["Aid totalled $5bn, about €4.6bn at the rate of $1 = €0.92.", [["$5bn, about €4.6bn at the rate of $1 = €0.92", "USD"]]],
    ["Russia spent 300 billion roubles ($3.3bn at 90 roubles/$).", [["300 billion roubles ($3.3bn at 90 roubles/$)", "RUB"]]],
    ["At 90 roubles to the dollar, Russia spent 300 billion roubles.", [["300 billion roubles", "RUB"]]],
  ])("is one figure, and a rate none: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["Kyiv gave $500 to the euro fund.", [["$500", "USD"]]],
    ["The EU gave €50bn, the rest in loans.", [["€50bn", "EUR"]]],
    ["It cost 90 roubles a day.", [["90 roubles a day", "RUB/day"]]],
  ])("leaves other sums as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("the end of a change that lacks the rate of its other end", () => {
  it.each([
    ["Losses rose to 1,200 a day, up from 800.", [["1,200 a day", "unknown/day"]]],
    ["Losses fell to 800 a day, down from 1,200.", [["800 a day", "unknown/day"]]],
    ["Losses dropped from 1,200 to about 800 daily.", [["about 800 daily", "unknown/day"]]],
    ["Losses halved from 1,200 to 600 a day.", [["600 a day", "unknown/day"]]],
    ["Losses fell to 800 per day compared with 1,200.", [["800 per day", "unknown/day"]]],
    ["The factory makes 300 drones a month, up from 100.", [["300 drones a month", "drone/month"]]],
  ])("is not read as a total: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["Losses rose to 1,200, up from 800.", [["1,200", "unknown"], ["800", "unknown"]]],
    ["Russia lost 300 tanks, up from 200.", [["300 tanks", "tank"], ["200", "unknown"]]],
    ["Losses rose to 1,200 a day, up from 800 a day.", [["1,200 a day", "unknown/day"], ["800 a day", "unknown/day"]]],
  ])("leaves both ends where neither or both carry a rate, or no verb of change stands before 'up from': %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
