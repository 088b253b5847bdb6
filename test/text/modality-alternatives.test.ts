// A question over alternatives covers every one of them: a figure after "or" shares the
// question of a clause opened earlier in its sentence ("No one knows if 15,000 died or 50,000");
// "or" in a statement, or after a question that has ended, changes nothing.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const all = (sentence: string, expected: readonly (readonly [string, Modality])[]) => {
  expect(read(sentence)).toEqual(expected);
};

describe("an alternative after 'or' shares the question", () => {
  it.each([
    ["It is unclear whether 15,000 people died, or 50,000.", [["15,000 people", "potential"], ["50,000", "potential"]]],
    ["Nobody knows if 15,000 died or 50,000.", [["15,000", "potential"], ["50,000", "potential"]]],
    ["No one knows if 15,000 people or 50,000 people died.", [["15,000 people", "potential"], ["50,000 people", "potential"]]],
    ["No one knows if 15,000 or 50,000 people died.", [["15,000 or 50,000 people", "potential"]]],
    ["Analysts doubt that 15,000 died, or even 20,000.", [["15,000", "potential"], ["20,000", "potential"]]],
    ["Officials said 300 died or 500 were wounded.", [["300", "asserted"], ["500", "asserted"]]],
    ["It is unclear whether 300 died. Officials said 200 or 500 were wounded.", [["300", "potential"], ["200 or 500", "asserted"]]],
  ] as const)("%s", all);
});
