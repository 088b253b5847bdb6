import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.estimate.unit]);

describe("a range of sums said again in another currency", () => {
  it.each([
    ["Aid totals $1bn to $2bn (€0.9bn to €1.8bn).", "$1bn to $2bn (€0.9bn to €1.8bn)"],
    ["Aid totals $1-2bn (€0.9-1.8bn).", "$1-2bn (€0.9-1.8bn)"],
    ["Aid of between $1bn and $2bn (€0.9bn–€1.8bn) was pledged.", "between $1bn and $2bn (€0.9bn–€1.8bn)"],
    ["Aid totals $1bn to perhaps $2bn (€0.9bn to €1.8bn).", "$1bn to perhaps $2bn (€0.9bn to €1.8bn)"],
    ["Aid totals $1bn to $2bn (€0.9bn).", "$1bn to $2bn (€0.9bn)"],
    ["Aid totals $1bn to $2bn, or €0.9bn to €1.8bn, this year.", "$1bn to $2bn, or €0.9bn to €1.8bn"],
  ])("is one figure, the range in its first currency: %s", (s, text) => {
    expect(read(s)).toEqual([[text, "range", "USD"]]);
  });
});

describe("a sum said again after ', or' or a dash", () => {
  it.each([
    ["Germany gave €500m, or $540m, or £430m.", "€500m, or $540m, or £430m", "EUR"],
    ["Aid reached $1.5bn, or €1.3bn to €1.4bn.", "$1.5bn, or €1.3bn to €1.4bn", "USD"],
    ["Aid reached $1.5bn – about €1.3-1.4bn – last year.", "$1.5bn – about €1.3-1.4bn", "USD"],
    ["Aid reached $1.5bn – about €1.3bn to perhaps €1.4bn – last year.", "$1.5bn – about €1.3bn to perhaps €1.4bn", "USD"],
  ])("is one figure, with the whole restatement in its span: %s", (s, text, unit) => {
    expect(read(s)).toEqual([[text, "exact", unit]]);
  });

  it.each([
    ["Germany gave €500m, or $540m, and France gave €300m.", [["€500m, or $540m", "exact", "EUR"], ["€300m", "exact", "EUR"]]],
    ["Aid was $300m – €200m went to Kyiv.", [["$300m", "exact", "USD"], ["€200m", "exact", "EUR"]]],
  ])("leaves a later sum of its own as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
