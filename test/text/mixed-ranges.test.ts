// A range whose two ends name different measures ("600 dead and 700 injured") is two figures,
// never one range.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.estimate.unit]);

describe("ends that name two measures", () => {
  it.each([
    ["Casualties ranged between 600 dead and 700 injured.", "600 dead", "700 injured"],
    ["It lost between 600 killed and 700 wounded.", "600 killed", "700 wounded"],
    ["It lost 600 killed to 700 wounded.", "600 killed", "700 wounded"],
  ])("are two figures in running text: %j", (sentence, first, second) => {
    expect(read(sentence)).toEqual([
      [first, "exact", "person"],
      [second, "exact", "person"],
    ]);
  });

  it("keeps two figures of different things apart, as before", () => {
    expect(read("It lost between 600 troops and 700 tanks.")).toEqual([
      ["600 troops", "exact", "person"],
      ["700 tanks", "exact", "tank"],
    ]);
  });

  it.each(["between 600 killed and 700 wounded", "between 600 dead and 700 injured", "600 killed to 700 wounded", "from 600 troops to 700 tanks"])(
    "are refused alone as mixed-range: %j",
    (phrase) => {
      expect(parseEstimate(phrase)).toMatchObject({ ok: false, reason: "mixed-range" });
    },
  );
});

describe("ends that name one measure", () => {
  it.each([
    ["between 600 dead and 700 dead", 600, 700, "person"],
    ["between 1 soldier and 5 soldiers", 1, 5, "person"],
    ["between 600 and 700 wounded", 600, 700, "person"],
    ["between 450 km and 690 km", 450, 690, "km"],
    ["5 km to 10 kilometres", 5, 10, "km"],
    ["from 3 tanks to 5 tanks", 3, 5, "tank"],
  ])("are one range: %j", (phrase, low, high, unit) => {
    const r = parseEstimate(phrase);
    expect(r.ok && r.value).toMatchObject({ kind: "range", low, high, unit });
    expect(read(`It had ${phrase}.`)).toEqual([[phrase, "range", unit]]);
  });
});
