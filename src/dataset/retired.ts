// Refusing a wave, a breakdown figure or a ledger item that rests on a
// deprecated claim when a dataset is read for a room's functions, as
// checkDataset reports it (`rests-on-deprecated-claim`): a total counting it
// would count a figure its source no longer stands by. Not exported from the
// package.

import { fail } from "../_lib/assert.js";
import type { DatasetClaim } from "./schema.js";

/** The first deprecated claim on the way from the claim `id` through the claims it restates, or undefined. */
function deprecatedBehind(id: string, claims: ReadonlyMap<string, DatasetClaim>): DatasetClaim | undefined {
  const seen = new Set<string>();
  for (let c = claims.get(id); c !== undefined && !seen.has(c.id); c = c.restates === undefined ? undefined : claims.get(c.restates)) {
    seen.add(c.id);
    if (c.status.kind === "deprecated") return c;
  }
  return undefined;
}

/** What `standing` reads of a claim: its id and status. */
interface Replaceable {
  readonly id: string;
  readonly status: { readonly kind: string; readonly supersededBy?: string | undefined };
}

/** The claim that stands at the end of the replacements from `id` (one replaced in turn is passed over), or undefined. @internal */
export function standing(id: string | undefined, claims: ReadonlyMap<string, Replaceable>): string | undefined {
  const seen = new Set<string>();
  for (let c = id === undefined ? undefined : claims.get(id); c !== undefined && !seen.has(c.id); ) {
    if (c.status.kind !== "deprecated") return c.id;
    seen.add(c.id);
    c = c.status.supersededBy === undefined ? undefined : claims.get(c.status.supersededBy);
  }
  return undefined;
}

/**
 * Refuses, as `invalid-dataset` at `path`, a reference to the claim `id` when that claim, or one
 * it restates, is deprecated: its message names the claim, why it was deprecated and what
 * supersedes it. @internal
 */
export function refuseRetired(where: string, path: string, id: string, claims: ReadonlyMap<string, DatasetClaim>): void {
  const c = deprecatedBehind(id, claims);
  if (c === undefined || c.status.kind !== "deprecated") return;
  const { reason, supersededBy } = c.status;
  const on = c.id === id ? c.id : `${id}, which restates ${c.id},`;
  const by = supersededBy === undefined ? "" : `, superseded by ${supersededBy}`;
  const stands = standing(supersededBy, claims);
  const fix = stands === undefined ? "rest it on a claim that stands, or leave it out" : `rest it on ${stands}, or leave it out`;
  fail(where, path, `rests on ${on} deprecated (${reason})${by}: a total counting it would count a figure its source no longer stands by (${fix}; checkDataset reports it as rests-on-deprecated-claim)`, id, "invalid-dataset");
}
