import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a confidence interval after a figure", () => {
  it.each([
    ["There were 3,000 deaths (CI 2,500–3,500).", "3,000 deaths (CI 2,500–3,500)"],
    ["There were 3,000 deaths (95% CI 2,500–3,500).", "3,000 deaths (95% CI 2,500–3,500)"],
    ["There were 3,000 deaths (95% CI: 2,500 to 3,500).", "3,000 deaths (95% CI: 2,500 to 3,500)"],
    ["There were 3,000 deaths (CI, 2,500-3,500).", "3,000 deaths (CI, 2,500-3,500)"],
    ["There were 3,000 deaths (CI: 2,500–3,500).", "3,000 deaths (CI: 2,500–3,500)"],
    ["There were 3,000 deaths (confidence interval 2,500–3,500).", "3,000 deaths (confidence interval 2,500–3,500)"],
    ["There were 3,000 deaths (uncertainty interval 2,500–3,500).", "3,000 deaths (uncertainty interval 2,500–3,500)"],
    ["There were 3,000 deaths (95 per cent confidence interval 2,500–3,500).", "3,000 deaths (95 per cent confidence interval 2,500–3,500)"],
    ["There were 3,000 deaths (95% CI between 2,500 and 3,500).", "3,000 deaths (95% CI between 2,500 and 3,500)"],
    ["There were 3,000 deaths (95% CI 2,500, 3,500).", "3,000 deaths (95% CI 2,500, 3,500)"],
    ["There were 3,000 deaths [95% CI 2,500–3,500].", "3,000 deaths [95% CI 2,500–3,500]"],
    ["There were 3,000 deaths, 95% CI 2,500–3,500, in the city.", "3,000 deaths, 95% CI 2,500–3,500"],
  ])("is the figure's range, with the figure as its best value: %s", (s, text) => {
    expect(texts(s)).toEqual([text]);
    const [e] = extractEstimates(s);
    expect(e?.estimate).toMatchObject({ kind: "range", low: 2500, high: 3500, best: 3000, unit: "person" });
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "range", low: 2500, high: 3500, best: 3000 } });
  });

  it.each([
    ["There were 3,000 deaths (CI 3,500–4,000).", []],
    ["There were 3,000 deaths (CI 2,500–3,500 deaths).", []],
    ["There were 3,000 deaths (CI 2,500 or so).", []],
    ["The CI was 2,500–3,500.", []],
    ["The confidence interval was 2,500 to 3,500 deaths.", []],
    ["UI: 2,500–3,500. Then 40 people fled.", ["40 people"]],
  ])("or is skipped with the figure, never read as a figure of its own: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("an interval between the number and its noun", () => {
  it.each([
    ["3,000 (95% CI 2,500–3,500) deaths were recorded.", "3,000 (95% CI 2,500–3,500) deaths"],
    ["3,000 (CI: 2,500 to 3,500) deaths were recorded.", "3,000 (CI: 2,500 to 3,500) deaths"],
  ])("is read with the noun: %s", (s, text) => {
    expect(texts(s)).toEqual([text]);
    expect(extractEstimates(s)[0]?.estimate).toMatchObject({ kind: "range", low: 2500, high: 3500, best: 3000, unit: "person" });
  });

  it.each([
    ["3,000 (CI 3,500–4,000) deaths and 40 tanks.", ["40 tanks"]],
    ["More than 3,000 (95% CI 2,500–3,500) deaths.", []],
    ["More than 3,000 (±500) troops were sent.", []],
    ["At least 3,000 (±500) troops.", []],
  ])("or skips the figure, as after a bound: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
