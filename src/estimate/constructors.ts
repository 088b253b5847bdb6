import { FogcountError } from "../errors.js";
import { MAGNITUDE_ORDERS } from "./magnitude.js";
import type { MagnitudeOrder } from "./magnitude.js";
import type {
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

function fail(where: string, message: string, value: unknown): never {
  throw new FogcountError("invalid-estimate", `${where}: ${message}, got ${String(value)}`, { value });
}

function checkNumber(where: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(where, `${name} must be a finite number`, value);
  return value;
}

function checkUnit(where: string, unit: unknown): void {
  if (typeof unit !== "string" || unit.trim() === "") fail(where, "unit must be a non-empty string", JSON.stringify(unit));
}

interface AnyExtras {
  readonly text?: string | undefined;
  readonly best?: number | undefined;
  readonly hedge?: string | undefined;
  readonly approx?: boolean | undefined;
}

/** Adds the extras a kind takes, checked; callers pass only the ones their kind has. */
function withExtras<T extends object>(where: string, base: T, extras: AnyExtras): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  if (extras.approx !== undefined) {
    if (typeof extras.approx !== "boolean") fail(where, "approx must be a boolean", extras.approx);
    if (extras.approx) out["approx"] = true;
  }
  if (extras.hedge !== undefined) {
    if (typeof extras.hedge !== "string" || extras.hedge === "") fail(where, "hedge must be a non-empty string", extras.hedge);
    // "about" is the hedge formatEstimate writes when none is kept: it is not stored.
    if (extras.hedge !== "about") out["hedge"] = extras.hedge;
  }
  if (extras.text !== undefined) {
    if (typeof extras.text !== "string") fail(where, "text must be a string", extras.text);
    out["text"] = extras.text;
  }
  if (extras.best !== undefined) out["best"] = checkNumber(where, "best", extras.best);
  return out as T;
}

/**
 * An exact figure.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is not finite or `unit` is empty.
 * @example
 * exact(300, "person");
 * //=> { kind: "exact", value: 300, unit: "person" }
 */
export function exact<U extends string>(
  value: number,
  unit: U,
  extras: EstimateExtras = {},
): ExactEstimate & { unit: U } {
  checkNumber("exact", "value", value);
  checkUnit("exact", unit);
  return withExtras("exact", { kind: "exact", value, unit }, pick(extras));
}

/**
 * An approximate figure: "about 4,700", "approximately 600".
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is not finite or `unit` is empty.
 * @example
 * approx(600, "person", { hedge: "approximately" });
 * //=> { kind: "approx", value: 600, unit: "person", hedge: "approximately" }
 */
export function approx<U extends string>(
  value: number,
  unit: U,
  extras: HedgedExtras = {},
): ApproxEstimate & { unit: U } {
  checkNumber("approx", "value", value);
  checkUnit("approx", unit);
  return withExtras("approx", { kind: "approx", value, unit }, { ...pick(extras), hedge: extras.hedge });
}

/**
 * A closed range: "10,000–12,000".
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-interval` if `low > high`; `invalid-estimate` for a non-finite end or an empty unit.
 * @example
 * range(10_000, 12_000, "person");
 * //=> { kind: "range", low: 10000, high: 12000, unit: "person" }
 */
export function range<U extends string>(
  low: number,
  high: number,
  unit: U,
  extras: ApproxableExtras = {},
): RangeEstimate & { unit: U } {
  checkNumber("range", "low", low);
  checkNumber("range", "high", high);
  checkUnit("range", unit);
  if (low > high) {
    throw new FogcountError("invalid-interval", `range: low ${low} is greater than high ${high}`, { low, high });
  }
  return withExtras("range", { kind: "range", low, high, unit }, { ...pick(extras), hedge: extras.hedge, approx: extras.approx });
}

/**
 * A lower bound: "at least 3,000", or with `strict: true` "more than 1,000".
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is not finite or `unit` is empty.
 * @example
 * atLeast(1000, "person", { strict: true });
 * //=> { kind: "atLeast", value: 1000, strict: true, unit: "person" }
 */
export function atLeast<U extends string>(
  value: number,
  unit: U,
  extras: BoundExtras = {},
): AtLeastEstimate & { unit: U } {
  checkNumber("atLeast", "value", value);
  checkUnit("atLeast", unit);
  return withExtras(
    "atLeast",
    { kind: "atLeast", value, strict: checkStrict("atLeast", extras.strict), unit },
    { ...pick(extras), hedge: extras.hedge, approx: extras.approx },
  );
}

/**
 * An upper bound on a non-negative quantity: "up to 12,000", or with
 * `strict: true` "fewer than 1,000". It reads as the interval from 0 to `value`.
 *
 * @category Estimate
 * @throws {FogcountError} `invalid-estimate` if `value` is negative or not finite, strictly below 0, or `unit` is empty.
 * @example
 * atMost(12_000, "person");
 * //=> { kind: "atMost", value: 12000, strict: false, unit: "person" }
 */
export function atMost<U extends string>(
  value: number,
  unit: U,
  extras: BoundExtras = {},
): AtMostEstimate & { unit: U } {
  checkNumber("atMost", "value", value);
  if (value < 0) fail("atMost", "value must not be negative (an upper bound is read from 0)", value);
  checkUnit("atMost", unit);
  const strict = checkStrict("atMost", extras.strict);
  if (strict && value === 0) fail("atMost", "fewer than 0 allows no value", value);
  return withExtras(
    "atMost",
    { kind: "atMost", value, strict, unit },
    { ...pick(extras), hedge: extras.hedge, approx: extras.approx },
  );
}

function pick(extras: EstimateExtras): AnyExtras {
  return { text: extras.text, best: extras.best };
}

function checkStrict(where: string, strict: unknown): boolean {
  if (strict !== undefined && typeof strict !== "boolean") fail(where, "strict must be a boolean", strict);
  return strict === true;
}

/**
 * An order of magnitude: "thousands", "billions". See {@link MAGNITUDES} for the intervals.
 *
 * @category Estimate
 * @throws {FogcountError} `unknown-magnitude` for an order not in the table; `invalid-estimate` for an empty unit.
 * @example
 * magnitude("billions", "USD");
 * //=> { kind: "magnitude", order: "billions", unit: "USD" }
 */
export function magnitude<U extends string>(
  order: MagnitudeOrder,
  unit: U,
  extras: EstimateExtras = {},
): MagnitudeEstimate & { unit: U } {
  if (!MAGNITUDE_ORDERS.includes(order)) {
    throw new FogcountError("unknown-magnitude", `magnitude: unknown order ${JSON.stringify(order)}`, { order });
  }
  checkUnit("magnitude", unit);
  return withExtras("magnitude", { kind: "magnitude", order, unit }, pick(extras));
}
