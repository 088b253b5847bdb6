import { z } from "zod";

import { nonBlank } from "../_lib/blank-schema.js";

import { MAGNITUDE_ORDERS } from "./magnitude.js";

// zod 4 numbers reject NaN and ±Infinity, so every number here is finite.
const finite = z.number();
const nonNegative = z.number().nonnegative();

/**
 * A unit: `"person"` for people, an ISO 4217 code such as `"USD"` for money,
 * `"percent"` for percentages, `"1"` for a dimensionless ratio, `"unknown"`
 * when the text does not say, otherwise a singular noun such as `"shell"`.
 * A rate keeps its denominator after a slash: `"person/day"`.
 */
export const UnitSchema = nonBlank("a unit", true, "unit must not be empty");

const common = {
  unit: UnitSchema,
  /** The phrase as the source wrote it. */
  text: z.string().optional(),
  /** A central value the source gave alongside the estimate. */
  best: finite.optional(),
};

/** A hedge word as written ("about", "approximately", "some"), kept so it can be shown again. */
const hedge = z.string().min(1).optional();

/** A hedge word on a range or bound says it is approximate: `approx` is then true. */
function hedgedIsApprox(e: { readonly approx?: boolean | undefined; readonly hedge?: string | undefined }): boolean {
  return e.hedge === undefined || e.approx === true;
}
const HEDGED_IS_APPROX = { message: "approx must be true where a hedge is kept: a hedged range or bound is approximate", path: ["approx"] };

/** An exact figure: "4,700". */
export const ExactEstimateSchema = z.strictObject({
  kind: z.literal("exact"),
  value: finite,
  ...common,
});

/** An approximate figure: "about 4,700", "approximately 600". */
export const ApproxEstimateSchema = z.strictObject({
  kind: z.literal("approx"),
  value: finite,
  hedge,
  ...common,
});

/** A range: "10,000–12,000", "between 500 and 700"; `approx` for "around 10,000–12,000" (and wherever a `hedge` is kept). */
export const RangeEstimateSchema = z
  .strictObject({
    kind: z.literal("range"),
    low: finite,
    high: finite,
    approx: z.boolean().optional(),
    hedge,
    ...common,
  })
  .refine((r) => r.low <= r.high, { error: (iss) => `low must not exceed high, got low ${(iss.input as { low: number }).low} and high ${(iss.input as { high: number }).high}`, path: ["high"] })
  .refine(hedgedIsApprox, HEDGED_IS_APPROX);

/** A lower bound: "at least 3,000" (`strict: false`), "more than 1,000" (`strict: true`); a `hedge` needs `approx: true`. */
export const AtLeastEstimateSchema = z
  .strictObject({
    kind: z.literal("atLeast"),
    value: finite,
    strict: z.boolean().default(false),
    approx: z.boolean().optional(),
    hedge,
    ...common,
  })
  .refine(hedgedIsApprox, HEDGED_IS_APPROX);

/**
 * An upper bound on a non-negative quantity: "up to 12,000" (`strict: false`),
 * "fewer than 1,000" (`strict: true`). Read as the interval from 0 to `value`.
 */
export const AtMostEstimateSchema = z
  .strictObject({
    kind: z.literal("atMost"),
    value: nonNegative,
    strict: z.boolean().default(false),
    approx: z.boolean().optional(),
    hedge,
    ...common,
  })
  .refine((e) => !(e.strict && e.value === 0), { message: "fewer than 0 allows no value", path: ["value"] })
  .refine(hedgedIsApprox, HEDGED_IS_APPROX);

/** An order of magnitude: "thousands", "billions". See `MAGNITUDES` for the intervals. */
export const MagnitudeEstimateSchema = z.strictObject({
  kind: z.literal("magnitude"),
  order: z.enum(MAGNITUDE_ORDERS),
  ...common,
});

/**
 * Any estimate, discriminated on `kind`.
 *
 * @example
 * EstimateSchema.parse({ kind: "approx", value: 600, unit: "person" });
 * //=> { kind: "approx", value: 600, unit: "person" }
 */
export const EstimateSchema = z.discriminatedUnion("kind", [
  ExactEstimateSchema,
  ApproxEstimateSchema,
  RangeEstimateSchema,
  AtLeastEstimateSchema,
  AtMostEstimateSchema,
  MagnitudeEstimateSchema,
]);

/** An exact figure. */
export type ExactEstimate = z.infer<typeof ExactEstimateSchema>;
/** An approximate figure. */
export type ApproxEstimate = z.infer<typeof ApproxEstimateSchema>;
/** A closed range. */
export type RangeEstimate = z.infer<typeof RangeEstimateSchema>;
/** A lower bound. */
export type AtLeastEstimate = z.infer<typeof AtLeastEstimateSchema>;
/** An upper bound. */
export type AtMostEstimate = z.infer<typeof AtMostEstimateSchema>;
/** An order of magnitude. */
export type MagnitudeEstimate = z.infer<typeof MagnitudeEstimateSchema>;
/** Any estimate: a discriminated union on `kind`. */
export type Estimate = z.infer<typeof EstimateSchema>;
/** The JSON a user may write for an estimate (`strict` may be left out and defaults to false). */
export type EstimateInput = z.input<typeof EstimateSchema>;
/** The `kind` of an estimate. */
export type EstimateKind = Estimate["kind"];
