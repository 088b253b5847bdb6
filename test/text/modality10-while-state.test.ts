// "While" and "as" before a figure whose verb is one of a state state a present fact: "While
// 3,000 troops remain in Kursk, Russia will attack Sumy" asserts the 3,000. Arrivals in such a
// clause ("While 3,000 more troops arrive, the front will hold") and a modal ("While 3,000
// troops could remain") are still supposed.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("while a state holds", () => {
  it.each([
    ["While 3,000 troops remain in Kursk, Russia will attack Sumy.", [["3,000 troops", "asserted"]]],
    ["As 3,000 troops remain in Kursk, Russia will attack Sumy.", [["3,000 troops", "asserted"]]],
    ["While 3,000 troops are in Kursk, Russia will attack Sumy.", [["3,000 troops", "asserted"]]],
    ["While 3,000 troops stay in Kursk, Russia will attack Sumy.", [["3,000 troops", "asserted"]]],
    ["While 3,000 troops remained in Kursk, Russia attacked Sumy.", [["3,000 troops", "asserted"]]],
  ])("%s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });

  it.each([
    ["While 3,000 troops could remain in Kursk, Russia will attack Sumy.", [["3,000 troops", "potential"]]],
    ["While 3,000 more troops arrive, the front will hold.", [["3,000 more troops", "potential"]]],
    ["As 5,000 more troops arrive next month, the front will shift.", [["5,000 more troops", "potential"]]],
    ["Once 3,000 troops remain, the town will fall.", [["3,000 troops", "potential"]]],
  ])("near miss: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
