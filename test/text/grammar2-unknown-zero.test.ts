import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const texts = (s: string) => extractEstimates(s).map((e) => e.text);

describe("a zero with a note of missing or unverified data", () => {
  it.each([
    "Killed: 0 [n/a]",
    "Killed: 0 [unknown]",
    "Killed: 0 (no data available)",
    "Killed: 0 (not yet reported)",
    "Killed: 0 (data not available)",
    "Killed: 0 (no info)",
    "Killed: 0 (pending)",
    "Killed: 0 (unverified)",
    "Killed: 0, not reported.",
    "Killed: 0 (n/a)",
    "Killed: 0 (no data)",
    "Killed: 0 (not reported)",
    "Killed: 0 (figures not released)",
    "Killed: 0 [TBC]",
    "Killed: 0, not yet confirmed; wounded n/a",
    "Killed: 0 (awaiting data)",
    "Killed: 0 (to be confirmed)",
    "Killed: 0 (awaiting confirmation)",
    "Killed: 0 - not reported.",
    "Killed: 0 — data pending.",
    "Killed: 0 (classified)",
    "Killed: 0 [withheld]",
  ])("is unknown, not zero: %s", (s) => {
    expect(texts(s)).toEqual([]);
  });

  it.each([
    ["Killed: 0 (no deaths)", ["0"]],
    ["Killed: 0 (confirmed)", ["0"]],
    ["Deaths: 0, 5 wounded", ["0", "5 wounded"]],
    ["Killed: 0, 300 troops wounded", ["0", "300 troops"]],
    ["Killed: 0, not yet confirmed, and 40 wounded", ["40 wounded"]],
    ["Killed: 12 (not reported by the ministry)", ["12"]],
  ])("leaves a zero or another figure: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});

describe("a zero or a range after a dash", () => {
  it.each([
    ["Killed 0 - 5.", ["0 - 5"]],
    ["Between 0 - 5 killed.", ["Between 0 - 5 killed"]],
    ["Killed: 0 (no deaths).", ["0"]],
  ])("is read as before: %s", (s, found) => {
    expect(texts(s)).toEqual(found);
  });
});
