// The exported tables are the definitions the library validates and computes with: frozen all the
// way down, so that a write anywhere in a process changes no bound, grade or kind.
import { describe, expect, it } from "vitest";

import * as core from "../../src/index.js";
import { OPERATIONS } from "../../src/explain/index.js";
import { EN_PHRASES, parseEstimate } from "../../src/text/index.js";
import { period, periodBounds } from "../../src/time/index.js";

const TABLES = [
  "ADMIRALTY_CREDIBILITY", "ADMIRALTY_CREDIBILITY_GRADES", "ADMIRALTY_RELIABILITY", "ADMIRALTY_RELIABILITY_GRADES", "AGGREGATIONS",
  "CASUALTY_PARTS", "CHANNELS", "CHANNEL_NAMES", "CONFIDENCE_LEVELS", "CONFIDENCE_LEVEL_NAMES", "ICD203_LIKELIHOOD", "LIKELIHOOD_TERMS",
  "MAGNITUDES", "MAGNITUDE_ORDERS", "MEASURES", "MEASURE_NAMESPACE_PATTERN", "MEASURE_NAME_PATTERN", "MODALITIES", "SEASON_NAMES",
  "SEASON_START_MONTH", "SOURCE_KINDS", "SOURCE_KIND_NAMES", "STANDARD_MEASURES", "SUBYEAR_LENGTH",
] as const;

const deeplyFrozen = (v: unknown): boolean =>
  typeof v !== "object" || v === null || (Object.isFrozen(v) && Object.values(v).every(deeplyFrozen));

describe("exported tables", () => {
  it.each(TABLES)("%s is frozen all the way down", (name) => {
    expect(deeplyFrozen((core as Record<string, unknown>)[name])).toBe(true);
  });

  it("EN_PHRASES is frozen all the way down, and a write leaves the reader as it was", () => {
    expect(deeplyFrozen(EN_PHRASES)).toBe(true);
    expect(() => {
      (EN_PHRASES.lowerBounds as Record<string, boolean>)["more than"] = false;
    }).toThrow(TypeError);
    expect(parseEstimate("more than 3,000 troops")).toMatchObject({ ok: true, value: { kind: "atLeast", value: 3000 } });
  });

  it("OPERATIONS is frozen", () => {
    expect(Object.isFrozen(OPERATIONS)).toBe(true);
  });

  it("refuse a write, and the bounds and checks stay as defined", () => {
    expect(() => {
      (core.SEASON_START_MONTH.north as { autumn: number }).autumn = 1;
    }).toThrow(TypeError);
    expect(periodBounds(period("2024-23"))).toEqual({ earliest: "2024-09-01", latest: "2024-11-30" });
    expect(() => (core.SOURCE_KIND_NAMES as string[]).push("bot")).toThrow(TypeError);
    expect(() => core.source("x", "bot" as never, "X")).toThrow(/kind/);
    expect(() => {
      (core.MAGNITUDES.thousands as { low: number }).low = 1;
    }).toThrow(TypeError);
    expect(core.MEASURE_NAME_PATTERN.test("killed")).toBe(true);
  });
});
