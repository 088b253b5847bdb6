// Breakdowns that are not breakdowns, and what is said of them.
import { describe, expect, it } from "vitest";

import { reconcileCasualties } from "../../src/casualty/index.js";
import type { CasualtyBreakdown } from "../../src/casualty/index.js";
import { nisBriefing2025CasualtiesApril } from "../../src/fixtures/index.js";
import { approx, exact } from "../../src/index.js";
import { CasualtyBreakdownSchema } from "../../src/schemas.js";
import { expectFogcountError } from "../helpers.js";
import { aprilKilled, aprilTotal, marchWounded } from "./claims.js";

const april = nisBriefing2025CasualtiesApril;
const edit = (fields: Record<string, unknown>) => ({ ...april, ...fields }) as unknown as CasualtyBreakdown;

/** Each case: the breakdown, the path the message names, and whether the schema agrees it is no breakdown. */
const BAD: readonly [string, CasualtyBreakdown, RegExp][] = [
  ["null", null as never, /reconcileCasualties: breakdown must be a casualty breakdown, got null/],
  ["an array", [] as never, /breakdown must be a casualty breakdown/],
  ["a field left out", edit({ wounded: undefined }), /breakdown\.wounded is not an estimate/],
  ["a state misspelt", edit({ wounded: "unreported" }), /breakdown\.wounded must be an estimate or one of "unknown", "not-reported", "none-observed", got "unreported"/],
  ["a count below zero", edit({ killed: exact(-1, "person") }), /breakdown\.killed is a count of casualties and cannot go below zero/],
  ["a string for a number", edit({ killed: { kind: "exact", value: "600", unit: "person" } }), /breakdown\.killed is not an estimate/],
  ["two units", edit({ killed: approx(600, "soldier"), claims: undefined }), /breakdown\.total\.unit differs from the unit of the breakdown's other figures \("soldier"\), got "person"/],
  ["no includes", edit({ includes: [] }), /breakdown\.includes must list distinct parts/],
  ["includes repeated", edit({ includes: ["killed", "killed"] }), /breakdown\.includes must list distinct parts/],
  ["includes the total", edit({ includes: ["total"] }), /breakdown\.includes must list distinct parts/],
  // eslint-disable-next-line no-sparse-arrays
  ["includes with a hole", edit({ includes: ["killed", , "wounded"] }), /breakdown\.includes must list distinct parts/],
  ["claims not an object", edit({ claims: [aprilKilled] }), /breakdown\.claims must map fields to the claims/],
  ["a claim for no field", edit({ claims: { deaths: aprilKilled } }), /breakdown\.claims\.deaths is not a field of a breakdown/],
  ["a claim that is not one", edit({ claims: { killed: { ...aprilKilled, validTime: "30 April" } } }), /breakdown\.claims\.killed\.validTime must be an EDTF date/],
  ["a claim of another measure", edit({ claims: { killed: marchWounded } }), /breakdown\.claims\.killed\.indicator\.measure must be killed for the killed figure, got "wounded"/],
  ["a claim of another figure", edit({ claims: { killed: { ...aprilKilled, estimate: approx(700, "person") } } }), /breakdown\.claims\.killed\.estimate must be the breakdown's killed figure/],
  ["a claim for a figure not given", edit({ claims: { wounded: marchWounded } }), /breakdown\.claims\.wounded\.estimate must be the breakdown's wounded figure/],
  [
    "a total's claim counting other parts",
    edit({ total: aprilTotal.estimate, claims: { total: { ...aprilTotal, indicator: { ...aprilTotal.indicator, includes: ["wounded"] } } } }),
    /breakdown\.claims\.total\.indicator\.includes counts other parts than the breakdown's includes \(killed, wounded\)/,
  ],
];

describe("a breakdown that is not one", () => {
  it.each(BAD)("is refused when %s", (_name, breakdown, message) => {
    expectFogcountError(() => reconcileCasualties(breakdown), "invalid-breakdown", message);
  });

  it.each(BAD)("fails the schema when %s, as the check does", (_name, breakdown) => {
    expect(CasualtyBreakdownSchema.safeParse(breakdown).success).toBe(false);
  });

  it("passes the schema and the check alike when it is one", () => {
    const fine = [
      april,
      edit({ claims: undefined }),
      edit({ claims: {} }),
      edit({ captured: "none-observed", missing: "unknown" }),
      edit({ total: aprilTotal.estimate, claims: { total: aprilTotal } }),
      // a claim may word its figure differently
      edit({ claims: { killed: aprilKilled } }),
    ];
    for (const b of fine) {
      expect(CasualtyBreakdownSchema.safeParse(b).success).toBe(true);
      expect(() => reconcileCasualties(b)).not.toThrow();
    }
  });
});
