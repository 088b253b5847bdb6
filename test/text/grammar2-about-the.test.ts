import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => ({ text: e.text, ...e.estimate }));

describe("'about' or 'around' before 'the' is a preposition, not a hedge", () => {
  it.each([
    "They talked about the 3,000 troops.",
    "About the 3,000 troops, little is known.",
    "Questions around the 3,000 troops sent remain.",
    "a report about the 3,000 prisoners",
  ])("reads the figure exactly: %s", (s) => {
    const out = read(s);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: "exact", value: 3000 });
    expect((out[0]?.text ?? "").startsWith("the ")).toBe(true);
  });

  it.each([
    ["about 3,000 troops", "approx"],
    ["around 3,000 troops", "approx"],
    ["at about 3,000 troops", "approx"],
  ])("keeps the hedge before a figure: %s", (s, kind) => {
    expect(read(s)).toMatchObject([{ kind, value: 3000 }]);
  });
});
