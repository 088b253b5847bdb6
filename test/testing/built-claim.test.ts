// aClaim().build() returns a claim as claim() returns one: deep frozen and
// remembered as checked.
import { describe, expect, it } from "vitest";

import { checkedBefore } from "../../src/claim/checked.js";
import { approx, claim } from "../../src/index.js";
import { aClaim } from "../../src/testing/index.js";

describe("aClaim().build()", () => {
  const built = aClaim().by("NIS").saying(approx(4700, "person")).asOf("2025-04-30").via("Yonhap").build();

  it("is deep frozen, as claim() returns a claim", () => {
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.estimate)).toBe(true);
    expect(Object.isFrozen(built.indicator)).toBe(true);
    expect(Object.isFrozen(built.attribution.originator)).toBe(true);
    expect(() => {
      (built as { id: string }).id = "other";
    }).toThrow(TypeError);
  });

  it("is remembered as checked, and claim() takes it as it is", () => {
    expect(checkedBefore(built)).toBeDefined();
    expect(claim(built)).toEqual(built);
  });
});
