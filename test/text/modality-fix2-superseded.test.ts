// Supersession with a comma before the new level, in the passive of "replace", after a fronted
// aside; "does not replace" replaces nothing. Conditions on the truth of a report: "If it is
// true that …", "If true, it would mean …".
import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.modality, e.superseded]);

describe("a figure replaced by a later one", () => {
  it.each([
    ["The NIS revised its estimate of 10,000 downward, to 6,000.", [["10,000", "asserted", true], ["6,000", "asserted", false]]],
    ["The earlier estimate of 300 has been replaced by 450.", [["300", "asserted", true], ["450", "asserted", false]]],
    ["The earlier 300 was replaced by the revised toll of 450.", [["300", "asserted", true], ["450", "asserted", false]]],
    ["Initially estimated at 300, the toll was later revised to 3,000.", [["estimated at 300", "asserted", true], ["3,000", "asserted", false]]],
    ["First put at 300, the toll has been revised to 3,000.", [["put at 300", "asserted", true], ["3,000", "asserted", false]]],
  ])("%s", (s, want) => {
    expect(read(s)).toEqual(want);
  });

  it.each([
    ["The new figure of 450 does not replace the earlier 300.", [["450", "asserted", false], ["300", "asserted", false]]],
    ["Some 300 troops were replaced by 450 fresh troops.", [["Some 300 troops", "asserted", false], ["450 fresh troops", "asserted", false]]],
    ["Estimated at 300, the toll rose to 3,000.", [["Estimated at 300", "asserted", false], ["3,000", "asserted", false]]],
    ["Initially, 300 troops were sent, and the toll was revised to 3,000.", [["300 troops", "asserted", false], ["3,000", "asserted", false]]],
  ])("not replaced: %s", (s, want) => {
    expect(read(s)).toEqual(want);
  });
});

describe("a condition on the truth of a report", () => {
  it.each([
    ["If it is true that 3,000 died, it would be the deadliest.", "3,000"],
    ["If true, it would mean 3,000 soldiers were killed.", "3,000 soldiers"],
    ["If true, that would be 3,000.", "3,000"],
    ["If confirmed, it would mean 3,000 deaths.", "3,000 deaths"],
  ])("%s", (s, figure) => {
    expect(read(s)).toEqual([[figure, "potential", false]]);
  });

  it.each([
    ["It is true that 3,000 died.", "3,000", "asserted"],
    ["Russia said it would send 3,000 troops.", "3,000 troops", "planned"],
  ])("stays: %s", (s, figure, modality) => {
    expect(read(s)).toEqual([[figure, modality, false]]);
  });
});
