// The revision histories of a checked dataset's claims, grouped and ordered
// as revisionHistory groups and orders them, without checking or copying the
// claims again: a parsed dataset's claims passed its schema, and the
// histories live only while the rules read them. Not exported from the package.

import type { Claim } from "../../claim/schema.js";
import { clockOf } from "../../revision/clock.js";
import { gather, gathered, gathering } from "../../revision/gather.js";
import { buildAll } from "../../revision/history.js";
import type { RevisionHistory } from "../../revision/history.js";
import { originalOf } from "../../revision/links.js";
import { place, readClaims } from "../../revision/read.js";
import { readEdtf } from "../../time/edtf-read.js";
import type { Period } from "../../time/schema.js";

/** A time of a checked claim, read. */
function periodOf(edtf: string): Period {
  const read = readEdtf(edtf);
  // a checked claim's times read: this never throws
  /* c8 ignore next */
  if (!read.ok) throw new Error(`a checked claim holds a time that does not read: ${edtf}`);
  return read.value;
}

/**
 * `revisionHistory(claims)` for claims of a checked dataset, each with a
 * `reportedAt` that has a last day (the others are never known) and its
 * restatements' links checked (no cycle, no replacement by a restatement):
 * the same histories, holding the claims given rather than copies of them. @internal
 */
export function checkedHistories(claims: readonly Claim[]): RevisionHistory[] {
  const byId = new Map<string, Claim>();
  for (const c of claims) byId.set(c.id, c);
  const read = readClaims(claims.length);
  const series = gathering(false);
  const periods = new Map<string, Period>(); // a dataset repeats its dates many times over
  const period = (edtf: string): Period => {
    let p = periods.get(edtf);
    if (p === undefined) periods.set(edtf, (p = periodOf(edtf)));
    return p;
  };
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i] as Claim;
    place(read, i, claim, clockOf(period(claim.validTime), period(claim.reportedAt)));
    gather(series, originalOf(claim, byId), i);
  }
  return buildAll(gathered(series), read);
}
