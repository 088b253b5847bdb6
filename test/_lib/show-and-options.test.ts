import { describe, expect, it } from "vitest";

import { approx, compareEstimates, contains, exact, overlaps } from "../../src/index.js";
import { ageDays } from "../../src/revision/index.js";
import { nisBriefing2025Claims } from "../../src/fixtures/index.js";
import { expectFogcountError } from "../helpers.js";

describe("messages and options", () => {
  it("shows a Date as a Date, not as the text of its JSON", () => {
    const killed = nisBriefing2025Claims.find((c) => c.id === "nis-2025-04-killed")!;
    expectFogcountError(() => ageDays(killed, new Date("2025-05-01") as never), "invalid-as-of", /^ageDays: valid must be an EDTF date or period, got a Date \(2025-05-01T00:00:00\.000Z\)$/);
    expectFogcountError(() => ageDays(killed, new Date("x") as never), "invalid-as-of", /got a Date \(Invalid Date\)$/);
  });

  it("refuses options given to a comparison that takes none, never answering for another reading", () => {
    const args = [approx(600, "person"), exact(640, "person"), { hedge: "rounding" }] as const;
    expectFogcountError(() => (compareEstimates as (...a: unknown[]) => unknown)(...args), "invalid-option", /^compareEstimates: options is not taken: this function has no options \(widen a hedged figure first with applyHedge\)/);
    expectFogcountError(() => (overlaps as (...a: unknown[]) => unknown)(...args), "invalid-option", /^overlaps: options is not taken/);
    expectFogcountError(() => (contains as (...a: unknown[]) => unknown)(approx(600, "person"), 600, {}), "invalid-option", /^contains: options is not taken/);
    expect(compareEstimates(approx(600, "person"), exact(640, "person"))).toBe("below");
  });
});
