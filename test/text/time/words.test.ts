import { describe, expect, it } from "vitest";

import { resolveTimePhrase } from "../../../src/text/time/index.js";
import {
  GROUPING_LETTERS,
  GROUPINGS,
  isKnownWord,
  MONTHS,
  ORDINALS,
  refusalOf,
  RELATIONS,
  SEASONS,
  THIRDS,
} from "../../../src/text/time/words.js";

describe("the word tables of time phrases", () => {
  const TABLES = { MONTHS, SEASONS, THIRDS, RELATIONS, ORDINALS, GROUPINGS, GROUPING_LETTERS };
  const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

  it("find their own words", () => {
    expect(MONTHS.get("sept")).toBe(9);
    expect(SEASONS.get("fall")).toBe("autumn");
    expect(RELATIONS.get("previous")).toBe("last");
    expect(refusalOf("week")).toMatch(/weeks are not periods/);
    expect(isKnownWord("between")).toBe(true);
  });

  it("find no name of Object.prototype", () => {
    for (const name of PROTOTYPE_NAMES) {
      for (const [table, words] of Object.entries(TABLES)) expect(words.has(name), `${table}: ${name}`).toBe(false);
      expect(refusalOf(name), name).toBeUndefined();
      expect(isKnownWord(name), name).toBe(false);
    }
  });
});

describe("resolveTimePhrase reads its word tables by their own words only", () => {
  // "constructor" is an English word, and the names of Object.prototype are words too.
  const PROTOTYPE_WORDS: readonly string[] = [
    "constructor 2024",
    "early constructor year",
    "toString 2024",
    "__proto__ 2024",
    "hasOwnProperty",
    "2024 constructor",
    "in constructor",
    "march of constructor year",
    "the first constructor of 2025",
    "CONSTRUCTOR 2024",
  ];
  const noSource = (reason: string): void => {
    expect(reason).not.toMatch(/function|native code|\[object|NaN|undefined/);
  };

  for (const text of PROTOTYPE_WORDS) {
    it(`refuses ${JSON.stringify(text)} with a reason that prints no function source`, () => {
      const result = resolveTimePhrase(text, { reference: "2025-04-30" });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason.startsWith(JSON.stringify(text))).toBe(true);
        noSource(result.reason);
      }
    });
  }

  it("refuses every name on Object.prototype, wherever a word of a table could stand", () => {
    const names = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[a-z]+$/i.test(name));
    expect(names).toContain("constructor");
    const places = ["{} 2024", "early {} year", "{} of 2024", "30 {}", "the first {} of 2025", "2024 {}", "last {}", "q1 {}"];
    for (const name of names) {
      for (const place of places) {
        const text = place.replace("{}", name);
        const result = resolveTimePhrase(text, { reference: "2025-04-30" });
        expect(result.ok, text).toBe(false);
        if (!result.ok) noSource(result.reason);
      }
    }
  });
});
