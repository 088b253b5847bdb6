import { z } from "zod";

import { MEASURE_NAME_PATTERN, MEASURE_NAMESPACE_PATTERN } from "../claim/measures.js";
import { ModalitySchema } from "../claim/schema.js";
import { EstimateSchema } from "../estimate/schema.js";
import { AttributionSchema, CountryCodeSchema, IdSchema } from "../provenance/schema.js";
import { EdtfSchema } from "../time/schema.js";
import { DEPLOYMENT_CATEGORIES, waveUnitProblem } from "./categories.js";
import type { StandardDeploymentCategory } from "./categories.js";

/**
 * What a wave sends: one of `DEPLOYMENT_CATEGORIES`, or `namespace:name` in
 * lowercase, by the rules of a claim's measure.
 */
export const DeploymentCategorySchema = z.union(
  [
    z.enum(DEPLOYMENT_CATEGORIES as unknown as readonly [StandardDeploymentCategory, ...StandardDeploymentCategory[]]),
    z.templateLiteral([z.string().regex(MEASURE_NAMESPACE_PATTERN), ":", z.string().regex(MEASURE_NAME_PATTERN)]),
  ],
  { error: "a category must be one of DEPLOYMENT_CATEGORIES or namespace:name in lowercase" },
);

/** The lowest value an estimate allows, for the schema's check that a size is not below zero. */
function lowest(e: z.infer<typeof EstimateSchema>): number {
  return e.kind === "range" ? e.low : e.kind === "atMost" || e.kind === "magnitude" ? 0 : e.value;
}

/**
 * A deployment wave: people of one category sent from one country to
 * another (ISO 3166-1 alpha-2; `from` and `to` differ), its size as stated, the time it was sent
 * over (`period`, EDTF valid time: "2024-23" is autumn 2024), when that
 * became public (`reportedAt`, EDTF knowledge time, as a claim's), who said
 * so (`attribution`), and what the source did with the figure (`modality`:
 * asserted when left out, or planned, projected, potential; only asserted
 * waves are counted as sent unless asked for). A wave either stands alone,
 * `adds` to another ("another 3,000": an increment, counted on top of it) or
 * `replaces` one or more (a rotation, or a new total that takes the place of
 * the waves before it). `claim` is the id of the claim it was read from, and
 * `claimModality` what that claim is when it is no assertion: a wave counted
 * as sent whose claim is a plan is counted as a plan.
 * Any other field is refused: a misspelt `replace` or `modalty` would
 * otherwise be dropped, and a replacement read as an addition.
 *
 * @example
 * DeploymentSchema.parse(nisBriefing2025Deployments[1]).adds;
 * //=> "nis-2024-autumn-deployed"
 */
export const DeploymentSchema = z
  .strictObject({
    id: IdSchema,
    /** The sending country, ISO 3166-1 alpha-2. */
    from: CountryCodeSchema,
    /** The receiving country, ISO 3166-1 alpha-2. */
    to: CountryCodeSchema,
    category: DeploymentCategorySchema,
    /** How many were sent, as stated; never below zero. */
    size: EstimateSchema,
    /** The time the wave was sent over, as EDTF: a date, or a period during which it went. */
    period: EdtfSchema,
    /** When the figure became public, as EDTF. */
    reportedAt: EdtfSchema,
    attribution: AttributionSchema,
    /** What the source did with the figure: asserted (when left out), planned, projected or potential. */
    modality: ModalitySchema.optional(),
    /** The id of the wave this one adds to: an increment. */
    adds: IdSchema.optional(),
    /** The id of the wave this one replaces, or the ids of several. */
    replaces: z.union([IdSchema, z.array(IdSchema).min(1)]).optional(),
    /** The id of the claim the wave was read from. */
    claim: IdSchema.optional(),
    /**
     * What the claim the wave was read from is, or the claim it restates, when
     * that is not an assertion (planned, projected, potential), as
     * `datasetDeployments` copies it; a wave counted as sent whose claim is a
     * plan is counted as a plan. Only with `claim`.
     */
    claimModality: ModalitySchema.optional(),
  })
  .superRefine((wave, ctx) => {
    if (wave.from === wave.to) ctx.addIssue({ code: "custom", message: `must be another country than from (${JSON.stringify(wave.from)}): a wave is sent from one country to another`, path: ["to"] });
    if (lowest(wave.size) < 0) ctx.addIssue({ code: "custom", message: "a wave's size must not go below zero", path: ["size"] });
    const unitProblem = waveUnitProblem(wave.category, wave.size.unit);
    if (unitProblem !== undefined) ctx.addIssue({ code: "custom", message: `unit ${wave.size.unit} ${unitProblem}`, path: ["size", "unit"] });
    if (wave.adds !== undefined && wave.replaces !== undefined) {
      ctx.addIssue({ code: "custom", message: "a wave adds to one wave or replaces others, not both", path: ["replaces"] });
    }
    const refs = [wave.adds ?? [], wave.replaces ?? []].flat();
    if (refs.includes(wave.id)) ctx.addIssue({ code: "custom", message: "a wave cannot add to or replace itself", path: [wave.adds === wave.id ? "adds" : "replaces"] });
    if (new Set(refs).size !== refs.length) ctx.addIssue({ code: "custom", message: "replaces must not repeat an id", path: ["replaces"] });
    if (wave.claimModality !== undefined && wave.claim === undefined) ctx.addIssue({ code: "custom", message: "claimModality is what the wave's claim is: give the claim", path: ["claimModality"] });
  });

/** A deployment wave; see {@link DeploymentSchema}. */
export type Deployment = z.infer<typeof DeploymentSchema>;
