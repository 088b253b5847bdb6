// Casualty claims of one originator and its rivals, for the casualty tests.
import { claim } from "../../src/claim/claim.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { approx, exact } from "../../src/estimate/constructors.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { source } from "../../src/provenance/source.js";
import { deepFreeze } from "../helpers.js";

export const spy = source("xx-spy", "intelligence-agency", "XX intelligence", { country: "XX" });
export const ministry = source("yy-mod", "ministry", "YY ministry of defence", { country: "YY" });

type Measure = "killed" | "wounded" | "missing" | "captured" | "casualties";

/** A claim of `measure` about "zz-forces" by the agency, valid and reported at `date`. */
export function casualty(id: string, measure: Measure, estimate: Estimate, date: string, extra: Partial<ClaimInit> = {}): Claim {
  return deepFreeze(
    claim({
      id,
      indicator: { subject: "zz-forces", measure, unit: "person" },
      estimate,
      validTime: date,
      reportedAt: date,
      attribution: { originator: spy },
      ...extra,
    }),
  );
}

export const p = (value: number) => exact(value, "person");

export const marchTotal = casualty("mar-casualties", "casualties", p(4000), "2025-03-31", {
  indicator: { subject: "zz-forces", measure: "casualties", unit: "person", includes: ["killed", "wounded"] },
});
export const marchKilled = casualty("mar-killed", "killed", approx(500, "person"), "2025-03-31");
export const marchWounded = casualty("mar-wounded", "wounded", p(3500), "2025-03-31");
export const aprilTotal = casualty("apr-casualties", "casualties", p(4700), "2025-04-30", {
  indicator: { subject: "zz-forces", measure: "casualties", unit: "person", includes: ["killed", "wounded"] },
});
export const aprilKilled = casualty("apr-killed", "killed", approx(600, "person"), "2025-04-30");
