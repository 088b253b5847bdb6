// Adverbs of likelihood (ICD 203: "likely" and "probably" are one band, 55–80%) judge whether
// something happened: before a past or present verb they hold its figure possible, however the
// judgment is worded. After a modal the modal decides; "likely to" forecasts; after its verb,
// right before the figure, the adverb hedges the number and the clause stays stated.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("adverbs of likelihood", () => {
  it.each([
    ["Kyiv likely lost 500 soldiers.", "500 soldiers"],
    ["Russia probably lost 3,000 troops.", "3,000 troops"],
    ["Presumably 3,000 troops were killed.", "3,000 troops"],
    ["Possibly 3,000 troops were killed.", "3,000 troops"],
    ["Russia almost certainly lost 3,000 troops.", "3,000 troops"],
    ["Russia most likely lost 3,000 troops.", "3,000 troops"],
    ["Russia has probably lost 3,000 troops.", "3,000 troops"],
    ["Russia probably has 3,000 troops in Kursk.", "3,000 troops"],
    ["Officials said probably 3,000 died.", "3,000"],
    ["3,000 troops were likely killed.", "3,000 troops"],
    ["3,000 troops probably died.", "3,000 troops"],
    ["3,000 troops were almost certainly killed.", "3,000 troops"],
    ["It is likely that 3,000 troops died.", "3,000 troops"],
    ["It is probable that 3,000 troops died.", "3,000 troops"],
    ["Experts say 20,000 more would likely have been killed.", "20,000 more"],
  ])("potential: %s", (s, text) => {
    expect(read(s)).toEqual([[text, "potential"]]);
  });

  it.each([
    ["Russia will likely reach 3,000 troops.", "3,000 troops", "projected"],
    ["Casualties will likely reach 3,000.", "3,000", "projected"],
    ["Russia will probably lose 1,000 troops a day.", "1,000 troops a day", "projected"],
    ["40,000 refugees are likely to cross by spring.", "40,000 refugees", "projected"],
    // after a modal, the modal decides, as for "will probably send"
    ["Russia will likely send 3,000 troops.", "3,000 troops", "planned"],
    ["Russia will probably send 3,000 troops.", "3,000 troops", "planned"],
    ["Russia could likely send 3,000 troops.", "3,000 troops", "potential"],
  ])("after a modal or before 'to': %s", (s, text, modality) => {
    expect(read(s)).toEqual([[text, modality]]);
  });

  it.each([
    // "certainly" alone affirms
    ["Russia certainly lost 3,000 troops.", "3,000 troops"],
    ["It is certain that 3,000 troops died.", "3,000 troops"],
    // after its verb, right before the figure: the number is a best estimate, the event stated
    ["Russia lost probably 3,000 troops.", "3,000 troops"],
    ["There are likely 2 million displaced.", "2 million displaced"],
    ["Russia lost 3,000 troops.", "3,000 troops"],
  ])("near miss, asserted: %s", (s, text) => {
    expect(read(s)).toEqual([[text, "asserted"]]);
  });

  it("the figure after 'There are probably' stays asserted, as annotated in real reporting", () => {
    const s = "There are probably another two million or two and a half million who've been displaced within Iraq.";
    expect(read(s)).toEqual([["another two million or two and a half million", "asserted"]]);
  });

  it("a denied likelihood still denies", () => {
    expect(read("It is not likely that 3,000 troops died.")).toEqual([["3,000 troops", "negated"]]);
  });
});
