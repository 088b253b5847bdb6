// A revision of an estimate may give the size of the change after its object: "raised its
// estimate of 10,000 by 2,000". The estimate's figure is superseded; the figure after "by" is
// the size of the change, no level.
import { describe, expect, it } from "vitest";

import { context, key } from "../../src/text/context.js";
import { extractEstimates } from "../../src/text/extract.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";
import { revisionVerbOfBy } from "../../src/text/superseded-by.js";

const flags = (s: string) => extractEstimates(s).map((e) => [e.text, e.superseded]).filter(([t]) => t !== "2,000" && t !== "50");

describe("the estimate a revision by a size replaces", () => {
  it.each([
    ["The agency raised its estimate of 10,000 by 2,000.", [["10,000", true]]],
    ["The agency cut its estimate of 10,000 by 2,000.", [["10,000", true]]],
    ["The agency revised its estimate of 10,000 by 2,000.", [["10,000", true]]],
    ["The agency raised its estimate of 10,000 troops upward by about 2,000.", [["10,000 troops", true], ["about 2,000", false]]],
    ["The agency raised its death toll of 300 by 50.", [["300", true]]],
  ])("%s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });

  it.each([
    // "by" with no figure: the way the estimate was made
    ["The agency based its estimate of 10,000 by counting graves.", [["10,000", false]]],
    // a level that changed, no estimate
    ["The agency raised its force of 10,000 by 2,000.", [["10,000", false]]],
  ])("near-miss: %s", (s, found) => {
    expect(flags(s)).toEqual(found);
  });
});

/** The verb `revisionVerbOfBy` finds for the first "by" of a sentence, as its word; "" for none. */
function verbOfBy(s: string): string {
  const c = context(s, EN_PHRASES, false);
  const by = c.toks.findIndex((t) => t.key === "by");
  const verb = revisionVerbOfBy(c, by);
  return verb < 0 ? "" : key(c, verb);
}

describe("the verb of a revision whose object ends before its 'by'", () => {
  it.each([
    ["The agency raised its estimate of 10,000 by 2,000.", "raised"],
    ["The agency cut its estimate of 10,000 by 2,000.", "cut"],
    ["The agency revised its initial estimate of 10,000 troops by 2,000.", "revised"],
    ["The agency raised its death toll of 300 by 50.", "raised"],
    ["The agency raised its force of 10,000 by 2,000.", ""],
    ["The agency raised its estimate by 2,000.", ""],
    ["The agency based its estimate of 10,000 on graves, counted by hand.", ""],
  ])("%s", (s, verb) => {
    expect(verbOfBy(s)).toBe(verb);
  });
});

describe("the size of a revision of an estimate is no total", () => {
  const sizes = (s: string) => extractEstimates(s).filter((e) => e.text.includes("2,000") || e.text === "50").map((e) => [e.text, e.increment]);
  it.each([
    // a rise: the size is an increment, added to the estimate it raises
    ["The agency raised its estimate of 10,000 by 2,000.", [["2,000", true]]],
    ["The agency raised its death toll of 300 by 50.", [["50", true]]],
    // a fall or a revision of no direction: the size is refused, never read as a total
    ["The agency cut its estimate of 10,000 by 2,000.", []],
    ["The agency revised its estimate of 10,000 by 2,000.", []],
  ])("%s", (s, found) => {
    expect(sizes(s)).toEqual(found);
  });
});
