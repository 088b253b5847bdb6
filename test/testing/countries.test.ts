// Drawn sources carry country codes in use, never two letters that name no country.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { COUNTRY_CODES } from "../../src/testing/countries.js";
import { arbSource } from "../../src/testing/index.js";

describe("country codes of drawn sources", () => {
  it("lists the 249 officially assigned ISO 3166-1 alpha-2 codes, each once", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(["HS", "YS", "EN", "DR", "XX", "UK", "EU"].filter((c) => COUNTRY_CODES.includes(c))).toEqual([]);
    expect(["KP", "KR", "RU", "UA", "US", "GB"].every((c) => COUNTRY_CODES.includes(c))).toBe(true);
  });

  it("arbSource draws only codes in use", () => {
    const sources = fc.sample(arbSource(), { numRuns: 2000, seed: 11 });
    const codes = sources.flatMap((s) => [...(s.country === undefined ? [] : [s.country]), ...(s.countries ?? [])]);
    expect(codes.length).toBeGreaterThan(500);
    expect(codes.filter((c) => !COUNTRY_CODES.includes(c))).toEqual([]);
  });
});
