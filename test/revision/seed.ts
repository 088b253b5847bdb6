// The NIS casualty and killed figures of the seed briefing, as claims for the revision tests.
import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { approx, exact } from "../../src/estimate/constructors.js";
import { source } from "../../src/provenance/source.js";
import { deepFreeze } from "../helpers.js";

export const nis = source("kr-nis", "intelligence-agency", "National Intelligence Service", { country: "KR" });
const article = { outlet: "seed: nis-briefing-2025", date: "2025-04-30" };
const KP = "kp-forces-in-russia";

/**
 * "the deaths of about 300 soldiers and 2,700 injuries in January, which later escalated to 4,000 in
 * March": the article reads the January killed and wounded together as the first figure of the
 * casualty series, so January is written here as about 3,000 casualties (300 + 2,700), with the words.
 */
export const casualtiesJanuary: Claim = deepFreeze(
  claim({
    id: "nis-2025-01-casualties",
    indicator: { subject: KP, measure: "casualties", unit: "person" },
    estimate: approx(3000, "person", { hedge: "about", text: "about 300 soldiers and 2,700 injuries" }),
    validTime: "2025-01",
    reportedAt: "2025-01",
    attribution: { originator: nis, publications: [article] },
  }),
);

export const casualtiesMarch: Claim = deepFreeze(
  claim({
    id: "nis-2025-03-casualties",
    indicator: { subject: KP, measure: "casualties", unit: "person" },
    estimate: exact(4000, "person", { text: "4,000" }),
    validTime: "2025-03",
    reportedAt: "2025-03",
    attribution: { originator: nis, publications: [article] },
  }),
);

export const casualtiesApril: Claim = deepFreeze(
  claim({
    id: "nis-2025-04-casualties",
    indicator: { subject: KP, measure: "casualties", unit: "person" },
    estimate: approx(4700, "person", { hedge: "an estimated", text: "An estimated 4,700" }),
    validTime: "2025-04-30",
    reportedAt: "2025-04-30",
    attribution: { originator: nis, publications: [article] },
  }),
);

export const killedJanuary: Claim = deepFreeze(
  claim({
    id: "nis-2025-01-killed",
    indicator: { subject: KP, measure: "killed", unit: "person" },
    estimate: approx(300, "person", { hedge: "about", text: "the deaths of about 300 soldiers" }),
    validTime: "2025-01",
    reportedAt: "2025-01",
    attribution: { originator: nis, publications: [article] },
  }),
);

export const killedApril: Claim = deepFreeze(
  claim({
    id: "nis-2025-04-killed",
    indicator: { subject: KP, measure: "killed", unit: "person" },
    estimate: approx(600, "person", { hedge: "approximately", text: "approximately 600 deaths" }),
    validTime: "2025-04-30",
    reportedAt: "2025-04-30",
    attribution: { originator: nis, publications: [article] },
  }),
);

export const seedRevisionClaims: readonly Claim[] = deepFreeze([
  casualtiesApril,
  killedApril,
  casualtiesMarch,
  killedJanuary,
  casualtiesJanuary,
]);
