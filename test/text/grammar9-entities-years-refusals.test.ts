// A dash written as an HTML entity; a year after a word of time or a month; sums rejected,
// frozen or vetoed, and people vetoed; "contrary to reports of"; labels of tables, maps,
// volumes and kilometre posts.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.modality]);
const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a dash written as an HTML entity", () => {
  it.each(["3,000 &ndash; 5,000 troops arrived.", "3,000 &mdash; 5,000 troops arrived.", "3,000 &#8211; 5,000 troops arrived.", "3,000 &#x2013; 5,000 troops arrived."])("joins a range when spaced: %s", (s) => {
    expect(read(s)).toEqual([[expect.stringMatching(/^3,000 &[#a-z0-9]+; 5,000 troops$/), "range", "asserted"]]);
  });

  it.each(["Between 3,000&ndash;5,000 troops arrived.", "About 3,000&#8211;5,000 troops arrived.", "Up to 3&ndash;5 thousand troops arrived.", "3&nbsp;000 troops arrived."])("refuses both ends when glued: %s", (s) => {
    expect(read(s)).toEqual([]);
  });
});

describe("a year after a word of time or a month", () => {
  it.each([
    ["Since February 2022 soldiers have died.", []],
    ["Since 2022 soldiers have died.", []],
    ["During 2023 refugees fled.", []],
    ["Fighting in 2022 killed 30,000 people.", ["30,000 people"]],
  ])("is a date, not a count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["Russia sent in 2000 troops.", ["2000 troops"]],
    ["Since about 2000 troops arrived, the town was calm.", ["about 2000 troops"]],
    ["Russia lost 2000 tanks in the war.", ["2000 tanks"]],
  ])("leaves a count alone: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("sums and people refused", () => {
  it.each([
    "Congress rejected $60 billion in aid for Ukraine.",
    "The House rejected a $60 billion aid package.",
    "Parliament froze $60 billion in aid.",
    "The US vetoed 5,000 peacekeepers.",
    "Germany froze the delivery of 300 tanks.",
    "Contrary to reports of 3,000 deaths, only 30 died.",
    "Contrary to Russian claims of 3,000 deaths, Kyiv says 30 died.",
  ])("are denied: %s", (s) => {
    expect(read(s)[0]?.[2]).toBe("negated");
  });

  it.each([
    "The EU froze $300 billion of Russian assets.",
    "Russia vetoed 3 resolutions.",
    "Temperatures froze 300 soldiers.",
    "Contrary to expectations, 3,000 died.",
    "According to officials, 3,000 died.",
  ])("are not: %s", (s) => {
    expect(read(s)[0]?.[2]).toBe("asserted");
  });
});

describe("labels of tables, maps, volumes and kilometre posts", () => {
  it.each([
    ["See table 3: 300 deaths.", ["300 deaths"]],
    ["Kilometre 45 of the road.", []],
    ["Grid square 37 held 12 tanks.", ["12 tanks"]],
    ["See p. 12 for details.", []],
    ["See fig. 3.", []],
    ["Vol. 2 lists 300 deaths.", ["300 deaths"]],
    ["The table lists 300 deaths.", ["300 deaths"]],
  ])("%s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("currency names used by several countries", () => {
  it.each(["Congo paid soldiers 100,000 francs a month.", "Yemen printed 400 billion rials."])("name no one country's code: %s", (s) => {
    const units = extractEstimates(s).map((e) => e.estimate.unit);
    expect(units.filter((u) => u === "CHF" || u === "IRR")).toEqual([]);
  });

  it.each([
    ["Switzerland gave 5 million Swiss francs.", "CHF"],
    ["Iran spent 5 million Iranian rials.", "IRR"],
  ])("keep the code a country names: %s", (s, unit) => {
    expect(extractEstimates(s).map((e) => e.estimate.unit)).toEqual([unit]);
  });
});

describe("the letter O typed or scanned for a zero", () => {
  it.each(["About 3,OOO troops crossed.", "12,OOO troops", "5,OOO,OOO people", "3,000,OOO people fled", "3.OOO troops"])("refuses the whole number: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["In 2023, Oslo hosted 300 troops.", ["300 troops"]],
    ["3,000 troops crossed.", ["3,000 troops"]],
  ])("leaves other numbers alone: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a figure set aside, and deployments weighed", () => {
  it.each([
    ["Rather than 3,000, only 300 died.", "3,000", "negated"],
    ["Russia sent 300 troops rather than 3,000.", "3,000", "negated"],
    ["Instead of 3,000 troops, Russia sent 300.", "3,000 troops", "negated"],
    ["Russia sent 300 troops instead of the promised 3,000.", "3,000", "planned"],
    ["US eyeing 3,000-troop deployment to Poland.", "3,000-troop", "potential"],
    ["The White House is exploring options to send 5,000 troops.", "5,000 troops", "potential"],
    ["US prepared to deploy 3,000 troops.", "3,000 troops", "planned"],
  ])("%s", (s, text, modality) => {
    expect(read(s).find((r) => r[0] === text)?.[2]).toBe(modality);
  });

  it.each(["The kitchen prepared 300 meals.", "Russia sent 300 troops rather quickly."])("leaves %s asserted", (s) => {
    expect(read(s)[0]?.[2]).toBe("asserted");
  });
});
