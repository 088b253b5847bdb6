import { notPeople } from "../claim/measures.js";
import { z } from "zod";

import { CasualtyPartSchema, ClaimSchema } from "../claim/schema.js";
import { readInterval } from "../estimate/read.js";
import { EstimateSchema } from "../estimate/schema.js";
import type { Estimate } from "../estimate/schema.js";
import { BREAKDOWN_FIELDS, CASUALTY_STATES, measureOf, sameParts } from "./vocabulary.js";

/** What a breakdown says of a figure it does not give: `"unknown"`, `"not-reported"` or `"none-observed"`. See `CASUALTY_STATES`. */
export const CasualtyStateSchema = z.enum(CASUALTY_STATES);

/** One figure of a breakdown: an estimate, or what the source says instead of one. */
export const CasualtyValueSchema = z.union([EstimateSchema, CasualtyStateSchema]);

const claimFor = ClaimSchema.optional();

/**
 * A casualty breakdown: killed, wounded, missing, captured and the total,
 * each an estimate or a {@link CasualtyStateSchema | state}; `includes`, the
 * parts the total counts, stated explicitly (sources differ: the NIS counts
 * killed and wounded); and optionally, by field, the claim each figure comes
 * from. Every estimate is a count in one unit that cannot go below zero; a
 * claim kept for a field has that field's measure (`casualties` for the
 * total) and states its figure (the same kind, unit and values; the words
 * may differ), and a total's claim counts the parts `includes` lists (or
 * lists none). A field it does not have ("wonded") is refused, never
 * dropped: the figure it meant would be read as missing.
 *
 * @example
 * CasualtyBreakdownSchema.parse(nisBriefing2025CasualtiesApril).includes;
 * //=> ["killed", "wounded"]
 */
export const CasualtyBreakdownSchema = z
  .strictObject({
    killed: CasualtyValueSchema,
    wounded: CasualtyValueSchema,
    missing: CasualtyValueSchema,
    captured: CasualtyValueSchema,
    total: CasualtyValueSchema,
    /** The parts the total counts. */
    includes: z.array(CasualtyPartSchema).min(1),
    /** The claim each stated figure comes from, by field. */
    claims: z.strictObject({ killed: claimFor, wounded: claimFor, missing: claimFor, captured: claimFor, total: claimFor }).optional(),
  })
  .superRefine((b, ctx) => {
    if (new Set(b.includes).size !== b.includes.length) ctx.addIssue({ code: "custom", message: "includes must not repeat a part", path: ["includes"] });
    let unit: string | undefined;
    for (const field of BREAKDOWN_FIELDS) {
      const value = b[field];
      if (typeof value === "string") continue;
      if (readInterval(value as Estimate).low < 0) ctx.addIssue({ code: "custom", message: "a count of casualties cannot go below zero", path: [field] });
      const not = notPeople(value.unit);
      if (not !== undefined) ctx.addIssue({ code: "custom", message: `unit ${value.unit} is ${not}, but a breakdown counts people`, path: [field, "unit"] });
      unit ??= value.unit;
      if (value.unit !== unit) ctx.addIssue({ code: "custom", message: `every figure of a breakdown is in one unit (${JSON.stringify(unit)})`, path: [field, "unit"] });
    }
    for (const field of BREAKDOWN_FIELDS) {
      const c = b.claims?.[field];
      if (c === undefined) continue;
      if (c.indicator.measure !== measureOf(field)) ctx.addIssue({ code: "custom", message: `the claim for ${field} must have the measure ${measureOf(field)}`, path: ["claims", field, "indicator", "measure"] });
      if (!sameFigure(c.estimate, b[field])) ctx.addIssue({ code: "custom", message: `the claim for ${field} must state the breakdown's figure`, path: ["claims", field, "estimate"] });
      const counts = c.indicator.includes;
      if (field === "total" && counts !== undefined && !sameParts(counts, b.includes)) {
        ctx.addIssue({ code: "custom", message: "the total's claim counts other parts than includes", path: ["claims", "total", "indicator", "includes"] });
      }
    }
  });

/** Whether a claim's estimate states the same figure as a field: the same kind, unit and values (its words may differ). */
function sameFigure(a: Estimate, b: Estimate | string): boolean {
  if (typeof b === "string" || a.kind !== b.kind || a.unit !== b.unit) return false;
  const [x, y] = [readInterval(a), readInterval(b)];
  return x.low === y.low && x.high === y.high && x.lowOpen === y.lowOpen && x.highOpen === y.highOpen && x.best === y.best;
}

/** A figure of a breakdown, or what the source says instead; see `CASUALTY_STATES`. */
export type CasualtyValue = z.infer<typeof CasualtyValueSchema>;
/** Killed, wounded, missing, captured and the total, what the total includes, and the claims the figures come from. */
export type CasualtyBreakdown = z.infer<typeof CasualtyBreakdownSchema>;
/** The JSON a user may write for a breakdown (an estimate's `strict` may be left out). */
export type CasualtyBreakdownInput = z.input<typeof CasualtyBreakdownSchema>;
