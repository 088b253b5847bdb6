// The modality of a wave read through the claim it rests on: a wave counted
// as sent whose claim (or the claim that claim restates) is a plan, a
// projection or a possibility is what its claim is. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { ClaimModality } from "../claim/kinds.js";
import type { Claim } from "../claim/schema.js";
import type { Wave } from "./check.js";

/** A wave that its claim shows to be no assertion: the claim, and what it is. @internal */
export interface OnClaim {
  readonly claim: string;
  readonly modality: ClaimModality;
}

/** The claims given, by id, each checked. */
function claimsById(where: string, claims: unknown): Map<string, Claim> {
  if (!Array.isArray(claims)) fail(where, "options.claims", "must be an array of the claims the waves rest on", claims, "invalid-option");
  const byId = new Map<string, Claim>();
  for (let i = 0; i < claims.length; i++) {
    checkClaim(where, `options.claims[${i}]`, claims[i], "invalid-option");
    const c = claims[i] as Claim;
    if (byId.has(c.id)) fail(where, `options.claims[${i}].id`, "is the id of another claim given", c.id, "invalid-option");
    byId.set(c.id, c);
  }
  return byId;
}

/** The first claim that is no assertion along the restatements from `id`, or undefined. */
function planBehind(id: string, byId: ReadonlyMap<string, Claim>): Claim | undefined {
  const seen = new Set<string>();
  for (let c = byId.get(id); c !== undefined && !seen.has(c.id); c = c.restates === undefined ? undefined : byId.get(c.restates)) {
    seen.add(c.id);
    if ((c.modality ?? "asserted") !== "asserted") return c;
  }
  return undefined;
}

/**
 * The waves with the modality their claims show: a wave counted as sent
 * (asserted) whose `claim` is, or restates, a plan, a projection or a
 * possibility takes that modality, as `checkDataset` reports it
 * (`plan-counted-as-deployment`) and `fogcount report` leaves it out. With
 * `claims` undefined the waves are returned as they are. A wave whose `claim`
 * is not among the claims is refused (`invalid-option`): the list is not whole. @internal
 */
export function withClaimModalities(where: string, waves: readonly Wave[], claims: unknown): { waves: readonly Wave[]; onClaims: ReadonlyMap<string, OnClaim> } {
  const onClaims = new Map<string, OnClaim>();
  if (claims === undefined) return { waves, onClaims };
  const byId = claimsById(where, claims);
  const out = waves.map((w) => {
    const id = w.d.claim;
    if (id === undefined) return w;
    if (!byId.has(id)) fail(where, `deployments[${w.index}].claim`, "names a claim that is not in options.claims (the list is not whole)", id, "invalid-option");
    const plan = w.modality === "asserted" ? planBehind(id, byId) : undefined;
    if (plan === undefined) return w;
    const modality = plan.modality as ClaimModality;
    onClaims.set(w.d.id, { claim: plan.id, modality });
    return { ...w, modality };
  });
  return { waves: out, onClaims };
}
