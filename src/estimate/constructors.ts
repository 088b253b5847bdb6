import { rethrow } from "../_lib/guard.js";
import { fail, isText, optionsOf } from "../_lib/assert.js";
import { FogcountError } from "../errors.js";
import { MAGNITUDE_ORDERS } from "./magnitude.js";
import type { MagnitudeOrder } from "./magnitude.js";
import { bestWithin, readInterval } from "./read.js";
import type {
  Estimate,
  ApproxEstimate,
  AtLeastEstimate,
  AtMostEstimate,
  ExactEstimate,
  MagnitudeEstimate,
  RangeEstimate,
} from "./schema.js";

/** What every constructor accepts besides the numbers and the unit. */
export interface EstimateExtras {
  /** The phrase as the source wrote it. */
  readonly text?: string;
  /** A central value the source gave alongside the estimate. */
  readonly best?: number;
}

/** Extras for hedged forms: the hedge word as written. */
export interface HedgedExtras extends EstimateExtras {
  /**
   * The hedge word as written ("approximately", "some", "an estimated"). "About" is
   * the default, written when no hedge is kept, so it is not stored.
   */
  readonly hedge?: string;
}

/** Extras for ranges and bounds that may themselves be approximate ("around 10,000–12,000"). */
export interface ApproxableExtras extends HedgedExtras {
  /** The range or bound was itself hedged. */
  readonly approx?: boolean;
}

/** Extras for bounds: `strict` for "more than" / "fewer than". */
export interface BoundExtras extends ApproxableExtras {
  /** The bound excludes its value: "more than", "fewer than". */
  readonly strict?: boolean;
}

function bad(where: string, path: string, why: string, value: unknown): never {
  fail(where, path, why, value, "invalid-estimate");
}

function checkNumber(where: string, name: string, value: unknown): number {
  if (!Number.isFinite(value)) bad(where, name, "must be a finite number", value);
  return value as number;
}

/**
 * The unit, checked and read as `UnitSchema` reads it: trimmed and in Unicode NFC, so that
 * `" person "` is `"person"` and adds up with it, as `claim()` and `ClaimSchema` read a unit.
 */
function unitOf<U extends string>(where: string, unit: U): U {
  if (!isText(unit)) bad(where, "unit", "must be a non-empty string", unit);
  return unit.trim().normalize("NFC") as U;
}

type Extra = keyof AnyExtras;

interface AnyExtras {
  readonly text?: string | undefined;
  readonly best?: number | undefined;
  readonly hedge?: string | undefined;
  readonly approx?: boolean | undefined;
  readonly strict?: boolean | undefined;
}

/**
 * Adds the extras a kind takes (`keys`), checked; a `best` must lie within
 * the estimate. Extras that are not an object are `invalid-option`.
 */
function withExtras<T extends Estimate>(where: string, base: T, given: unknown, keys: readonly Extra[]): T {
  const extras = optionsOf(where, given as AnyExtras, "extras");
  // a typo ("strcit", "aprox") is an error, never a silently ignored extra
  for (const k of Object.keys(extras)) {
    if (!EXTRAS.includes(k as Extra)) fail(where, `extras.${k}`, "is not an extra of an estimate", extras[k as Extra], "invalid-option");
  }
  const out: Record<string, unknown> = { ...base };
  const { approx, hedge, text, best } = extras;
  if (keys.includes("approx") && approx !== undefined) {
    if (typeof approx !== "boolean") bad(where, "approx", "must be a boolean", approx);
    if (approx) out["approx"] = true;
  }
  if (keys.includes("hedge") && hedge !== undefined) {
    if (typeof hedge !== "string" || hedge === "") bad(where, "hedge", "must be a non-empty string", hedge);
    // a hedge word makes a range or bound approximate ("roughly 10,000–12,000"): never kept on one read as certain
    if (approx === false && keys.includes("approx")) bad(where, "approx", `must not be false with a hedge (${JSON.stringify(hedge)}): a hedged range or bound is approximate`, approx);
    if (keys.includes("approx")) out["approx"] = true;
    // "about" is the hedge formatEstimate writes when none is kept: it is not stored.
    if (hedge !== "about") out["hedge"] = hedge;
  }
  if (text !== undefined) {
    if (typeof text !== "string") bad(where, "text", "must be a string", text);
    out["text"] = text;
  }
  if (best !== undefined) {
    const { low, high, lowOpen, highOpen } = readInterval(base, where);
    if (!bestWithin(checkNumber(where, "best", best), low, high, lowOpen, highOpen)) bad(where, "best", `must lie within the estimate, ${low} to ${high}`, best);
    out["best"] = best;
  }
  return out as T;
}

