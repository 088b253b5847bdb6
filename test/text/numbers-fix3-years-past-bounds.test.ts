import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a year after a word of time and a bound or a hedge", () => {
  it.each([
    ["Until at least 2030 troops will stay in Lithuania.", []],
    ["until at least 2030 troops will stay", []],
    ["NATO said that until at least 2030 troops will stay.", []],
    ["Till at least 2028 soldiers will guard the line.", []],
    ["Until about 2030 troops will stay.", []],
    ["Until roughly 2027 refugees will stay in camps.", []],
    ["Since at least 2014 soldiers have died there.", []],
    ["Since at the very least 2014 soldiers have died there.", []],
    ["By no later than 2030 troops will leave.", []],
    ["No later than 2027 troops will withdraw.", []],
    ["Not earlier than 2026 soldiers will rotate out.", []],
    ["Until at least 2030 troops will stay, and 3,000 more will come.", ["3,000 more"]],
  ])("is a year, no count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["At least 2030 troops were killed.", ["At least 2030 troops"]],
    ["The army lost at least 2030 troops.", ["at least 2030 troops"]],
    ["Since about 2000 troops have died.", ["about 2000 troops"]],
    ["Since more than 2000 troops died, the town mourned.", ["more than 2000 troops"]],
    ["Until at least 2,030 troops arrive, the line waits.", ["at least 2,030 troops"]],
    ["Until at least 3000 troops arrive, the line waits.", ["at least 3000 troops"]],
    ["No fewer than 2030 troops were killed.", ["No fewer than 2030 troops"]],
    ["The force grew by at least 2000 troops.", ["at least 2000 troops"]],
  ])("is still a count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it("reads a year after 'until' and a bound as no figure, whatever follows", () => {
    expect(texts("Troops will stay until at least 2030.")).toEqual([]);
    expect(texts("Until at least 2030, 3,000 troops will stay.")).toEqual(["3,000 troops"]);
  });
});
