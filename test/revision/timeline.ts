// A small NIS-like timeline of our own making, with every situation analysts
// meet: a plan next to an assessment, a one-week flow next to a running total,
// outlets restating one figure with different hedges, a stale restatement after
// a revision, a preferred claim, a month-precision report date, a simultaneous
// conflict, two originators counting casualties differently, an old figure.
import { claim } from "../../src/claim/claim.js";
import type { ClaimInit } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { approx, atLeast, exact, range } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { deepFreeze } from "../helpers.js";

export const spy = source("xx-spy", "intelligence-agency", "Example Intelligence Service", { country: "KR" });
export const army = source("yy-army", "military", "Example General Staff", { country: "UA" });
export const ally = source("zz-ally", "government", "Example Allied Ministry", { country: "US" });

const troops = { subject: "xx-forces", measure: "deployed", unit: "person" } as const;
const casualties = { subject: "xx-forces", measure: "casualties", unit: "person" } as const;

type Init = Omit<ClaimInit, "indicator" | "attribution" | "estimate"> & Partial<ClaimInit>;
const make = (init: Init): Claim =>
  deepFreeze(claim({ indicator: casualties, attribution: { originator: spy }, estimate: exact(1, "person"), ...init } as ClaimInit));

/** An assessment of troops deployed, and a plan to send more, from the same originator. */
export const deployed = make({ id: "deployed-2024-11", indicator: troops, estimate: approx(11_000, "person"), validTime: "2024-11-10", reportedAt: "2024-11-13" });
export const planned = make({ id: "plan-2025-06", indicator: troops, modality: "planned", estimate: exact(6_000, "person"), validTime: "2025-06-17", reportedAt: "2025-06-17" });
export const deployedLater = make({ id: "deployed-2025-09", indicator: troops, estimate: approx(13_000, "person"), validTime: "2025-09-01", reportedAt: "2025-09-04" });

/** A running total of casualties, revised, and a one-week count. */
export const april = make({ id: "cas-2025-04", estimate: approx(600, "person", { hedge: "roughly" }), validTime: "2025-04-30", reportedAt: "2025-04-30" });
export const september = make({ id: "cas-2025-09", estimate: approx(2_000, "person"), validTime: "2025-09-01", reportedAt: "2025-09-04" });
export const week = make({
  id: "cas-week-2024-12",
  indicator: { ...casualties, aggregation: "flow" },
  estimate: atLeast(1_000, "person", { strict: true }),
  validTime: "2024-12-16/2024-12-22",
  reportedAt: "2024-12-23",
});

/** Two originators that define casualties differently. */
export const armyKilledWounded = make({
  id: "army-2025-04",
  indicator: { ...casualties, includes: ["killed", "wounded"] },
  attribution: { originator: army },
  estimate: range(800, 1_000, "person"),
  validTime: "2025-04-28",
  reportedAt: "2025-04-29",
});
export const allyOld = make({ id: "ally-2025-03", attribution: { originator: ally }, estimate: approx(500, "person"), validTime: "2025-03-10", reportedAt: "2025-03-12" });

export const timeline: readonly Claim[] = deepFreeze([deployed, planned, deployedLater, april, september, week]);

export { make };

/** Outlets restating the April figure with different hedges, one of them as killed, one after the revision. */
const outlet = (id: string, name: string) => ({ outlet: name, url: `https://example.org/${id}` });
const restating = (id: string, extra: Partial<ClaimInit>): Claim =>
  make({ id, restates: april.id, validTime: april.validTime, reportedAt: "2025-05-01", attribution: { originator: spy, publications: [outlet(id, id)] }, ...extra });
export const around = restating("outlet-a", { estimate: approx(600, "person", { hedge: "around" }) });
export const moreThan = restating("outlet-b", { estimate: atLeast(600, "person", { strict: true }), reportedAt: "2025-05-02" });
export const asKilled = restating("outlet-c", { indicator: { ...casualties, measure: "killed" }, estimate: approx(600, "person") });
export const stale = restating("outlet-d", { estimate: approx(600, "person"), reportedAt: "2025-11-03" });
/** The same April figure entered again from a later outlet, without a link. */
export const unlinked = make({ id: "cas-2025-04-again", estimate: exact(600, "person"), validTime: april.validTime, reportedAt: "2025-05-06" });
