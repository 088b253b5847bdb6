// Reading an estimate from outside: the check every estimate function runs
// first, and the interval it allows. Not exported from the package.

import { fail, isText, notPlain } from "../_lib/assert.js";
import { notAField } from "../_lib/fields.js";
import type { FogcountErrorCode } from "../errors.js";
import type { Interval } from "./interval.js";
import { magnitudeBounds } from "./magnitude.js";
import type { Estimate } from "./schema.js";

/** The fields an estimate may have, as a value from outside may hold them. */
interface Loose {
  readonly [field: string]: unknown;
}

/**
 * What {@link readEnds} reads from an estimate: its interval, its unit and
 * whether it is hedged. A reader fills one in place, so that a loop over many
 * estimates allocates nothing for them. @internal
 */
export interface Ends {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
  best: number | undefined;
  unit: string;
  hedged: boolean;
}

/** A fresh {@link Ends} for a reader to fill. @internal */
export function newEnds(): Ends {
  return { low: 0, high: 0, lowOpen: false, highOpen: false, best: undefined, unit: "", hedged: false };
}

const FIGURE = ["unit", "text", "best"];
const BOUND = ["kind", "value", "strict", "approx", "hedge", ...FIGURE];

/** The fields of each kind of estimate, as `EstimateSchema` names them (and `claim()` lists them). */
const FIELDS: ReadonlyMap<unknown, readonly string[]> = /* @__PURE__ */ new Map([
  ["exact", ["kind", "value", ...FIGURE]],
  ["approx", ["kind", "value", "hedge", ...FIGURE]],
  ["range", ["kind", "low", "high", "approx", "hedge", ...FIGURE]],
  ["atLeast", BOUND],
  ["atMost", BOUND],
  ["magnitude", ["kind", "order", ...FIGURE]],
]);

/** A field of an estimate as one bit (see {@link ALLOWED}); 0 for a name that is no field of any kind. */
function fieldBit(key: string): number {
  switch (key) {
    case "kind":
    case "unit":
    case "text":
    case "best":
      return 1;
    case "value":
      return 2;
    case "low":
    case "high":
      return 4;
    case "hedge":
      return 8;
    case "approx":
      return 16;
    case "strict":
      return 32;
    case "order":
      return 64;
    default:
      return 0;
  }
}

/** The fields of a kind, as bits of {@link fieldBit} ({@link FIELDS}, tested without a lookup in a list); 0 for no kind. */
function allowedBits(kind: unknown): number {
  switch (kind) {
    case "exact":
      return 1 | 2;
    case "approx":
      return 1 | 2 | 8;
    case "range":
      return 1 | 4 | 8 | 16;
    case "atLeast":
    case "atMost":
      return 1 | 2 | 8 | 16 | 32;
    case "magnitude":
      return 1 | 64;
    default:
      return 0;
  }
}

/**
 * The first own key of an estimate that its kind does not have (`aprox`, `stict`), or
 * undefined: a misspelt field is refused by name, never dropped. Allocates nothing, and
 * costs about as much as reading the fields (every estimate a sum reads is tested). @internal
 */
export function strayField(estimate: Loose, kind: unknown): string | undefined {
  const allowed = allowedBits(kind);
  if (allowed === 0) return undefined;
  // for…in also walks inherited names: only an own one is the estimate's
  for (const key in estimate) if ((fieldBit(key) & allowed) === 0 && Object.hasOwn(estimate, key)) return key;
  return undefined;
}

/**
 * Throws `invalid-argument` (or `code`) for a value {@link readEnds} does not read: naming
 * the field its kind does not have when that is all that is wrong with it (`list[1].aprox
 * is not a field of an estimate of this kind (…)`), else the value as not an estimate. @internal
 */
export function notAnEstimate(where: string, path: string, estimate: unknown, code?: FogcountErrorCode): never {
  const loose = estimate as Loose | null | undefined;
  const bound = loose?.["kind"] === "range" || loose?.["kind"] === "atLeast" || loose?.["kind"] === "atMost";
  if (bound && loose?.["hedge"] !== undefined && loose["approx"] !== true && readEnds({ ...loose, approx: true }, newEnds(), undefined, true)) {
    fail(where, `${path}.approx`, `must be true where a hedge is kept (hedge ${JSON.stringify(loose["hedge"])}): a hedged range or bound is approximate`, loose["approx"], code);
  }
  if (readEnds(estimate, newEnds(), undefined, true)) {
    const e = estimate as Loose;
    const key = strayField(e, e["kind"]) as string;
    fail(where, `${path}.${key}`, notAField(key, FIELDS.get(e["kind"]) as readonly string[], "an estimate of this kind"), e[key], code);
  }
  return fail(where, path, "is not an estimate", estimate, code);
}

