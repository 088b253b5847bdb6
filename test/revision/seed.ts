// The NIS casualty and killed figures of the seed briefing, from the published
// fixture, for the revision tests.
import { claim } from "../../src/claim/claim.js";
import type { Claim } from "../../src/claim/schema.js";
import { sumEstimates } from "../../src/estimate/arithmetic.js";
import { nisBriefing2025Claims, nisBriefing2025Sources } from "../../src/fixtures/nis-2025.js";
import { deepFreeze } from "../helpers.js";

function fixture(id: string): Claim {
  const found = nisBriefing2025Claims.find((c) => c.id === id);
  if (found === undefined) throw new Error(`the fixture has no claim ${id}`);
  return deepFreeze(found);
}

export const nis = nisBriefing2025Sources[0];
export const casualtiesMarch = fixture("nis-2025-03-casualties");
export const casualtiesApril = fixture("nis-2025-04-casualties");
export const killedJanuary = fixture("nis-2025-01-killed");
export const killedApril = fixture("nis-2025-04-killed");
const woundedJanuary = fixture("nis-2025-01-wounded");

/**
 * "the deaths of about 300 soldiers and 2,700 injuries in January, which later escalated to 4,000 in
 * March": the article reads the January killed and wounded together as the first figure of the
 * casualty series, so January is their sum, about 3,000 casualties, with the words.
 */
export const casualtiesJanuary: Claim = deepFreeze(
  claim({
    id: "nis-2025-01-casualties",
    indicator: { ...killedJanuary.indicator, measure: "casualties" },
    estimate: { ...sumEstimates([killedJanuary.estimate, woundedJanuary.estimate]), text: "about 300 soldiers and 2,700 injuries" },
    validTime: killedJanuary.validTime,
    reportedAt: killedJanuary.reportedAt,
    attribution: killedJanuary.attribution,
  }),
);

export const seedRevisionClaims: readonly Claim[] = deepFreeze([
  casualtiesApril,
  killedApril,
  casualtiesMarch,
  killedJanuary,
  casualtiesJanuary,
]);
