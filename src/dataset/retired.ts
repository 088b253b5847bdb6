// Refusing a wave, a breakdown figure or a ledger item that rests on a
// deprecated claim when a dataset is read for a room's functions, as
// checkDataset reports it (`rests-on-deprecated-claim`): a total counting it
// would count a figure its source no longer stands by. Not exported from the
// package.

import { fail } from "../_lib/assert.js";
import { deprecatedBehind, standing } from "../_lib/standing.js";
import type { DatasetClaim } from "./schema.js";

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
