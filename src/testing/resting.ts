// What the waves and ledger entries arbDataset draws rest on: only claims whose
// measure can state their figures, and for an entry said delivered or in use,
// a claim of what was done, not of a plan; their figures those of the claims.
// Not exported from the package.

import { fitsItem, unitKey } from "../dataset/rules/claim-figures.js";
import { DONE_STAGES } from "../dataset/rules/ledgers.js";
import type { Claim } from "../claim/schema.js";
import type { Estimate } from "../estimate/schema.js";
import type { Ledger, LedgerEntry } from "../ledger/schema.js";

/**
 * A figure as the claims it rests on state it: the figure of the first in its
 * unit as the dataset check reads units ("persons" is "person"), in the
 * figure's own spelling of it, so that no claim's figure differs from it
 * (`claim-figure-mismatch`); as it is when none is in its unit. @internal
 */
export function asClaimed(figure: Estimate, claims: readonly Claim[]): Estimate {
  const unit = unitKey(figure.unit);
  const stated = claims.find((c) => unitKey(c.estimate.unit) === unit)?.estimate;
  return stated === undefined ? figure : ({ ...stated, unit: figure.unit } as Estimate);
}

/** Whether a claim, or a claim it restates on the way back to its original, is a plan, a projection or a possibility. */
function isPlan(c: Claim, byId: ReadonlyMap<string, Claim>): boolean {
  const seen = new Set<string>();
  for (let at: Claim | undefined = c; at !== undefined && !seen.has(at.id); at = at.restates === undefined ? undefined : byId.get(at.restates)) {
    seen.add(at.id);
    if ((at.modality ?? "asserted") !== "asserted") return true;
  }
  return false;
}

/**
 * The claims an entry rests on: none of losses (the dead are not sent), and
 * for an entry said delivered or in use, and observed, at least one that is
 * not a plan, a projection or a possibility (`plan-counted-as-deployment`):
 * none at all when every one is.
 */
function fitting(e: LedgerEntry, on: readonly Claim[], byId: ReadonlyMap<string, Claim>): Claim[] {
  const items = on.filter(fitsItem);
  if (!DONE_STAGES.has(e.stage) || e.evidence === "none-observed") return items;
  // one claim of what was done carries the entry; with none, the plans are left out
  return items.some((c) => !isPlan(c, byId)) ? items : [];
}

/**
 * The ledger with its entries resting on the claims `rests` picks, each
 * stating their figures: only claims that can state them (see
 * {@link fitting}); an entry left with none is as it was. @internal
 */
export function restingOn(l: Ledger, rests: readonly (readonly number[])[], claims: readonly Claim[]): Ledger {
  if (claims.length === 0) return l;
  const byId = new Map(claims.map((c) => [c.id, c]));
  const entries = l.entries.map((e, i) => {
    const on = fitting(e, [...new Set((rests[i] ?? []).map((k) => claims[k % claims.length] as Claim))], byId);
    if (on.length === 0) return e;
    const { quantity, value } = e;
    return {
      ...e,
      ...(quantity !== undefined && { quantity: asClaimed(quantity, on) }),
      ...(value !== undefined && { value: { ...value, estimate: asClaimed(value.estimate, on) } }),
      claims: on.map((c) => c.id),
    };
  });
  return { ...l, entries };
}
