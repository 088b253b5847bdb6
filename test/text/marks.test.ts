// Marks right before a figure: those the table reads ("~", "≈", "≥") are read with it, and one
// the reader does not know ("±", "†") makes the figure skipped, never read as exact.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";
import { formatEstimate } from "../../src/estimate/format.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, (e.estimate as { hedge?: string }).hedge]);

describe("approximately-equal signs", () => {
  it.each([
    ["≈3000 troops.", "≈3000 troops", "≈"],
    ["≈ 3,000 troops.", "≈ 3,000 troops", "≈"],
    ["\u223c3,000 troops.", "\u223c3,000 troops", "\u223c"],
    ["≃3,000 troops.", "≃3,000 troops", "≃"],
    ["~3,000 troops.", "~3,000 troops", "~"],
  ])("read %j as approximate", (sentence, text, hedge) => {
    expect(read(sentence)).toEqual([[text, "approx", hedge]]);
    const r = parseEstimate(text);
    expect(r.ok && r.value).toMatchObject({ kind: "approx", value: 3000, unit: "person", hedge });
  });

  it("keep the hedge word before them, the first of two", () => {
    expect(read("some ≈3,000 troops.")).toEqual([["some ≈3,000 troops", "approx", "some"]]);
    expect(read("nearly ≈3000 troops")).toEqual([["nearly ≈3000 troops", "approx", "nearly"]]);
  });
});

describe("signs of a bound", () => {
  it.each([
    ["⩾3000 troops.", "atLeast", false],
    ["≥3000 troops.", "atLeast", false],
    [">3000 troops.", "atLeast", true],
    ["⩽3000 troops.", "atMost", false],
    ["≤3000 troops.", "atMost", false],
    ["<3000 troops.", "atMost", true],
  ])("read %j as a bound", (sentence, kind, strict) => {
    const [e] = extractEstimates(sentence);
    expect(e?.estimate).toMatchObject({ kind, value: 3000, strict, unit: "person" });
    expect(parseEstimate(sentence).ok).toBe(true);
  });
});

describe("a mark the reader does not know before a figure", () => {
  it.each(["± 3,000 troops.", "±3,000 troops.", "∓3,000 troops.", "†3000 troops.", "≠ 300 troops.", "▼300 troops.", "about ± 3,000 troops.", "± 3,000-4,000 troops."])(
    "skips the figure of %j",
    (sentence) => {
      expect(extractEstimates(sentence)).toEqual([]);
    },
  );

  it("refuses the phrase with unknown-symbol", () => {
    expect(parseEstimate("± 3,000 troops")).toMatchObject({ ok: false, reason: "unknown-symbol" });
    expect(parseEstimate("†1945")).toMatchObject({ ok: false, reason: "unknown-symbol" });
  });

  it("refuses a currency sign the table does not know with unknown-currency", () => {
    expect(extractEstimates("It cost ฿3,000.")).toEqual([]);
    expect(parseEstimate("₪3,000")).toMatchObject({ ok: false, reason: "unknown-currency" });
  });

  it("reads the other figures of the sentence", () => {
    expect(read("It lost ± 3,000 troops and about 200 tanks.")).toEqual([["about 200 tanks", "approx", undefined]]);
  });

  it("leaves punctuation, brackets, quotation marks and a daily change's plus as they are", () => {
    expect(read("Losses (3,000 troops) were heavy.")).toEqual([["3,000 troops", "exact", undefined]]);
    expect(read("He said: “3,000 troops”.")).toEqual([["3,000 troops", "exact", undefined]]);
    expect(read("Casualties = 3,000 troops.")).toEqual([["3,000 troops", "exact", undefined]]);
    expect(extractEstimates("Losses rose (+1,270) on the day.").map((e) => [e.text, e.increment])).toEqual([["1,270", true]]);
    expect(read("\u200f3,000 troops")).toEqual([["3,000 troops", "exact", undefined]]);
  });

  it("leaves an emoji that says nothing of the figure, but not one of a rise or fall", () => {
    expect(read("😀 3,000 troops")).toEqual([["3,000 troops", "exact", undefined]]);
    expect(read("🔺3,000 troops")).toEqual([]);
    expect(read("📉 3,000 troops")).toEqual([]);
  });

  it("reads a margin after a figure, which the table reads", () => {
    const r = parseEstimate("300 ± 50 troops");
    expect(r.ok && r.value).toMatchObject({ kind: "range", low: 250, high: 350, best: 300 });
  });
});

