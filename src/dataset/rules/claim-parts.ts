// A part stated above the total that counts it, among a dataset's claims: "about 6,000
// killed" beside "about 4,700 casualties, killed and wounded", from one originator about one
// subject at one time. A breakdown of the dataset is checked by the casualty room
// (`parts-exceed-total`); this is the same finding for figures that are only claims, which a
// report reads as a breakdown. Not exported from the package.

import type { Claim } from "../../claim/schema.js";
import { CASUALTY_PARTS } from "../../claim/measures.js";
import { compareEstimates } from "../../estimate/compare.js";
import { formatEstimate } from "../../estimate/format.js";
import type { RawFinding, RuleContext } from "./context.js";

/** Whether a claim states a figure of its own: asserted, no restatement, not retired. */
const stated = (c: Claim): boolean => (c.modality ?? "asserted") === "asserted" && c.restates === undefined && c.status.kind !== "deprecated";

/** One originator's figures about one subject and scope, at one valid time, in one unit and aggregation. */
const voiceOf = (c: Claim): string =>
  JSON.stringify([c.indicator.subject, c.indicator.scope ?? "", c.attribution.originator.id, c.validTime, c.estimate.unit, c.indicator.aggregation ?? "stock"]);

/**
 * The claims of a part (killed, wounded, missing, captured) certainly above a total of
 * casualties that counts that part (its `includes`), stated by the same originator about the
 * same subject, scope and valid time: each at the part's `estimate`.
 */
export function partClaimsAboveTotals(context: RuleContext): RawFinding[] {
  const totals = new Map<string, Claim[]>();
  for (const c of context.claims) {
    if (c.indicator.measure !== "casualties" || c.indicator.includes === undefined || !stated(c)) continue;
    const list = totals.get(voiceOf(c));
    if (list === undefined) totals.set(voiceOf(c), [c]);
    else list.push(c);
  }
  const out: RawFinding[] = [];
  if (totals.size === 0) return out;
  context.claims.forEach((c, i) => {
    const measure = c.indicator.measure as (typeof CASUALTY_PARTS)[number];
    if (!CASUALTY_PARTS.includes(measure) || !stated(c)) return;
    for (const total of totals.get(voiceOf(c)) ?? []) {
      if (!(total.indicator.includes as readonly string[]).includes(measure) || compareEstimates(c.estimate, total.estimate) !== "above") continue;
      out.push({
        path: ["claims", i, "estimate"],
        message: `${c.id} states ${formatEstimate(c.estimate, { unit: true })} ${measure}, more than the ${formatEstimate(total.estimate, { unit: true })} of ${total.id}, casualties of the same time that count the ${measure}`,
      });
    }
  });
  return out;
}
