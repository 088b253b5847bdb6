// The kinds of figure a claim can be: what it asserts (modality) and how its
// number relates to time (aggregation). Plain lists, so that a check does not
// bundle a table of descriptions.

import { table } from "../_lib/table.js";

/**
 * What a claim does with its figure, in the words `extractEstimates` uses:
 * `"asserted"` (the default: the source says it is so), `"planned"` ("decided
 * to send 12,000"), `"projected"` ("could reach 100,000"), `"potential"`.
 * Each modality is its own history: a plan never revises an assessment.
 *
 * @category Claim
 * @example
 * MODALITIES;
 * //=> ["asserted", "planned", "projected", "potential"]
 */
export const MODALITIES = /* @__PURE__ */ table(["asserted", "planned", "projected", "potential"] as const);

/** A claim's modality; see {@link MODALITIES}. */
export type ClaimModality = (typeof MODALITIES)[number];

/**
 * How a figure relates to its valid time: `"stock"` (the default: a level as
 * of a time, such as troops deployed so far or cumulative casualties),
 * `"flow"` (a count over the valid period: casualties in one week) or
 * `"increment"` (an added wave: "another 3,000").
 *
 * @category Claim
 * @example
 * AGGREGATIONS;
 * //=> ["stock", "flow", "increment"]
 */
export const AGGREGATIONS = /* @__PURE__ */ table(["stock", "flow", "increment"] as const);

/** An indicator's aggregation; see {@link AGGREGATIONS}. */
export type Aggregation = (typeof AGGREGATIONS)[number];
