// Waves that rest on a deprecated claim: a retracted or replaced figure is
// not an assertion, so a total given the claims leaves out a wave whose claim
// (or the claim it restates) is deprecated, and every increment to it, as
// checkDataset reports it (`rests-on-deprecated-claim`) and `fogcount report`
// leaves it out. Not exported from the package.

import { deprecatedBehind, standing } from "../_lib/standing.js";
import type { Claim } from "../claim/schema.js";
import { alongChains } from "./chains.js";
import type { Wave } from "./check.js";

/** Why a wave is left out: the sentence a total's note gives for it ("w rests on c, deprecated (corrected), superseded by d"). @internal */
export type RetiredWaves = ReadonlyMap<string, string>;

/** Why the claim `id` is no assertion, when it or a claim it restates is deprecated; undefined when it stands. */
function retiredClaim(id: string, byId: ReadonlyMap<string, Claim>): string | undefined {
  const c = deprecatedBehind(id, byId);
  if (c === undefined || c.status.kind !== "deprecated") return undefined;
  const { reason, supersededBy } = c.status;
  const via = c.id === id ? "" : `${id}, which restates `;
  const stands = standing(supersededBy, byId);
  const by = supersededBy === undefined ? "" : `, superseded by ${supersededBy}${stands === undefined || stands === supersededBy ? "" : ` (${stands} stands)`}`;
  return `${via}${c.id}, deprecated (${reason})${by}`;
}

/**
 * The waves left out because they rest on a deprecated claim, by id, each with why: those whose
 * `claim` is deprecated or restates a deprecated claim, and the increments to one of them. Every
 * base of `waves` is among them (`checkWaves` sees to it). @internal
 */
export function retiredWaves(waves: readonly Wave[], byId: ReadonlyMap<string, Wave>, claims: ReadonlyMap<string, Claim>): RetiredWaves {
  const out = new Map<string, string>();
  // what a wave's base was left out for, carried down the chains of increments
  alongChains<string | undefined>(waves, byId, (w, base) => {
    const own = w.d.claim === undefined ? undefined : retiredClaim(w.d.claim, claims);
    const why = own !== undefined ? `${w.d.id} rests on ${own}` : base !== undefined ? `${w.d.id} adds to ${w.d.adds as string}, which is left out` : undefined;
    if (why !== undefined) out.set(w.d.id, why);
    return why;
  });
  return out;
}