describe("a margin is read with its figure or the figure is not read", () => {
  it.each([
    ["3,000 (±500) troops", [{ kind: "range", low: 2500, high: 3500, best: 3000 }]],
    ["+/- 3,000 troops.", []],
    ["3,000 plus or minus 500 troops", [{ kind: "range", low: 2500, high: 3500, best: 3000 }]],
    ["plus or minus 500 troops", []],
    ["Russia sent 3,000 troops plus or minus a few hundred.", [{ kind: "approx", value: 3000, hedge: "plus or minus" }]],
    // after the unit noun, as right after the number
    ["3,000 troops (±500) were sent.", [{ kind: "range", low: 2500, high: 3500, best: 3000, unit: "person" }]],
    ["About 3,000 troops (±500) were sent.", [{ kind: "range", low: 2500, high: 3500, best: 3000, approx: true }]],
    ["3,000 troops (+/- 500) were sent.", [{ kind: "range", low: 2500, high: 3500, best: 3000 }]],
    ["3,000 troops ±500 were sent.", [{ kind: "range", low: 2500, high: 3500, best: 3000 }]],
    ["$3 billion (±$500 million) was spent.", [{ kind: "range", low: 2.5e9, high: 3.5e9, best: 3e9, unit: "USD" }]],
    // a margin the figure cannot take skips it, never the figure alone
    ["About 3,000 troops (+/- 10%) were sent.", []],
    ["About 3,000 troops (±10%) were sent.", []],
    ["3,000 troops (+/- 10 %) were sent.", []],
    ["3,000 troops, +/- 10%, were sent.", []],
    ["3,000 troops, plus or minus a few hundred, were sent.", []],
    ["3,000 troops (±5,000) were sent.", []],
    ["At least 3,000 troops (±500) were sent.", []],
    ["3,000 to 4,000 troops (±500) were sent.", []],
    ["About 3,000 troops (±10%) and 200 tanks were sent.", [{ kind: "exact", value: 200, unit: "tank" }]],
    // a list item after a comma with a mark of its own is no margin
    ["Some 3,000 troops, ± 500 tanks and 20 jets.", [{ kind: "approx", value: 3000 }, { kind: "exact", value: 20 }]],
    ["3,000 troops (+500) arrived.", [{ kind: "exact", value: 3000 }, { kind: "exact", value: 500 }]],
  ])("%s", (sentence, expected) => {
    expect(extractEstimates(sentence as string).map((e) => e.estimate)).toMatchObject(expected);
  });
});

describe("parseEstimate reads a margin after the unit noun as extractEstimates does", () => {
  it.each([
    ["3,000 troops (±500)", { ok: true, value: { kind: "range", low: 2500, high: 3500, best: 3000 } }],
    ["About 3,000 troops (+/- 10%)", { ok: false, reason: "incomplete-range" }],
  ])("%s", (phrase, expected) => {
    expect(parseEstimate(phrase as string)).toMatchObject(expected as object);
  });
});

describe("two hedges on one figure", () => {
  it.each([
    ["about about 3,000", undefined, "about 3,000"],
    ["some some 300", "some", "some 300"],
    ["approximately about 300", "approximately", "approximately 300"],
    ["3,000-odd troops or so", "odd", "3,000-odd"],
  ])("%s keeps the first, which formatEstimate writes as one hedge", (text, hedge, written) => {
    const read = parseEstimate(text);
    expect(read.ok && read.value.kind === "approx" ? [read.value.hedge, formatEstimate(read.value, { unit: false })] : read).toEqual([hedge, written]);
  });
});
