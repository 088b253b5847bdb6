import { z } from "zod";

import { isIsoDay } from "./calendar.js";
import { canonicalProblem } from "./canonical.js";
import { readEdtf } from "./edtf-read.js";
import {
  DatePartsSchema,
  dateShape,
  HemisphereSchema,
  IntervalEndSchema,
  intervalShape,
  OpenEndSchema,
  periodShape,
  SeasonNameSchema,
  seasonShape,
  SubyearUnitSchema,
  subyearShape,
  UnknownEndSchema,
  UnspecifiedSchema,
} from "./shapes.js";

export {
  DatePartsSchema,
  HemisphereSchema,
  IntervalEndSchema,
  OpenEndSchema,
  SeasonNameSchema,
  SubyearUnitSchema,
  UnknownEndSchema,
  UnspecifiedSchema,
};
export type { DateParts, IntervalEnd, OpenEnd, UnknownEnd, Unspecified } from "./shapes.js";

// Every Period is the reading of its own EDTF string: write it, read it back,
// and it must come back the same. This one check holds the schema to exactly
// what parsePeriod produces (valid days, consistent precision, canonical flags).
function canonical(value: unknown, ctx: z.RefinementCtx): void {
  const problem = canonicalProblem(value);
  if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
}

/**
 * A year, month or day, perhaps with unspecified digits, a time of day, and
 * approximate (`~`) or uncertain (`?`) parts: `2024`, `2024-10?`, `2004-06~-11`, `201X`.
 *
 * @example
 * DatePeriodSchema.parse({ kind: "date", precision: "month", year: 2024, month: 10, uncertain: { year: true, month: true } });
 * //=> { kind: "date", precision: "month", year: 2024, month: 10, uncertain: { year: true, month: true } }
 */
export const DatePeriodSchema = dateShape.superRefine(canonical);

/**
 * A season of a year: `2024-23` (autumn 2024), `2024-27` (northern autumn 2024).
 *
 * @example
 * SeasonPeriodSchema.parse({ kind: "season", year: 2024, season: "autumn" });
 * //=> { kind: "season", year: 2024, season: "autumn" }
 */
export const SeasonPeriodSchema = seasonShape.superRefine(canonical);

/**
 * A quarter, quadrimester or semester of a year (EDTF level 2): `2025-33` (first quarter of 2025).
 *
 * @example
 * SubyearPeriodSchema.parse({ kind: "subyear", year: 2025, unit: "quarter", index: 1 });
 * //=> { kind: "subyear", year: 2025, unit: "quarter", index: 1 }
 */
export const SubyearPeriodSchema = subyearShape.superRefine(canonical);

/**
 * An interval between two ends: `2025-01/2025-03`, `2024-10/..`, `/1985`.
 * At least one end is dated, and the start is not after the end.
 *
 * @example
 * IntervalPeriodSchema.parse({
 *   kind: "interval",
 *   start: { kind: "date", precision: "month", year: 2025, month: 1 },
 *   end: { kind: "open" },
 * });
 * //=> { kind: "interval", start: { kind: "date", precision: "month", year: 2025, month: 1 }, end: { kind: "open" } }
 */
export const IntervalPeriodSchema = intervalShape.superRefine(canonical);

/**
 * Any period, discriminated on `kind`. Its string form is EDTF; see `parsePeriod`.
 *
 * @example
 * PeriodSchema.parse({ kind: "season", year: 2024, season: "autumn" });
 * //=> { kind: "season", year: 2024, season: "autumn" }
 */
export const PeriodSchema = periodShape.superRefine(canonical);

/**
 * A period as an EDTF string, for JSON that stores periods as text (`"2025-01/2025-03"`).
 * Rejects what `parsePeriod` rejects, with its reason.
 *
 * @example
 * EdtfSchema.safeParse("2024-23").success;
 * //=> true
 * EdtfSchema.safeParse("2024-13").success;
 * //=> false
 */
export const EdtfSchema = z.string().superRefine((text, ctx) => {
  const read = readEdtf(text);
  if (!read.ok) ctx.addIssue({ code: "custom", message: read.reason });
});

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`: a reference date, a bound.
 *
 * @example
 * IsoDateSchema.safeParse("2025-02-29").success;
 * //=> false
 */
export const IsoDateSchema = z.string().refine(isIsoDay, {
  // the value, and for a well-formed one why it is no day: "2025-02-30" names no day of February 2025
  error: (iss) => `expected an ISO calendar date YYYY-MM-DD, got ${JSON.stringify(iss.input)}${/^\d{4}-\d{2}-\d{2}$/.test(String(iss.input)) ? ", which names no day of the calendar" : ""}`,
});

/** A year, month or day. */
export type DatePeriod = z.infer<typeof DatePeriodSchema>;
/** A season of a year. */
export type SeasonPeriod = z.infer<typeof SeasonPeriodSchema>;
/** A quarter, quadrimester or semester of a year. */
export type SubyearPeriod = z.infer<typeof SubyearPeriodSchema>;
/** An interval between two ends. */
export type IntervalPeriod = z.infer<typeof IntervalPeriodSchema>;
/** Any period: a date, season, sub-year grouping or interval. */
export type Period = z.infer<typeof PeriodSchema>;
/** A period that is not an interval: a date, season or sub-year grouping. */
export type PeriodPoint = DatePeriod | SeasonPeriod | SubyearPeriod;
/** The `kind` of a period. */
export type PeriodKind = Period["kind"];
