import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

/** Each span as [text, kind, value, strict]. */
const read = (s: string) =>
  extractEstimates(s).map(({ text, estimate: e }) => [text, e.kind, "value" in e ? e.value : undefined, "strict" in e ? e.strict : undefined]);

describe("a threshold a figure went past", () => {
  it.each([
    ["The toll passed 40,000 on Sunday.", "passed 40,000", 40000],
    ["US coronavirus death toll passes 40,000", "passes 40,000", 40000],
    ["Deaths crossed 100,000.", "crossed 100,000", 100000],
    ["California surpassed 40,000 coronavirus deaths.", "surpassed 40,000 coronavirus deaths", 40000],
    ["The toll has topped 10,000.", "topped 10,000", 10000],
    ["The death toll passed the 500,000 mark.", "passed the 500,000 mark", 500000],
    ["Losses broke the 10,000 barrier.", "broke the 10,000 barrier", 10000],
    ["The toll surpassed the 40,000 milestone on Sunday.", "surpassed the 40,000 milestone", 40000],
    ["The count exceeded the 1,000 mark.", "exceeded the 1,000 mark", 1000],
    ["Hostilities pushed the death toll well past 60,000.", "well past 60,000", 60000],
    ["Inflation passed 10%.", "passed 10%", 10],
    ["Casualties crossed 40,000 troops.", "crossed 40,000 troops", 40000],
  ])("is a lower bound: %s", (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, "atLeast", value, true]]);
  });

  it("bounds from above before a threshold noun too", () => {
    expect(read("Turnout fell below the 50% threshold.")).toEqual([["below the 50% threshold", "atMost", 50, true]]);
  });

  it.each([
    ["Russian forces crossed 3 rivers.", [["3", "exact", 3, undefined]]],
    ["Parliament passed 12 bills.", [["12", "exact", 12, undefined]]],
    ["The convoy passed 300 checkpoints.", [["300", "exact", 300, undefined]]],
    ["The column crossed 2,000 km.", [["2,000 km", "exact", 2000, undefined]]],
    ["The toll reached the 1,000 mark.", [["the 1,000", "exact", 1000, undefined]]],
    ["In the past 24 hours 300 people died.", [["300 people", "exact", 300, undefined]]],
  ])("leaves a count a verb of passing passes alone: %s", (sentence, found) => {
    expect(read(sentence)).toEqual(found);
  });

  it("leaves a bound before 'the' that names no threshold unread", () => {
    expect(read("Kyiv got $2.2bn under the $15.6bn programme.")).toEqual([
      ["$2.2bn", "exact", 2.2e9, undefined],
      ["the $15.6bn", "exact", 1.56e10, undefined],
    ]);
  });

  it("is read the same by parseEstimate", () => {
    expect(parseEstimate("passed the 500,000 mark")).toMatchObject({ ok: true, value: { kind: "atLeast", value: 500000, strict: true } });
    expect(parseEstimate("crossed 100,000")).toMatchObject({ ok: true, value: { kind: "atLeast", value: 100000, strict: true } });
  });
});

describe("a threshold with an adjective before its figure", () => {
  it.each([
    ["The death toll passed the grim 40,000 benchmark on Sunday.", "passed the grim 40,000 benchmark", 40000],
    ["Losses topped the symbolic 100,000 mark.", "topped the symbolic 100,000 mark", 100000],
  ])("is a lower bound: %s", (sentence, text, value) => {
    expect(read(sentence)).toEqual([[text, "atLeast", value, true]]);
  });

  it("bounds nothing without a threshold noun", () => {
    expect(read("Kyiv got $2.2bn under the new $15.6bn programme.")).toEqual([
      ["$2.2bn", "exact", 2.2e9, undefined],
      ["$15.6bn", "exact", 1.56e10, undefined],
    ]);
  });
});

describe("'top' as a verb of passing", () => {
  it("bounds a figure it passes", () => {
    expect(read("Russian casualties in Ukraine top 320,000.")).toEqual([["top 320,000", "atLeast", 320000, true]]);
  });

  it.each(["The top 300 officers were purged.", "Its top 300 officers were purged."])("is an adjective after a determiner: %s", (sentence) => {
    expect(read(sentence)).toEqual([["300 officers", "exact", 300, undefined]]);
  });
});
