// A verb of refusing with what is refused as its object ("denied entry to 200 refugees") does not
// deny the figure after it: the 200 are real. A denial of a clause still negates its figure.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("what is refused is the object, not the figure", () => {
  it.each([
    ["Kyiv denied entry to 200 refugees.", "200 refugees"],
    ["Israel refused visas to 40 aid workers.", "40 aid workers"],
    ["Authorities denied access to 12 journalists.", "12 journalists"],
    ["The border guards refused passage to 300 people.", "300 people"],
    ["The court denied bail to 14 protesters.", "14 protesters"],
  ])("asserted: %s", (sentence, figure) => {
    expect(read(sentence)).toEqual([[figure, "asserted"]]);
  });

  it.each([
    ["Moscow denied 3,000 troops had crossed.", "3,000 troops"],
    ["The army denied that 300 soldiers died.", "300 soldiers"],
    ["Kyiv refused to confirm that 200 soldiers surrendered.", "200 soldiers"],
  ])("a denied clause still does not assert: %s", (sentence, figure) => {
    expect(read(sentence)[0]?.[0]).toBe(figure);
    expect(read(sentence)[0]?.[1]).not.toBe("asserted");
  });
});
