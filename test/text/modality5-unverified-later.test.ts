// A report said to be unverified after its figure's clause, later in its sentence or in the
// next one ("…. The claim could not be independently verified.", "…, a figure that could not
// be verified", "…, though this could not be confirmed"), is held possible, not asserted.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const one = (modality: Modality) => (sentence: string, figure: string) => {
  expect(read(sentence)).toEqual([[figure, modality]]);
};

describe("unverified after the figure's clause", () => {
  it.each([
    ["Russia said it had killed 1,500 Ukrainian soldiers in the past day. The claim could not be independently verified.", "1,500 Ukrainian soldiers"],
    ["Russia said it had killed 1,500 Ukrainian soldiers in the past day. Reuters could not independently verify the figure.", "1,500 Ukrainian soldiers"],
    ["Russia said it had killed 1,500 Ukrainian soldiers, a figure that could not be verified.", "1,500 Ukrainian soldiers"],
    ["At least 120 people were killed in an RSF attack on a village, activists said, a figure that could not be independently confirmed.", "At least 120 people"],
    ["The RSF claimed it had captured 200 soldiers, though this could not be confirmed.", "200 soldiers"],
    ["A Telegram channel linked to Wagner said 200 fighters were killed; this has not been verified.", "200 fighters"],
    ["Russian bloggers claimed 300 Ukrainians were captured, though Reuters was unable to verify this.", "300"],
    ["Russia said it killed 600 soldiers. The figure is impossible to verify.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. This could not be confirmed by Reuters.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. Analysts doubt this.", "600 soldiers"],
    // a relative clause of its own, and a word of report with a word that describes it
    ["Russia said it killed 300 soldiers, which could not be independently verified.", "300 soldiers"],
    ["Russia said it killed 300 soldiers. Reuters could not independently verify the battlefield reports.", "300 soldiers"],
    ["Moscow's figure of 600 dead has been questioned by analysts.", "600 dead"],
    ["Reports of 3,000 deaths were widely doubted.", "3,000 deaths"],
  ])("potential: %s", one("potential"));

  it.each([
    ["Russia said it killed 600 soldiers. Reuters verified the figure.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. Kyiv confirmed this.", "600 soldiers"],
    ["Russia said it killed 600 soldiers. It has not confirmed its own losses.", "600 soldiers"],
    ["Russia lost 600 soldiers, and Kyiv could not confirm how many civilians died.", "600 soldiers"],
    ["The 600 soldiers were questioned by police.", "The 600 soldiers"],
    ["Russia sent 300 tanks, which could not be stopped.", "300 tanks"],
  ])("asserted: %s", one("asserted"));

  it("a figure between takes the note: the 40 stands", () => {
    expect(read("Russia said it killed 600 soldiers. The claim could not be verified, but Kyiv said 40 died.")).toEqual([
      ["600 soldiers", "potential"],
      ["40", "asserted"],
    ]);
  });
});
