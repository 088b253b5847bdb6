/**
 * The orders of magnitude that reporting uses instead of a number.
 *
 * @category Estimate
 * @example
 * MAGNITUDE_ORDERS.includes("billions");
 * //=> true
 */
export const MAGNITUDE_ORDERS = [
  "dozens",
  "several-dozen",
  "couple-hundred",
  "hundreds",
  "several-hundred",
  "thousands",
  "several-thousand",
  "tens-of-thousands",
  "hundreds-of-thousands",
  "millions",
  "several-million",
  "tens-of-millions",
  "hundreds-of-millions",
  "billions",
  "several-billion",
  "tens-of-billions",
  "hundreds-of-billions",
  "trillions",
] as const;

/** One of the orders in {@link MAGNITUDE_ORDERS}. */
export type MagnitudeOrder = (typeof MAGNITUDE_ORDERS)[number];

/** How an order of magnitude reads: the half-open interval `[low, high)` and its words. */
export interface MagnitudeReading {
  /** The smallest value the phrase allows (included). */
  readonly low: number;
  /** The value the phrase stays below (excluded). */
  readonly high: number;
  /** The English phrase, as `formatEstimate` writes it. */
  readonly words: string;
}

/**
 * The one table that turns an order of magnitude into numbers. A plural order
 * ("thousands") starts at two of its unit and stops below ten; "several" starts
 * at three; "a couple of hundred" is 150 up to 300. Every interval is half-open:
 * "thousands" is at least 2,000 and fewer than 10,000.
 *
 * | order | interval |
 * | --- | --- |
 * | dozens | [24, 120) |
 * | several-dozen | [36, 120) |
 * | couple-hundred | [150, 300) |
 * | hundreds | [200, 1,000) |
 * | several-hundred | [300, 1,000) |
 * | thousands | [2,000, 10,000) |
 * | several-thousand | [3,000, 10,000) |
 * | tens-of-thousands | [20,000, 100,000) |
 * | hundreds-of-thousands | [200,000, 1,000,000) |
 * | millions | [2 million, 10 million) |
 * | several-million | [3 million, 10 million) |
 * | tens-of-millions | [20 million, 100 million) |
 * | hundreds-of-millions | [200 million, 1 billion) |
 * | billions | [2 billion, 10 billion) |
 * | several-billion | [3 billion, 10 billion) |
 * | tens-of-billions | [20 billion, 100 billion) |
 * | hundreds-of-billions | [200 billion, 1 trillion) |
 * | trillions | [2 trillion, 10 trillion) |
 *
 * @category Estimate
 * @example
 * MAGNITUDES.billions;
 * //=> { low: 2e9, high: 1e10, words: "billions" }
 */
export const MAGNITUDES: Readonly<Record<MagnitudeOrder, MagnitudeReading>> = {
  dozens: { low: 24, high: 120, words: "dozens" },
  "several-dozen": { low: 36, high: 120, words: "several dozen" },
  "couple-hundred": { low: 150, high: 300, words: "a couple of hundred" },
  hundreds: { low: 200, high: 1e3, words: "hundreds" },
  "several-hundred": { low: 300, high: 1e3, words: "several hundred" },
  thousands: { low: 2e3, high: 1e4, words: "thousands" },
  "several-thousand": { low: 3e3, high: 1e4, words: "several thousand" },
  "tens-of-thousands": { low: 2e4, high: 1e5, words: "tens of thousands" },
  "hundreds-of-thousands": { low: 2e5, high: 1e6, words: "hundreds of thousands" },
  millions: { low: 2e6, high: 1e7, words: "millions" },
  "several-million": { low: 3e6, high: 1e7, words: "several million" },
  "tens-of-millions": { low: 2e7, high: 1e8, words: "tens of millions" },
  "hundreds-of-millions": { low: 2e8, high: 1e9, words: "hundreds of millions" },
  billions: { low: 2e9, high: 1e10, words: "billions" },
  "several-billion": { low: 3e9, high: 1e10, words: "several billion" },
  "tens-of-billions": { low: 2e10, high: 1e11, words: "tens of billions" },
  "hundreds-of-billions": { low: 2e11, high: 1e12, words: "hundreds of billions" },
  trillions: { low: 2e12, high: 1e13, words: "trillions" },
};
