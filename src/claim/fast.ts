// Claims of the usual shapes, checked and copied in one pass: the same rules as `checkClaim`
// and the same copy as `frozenCopy` (then trimmed as `trimmedClaim` trims), for a list of
// many claims. A claim of any other shape, or one the rules refuse, is left to the general
// path (`undefined`), which reads it again and names what is wrong: this path only accepts.
// The parts many claims share by what they hold (an indicator, a source, a status) are
// checked once and copied once. Not exported from the package.

import type { Estimate } from "../estimate/schema.js";
import type { Attribution } from "../provenance/schema.js";
import { isId } from "../_lib/assert.js";
import { attributionOf, dataOnly, estimateOf, indicatorOf, isPlainObject, isTime, statusOf } from "./fast-parts.js";
import type { ClaimParts, Loose } from "./fast-parts.js";
import { MODALITIES } from "./kinds.js";
import type { Claim, ClaimStatus, Indicator } from "./schema.js";

export { claimParts } from "./fast-parts.js";
export type { ClaimParts } from "./fast-parts.js";

/** The fields of a claim, in the order the usual shapes give them: a field's place in it. */
const ORDER = new Map(["id", "indicator", "estimate", "validTime", "reportedAt", "recordedAt", "attribution", "status", "modality", "restates", "text"].map((f, k) => [f, k]));

/** The fields of a claim, read as `fastClaim` reads them. */
interface Fields {
  id: unknown;
  indicator: unknown;
  estimate: unknown;
  validTime: unknown;
  reportedAt: unknown;
  recordedAt: unknown;
  attribution: unknown;
  status: unknown;
  modality: unknown;
  restates: unknown;
  text: unknown;
}

const noFields = (): Fields => ({ id: undefined, indicator: undefined, estimate: undefined, validTime: undefined, reportedAt: undefined, recordedAt: undefined, attribution: undefined, status: undefined, modality: undefined, restates: undefined, text: undefined });

/**
 * One record reused for the claims read, so that reading a claim's fields makes no object; a
 * claim read while another is (by a getter of the other) has a record of its own.
 */
const FIELDS = noFields();
let reading = 0;

/** Reads the fields of `given` into `f`, each once: false for a field of no claim, one given as undefined, or fields out of their order. */
function readFields(given: Loose, f: Fields): boolean {
  f.id = f.indicator = f.estimate = f.validTime = f.reportedAt = f.recordedAt = f.attribution = f.status = f.modality = f.restates = f.text = undefined;
  let at = -1;
  for (const key in given) {
    const place = ORDER.get(key);
    if (place === undefined || place <= at) return false;
    at = place;
    const v = given[key];
    if (v === undefined) return false;
    (f as unknown as Record<string, unknown>)[key] = v;
  }
  return true;
}

/**
 * `given` checked as `checkClaim` checks it, and kept as a history keeps it: a deep, frozen copy,
 * its subject, unit and scope trimmed, the parts that hold the same shared; `given` itself if it
 * is deeply frozen and needs no trimming. Undefined for a claim of another shape (fields in
 * another order, a scope-less field given as undefined, a range, relays, `includes`) or one the
 * rules refuse: the general path reads it. @internal
 */
export function fastClaim(parts: ClaimParts, given: unknown): Claim | undefined {
  if (!isPlainObject(given)) return undefined;
  const f = reading++ === 0 ? FIELDS : noFields();
  try {
    return readFields(given, f) ? kept(parts, given, f) : undefined;
  } finally {
    reading--;
  }
}

/** The claim kept for `given`, its fields read into `f` (see {@link fastClaim}). */
function kept(parts: ClaimParts, given: Loose, f: Fields): Claim | undefined {
  const { id, validTime, reportedAt, recordedAt, modality, restates, text } = f;
  if (!isId(id) || !isTime(parts, validTime) || !isTime(parts, reportedAt) || (recordedAt !== undefined && !isTime(parts, recordedAt))) return undefined;
  if (!(modality === undefined || (MODALITIES as readonly unknown[]).includes(modality)) || !(text === undefined || typeof text === "string")) return undefined;
  if (!(restates === undefined || (isId(restates) && restates !== id))) return undefined;
  const indicator = indicatorOf(parts, f.indicator);
  if (indicator === undefined) return undefined;
  const estimate = estimateOf(f.estimate, (f.indicator as Indicator).unit, indicator.unit);
  const attribution = estimate === undefined ? undefined : attributionOf(parts, f.attribution);
  const status = f.status === undefined ? undefined : statusOf(f.status, id);
  if (attribution === undefined || status === null) return undefined;
  if (Object.isFrozen(given)) {
    const same = indicator === f.indicator && estimate === f.estimate && attribution === f.attribution && status === f.status;
    return same && dataOnly(given, count(f)) ? (given as unknown as Claim) : undefined;
  }
  return Object.freeze(copyOf(id, indicator, estimate as Estimate, validTime as string, reportedAt as string, attribution, f, status)) as Claim;
}

/** How many fields a claim read into `f` has. */
function count(f: Fields): number {
  return 6 + +(f.recordedAt !== undefined) + +(f.status !== undefined) + +(f.modality !== undefined) + +(f.restates !== undefined) + +(f.text !== undefined);
}

/** A claim of the parts kept, its fields in the order given (`f`): the usual two shapes as one literal each. */
function copyOf(id: string, indicator: Indicator, estimate: Estimate, validTime: string, reportedAt: string, attribution: Attribution, f: Fields, status: ClaimStatus | undefined): Record<string, unknown> {
  const { recordedAt, modality, restates, text } = f;
  if (recordedAt === undefined && modality === undefined && restates === undefined && text === undefined) {
    return status === undefined ? { id, indicator, estimate, validTime, reportedAt, attribution } : { id, indicator, estimate, validTime, reportedAt, attribution, status };
  }
  const c: Record<string, unknown> = { id, indicator, estimate, validTime, reportedAt };
  if (recordedAt !== undefined) c["recordedAt"] = recordedAt;
  c["attribution"] = attribution;
  if (status !== undefined) c["status"] = status;
  if (modality !== undefined) c["modality"] = modality;
  if (restates !== undefined) c["restates"] = restates;
  if (text !== undefined) c["text"] = text;
  return c;
}
