// "Congress passed $60 billion in aid" enacts a sum; "damage passed $1 billion" exceeds one.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind]);

describe("a sum a legislature passes is the sum itself", () => {
  it.each([
    ["Congress passed $60 billion in aid.", "$60 billion"],
    ["The Senate passed $95 billion for Ukraine.", "$95 billion"],
    ["Lawmakers passed a $95 billion package.", "$95 billion"],
    ["The House passes $61 billion in military aid for Ukraine.", "$61 billion"],
    ["Parliament passed $2 billion.", "$2 billion"],
    ["The Rada passed 500 billion hryvnias in defence spending.", "500 billion hryvnias"],
  ])("%s", (sentence, span) => {
    expect(read(sentence)).toEqual([[span, "exact"]]);
  });
});

describe("a sum or a toll that passes a mark is still at least that", () => {
  it.each([
    ["Spending passed $60 billion last year.", "passed $60 billion"],
    ["Damage has passed $1 billion, officials said.", "passed $1 billion"],
    ["The toll passed 3,000.", "passed 3,000"],
    ["Aid passed $60 billion in value.", "passed $60 billion"],
  ])("%s", (sentence, span) => {
    expect(read(sentence)).toEqual([[span, "atLeast"]]);
  });
});
