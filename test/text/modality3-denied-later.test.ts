import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a later clause that denies what was said, referring back to it", () => {
  it.each([
    ["Russia said it killed 3,000 soldiers, but Kyiv denied this.", [["3,000 soldiers", "negated"]]],
    ["Moscow claimed 3,000 dead; Kyiv denied it.", [["3,000 dead", "negated"]]],
    ["Russia reported 3,000 dead, but Moscow rejected the claim.", [["3,000 dead", "negated"]]],
    ["Kyiv reported 200 tanks destroyed, but the ministry has denied this as propaganda.", [["200 tanks", "negated"]]],
    ["Russia sent 3,000 troops. Kyiv denied this.", [["3,000 troops", "negated"]]],
  ])("negates the figure: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });

  it.each([
    ["Russia sent 3,000 troops, but Kyiv denied it had any role.", [["3,000 troops", "asserted"]]],
    ["Russia said it killed 3,000 soldiers, but Kyiv did not deny it.", [["3,000 soldiers", "asserted"]]],
    ["Ukraine lost 300 tanks and Russia lost 500, but Kyiv denied this.", [["300 tanks", "asserted"], ["500", "negated"]]],
    ["Russia sent 3,000 troops and Kyiv sent 2,000.", [["3,000 troops", "asserted"], ["2,000", "asserted"]]],
    ["Russia sent 3,000 troops. Kyiv denied it had any role.", [["3,000 troops", "asserted"]]],
  ])("leaves it otherwise: %s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});
