// A bound with a word before it that negates or qualifies it is never read as the bare bound:
// "nothing less than 300" is at least 300, "little less than 300" is no bound the reader can
// state, so it is not read; and spelled numbers that repeat a scale ("one hundred one
// hundred") make no number.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, (e.estimate as { value?: number }).value, e.modality]);

describe("a negated bound reads as the other bound", () => {
  it.each([
    ["It was nothing less than 300 tanks.", "nothing less than 300 tanks", "atLeast"],
    ["It was nothing short of 300 tanks.", "nothing short of 300 tanks", "atLeast"],
    ["There were none less than 300 tanks.", "none less than 300 tanks", "atLeast"],
    ["There were none fewer than 300 tanks.", "none fewer than 300 tanks", "atLeast"],
    ["There were no less than 300 tanks.", "no less than 300 tanks", "atLeast"],
    ["There were not less than 300 tanks.", "not less than 300 tanks", "atLeast"],
    ["It was nothing more than 300 tanks.", "nothing more than 300 tanks", "atMost"],
    ["It was no more than 300 tanks.", "no more than 300 tanks", "atMost"],
  ])("%s", (sentence, text, kind) => {
    expect(read(sentence)).toEqual([[text, kind, 300, "asserted"]]);
  });

  it("parseEstimate agrees with extractEstimates", () => {
    expect(parseEstimate("nothing less than 300")).toEqual({ ok: true, value: { kind: "atLeast", value: 300, strict: false, unit: "unknown", text: "nothing less than 300" } });
    expect(parseEstimate("nothing more than 300 tanks")).toMatchObject({ ok: true, value: { kind: "atMost", value: 300, strict: false } });
  });
});

describe("a qualified bound is not read", () => {
  it.each([
    "There were little less than 300 tanks.",
    "There were little more than 300 tanks.",
    "It was little short of 300 tanks.",
    "There were not much less than 300 tanks.",
    "There were hardly more than 300 tanks.",
    "There were scarcely fewer than 300 tanks.",
    "Losses were not far short of 300 tanks.",
    "It isn't that much more than 300 tanks.",
  ])("%s", (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    ["Russia has much less than 300 tanks.", "less than 300 tanks", "atMost"],
    ["It is far more than 300 tanks.", "far more than 300 tanks", "atLeast"],
    ["It had a little less than 300 tanks.", "a little less than 300 tanks", "atMost"],
    ["Russia has lost more than 300 tanks.", "more than 300 tanks", "atLeast"],
  ])("still a bound: %s", (sentence, text, kind) => {
    expect(read(sentence)).toEqual([[text, kind, 300, "asserted"]]);
  });

  it("a bare negation before a bound denies it", () => {
    expect(read("Casualties were not over 300.")).toEqual([["over 300", "atLeast", 300, "negated"]]);
  });
});

describe("spelled numbers that repeat a scale make no number", () => {
  it.each(["one hundred one hundred troops", "a hundred a hundred", "one hundred and one hundred", "one hundred twelve hundred", "five thousand two thousand"])(
    "%s",
    (text) => {
      expect(parseEstimate(text)).toMatchObject({ ok: false, reason: "malformed-number" });
    },
  );

  it("nor a figure in running text", () => {
    expect(extractEstimates("They saw one hundred one hundred troops and a hundred a hundred tanks.")).toEqual([]);
  });

  it.each([
    ["one hundred one", 101],
    ["one hundred and one", 101],
    ["two thousand one hundred", 2100],
    ["one hundred one thousand", 101000],
    ["twelve hundred", 1200],
    ["a hundred thousand", 100000],
    ["one million two hundred thousand", 1200000],
    ["nine hundred ninety-nine thousand nine hundred ninety-nine", 999999],
  ])("%s reads", (text, value) => {
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "exact", value } });
  });
});
