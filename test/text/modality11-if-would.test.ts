// A "would" in the main clause of a sentence that opens with a condition supposes its figures,
// as "If true," does: "If Russia attacks, it would be the deadliest attack, with 3,000 killed".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("the main clause of a condition", () => {
  it.each([
    ["If Russia attacks, it would be the deadliest attack, with 3,000 killed.", "3,000 killed"],
    ["If Russia attacks, it would kill 3,000 civilians.", "3,000 civilians"],
    ["If Russia attacks, Kyiv would send 3,000 troops.", "3,000 troops"],
    ["If asked, North Korea would send 3,000 troops.", "3,000 troops"],
    ["Should Russia attack, it would be the deadliest attack, with 3,000 killed.", "3,000 killed"],
    ["Unless talks resume, the war could cost 3,000 lives a week.", "3,000"],
    ["If true, it would be the deadliest attack, with 3,000 killed.", "3,000 killed"],
    ["If Russia had attacked, it would have been the deadliest attack, with 3,000 killed.", "3,000 killed"],
  ])("potential: %s", (s, text) => {
    expect(read(s)).toEqual([[text, "potential"]]);
  });

  it.each([
    ["If Russia attacks, it would be the deadliest attack, but officials said 3,000 died.", "3,000", "asserted"],
    ["Russia attacked, and it was the deadliest attack, with 3,000 killed.", "3,000 killed", "asserted"],
    ["It was the deadliest attack, with 3,000 killed.", "3,000 killed", "asserted"],
    ["If Russia attacks, Kyiv will send 3,000 troops.", "3,000 troops", "planned"],
    ["If Russia attacks, it would be the deadliest attack. Officials said 3,000 died.", "3,000", "asserted"],
  ])("near miss: %s", (s, text, modality) => {
    expect(read(s)).toEqual([[text, modality]]);
  });
});