const HEDGED: readonly Extra[] = ["hedge"];
const APPROXABLE: readonly Extra[] = ["hedge", "approx"];
const EXTRAS: readonly Extra[] = ["text", "best", "hedge", "approx", "strict"];

/**
 * An exact figure.
 *
 * An estimate is a number with a unit, whatever the unit names: `exact(-5, "person")` is
 * accepted, as a difference or a change (what `subtract` gives: 600 − 4,700 is −4,100
 * people). A count is never below zero, and that is checked where a figure is a count: a
 * claim of people (`claim()`, `invalid-claim`), a casualty breakdown, a deployment's size, a
 * ledger quantity and the part and whole of `ratio` refuse a figure that can go below zero.
 *
 * Every constructor reads its unit as `UnitSchema` does, trimmed and in Unicode NFC, as
 * `claim()` reads one: `exact(1, " person ")` is in `"person"`, and adds up with it.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is not finite, `unit` is empty, an extra of the wrong type, or a `best` outside the estimate; `invalid-option` if `extras` is not an object.
 * @example
 * exact(300, "person");
 * //=> { kind: "exact", value: 300, unit: "person" }
 * exact(1, " person ");
 * //=> { kind: "exact", value: 1, unit: "person" }
 */
export function exact<U extends string>(
  value: number,
  unit: U,
  extras?: EstimateExtras,
): ExactEstimate & { unit: U } {
  try {
    checkNumber("exact", "value", value);
    const u = unitOf("exact", unit);
    return withExtras("exact", { kind: "exact", value, unit: u }, extras, []);
  } catch (error) {
    rethrow("exact", { value, unit, extras }, error);
  }
}

/**
 * An approximate figure: "about 4,700", "approximately 600".
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is not finite, `unit` is empty, an extra of the wrong type, or a `best` outside the estimate; `invalid-option` if `extras` is not an object.
 * @example
 * approx(600, "person", { hedge: "approximately" });
 * //=> { kind: "approx", value: 600, unit: "person", hedge: "approximately" }
 */
export function approx<U extends string>(
  value: number,
  unit: U,
  extras?: HedgedExtras,
): ApproxEstimate & { unit: U } {
  try {
    checkNumber("approx", "value", value);
    const u = unitOf("approx", unit);
    return withExtras("approx", { kind: "approx", value, unit: u }, extras, HEDGED);
  } catch (error) {
    rethrow("approx", { value, unit, extras }, error);
  }
}

/**
 * A closed range: "10,000–12,000". A hedge word makes it approximate
 * (`approx: true`), as it does a bound: a range that keeps "roughly" is never read as a
 * certain one.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-interval` if `low > high`; `invalid-estimate` for a non-finite end, an empty unit, an extra of the wrong type, a `best` outside the estimate, or a hedge with `approx: false`; `invalid-option` if `extras` is not an object.
 * @example
 * range(10_000, 12_000, "person");
 * //=> { kind: "range", low: 10000, high: 12000, unit: "person" }
 * range(10_000, 12_000, "person", { hedge: "roughly" });
 * //=> { kind: "range", low: 10000, high: 12000, unit: "person", approx: true, hedge: "roughly" }
 */
