// Bound words that are read as bounds, never dropped to leave the figure exact: comparatives
// ("higher than"), headline verbs ("tops"), "shy of", "as few as", and "at most" set off by a comma.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const bound = (s: string) =>
  extractEstimates(s).map((e) => {
    const x = e.estimate as { kind: string; value?: number; strict?: boolean };
    return [e.text, x.kind, x.value, x.strict, e.modality];
  });

describe("bound words", () => {
  it.each([
    ["Losses are higher than 3,000.", "higher than 3,000", "atLeast", 3000, true],
    ["Casualties tops 3,000.", "tops 3,000", "atLeast", 3000, true],
    ["As few as 300 troops crossed.", "As few as 300 troops", "atLeast", 300, false],
    ["It cost as little as $5 million.", "as little as $5 million", "atLeast", 5e6, false],
    ["As low as 300 died.", "As low as 300", "atLeast", 300, false],
    ["At a minimum, 300 died.", "At a minimum, 300", "atLeast", 300, false],
    ["At minimum 300 died.", "At minimum 300", "atLeast", 300, false],
    ["At the very least 300 died.", "At the very least 300", "atLeast", 300, false],
    ["At most, 300 died.", "At most, 300", "atMost", 300, false],
    ["Losses were lower than 3,000.", "lower than 3,000", "atMost", 3000, true],
    ["Losses were shy of 3,000.", "shy of 3,000", "atMost", 3000, true],
    ["Casualties are south of 3,000.", "south of 3,000", "atMost", 3000, true],
  ])("%s", (sentence, text, kind, value, strict) => {
    expect(bound(sentence)).toEqual([[text, kind, value, strict, "asserted"]]);
  });

  it("keeps the modality of the clause on a bound", () => {
    expect(bound("Losses may be higher than 3,000.")).toEqual([["higher than 3,000", "atLeast", 3000, true, "potential"]]);
  });

  it("reads no bound in a comma that ends a clause", () => {
    expect(bound("The battle was over, 300 had died.")).toEqual([["300", "exact", 300, undefined, "asserted"]]);
  });
});

describe("the size of a fall", () => {
  const texts = (s: string) => extractEstimates(s).map((e) => e.text);

  it.each([
    "Losses dropped 3,000.",
    "Losses fell 3,000 from the month before.",
    "Down 3,000 from last week.",
    "The toll was revised down by 3,000.",
    "Prices fell 12%.",
    "The toll fell by about 300.",
    "Stocks were cut by 300 shells.",
  ])("is not read as a level: %s", (sentence) => {
    expect(texts(sentence)).toEqual([]);
  });

  it.each([
    ["Losses fell to 3,000.", ["3,000"]],
    ["Russia dropped 300 glide bombs.", ["300 glide bombs"]],
    ["Ukraine shot down 30 of 50 drones.", ["30", "50 drones"]],
    ["Losses fell sharply to 3,000.", ["3,000"]],
  ])("leaves a level, a count and a particle alone: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });

  it("is no quantity to parseEstimate, which reads a phrase that begins at its figure", () => {
    expect(parseEstimate("fell by 3,000")).toMatchObject({ ok: false, reason: "no-quantity" });
  });
});

describe("rates", () => {
  const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

  it("reads a rate written with hyphens", () => {
    expect(read("The $5 million-a-day war went on.")).toEqual([["The $5 million-a-day", "USD/day"]]);
  });

  it.each(["About 1,000 shells per gun per day.", "Casualty rates of 30 per 1,000 per month.", "It fired 40 shells per gun."])(
    "reads no figure of a rate over something other than a period: %s",
    (sentence) => {
      expect(read(sentence)).toEqual([]);
    },
  );

  it("keeps rates over a period and percentages", () => {
    expect(read("Russia fires 10,000 shells per day, 5 per cent of them duds.")).toEqual([
      ["10,000 shells per day", "shell/day"],
      ["5 per cent", "percent"],
    ]);
  });
});

describe("labels before a number", () => {
  const texts = (s: string) => extractEstimates(s).map((e) => e.text);

  it.each(["UN Security Council resolution 2231 was cited.", "Shelling closed route 14.", "Day 1,000 of the war came.", "Russia sent brigade 155 to Kursk.", "See page 12."])(
    "reads no figure in a designation: %s",
    (sentence) => {
      expect(texts(sentence)).toEqual([]);
    },
  );

  it.each([
    ["A day 300 people died.", ["300 people"]],
    ["There were no 300 troops there.", ["300 troops"]],
  ])("reads a count after a word that is a label only when capitalised: %s", (sentence, found) => {
    expect(texts(sentence)).toEqual(found);
  });
});
