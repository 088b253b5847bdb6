import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { formatEstimate } from "../../src/estimate/format.js";
import { parseEstimate } from "../../src/text/parse.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";
import type { PhraseTable } from "../../src/text/phrases/types.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { EstimateSchema } from "../../src/estimate/schema.js";
import { arbEstimate } from "../../src/testing/estimate.js";
import { NEGATIVE_PHRASES, PHRASES } from "./corpus/phrases.js";
import type { PhraseCase } from "./corpus/phrases.js";

/** The fields a corpus case checks, taken from an estimate. */
function reading(e: Estimate): Record<string, unknown> {
  const { text: _text, ...rest } = e;
  return { ...rest };
}

function expected(c: PhraseCase): Record<string, unknown> {
  const { text: _text, unit = "unknown", ...rest } = c;
  return { ...rest, unit };
}

describe("parseEstimate: the phrase corpus", () => {
  it("holds at least 300 phrases and 40 negative cases", () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(300);
    expect(NEGATIVE_PHRASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PHRASES.map((c) => [c.text, c] as const))("reads %j", (text, c) => {
    const r = parseEstimate(text);
    if (!r.ok) expect.fail(`${text}: ${r.reason}`);
    const got = reading(r.value);
    const want = expected(c);
    // fractions such as a third are compared to the last digit that matters
    for (const k of ["value", "low", "high"] as const) {
      const g = got[k];
      const w = want[k];
      if (typeof g === "number" && typeof w === "number") {
        expect(g).toBeCloseTo(w, 12);
        got[k] = w;
      }
    }
    expect(got).toEqual(want);
    expect(r.value.text).toBe(text.trim());
    expect(EstimateSchema.safeParse(r.value).success).toBe(true);
  });

  it.each(NEGATIVE_PHRASES.map((c) => [c.text.slice(0, 40), c] as const))("refuses %j", (_t, c) => {
    const r = parseEstimate(c.text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(c.reason);
      expect(r.message.length).toBeGreaterThan(0);
    }
  });
});

describe("parseEstimate: options", () => {
  it("assumes the given unit when the text names none", () => {
    expect(parseEstimate("about 4,700", { unit: "person" })).toEqual({
      ok: true,
      value: { kind: "approx", value: 4700, unit: "person", text: "about 4,700" },
    });
  });

  it("keeps a rate with the assumed unit noun", () => {
    const r = parseEstimate("1,500 a day", { unit: "person" });
    expect(r.ok && r.value.unit).toBe("person/day");
  });

  it("lets a unit the text names win over the assumed one", () => {
    const r = parseEstimate("300 drones", { unit: "person" });
    expect(r.ok && r.value.unit).toBe("drone");
  });

  it("accepts a regional English locale and refuses one with no table", () => {
    expect(parseEstimate("about 5", { locale: "en-GB" }).ok).toBe(true);
    expect(parseEstimate("about 5", { locale: "fr" })).toMatchObject({ ok: false, reason: "unsupported-locale" });
  });

  it("reads with a table given directly, so a language is a table", () => {
    const table: PhraseTable = { ...EN_PHRASES, locale: "xx", hedges: ["environ"], numbers: { decimal: ",", groups: [".", " "] } };
    expect(parseEstimate("environ 4.700", { phrases: table })).toMatchObject({ ok: true, value: { kind: "approx", value: 4700, hedge: "environ" } });
    expect(parseEstimate("environ 4,5", { phrases: table })).toMatchObject({ ok: true, value: { value: 4.5 } });
  });

  it("allows a full stop after the phrase but leaves it out of the text", () => {
    const r = parseEstimate("about 600.");
    expect(r.ok && r.value.text).toBe("about 600");
  });

  it("does not mutate its options", () => {
    const options = Object.freeze({ unit: "person", locale: "en" });
    parseEstimate("about 5", options);
    expect(options).toEqual({ unit: "person", locale: "en" });
  });

  it("refuses input that is not a string with invalid-argument, naming the value", () => {
    expect(() => parseEstimate(undefined as unknown as string)).toThrow(/parseEstimate: text must be a string, got undefined/);
    expect(() => parseEstimate(4700 as unknown as string)).toThrow(expect.objectContaining({ code: "invalid-argument" }));
  });
});

describe("parseEstimate(formatEstimate(e))", () => {
  const cases: [string, readonly string[]][] = [
    ["people", ["person"]],
    ["money", ["USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RUB", "UAH", "INR"]],
    ["shares and unknown", ["percent", "1", "unknown"]],
    ["materiel and rates", ["shell", "missile", "drone", "container", "person/day", "shell/month"]],
  ];
  for (const [name, units] of cases) {
    for (const unitWords of [false, true]) {
      it(`returns an equal estimate: ${name}, unit words ${unitWords ? "on" : "off"}`, () => {
        fc.assert(
          fc.property(arbEstimate({ units, integers: false }), arbEstimate({ units }), (a, b) => {
            for (const e of [a, b]) {
              const text = formatEstimate(e, { unit: unitWords });
              const r = parseEstimate(text, { unit: e.unit });
              // "5–10,000" may mean 5,000–10,000: a range that reads as shorthand is refused, not read back
              if (!r.ok && r.reason === "ambiguous-range" && e.kind === "range" && Number.isInteger(e.low) && e.low < 1000) continue;
              if (!r.ok) throw new Error(`${text}: ${r.reason}`);
              const { text: t, ...value } = r.value;
              expect(t).toBe(text);
              expect(value).toEqual(e);
            }
          }),
          { numRuns: 1000 },
        );
      });
    }
  }

  it("does not store the default hedge: an approximate figure with no hedge kept is written and read as 'about'", () => {
    const plain: Estimate = { kind: "approx", value: 0, unit: "person" };
    expect(formatEstimate(plain)).toBe("about 0");
    expect(parseEstimate("about 0", { unit: "person" })).toEqual({ ok: true, value: { ...plain, text: "about 0" } });
  });

  it("writes and reads hedges that follow the number", () => {
    for (const text of ["1,000 or so", "3,000-odd", "10,000–12,000 or so", "at least 500 or thereabouts"]) {
      const r = parseEstimate(text, { unit: "person" });
      expect(r.ok, text).toBe(true);
      if (r.ok) {
        const { text: _t, ...e } = r.value;
        expect(formatEstimate(e)).toBe(text);
      }
    }
  });
});

describe("punctuation around a phrase", () => {
  it.each([
    ["(about 4,700)", "about 4,700"],
    ['"about 4,700"', "about 4,700"],
    ["'over 100'", "over 100"],
    ["“over 100”", "over 100"],
    ["about 4,700,", "about 4,700"],
    ["[up to 12,000];", "up to 12,000"],
  ])("reads %s as the phrase inside", (input, phrase) => {
    const r = parseEstimate(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.text).toBe(phrase);
  });

  it("still refuses words after the phrase", () => {
    expect(parseEstimate("(about 4,700) troops left")).toMatchObject({ ok: false, reason: "trailing-text" });
  });
});

describe("a last word the table does not know", () => {
  it("is the unit when it is a plural noun", () => {
    expect(parseEstimate("12 howitzers")).toMatchObject({ ok: true, value: { unit: "howitzer" } });
  });

  it.each(["about 3,000 more", "1,000 fewer", "3,000 additional", "5,000 Russian", "2,000 to 3,000 more"])(
    "is not the unit in %s: the assumed unit is kept",
    (text) => {
      expect(parseEstimate(text, { unit: "person" })).toMatchObject({ ok: true, value: { unit: "person" } });
    },
  );
});

describe("bounds that allow no value", () => {
  it("refuses 'fewer than 0' as an empty range", () => {
    for (const text of ["fewer than 0", "less than 0 troops", "under 0"]) {
      expect(parseEstimate(text)).toMatchObject({ ok: false, reason: "invalid-range" });
    }
    expect(parseEstimate("up to 0")).toMatchObject({ ok: true, value: { kind: "atMost", value: 0, strict: false } });
  });
});

describe("parseEstimate never throws", () => {
  // a hang guard, not a speed aim: 100,000 calls take 10–15 s here, and longer when the machine is shared
  it("on 100,000 random strings", { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const r = parseEstimate(s);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 100_000 },
    );
  });

  it("on mutations of real phrases", () => {
    const seeds = PHRASES.map((p) => p.text);
    const pieces = fc.constantFrom(...seeds, " ", "-", "–", ",", ".", "0", "9", "between ", "about ", "%", "$", "thousand", "-23");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), fc.nat(), fc.nat(), (parts, cut, at) => {
        const s = parts.join("");
        const mutated = s.slice(0, at % (s.length + 1)) + s.slice((at + cut) % (s.length + 1));
        for (const x of [s, mutated]) {
          const r = parseEstimate(x);
          if (r.ok) expect(EstimateSchema.safeParse(r.value).success).toBe(true);
        }
      }),
      { numRuns: 30_000 },
    );
  });
});

describe("three decimals after a zero", () => {
  it("reads 0.333 as a decimal, as no group of thousands starts with 0, so a written ratio reads back", () => {
    expect(parseEstimate("0.333")).toMatchObject({ ok: true, value: { kind: "exact", value: 0.333 } });
    expect(parseEstimate("3.500 soldiers")).toMatchObject({ ok: false, reason: "malformed-number" });
  });
});

describe("parseEstimate refuses a number too long to hold after a currency as it does without one", () => {
  it.each(["$1.23456789012345678 billion", "£1.23456789012345678 billion", "$12345678901234567890"])("%s", (text) => {
    expect(parseEstimate(text)).toMatchObject({ ok: false, reason: "not-finite" });
    expect(parseEstimate(text.slice(1))).toMatchObject({ ok: false, reason: "not-finite" });
  });
});