/**
 * Reads an estimate into `out` and returns true, or returns false (leaving
 * `out` as it may be) for a value that is not one: a known kind, finite
 * numbers in order, a unit, a `best` inside the interval, boolean `strict`
 * and `approx` (`approx: true` on a range or bound that keeps a hedge word), and no field its kind does not have (see {@link strayField}).
 * Reads every field once, before it writes to `out`. A
 * `checked` unit (one already found to be text) is not checked again. With
 * `anyFields`, fields its kind does not have are passed over. @internal
 */
export function readEnds(estimate: unknown, out: Ends, checked?: string, anyFields = false): boolean {
  if (estimate === null || estimate === undefined) return false;
  const e = estimate as Loose;
  const kind = e["kind"];
  const strict = e["strict"];
  const point = kind === "exact" || kind === "approx";
  // "at least" is checked with its value as high, then runs to Infinity.
  let low: unknown;
  let high: unknown;
  let lowOpen = false;
  let highOpen = false;
  if (point) low = high = e["value"];
  else if (kind === "range") {
    low = e["low"];
    high = e["high"];
  } else if (kind === "atLeast") {
    low = high = e["value"];
    lowOpen = strict === true;
  } else if (kind === "atMost") {
    low = 0;
    high = e["value"];
    highOpen = strict === true;
  } else if (kind === "magnitude") {
    const bounds = magnitudeBounds(e["order"]);
    low = bounds[0];
    high = bounds[1];
    highOpen = true;
  } else return false;
  // a best of null is no number: refused below, as EstimateSchema refuses it, not read as no best
  const best = (e["best"] === undefined ? (point ? low : undefined) : e["best"]) as number | undefined;
  const unit = e["unit"];
  const approx = e["approx"];
  if (
    typeof unit !== "string" ||
    (unit !== checked && !isText(unit)) ||
    !(typeof low === "number" && typeof high === "number" && Number.isFinite(low) && Number.isFinite(high) && low <= high) ||
    (low === high && highOpen) ||
    // a point's own value is its best: inside it (the common case, not checked again)
    !(best === undefined || (point && best === low) || bestWithin(best, low, high, lowOpen, highOpen, kind === "atLeast")) ||
    !(strict === undefined || typeof strict === "boolean") ||
    !(approx === undefined || typeof approx === "boolean") ||
    // a hedge word on a range or bound says it is approximate: never read as a certain one
    (approx !== true && !point && kind !== "magnitude" && e["hedge"] !== undefined) ||
    (!anyFields && strayField(e, kind) !== undefined)
  ) {
    return false;
  }
  const unbounded = kind === "atLeast";
  out.low = low;
  out.high = unbounded ? Infinity : high;
  out.lowOpen = lowOpen;
  out.highOpen = unbounded || highOpen;
  out.best = best;
  out.unit = unit as string;
  out.hedged = kind === "approx" || kind === "magnitude" || approx === true;
  return true;
}

/**
 * The interval an estimate allows, reading hedges as stated, after checking
 * the fields that make it (see {@link readEnds}). Throws `invalid-argument`
 * naming `where` and `path` otherwise. @internal
 */
export function readInterval(estimate: Estimate, where = "readInterval", path = "estimate", code?: FogcountErrorCode): Interval {
  const ends = newEnds();
  if (!readEnds(estimate, ends)) notAnEstimate(where, path, estimate, code);
  const { low, high, lowOpen, highOpen, best } = ends;
  return { low, high, lowOpen, highOpen, ...(best !== undefined && { best }) };
}

/** Whether a best value lies inside `[low, high]`, off an open end; "at least" runs on past `high`. @internal */
export function bestWithin(best: number, low: number, high: number, lowOpen: boolean, highOpen: boolean, unbounded = false): boolean {
  if (!Number.isFinite(best) || best < low || (lowOpen && best === low)) return false;
  return unbounded || best < high || (best === high && !highOpen);
}

/** {@link isApproximate} for an estimate already checked. @internal */
export function isHedged(estimate: Estimate): boolean {
  return estimate.kind === "approx" || estimate.kind === "magnitude" || (estimate as Loose)["approx"] === true;
}

/**
 * {@link readInterval}, and the fields that do not change the interval but
 * are written or returned: `text` a string, `hedge` a non-empty string. For
 * functions that write an estimate or hand it back. @internal
 */
export function checkEstimate(estimate: Estimate, where: string, path = "estimate", code?: FogcountErrorCode): Interval {
  const why = typeof estimate === "object" && estimate !== null ? notPlain(estimate) : undefined;
  if (why !== undefined) fail(where, path, why, estimate, code);
  const interval = readInterval(estimate, where, path, code);
  const { text, hedge } = estimate as Loose;
  if (!(text === undefined || typeof text === "string") || !(hedge === undefined || (typeof hedge === "string" && hedge !== ""))) {
    fail(where, path, "is not an estimate: text must be a string and hedge a non-empty string", estimate, code);
  }
  return interval;
}
