import { rethrow } from "../_lib/guard.js";
import { optionsOf } from "../_lib/assert.js";
import type { Claim } from "../claim/schema.js";
import { hedgePolicy, widen } from "../estimate/hedge.js";
import type { HedgePolicy } from "../estimate/hedge.js";
import { readInterval } from "../estimate/read.js";
import { knownQuerySecond } from "../revision/clock.js";
import type { RevisionHistory } from "../revision/history.js";
import type { Cell } from "./check.js";
import { compositionFindings } from "./findings.js";
import type { CasualtyFinding } from "./findings.js";
import { casualtySeries, inForce, partsCounted } from "./series.js";
import type { CasualtySeries } from "./series.js";
import { BREAKDOWN_FIELDS } from "./vocabulary.js";
import type { BreakdownField } from "./vocabulary.js";

/** Options for {@link checkComposition}. */
export interface CompositionOptions {
  /** Read the claims as known at this time (EDTF, as in `asOf`); everything by default. */
  readonly known?: string;
  /** How wide hedged figures are read before they are compared (see `applyHedge`); `"as-stated"` by default. */
  readonly hedge?: HedgePolicy;
}

/** A finding of {@link checkComposition}: a {@link CasualtyFinding} with the claims involved and the valid time. */
export interface CompositionFinding extends CasualtyFinding {
  /** The ids of the claims involved, the total's last. */
  readonly claims: readonly string[];
  /** The valid time of the total, as EDTF. */
  readonly validTime: string;
}

function findingsAt(where: string, s: CasualtySeries, h: RevisionHistory, day: number, known: number, policy: HedgePolicy): CompositionFinding[] {
  const total = inForce(h, day, known, 0);
  if (total === undefined) return [];
  const found: Partial<Record<BreakdownField, Claim>> = { total };
  const cells = {} as Record<BreakdownField, Cell>;
  for (const field of BREAKDOWN_FIELDS) {
    const c = field === "total" ? total : inForce(s.parts[field], day, known, 0);
    if (c === undefined) {
      cells[field] = { state: "not-reported" };
      continue;
    }
    const estimate = widen(c.estimate, policy, where);
    cells[field] = { estimate, interval: readInterval(estimate) };
    found[field] = c;
  }
  const read = { cells, includes: partsCounted(total), unit: total.indicator.unit, claims: found };
  const origin = `${total.attribution.originator.id}, ${total.indicator.subject}, as of ${total.validTime}`;
  return compositionFindings(read).map((f) => ({
    ...f,
    message: `${origin}: ${f.message}`,
    claims: f.fields.map((field) => (found[field] as Claim).id),
    validTime: total.validTime,
  }));
}

/**
 * Whether each originator's casualty figures fit together at each valid
 * time: killed, wounded, missing and captured each no more than the
 * casualties that count them, their sum no more than those casualties, and,
 * where every part counted is given, not certainly less. For each
 * originator, subject and scope, and each valid time of a casualties claim,
 * the claims in force for exactly that time (as `asOf` reads them, as known
 * at `known`) are compared; a part the total does not count (its `includes`)
 * is not held to it. Figures of different originators are never compared
 * with one another; plans, projections and restatements are passed over.
 * Findings, not exceptions: the codes `part-exceeds-total`,
 * `parts-exceed-total` and `parts-fall-short` (see {@link CasualtyFindingCode}).
 *
 * @category Casualty
 * @throws {FogcountError} `invalid-argument` if `claims` is not an array; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one, a count of people below zero among them; `duplicate-claim-id` for two claims with one id, or ids that look alike; `source-conflict` for two originators with one id and another name, kind, country or grade, or ids that look alike; `not-a-stock` for a casualty claim that is a flow or an increment; `invalid-as-of` for a `known` that is not EDTF; `invalid-option` for options that are not an object, an unknown option or a hedge policy that is not one; `overflow` for a hedge or a sum past the largest finite number.
 * @example
 * checkComposition(nisBriefing2025Claims);
 * //=> []
 * checkComposition([nisCasualtiesApril, { ...nisKilledApril, estimate: exact(6000, "person") }]).map((f) => f.code);
 * //=> ["part-exceeds-total"]
 */
export function checkComposition(claims: readonly Claim[], options?: CompositionOptions): CompositionFinding[] {
  try {
    const where = "checkComposition";
    const { known, hedge = "as-stated" } = optionsOf(where, options, "options", ["known", "hedge"]);
    const policy = hedgePolicy(where, "options.hedge", hedge);
    const second = knownQuerySecond(where, known, "options.known");
    const out: CompositionFinding[] = [];
    for (const s of casualtySeries(where, claims)) {
      for (const h of s.totals) {
        for (const day of h.index.groupDay) out.push(...findingsAt(where, s, h, day, second, policy));
      }
    }
    return out;
  } catch (error) {
    rethrow("checkComposition", { claims, options }, error);
  }
}
