// The inputs on which the functions of fogcount/text still break the input
// rule, each with its right answer. They are marked `it` while the text
// room is reworked: such a test passes as long as the function still gets it
// wrong, and fails once it is fixed, so that the fix also turns it into a plain
// `it`. When none is left, delete this file and the functions' entries in
// PENDING_TEXT_ROOM_REWORK (test/fuzz/exports.test.ts).
import { describe, expect, it } from "vitest";

import { isFogcountError } from "../../src/errors.js";
import { toInterval } from "../../src/index.js";
import type { Estimate } from "../../src/index.js";
import { EstimateSchema } from "../../src/schemas.js";
import { EN_PHRASES, extractEstimates, parseEstimate, resolveTimePhrase } from "../../src/text/index.js";
import type { ParseEstimateOptions, PhraseTable, TimePhraseOptions } from "../../src/text/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    if (!isFogcountError(e)) throw e;
    return e.code;
  }
}

/** A returned estimate passes its schema and keeps its best inside its interval. */
function sound(estimate: Estimate): void {
  expect(EstimateSchema.safeParse(estimate).success).toBe(true);
  const { low, high, best } = toInterval(estimate);
  if (best !== undefined) expect(best >= low && best <= high).toBe(true);
}

describe("the text functions check their input", () => {
  it.each([
    ["a unit that is a number", { unit: 1 }],
    ["an empty unit", { unit: "" }],
    ["null options", null],
    ["a locale that is a number", { locale: 5 }],
    ["a phrase table that is empty", { phrases: {} }],
  ])("parseEstimate and extractEstimates refuse %s with invalid-option", (_name, options) => {
    const o = options as ParseEstimateOptions;
    expect(codeOf(() => parseEstimate("about 4,700", o))).toBe("invalid-option");
    expect(codeOf(() => extractEstimates("about 4,700", o))).toBe("invalid-option");
  });

  it.each(["4,000 (best estimate 4,200)", "10,000–12,000 (best estimate 15,000)"])(
    "parseEstimate and extractEstimates never return a best outside its estimate: %s",
    (text) => {
      const read = parseEstimate(text);
      if (read.ok) sound(read.value);
      for (const found of extractEstimates(text)) sound(found.estimate);
    },
  );

  it("parseEstimate(4700) and extractEstimates(4700) refuse a number with invalid-argument", () => {
    expect(codeOf(() => parseEstimate(4700 as unknown as string))).toBe("invalid-argument");
    expect(codeOf(() => extractEstimates(4700 as unknown as string))).toBe("invalid-argument");
  });

  it("resolveTimePhrase refuses a reference that is a null-prototype object with invalid-reference", () => {
    const options = { reference: Object.create(null) as string } as TimePhraseOptions;
    expect(codeOf(() => resolveTimePhrase("in March", options))).toBe("invalid-reference");
  });
});

describe("a phrase table handed in is checked to its values", () => {
  const bad: [string, Record<string, unknown>][] = [
    ["a fraction of zero", { fractions: { ...EN_PHRASES.fractions, half: 0 } }],
    ["an empty unit", { units: { ...EN_PHRASES.units, troops: "" } }],
    ["a currency that is a number", { currencySymbols: { ...EN_PHRASES.currencySymbols, $: 5 } }],
    ["a strictness that is a number", { upperBounds: { ...EN_PHRASES.upperBounds, "up to": 1 } }],
    ["a hedged bound of the wrong shape", { hedgedBounds: { "just over": { lower: "yes", strict: 1 } } }],
    ["an order not in MAGNITUDE_ORDERS", { magnitudes: { thousands: { order: "bogus" } } }],
    ["a suffix value that is text", { multiplierSuffixes: { k: { value: "1000" } } }],
  ];

  it.each(bad)("refuses %s with invalid-option", (_name, part) => {
    const phrases = { ...EN_PHRASES, ...part } as unknown as PhraseTable;
    expect(codeOf(() => parseEstimate("about 6k troops", { phrases }))).toBe("invalid-option");
    expect(codeOf(() => extractEstimates("about 6k troops", { phrases }))).toBe("invalid-option");
  });

  it("reads with a sound table", () => {
    expect(parseEstimate("about 4,700", { phrases: { ...EN_PHRASES } })).toMatchObject({ ok: true, value: { value: 4700 } });
  });
});
