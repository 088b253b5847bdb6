// The shape of a figure's own phrase against the modality its clause gives it: a count of
// votes is a tally, not a plan; each with look-alikes that must stay as they were.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import type { Modality } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);
const all = (sentence: string, expected: readonly (readonly [string, Modality])[]) => {
  expect(read(sentence)).toEqual(expected);
};

describe("a count of votes is a tally, not a plan", () => {
  it.each([
    ["The motion passed by 311 votes to 112.", [["311", "asserted"], ["112", "asserted"]]],
    ["The motion was approved by 311 votes to 112.", [["311", "asserted"], ["112", "asserted"]]],
    ["Parliament approved the deployment by a vote of 311 to 112.", [["311", "asserted"], ["112", "asserted"]]],
    ["The senators voted 60 to 40.", [["60", "asserted"], ["40", "asserted"]]],
    ["The Bundestag approved sending 1,200 troops by 445 votes to 146.", [["1,200 troops", "planned"], ["445", "asserted"], ["146", "asserted"]]],
    ["Parliament voted to send 5,000 troops.", [["5,000 troops", "planned"]]],
  ] as const)("%s", all);
});
