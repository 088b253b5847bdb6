// The modality of a wave read through the claim it rests on: a wave counted
// as sent whose claim (or the claim that claim restates) is a plan, a
// projection or a possibility is what its claim is, as the claims given say,
// or else as the wave's claimModality says. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { ClaimModality } from "../claim/kinds.js";
import type { Claim } from "../claim/schema.js";
import type { Wave } from "./check.js";
import { retiredWaves } from "./retired.js";
import type { RetiredWaves } from "./retired.js";

/** A wave that its claim shows to be no assertion: the claim, and what it is. @internal */
export interface OnClaim {
  readonly claim: string;
  readonly modality: ClaimModality;
  /** For a wave counted as sent that adds to a wave its claim shows to be no assertion: that wave, whose modality it takes (an addition is counted with what it adds to). */
  readonly adds?: string;
}

/**
 * The waves, each wave counted as sent that adds to a wave in `onClaims` (directly or along a
 * chain of additions) taking that wave's modality, and listed in `onClaims` with it: an
 * addition to a plan is counted with the plan, as `fogcount report` leaves both out.
 */
function withBases(waves: readonly Wave[], onClaims: Map<string, OnClaim>, sent: (w: Wave) => boolean): readonly Wave[] {
  let out = waves;
  for (let changed = true; changed; ) {
    changed = false;
    const next = out.map((w) => {
      const base = w.d.adds === undefined ? undefined : onClaims.get(w.d.adds);
      if (base === undefined || !sent(w) || onClaims.has(w.d.id)) return w;
      changed = true;
      onClaims.set(w.d.id, { claim: base.claim, modality: base.modality, adds: w.d.adds as string });
      return { ...w, modality: base.modality };
    });
    out = changed ? next : out;
  }
  return out;
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
 * (asserted, or with no modality) whose claim is, or restates, a plan, a
 * projection or a possibility takes that modality, as `checkDataset` reports
 * it (`plan-counted-as-deployment`) and `fogcount report` leaves it out.
 * With `claims` undefined, a wave's `claimModality` says what its claim is
 * (the waves as `checkWave` read them); given, the claims say it, and every
 * wave's `claim` must be among them (`invalid-option`: the list is not
 * whole). A wave counted as sent that adds to such a wave takes its modality
 * too: an addition is counted with what it adds to. Each wave that takes its claim's modality is listed in `onClaims`; given the claims,
 * each wave that rests on a deprecated claim, or adds to one that does, in `retired`. @internal
 */
export function withClaimModalities(where: string, waves: readonly Wave[], byWave: ReadonlyMap<string, Wave>, claims: unknown): { waves: readonly Wave[]; onClaims: ReadonlyMap<string, OnClaim>; retired: RetiredWaves } {
  const onClaims = new Map<string, OnClaim>();
  const sent = (w: Wave): boolean => (w.d.modality ?? "asserted") === "asserted";
  if (claims === undefined) {
    for (const w of waves) if (sent(w) && w.modality !== "asserted") onClaims.set(w.d.id, { claim: w.d.claim as string, modality: w.modality });
    return { waves: onClaims.size === 0 ? waves : withBases(waves, onClaims, sent), onClaims, retired: new Map() };
  }
  const byId = claimsById(where, claims);
  const out = waves.map((w) => {
    const id = w.d.claim;
    if (id === undefined) return w;
    if (!byId.has(id)) fail(where, `deployments[${w.index}].claim`, "names a claim that is not in options.claims (the list is not whole)", id, "invalid-option");
    const plan = sent(w) ? planBehind(id, byId) : undefined;
    if (plan !== undefined) onClaims.set(w.d.id, { claim: plan.id, modality: plan.modality as ClaimModality });
    // the claims given say what the claim is, over the wave's claimModality
    const modality = plan === undefined ? (w.d.modality ?? "asserted") : (plan.modality as ClaimModality);
    return modality === w.modality ? w : { ...w, modality };
  });
  return { waves: onClaims.size === 0 ? out : withBases(out, onClaims, sent), onClaims, retired: retiredWaves(waves, byWave, byId) };
}
