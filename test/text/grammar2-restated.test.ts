import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => ({ text: e.text, ...e.estimate, increment: e.increment }));

describe("a number restated in parentheses right after it", () => {
  it.each([
    ["3,000 (three thousand) troops were sent.", 3000, "person"],
    ["three thousand (3,000) troops were sent.", 3000, "person"],
    ["3,000 (3,000) troops", 3000, "person"],
    ["five million dollars ($5m) in aid", 5_000_000, "USD"],
    ["12 (twelve) civilians were killed.", 12, "person"],
  ])("is one figure: %s", (s, value, unit) => {
    const out = read(s);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ value, unit });
    expect(parseEstimate(out[0]?.text ?? "")).toMatchObject({ ok: true, value: { value } });
  });

  it("keeps its hedge and its range", () => {
    expect(read("about 3,000 (three thousand) troops")).toMatchObject([{ kind: "approx", value: 3000 }]);
    expect(read("between 3,000 (three thousand) and 4,000 troops")).toMatchObject([{ kind: "range", low: 3000, high: 4000 }]);
  });

  it.each([
    ["3,000 (four thousand) troops", []],
    ["3,000 troops (300 killed)", ["3,000 troops", "300 killed"]],
  ])("another number in parentheses is not a restatement: %s", (s, found) => {
    expect(read(s).map((e) => e.text)).toEqual(found);
  });
});
