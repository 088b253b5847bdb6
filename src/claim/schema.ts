import { z } from "zod";

import { nonBlank } from "../_lib/blank-schema.js";

import { EstimateSchema, UnitSchema } from "../estimate/schema.js";
import { AttributionSchema, IdSchema } from "../provenance/schema.js";
import { EdtfSchema } from "../time/schema.js";
import { CASUALTY_PARTS, isStandardMeasure, MEASURE_NAME_PATTERN, MEASURE_NAMESPACE_PATTERN, STANDARD_MEASURES, notPeople } from "./measures.js";
import type { StandardMeasure } from "./measures.js";
import { AGGREGATIONS, MODALITIES } from "./kinds.js";

/** A measure from the vocabulary (`MEASURES`). */
export const StandardMeasureSchema = z.enum(STANDARD_MEASURES as readonly [StandardMeasure, ...StandardMeasure[]]);

/** A free-form measure with a namespace: `"oryx:tanks-destroyed"`. */
export const NamespacedMeasureSchema = z.templateLiteral([
  z.string().regex(MEASURE_NAMESPACE_PATTERN),
  ":",
  z.string().regex(MEASURE_NAME_PATTERN),
]);

/** A measure: one from the vocabulary, or `namespace:name`. */
export const MeasureSchema = z.union([StandardMeasureSchema, NamespacedMeasureSchema], {
  error: "a measure must be one of MEASURES or namespace:name in lowercase",
});

/** What a claim does with its figure; left out, `"asserted"`. See `MODALITIES`. */
export const ModalitySchema = z.enum(MODALITIES);

/** How a figure relates to its valid time; left out, `"stock"`. See `AGGREGATIONS`. */
export const AggregationSchema = z.enum(AGGREGATIONS);

/** One part of a casualty figure: killed, wounded, missing or captured. */
export const CasualtyPartSchema = z.enum(CASUALTY_PARTS);

/**
 * What a figure is about: a subject, a measure and a unit, and optionally a
 * scope (a region, a front). A `casualties` indicator may list the parts it
 * `includes`; without it, it counts all four. `aggregation` says whether the
 * figure is a level as of a time (`"stock"`, the default when left out), a
 * count over its valid period (`"flow"`) or an added wave (`"increment"`).
 *
 * @example
 * IndicatorSchema.parse({ subject: "kp-forces-in-russia", measure: "killed", unit: "person", scope: "Kursk" });
 * //=> { subject: "kp-forces-in-russia", measure: "killed", unit: "person", scope: "Kursk" }
 */
export const IndicatorSchema = z
  .strictObject({
    /** Who or what is counted, spelled the same in every claim about it: `"kp-forces-in-russia"`. */
    subject: nonBlank("a subject", true),
    measure: MeasureSchema,
    /** The unit the figure counts in; the estimate's unit must be the same. */
    unit: UnitSchema,
    /** Where or what part the figure covers: a region, a front. */
    scope: nonBlank("a scope", true, "a scope must not be empty; leave it out instead").optional(),
    /** For `casualties` only: the parts the figure counts, when not all four. */
    includes: z.array(CasualtyPartSchema).min(1).optional(),
    /** A level as of a time (`"stock"`, when left out), a count over the valid period (`"flow"`) or an added wave (`"increment"`). */
    aggregation: AggregationSchema.optional(),
  })
  .superRefine((indicator, ctx) => {
    const not = isStandardMeasure(indicator.measure) ? notPeople(indicator.unit) : undefined;
    if (not !== undefined) ctx.addIssue({ code: "custom", message: `unit ${indicator.unit} is ${not}, but the measure ${indicator.measure} counts people`, path: ["unit"] });
    const includes = indicator.includes;
    if (includes === undefined) return;
    if (indicator.measure !== "casualties") {
      ctx.addIssue({
        code: "custom",
        message: `includes is for the casualties measure only, not ${indicator.measure}`,
        path: ["includes"],
      });
    }
    if (new Set(includes).size !== includes.length) {
      ctx.addIssue({ code: "custom", message: "includes must not repeat a part", path: ["includes"] });
    }
  });

/**
 * Where a claim stands among the claims on the same indicator: `preferred`
 * (the best current figure), `normal`, or `deprecated` with the reason (a
 * correction, a retraction) and optionally the id of the claim that replaces it.
 */
export const ClaimStatusSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("preferred") }),
  z.strictObject({ kind: z.literal("normal") }),
  z.strictObject({
    kind: z.literal("deprecated"),
    reason: nonBlank("a reason", false, "a deprecated claim needs a reason"),
    supersededBy: IdSchema.optional(),
  }),
]);

/**
 * A figure as a claim: what it is about (the indicator), the estimate as
 * stated, the time it describes (`validTime`), when it became public
 * (`reportedAt`) and entered the dataset (`recordedAt`), who said it
 * (`attribution`), its `status`, and its `modality` (`"asserted"` when left
 * out; a plan or projection is kept apart from assessments), and, for an
 * outlet repeating another claim's figure, the id of the claim it `restates`. Times are EDTF strings; a single date
 * reads "as of", an interval "during". The estimate's unit must be the
 * indicator's unit (an issue at `["estimate", "unit"]` otherwise).
 *
 * @example
 * ClaimSchema.parse(nisKilled).status;
 * //=> { kind: "normal" }
 */
export const ClaimSchema = z
  .strictObject({
    id: IdSchema,
    indicator: IndicatorSchema,
    estimate: EstimateSchema,
    /** The time the figure describes, as EDTF: a date for "as of", an interval for "during". */
    validTime: EdtfSchema,
    /** When the figure became public, as EDTF. */
    reportedAt: EdtfSchema,
    /** When the figure entered the dataset, as EDTF. */
    recordedAt: EdtfSchema.optional(),
    attribution: AttributionSchema,
    status: ClaimStatusSchema.default({ kind: "normal" }),
    /** What the claim does with its figure: asserted (when left out), planned, projected or potential. */
    modality: ModalitySchema.optional(),
    /** The id of the claim this one repeats: an outlet's rendering of an originator's figure, with its own text, estimate and publication. */
    restates: IdSchema.optional(),
    /** The sentence as the source wrote it. */
    text: z.string().optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.restates === claim.id) ctx.addIssue({ code: "custom", message: "a claim cannot restate itself", path: ["restates"] });
    if (claim.status.kind === "deprecated" && claim.status.supersededBy === claim.id) {
      ctx.addIssue({ code: "custom", message: "a claim cannot be superseded by itself", path: ["status", "supersededBy"] });
    }
    if (claim.estimate.unit !== claim.indicator.unit) {
      ctx.addIssue({
        code: "custom",
        message: `the estimate's unit ${JSON.stringify(claim.estimate.unit)} differs from the indicator's unit ${JSON.stringify(claim.indicator.unit)}`,
        path: ["estimate", "unit"],
      });
    }
  });

/** What a figure is about: subject, measure, unit, scope. */
export type Indicator = z.infer<typeof IndicatorSchema>;
/** The status of a claim: preferred, normal, or deprecated with a reason. */
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;
/** A figure with its indicator, times, attribution and status. */
export type Claim = z.infer<typeof ClaimSchema>;
/** The JSON a user may write for a claim (`status` may be left out and defaults to normal). */
export type ClaimInput = z.input<typeof ClaimSchema>;