export function range<U extends string>(
  low: number,
  high: number,
  unit: U,
  extras?: ApproxableExtras,
): RangeEstimate & { unit: U } {
  try {
    checkNumber("range", "low", low);
    checkNumber("range", "high", high);
    const u = unitOf("range", unit);
    if (low > high) {
      throw new FogcountError("invalid-interval", `range: low ${low} is greater than high ${high}`, { low, high });
    }
    return withExtras("range", { kind: "range", low, high, unit: u }, extras, APPROXABLE);
  } catch (error) {
    rethrow("range", { low, high, unit, extras }, error);
  }
}

/**
 * A lower bound: "at least 3,000", or with `strict: true` "more than 1,000". A hedge word
 * makes it approximate (`approx: true`).
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is not finite, `unit` is empty, an extra of the wrong type, a `best` outside the estimate, or a hedge with `approx: false`; `invalid-option` if `extras` is not an object.
 * @example
 * atLeast(1000, "person", { strict: true });
 * //=> { kind: "atLeast", value: 1000, strict: true, unit: "person" }
 */
export function atLeast<U extends string>(
  value: number,
  unit: U,
  extras?: BoundExtras,
): AtLeastEstimate & { unit: U } {
  try {
    checkNumber("atLeast", "value", value);
    const u = unitOf("atLeast", unit);
    const strict = checkStrict("atLeast", extras);
    return withExtras("atLeast", { kind: "atLeast", value, strict, unit: u }, extras, APPROXABLE);
  } catch (error) {
    rethrow("atLeast", { value, unit, extras }, error);
  }
}

/**
 * An upper bound on a non-negative quantity: "up to 12,000", or with
 * `strict: true` "fewer than 1,000". It reads as the interval from 0 to `value`.
 * A hedge word makes it approximate (`approx: true`).
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is negative or not finite, strictly below 0, `unit` is empty, an extra of the wrong type, a `best` outside the estimate, or a hedge with `approx: false`; `invalid-option` if `extras` is not an object.
 * @example
 * atMost(12_000, "person");
 * //=> { kind: "atMost", value: 12000, strict: false, unit: "person" }
 */
export function atMost<U extends string>(
  value: number,
  unit: U,
  extras?: BoundExtras,
): AtMostEstimate & { unit: U } {
  try {
    checkNumber("atMost", "value", value);
    if (value < 0) bad("atMost", "value", "must not be negative (an upper bound is read from 0)", value);
    const u = unitOf("atMost", unit);
    const strict = checkStrict("atMost", extras);
    if (strict && value === 0) bad("atMost", "value", "0 with strict: fewer than 0 allows no value", value);
    return withExtras("atMost", { kind: "atMost", value, strict, unit: u }, extras, APPROXABLE);
  } catch (error) {
    rethrow("atMost", { value, unit, extras }, error);
  }
}

function checkStrict(where: string, extras: unknown): boolean {
  const strict = optionsOf(where, extras as BoundExtras, "extras").strict;
  if (strict !== undefined && typeof strict !== "boolean") bad(where, "strict", "must be a boolean", strict);
  return strict === true;
}

/**
 * An order of magnitude: "thousands", "billions". See {@link MAGNITUDES} for the intervals.
 *
 * @category Estimate
 * @throws {FogcountError} `unknown-magnitude` for an order not in the table; `invalid-estimate` for an empty unit, an extra of the wrong type, or a `best` outside the estimate; `invalid-option` if `extras` is not an object.
 * @example
 * magnitude("billions", "USD");
 * //=> { kind: "magnitude", order: "billions", unit: "USD" }
 */
export function magnitude<U extends string>(
  order: MagnitudeOrder,
  unit: U,
  extras?: EstimateExtras,
): MagnitudeEstimate & { unit: U } {
  try {
    if (!MAGNITUDE_ORDERS.includes(order)) fail("magnitude", "order", "is not in MAGNITUDE_ORDERS", order, "unknown-magnitude");
    const u = unitOf("magnitude", unit);
    return withExtras("magnitude", { kind: "magnitude", order, unit: u }, extras, []);
  } catch (error) {
    rethrow("magnitude", { order, unit, extras }, error);
  }
}
