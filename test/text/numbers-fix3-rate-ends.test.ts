import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("an end of a change of a rate, joined with no verb of change", () => {
  it.each([
    ["The factory makes 300 drones a month, up from 100.", [["300 drones a month", "drone/month"]]],
    ["The factory makes 300 attack drones a month, up from 100.", [["300 attack drones a month", "drone/month"]]],
    ["The factory makes 300 drones a month, up from about 100.", [["300 drones a month", "drone/month"]]],
    ["Russia fires 10,000 shells a day, down from 12,000.", [["10,000 shells a day", "shell/day"]]],
    ["Russia fires 10,000 shells a day compared with 2,000.", [["10,000 shells a day", "shell/day"]]],
    ["Russia fires 10,000 shells daily, compared to 2,000.", [["10,000 shells daily", "shell/day"]]],
    ["The factory makes 300 drones, up from 100 a month.", [["100 a month", "unknown/month"]]],
    ["Output fell to 800 a day from 1,200.", [["800 a day", "unknown/day"]]],
    ["Output fell from 1,200 to 800 a day.", [["800 a day", "unknown/day"]]],
  ])("is no total: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["The factory makes 300 drones a month, up from 100 drones a month.", [["300 drones a month", "drone/month"], ["100 drones a month", "drone/month"]]],
    ["Losses rose to 1,200 a day, up from 800 a day.", [["1,200 a day", "unknown/day"], ["800 a day", "unknown/day"]]],
    ["Losses rose to 1,200, up from 800.", [["1,200", "unknown"], ["800", "unknown"]]],
    ["Russia lost 300 tanks, up from 200.", [["300 tanks", "tank"], ["200", "unknown"]]],
    ["The plant made 300 drones a month from 2023 to 2024.", [["300 drones a month", "drone/month"]]],
    ["The plant makes 300 drones a month; 100 were lost.", [["300 drones a month", "drone/month"], ["100", "unknown"]]],
  ])("leaves ends that both carry a rate, or neither, as they were: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
