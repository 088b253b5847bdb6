// A dataset as it stood at the knowledge time a report asks about (--known):
// a deprecation is in force only from when it became known. A claim replaced
// by a claim that was not yet public then stood as its source had stated it,
// so it is read as a claim that stands (counted in totals, breakdowns and
// balances, with no "deprecated" note); the replacement itself is left out as
// not yet public. A deprecation that names no replacement (a retraction) gives
// no time of its own, so it is read as known with the claim, as a revision
// history reads it, and the claim is never counted.

import type { Dataset, DatasetClaim } from "../../dataset/schema.js";

/** A dataset read at a knowledge time: the claims whose deprecation was not yet in force then read as standing, and their ids. */
export interface AsKnown {
  readonly dataset: Dataset;
  /** The deprecated claims whose replacement was not yet public, in the dataset's order. */
  readonly pending: readonly string[];
}

/**
 * The dataset as known when `isPublic` says which report times were public: every deprecated
 * claim whose `supersededBy` names a claim not yet public is read with the status `normal`.
 * The dataset itself when none is (and always when no knowledge time was asked about).
 */
export function asKnown(dataset: Dataset, isPublic: ((reportedAt: string) => boolean) | undefined): AsKnown {
  if (isPublic === undefined) return { dataset, pending: [] };
  const byId = new Map(dataset.claims.map((c) => [c.id, c]));
  const pendingOf = (c: DatasetClaim): boolean => {
    if (c.status.kind !== "deprecated" || c.status.supersededBy === undefined) return false;
    const by = byId.get(c.status.supersededBy);
    return by === undefined || !isPublic(by.reportedAt);
  };
  const pending = dataset.claims.filter(pendingOf);
  if (pending.length === 0) return { dataset, pending: [] };
  const set = new Set(pending);
  const claims = dataset.claims.map((c): DatasetClaim => (set.has(c) ? { ...c, status: { kind: "normal" } } : c));
  return { dataset: { ...dataset, claims }, pending: pending.map((c) => c.id) };
}
