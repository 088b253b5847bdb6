import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("places in a document without a point or in the plural", () => {
  it.each([
    ["See paras 12-14 of the report.", []],
    ["See paragraphs 12-14 of the report.", []],
    ["See fn 12.", []],
    ["See note 12.", []],
    ["Russia sent 300 troops (see note 12).", ["300 troops"]],
    ["Russia sent 300 troops (fn 12).", ["300 troops"]],
    ["Russia sent 300 troops (paras 12-14).", ["300 troops"]],
  ])("locate, no count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it("leaves 'note' as a verb", () => {
    expect(texts("Officials note 300 died.")).toEqual(["300"]);
  });
});

describe("a day and a month after more words of a date", () => {
  it.each([
    ["Data as at 12.03 show 300 deaths.", ["300 deaths"]],
    ["Report of 12.03: 300 killed.", ["300 killed"]],
    ["Updated: 12.03.", []],
    ["Data for 12.03: killed 300.", ["300"]],
    ["As of 12.3 the toll was 300.", ["300"]],
    ["As of 12.30, 300 people had died.", ["300 people"]],
  ])("is no decimal figure: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["A total of 12.03 tonnes.", ["A total of 12.03 tonnes"]],
    ["The share of 12.03 percent", ["12.03 percent"]],
    ["Data for 12.5 million people", ["12.5 million people"]],
    ["Report of 12.03 million", ["12.03 million"]],
  ])("leaves a measure as it was: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("numbers to dial", () => {
  it.each([
    ["Call the hotline 1548 or 112.", []],
    ["Emergency number: 112. 300 people were rescued.", ["300 people"]],
    ["Text HELP to 7726; 300 people did.", ["300 people"]],
  ])("are no count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it.each([
    ["They sent 300 or 400 troops.", ["300 or 400 troops"]],
    ["Hotline 1548 or 300 people.", ["300 people"]],
    ["The number 300 was wrong.", ["300"]],
  ])("leave counts as they were: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });
});

describe("a tally set off by a comma after a vote and its object", () => {
  it.each([
    ["The House voted down the bill, 220 to 210.", []],
    ["The Senate approved the package, 70 to 29.", []],
    ["The Senate approved the aid, 70-29.", []],
  ])("is no count: %s", (s, want) => {
    expect(texts(s)).toEqual(want);
  });

  it("leaves a rising range after a vote as it was", () => {
    expect(texts("The House voted down the bill, 210 to 220.")).toEqual(["210 to 220"]);
  });
});
