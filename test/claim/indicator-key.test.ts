import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { indicatorKey } from "../../src/claim/indicator-key.js";
import type { IndicatorKeyInput } from "../../src/claim/indicator-key.js";
import type { Indicator } from "../../src/claim/schema.js";
import { arbClaim } from "../../src/testing/claim.js";
import { deepFreeze } from "../helpers.js";

const key = (indicator: Indicator, originator = "kr-nis") =>
  indicatorKey(deepFreeze({ indicator, attribution: { originator: { id: originator } } }));

const killed: Indicator = { subject: "kp-forces-in-russia", measure: "killed", unit: "person" };

describe("indicatorKey", () => {
  it("writes subject, measure, unit, scope, parts and originator", () => {
    expect(key(killed)).toBe("kp-forces-in-russia|killed|person|||kr-nis");
    expect(key({ ...killed, scope: "Kursk" })).toBe("kp-forces-in-russia|killed|person|Kursk||kr-nis");
    expect(key({ ...killed, measure: "casualties", includes: ["wounded", "killed"] })).toBe(
      "kp-forces-in-russia|casualties|person||killed+wounded|kr-nis",
    );
  });

  it("reads listing all four casualty parts as leaving them out", () => {
    const casualties: Indicator = { ...killed, measure: "casualties" };
    expect(key({ ...casualties, includes: ["captured", "missing", "wounded", "killed"] })).toBe(key(casualties));
  });

  it("escapes separators so that distinct indicators never collide", () => {
    expect(key({ ...killed, subject: "a|b" })).not.toBe(key({ ...killed, subject: "a", unit: "b|person" }));
    expect(key({ ...killed, subject: "a\\" })).toBe("a\\\\|killed|person|||kr-nis");
    expect(key({ ...killed, subject: "a\\|b" })).not.toBe(key({ ...killed, subject: "a|\\b" }));
  });

  it("is injective over subject, unit, scope and originator, separators included", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "|", "\\", "b"), maxLength: 5 });
    const nonEmpty = fc.string({ unit: fc.constantFrom("a", "|", "\\", "b"), minLength: 1, maxLength: 4 });
    const tuple = fc.tuple(text, text, fc.option(nonEmpty, { nil: undefined }), text);
    fc.assert(
      fc.property(tuple, tuple, (a, b) => {
        const ka = key({ ...killed, subject: a[0], unit: a[1], ...(a[2] === undefined ? {} : { scope: a[2] }) }, a[3]);
        const kb = key({ ...killed, subject: b[0], unit: b[1], ...(b[2] === undefined ? {} : { scope: b[2] }) }, b[3]);
        return (ka === kb) === (JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("is the same for claims that differ only in estimate, times, relay, status and restates", () => {
    fc.assert(
      fc.property(arbClaim(), arbClaim(), (a, b) => {
        const moved: IndicatorKeyInput = deepFreeze({
          ...b,
          indicator: a.indicator,
          attribution: { ...b.attribution, originator: a.attribution.originator },
          modality: a.modality,
        });
        return indicatorKey(deepFreeze(a)) === indicatorKey(moved);
      }),
    );
  });
});
