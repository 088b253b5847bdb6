// A planned change of a level ("planned to cut its force from 5,000 to 3,000"): the level it
// starts from is there now (asserted), the level it ends at is planned, as in a forecast change
// ("expected to rise from 230 to 400").
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/index.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality]);

describe("the levels of a planned change", () => {
  it.each([
    ["Germany planned to cut its force from 5,000 to 3,000.", [["5,000", "asserted"], ["3,000", "planned"]]],
    ["Germany plans to reduce its force from 5,000 to 3,000.", [["5,000", "asserted"], ["3,000", "planned"]]],
    ["Germany intends to raise its force from 5,000 to 8,000.", [["5,000", "asserted"], ["8,000", "planned"]]],
    ["Germany plans to reduce the number of troops from 5,000 to 3,000.", [["5,000", "asserted"], ["3,000", "planned"]]],
    ["Germany decided to boost its contingent from 5,000 to 8,000.", [["5,000", "asserted"], ["8,000", "planned"]]],
  ])("%s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });

  it.each([
    // a change done states both
    ["Germany cut its force from 5,000 to 3,000.", [["5,000", "asserted"], ["3,000", "asserted"]]],
    // a forecast change, as before
    ["Casualties are expected to rise from 230 to 400.", [["230", "asserted"], ["400", "projected"]]],
    // no "to" and figure: no level
    ["Germany plans to send troops from 5,000 bases.", [["5,000", "planned"]]],
    // a change of a plan is a plan
    ["The Pentagon scaled back plans to send 5,000 troops to 3,000.", [["5,000 troops", "planned"], ["3,000", "planned"]]],
    ["Germany plans to raise its force to 5,000, up from 3,000.", [["5,000", "planned"], ["3,000", "asserted"]]],
  ])("near miss: %s", (s, expected) => {
    expect(read(s)).toEqual(expected);
  });
});
