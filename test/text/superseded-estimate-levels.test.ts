// After a verb of revision and the estimate it takes as object, "of 10,000 to 12,000" is the
// figure replaced and the level the revision ends at, no range; a direction, a level or a size
// after the second figure makes the two the range of the estimate revised.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.superseded]);

describe("the estimate a revision replaces, and the level it ends at", () => {
  it.each([
    ["The agency revised its estimate of 10,000 to 12,000.", [["10,000", "exact", true], ["12,000", "exact", false]]],
    ["The agency raised its estimate of 10,000 to 12,000 troops.", [["10,000", "exact", true], ["12,000 troops", "exact", false]]],
    ["The agency revised its initial estimate of about 10,000 to 12,000.", [["about 10,000", "approx", true], ["12,000", "exact", false]]],
    // a fall was never read as a range
    ["The agency cut its estimate of 10,000 to 6,000.", [["10,000", "exact", true], ["6,000", "exact", false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});

describe("ranges that stay ranges", () => {
  it.each([
    ["The agency revised its estimate of 10,000 to 12,000 troops downward.", [["10,000 to 12,000 troops", "range", false]]],
    ["The agency revised its estimate of 10,000 to 12,000 troops to 8,000.", [["10,000 to 12,000 troops", "range", true], ["8,000", "exact", false]]],
    // no verb of revision before the estimate
    ["The agency published its estimate of 10,000 to 12,000.", [["10,000 to 12,000", "range", false]]],
    ["Kyiv revised its method, giving an estimate of 10,000 to 12,000.", [["10,000 to 12,000", "range", false]]],
  ])("%s", (s, found) => {
    expect(read(s)).toEqual(found);
  });
});
