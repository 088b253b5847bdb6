// A plan or a forecast in a clause that asks or doubts is held possible: "It is far from
// certain whether Russia will send 3,000 troops" is potential, as "unclear whether", "analysts
// doubt that" and "not certain that" are; a plan stated as certain, or reported, stays planned.
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const mod = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("a plan in doubt", () => {
  it.each([
    ["It is far from certain whether Russia will send 3,000 troops."],
    ["It is unclear whether Russia will send 3,000 troops."],
    ["It is not certain that Russia will send 3,000 troops."],
    ["It is far from clear that Russia will send 3,000 troops."],
    ["Analysts doubt that Russia will send 3,000 troops."],
    ["It is uncertain if Russia will send 3,000 troops."],
    ["No one knows whether Russia will send 3,000 troops."],
    ["Whether Russia will send 3,000 troops is far from certain."],
    ["It is unclear whether Russia plans to send 3,000 troops."],
  ])("%s", (s) => {
    expect(mod(s)).toEqual([["3,000 troops", "potential"]]);
  });

  it.each([
    ["It is certain that Russia will send 3,000 troops.", [["3,000 troops", "planned"]]],
    ["It is clear that Russia plans to send 3,000 troops.", [["3,000 troops", "planned"]]],
    ["Nobody doubts that Russia will send 3,000 troops.", [["3,000 troops", "planned"]]],
    ["Officials said Russia will send 3,000 troops, but it is unclear when.", [["3,000 troops", "planned"]]],
    ["Asked whether it would send troops, Russia said it will send 3,000.", [["3,000", "planned"]]],
  ])("near miss: %s", (s, expected) => {
    expect(mod(s)).toEqual(expected);
  });
});
