import { describe, expect, it } from "vitest";

import { EstimateSchema } from "../../src/estimate/schema.js";

describe("EstimateSchema", () => {
  it("accepts the JSON form and fills in strict", () => {
    expect(EstimateSchema.parse({ kind: "atLeast", value: 3000, unit: "person" })).toEqual({
      kind: "atLeast",
      value: 3000,
      strict: false,
      unit: "person",
    });
    expect(EstimateSchema.parse({ kind: "magnitude", order: "billions", unit: "USD", text: "billions" })).toMatchObject({
      order: "billions",
    });
  });

  it.each([
    ["NaN", { kind: "exact", value: NaN, unit: "person" }, ["value"]],
    ["Infinity", { kind: "approx", value: Infinity, unit: "person" }, ["value"]],
    ["a low end above the high end", { kind: "range", low: 12, high: 10, unit: "person" }, ["high"]],
    ["an empty unit", { kind: "exact", value: 1, unit: "" }, ["unit"]],
    ["a negative upper bound", { kind: "atMost", value: -1, unit: "person" }, ["value"]],
    ["fewer than zero", { kind: "atMost", value: 0, strict: true, unit: "person" }, ["value"]],
    ["an unknown order", { kind: "magnitude", order: "zillions", unit: "USD" }, ["order"]],
    ["an unknown kind", { kind: "guess", value: 1, unit: "person" }, ["kind"]],
    ["a date as a number", { kind: "exact", value: new Date(0), unit: "person" }, ["value"]],
    ["a string best", { kind: "range", low: 1, high: 2, best: "1.5", unit: "x" }, ["best"]],
  ])("rejects %s with the path of the problem", (_name, value, path) => {
    const result = EstimateSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
