import { rethrow } from "../_lib/guard.js";
import { fail } from "../_lib/assert.js";
import { table } from "../_lib/table.js";

/**
 * The orders of magnitude that reporting uses instead of a number. Each is
 * its English words joined by hyphens ("tens-of-thousands").
 *
 * @category Estimate
 * @example
 * MAGNITUDE_ORDERS.includes("billions");
 * //=> true
 */
export const MAGNITUDE_ORDERS = /* @__PURE__ */ table([
  "dozens",
  "several-dozen",
  "a-couple-of-hundred",
  "hundreds",
  "several-hundred",
  "thousands",
  "several-thousand",
  "tens-of-thousands",
  "hundreds-of-thousands",
  "several-hundred-thousand",
  "millions",
  "several-million",
  "tens-of-millions",
  "hundreds-of-millions",
  "several-hundred-million",
  "billions",
  "several-billion",
  "tens-of-billions",
  "hundreds-of-billions",
  "trillions",
  "several-trillion",
  "tens-of-trillions",
  "hundreds-of-trillions",
] as const);

/** One of the orders in {@link MAGNITUDE_ORDERS}. */
export type MagnitudeOrder = (typeof MAGNITUDE_ORDERS)[number];

/** How an order of magnitude reads: the half-open interval `[low, high)`. */
export interface MagnitudeReading {
  /** The smallest value the phrase allows (included). */
  readonly low: number;
  /** The value the phrase stays below (excluded). */
  readonly high: number;
}

const UNITS = /* @__PURE__ */ new Map([
  ["dozen", 12],
  ["hundred", 1e2],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
]);

const SPANS = /* @__PURE__ */ new Map([
  ["", [2, 10]],
  ["several-", [3, 10]],
  ["a-couple-of-", [1.5, 3]],
  ["tens-of-", [20, 100]],
  ["hundreds-of-", [200, 1000]],
  ["several-hundred-", [300, 1000]],
]);

/** Exactly the orders of {@link MAGNITUDE_ORDERS}, read as prefix and unit (a test holds the two equal). */
const ORDER =
  /^(?=(?:tens-of-|hundreds-of-)(?:thousand|million|billion|trillion)s$|several-(?:hundred-)?(?:thousand|million)$|several-(?:dozen|hundred|billion|trillion)$|(?:dozen|hundred|thousand|million|billion|trillion)s$|a-couple-of-hundred$)(.*?)(dozen|hundred|thousand|million|billion|trillion)s?$/;

/** The bounds `[low, high)` of an order of magnitude; NaN for anything not in {@link MAGNITUDE_ORDERS}. @internal */
export function magnitudeBounds(order: unknown): [number, number] {
  const [, prefix = "", unit = ""] = (typeof order === "string" && ORDER.exec(order)) || [];
  const [low = NaN, high = NaN] = SPANS.get(prefix) ?? [];
  const base = UNITS.get(unit) ?? NaN;
  return [low * base, high * base];
}

/**
 * The interval an order of magnitude reads as, always half-open `[low, high)`.
 * One rule makes the whole table: a plural ("thousands") is two of its unit
 * up to ten; "several" is three up to ten (and "several hundred" of a unit three hundred up to a thousand of it); "a couple of" is one and a half up
 * to three; "tens of" and "hundreds of" are the plural times ten and a hundred.
 *
 * | order | interval |
 * | --- | --- |
 * | dozens | [24, 120) |
 * | several-dozen | [36, 120) |
 * | a-couple-of-hundred | [150, 300) |
 * | hundreds | [200, 1,000) |
 * | several-hundred | [300, 1,000) |
 * | thousands | [2,000, 10,000) |
 * | several-thousand | [3,000, 10,000) |
 * | tens-of-thousands | [20,000, 100,000) |
 * | hundreds-of-thousands | [200,000, 1,000,000) |
 * | several-hundred-thousand | [300,000, 1,000,000) |
 * | millions | [2 million, 10 million) |
 * | several-million | [3 million, 10 million) |
 * | tens-of-millions | [20 million, 100 million) |
 * | hundreds-of-millions | [200 million, 1 billion) |
 * | several-hundred-million | [300 million, 1 billion) |
 * | billions | [2 billion, 10 billion) |
 * | several-billion | [3 billion, 10 billion) |
 * | tens-of-billions | [20 billion, 100 billion) |
 * | hundreds-of-billions | [200 billion, 1 trillion) |
 * | trillions | [2 trillion, 10 trillion) |
 * | several-trillion | [3 trillion, 10 trillion) |
 * | tens-of-trillions | [20 trillion, 100 trillion) |
 * | hundreds-of-trillions | [200 trillion, 1,000 trillion) |
 *
 * @category Estimate
 * @throws {FogcountError} `unknown-magnitude` for an order not in {@link MAGNITUDE_ORDERS}.
 * @example
 * magnitudeInterval("tens-of-thousands");
 * //=> { low: 20000, high: 100000 }
 */
export function magnitudeInterval(order: MagnitudeOrder): MagnitudeReading {
  try {
    const [low, high] = magnitudeBounds(order);
    if (Number.isNaN(low)) fail("magnitudeInterval", "order", "is not in MAGNITUDE_ORDERS", order, "unknown-magnitude");
    return { low, high };
  } catch (error) {
    rethrow("magnitudeInterval", { order }, error);
  }
}

/**
 * The whole table of {@link magnitudeInterval}, order by order.
 *
 * @category Estimate
 * @example
 * MAGNITUDES.billions;
 * //=> { low: 2000000000, high: 10000000000 }
 */
export const MAGNITUDES: Readonly<Record<MagnitudeOrder, MagnitudeReading>> = /* @__PURE__ */ table(/* @__PURE__ */ (() =>
  Object.fromEntries(MAGNITUDE_ORDERS.map((order) => [order, magnitudeInterval(order)])) as Record<
    MagnitudeOrder,
    MagnitudeReading
  >)());
