import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.unit]);

describe("a sum said again after a comma and a hedge", () => {
  it.each([
    ["Japan pledged 500 billion yen, roughly $3.4 billion.", [["500 billion yen, roughly $3.4 billion", "JPY"]]],
    ["Japan pledged 500 billion yen, roughly $3.4 billion, to Kyiv.", [["500 billion yen, roughly $3.4 billion", "JPY"]]],
    ["The EU gave €50bn, about $54bn, last year.", [["€50bn, about $54bn", "EUR"]]],
    ["Britain pledged £2.5bn, equivalent to $3.1bn.", [["£2.5bn, equivalent to $3.1bn", "GBP"]]],
  ])("is one sum: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["Japan pledged 500 billion yen, about $3.4 billion in loans.", [["500 billion yen", "JPY"], ["about $3.4 billion", "USD"]]],
    ["The US gave $5bn, Germany about €3bn.", [["$5bn", "USD"], ["about €3bn", "EUR"]]],
    ["Pledges were $5bn, about €3bn and £2bn.", [["$5bn", "USD"], ["about €3bn", "EUR"], ["£2bn", "GBP"]]],
    ["Kyiv got $5bn, some 300 tanks.", [["$5bn", "USD"], ["some 300 tanks", "tank"]]],
  ])("leaves a list of sums or counts as it was: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("an exchange rate", () => {
  it.each([
    ["The attack killed 40 people ($1 = 0.92 euros).", [["40 people", "person"]]],
    ["The aid was €50 billion (€1 = $1.08).", [["€50 billion", "EUR"]]],
    ["Rates: 1 USD = 0.92 EUR.", []],
    ["Aid: $300m ($1 = Rs 83).", [["$300m", "USD"]]],
  ])("is no sum: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});
