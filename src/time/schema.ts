import { z } from "zod";

import { isIsoDay } from "./calendar.js";
import { formatPeriod, parsePeriod } from "./edtf.js";

// EDTF years are four digits, with a minus sign before year 0 (level 1).
const year = z.number().int().min(-9999).max(9999);

/** Which parts of a date a qualifier applies to: `{ year: true, month: true }` for `2004-06~-11`. */
export const DatePartsSchema = z.object({
  year: z.literal(true).optional(),
  month: z.literal(true).optional(),
  day: z.literal(true).optional(),
});

/**
 * The parts of a date left unspecified with `X` digits (EDTF level 1, from the right):
 * `"year-last-digit"` (`201X`), `"year-last-two-digits"` (`20XX`), `"month"` (`2004-XX`),
 * `"day"` (`1985-04-XX`) and `"month-and-day"` (`1985-XX-XX`). An unspecified part has no
 * field of its own; an unspecified year digit is 0 in `year` (`201X` has `year: 2010`).
 */
export const UnspecifiedSchema = z.enum(["year-last-digit", "year-last-two-digits", "month", "day", "month-and-day"]);

/** A hemisphere: `"north"` or `"south"`. */
export const HemisphereSchema = z.enum(["north", "south"]);

/** A season word. */
export const SeasonNameSchema = z.enum(["spring", "summer", "autumn", "winter"]);

/** A sub-year grouping of months. */
export const SubyearUnitSchema = z.enum(["quarter", "quadrimester", "semester"]);

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

// Every Period is the reading of its own EDTF string: format it, read it back,
// and it must come back the same. This one check holds the schema to exactly
// what parsePeriod produces (valid days, consistent precision, canonical flags).
function canonical(value: unknown, ctx: z.RefinementCtx): void {
  const edtf = formatPeriod(value as Parameters<typeof formatPeriod>[0]);
  const read = parsePeriod(edtf);
  if (!read.ok) {
    ctx.addIssue({ code: "custom", message: read.reason });
  } else if (!sameData(read.value, value)) {
    ctx.addIssue({
      code: "custom",
      message: `period is not in its canonical form: it is written "${edtf}", which reads back differently`,
    });
  }
}

const dateShape = z.object({
  kind: z.literal("date"),
  /** The finest part the date states: "year", "month" or "day". */
  precision: z.enum(["year", "month", "day"]),
  year,
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  unspecified: UnspecifiedSchema.optional(),
  /** A time of day on a day-precision date (EDTF level 0): `23:20:30`, `23:20:30Z`, `23:20:30+04:30`. */
  time: z.string().optional(),
  approximate: DatePartsSchema.optional(),
  uncertain: DatePartsSchema.optional(),
});

/**
 * A year, month or day, perhaps with unspecified digits, a time of day, and
 * approximate (`~`) or uncertain (`?`) parts: `2024`, `2024-10?`, `2004-06~-11`, `201X`.
 *
 * @example
 * DatePeriodSchema.parse({ kind: "date", precision: "month", year: 2024, month: 10, uncertain: { year: true, month: true } });
 * //=> { kind: "date", precision: "month", year: 2024, month: 10, uncertain: { year: true, month: true } }
 */
export const DatePeriodSchema = dateShape.superRefine(canonical);

const seasonShape = z.object({
  kind: z.literal("season"),
  year,
  season: SeasonNameSchema,
  /** Set for the hemisphere-specific EDTF codes 25–32; absent for 21–24, read with the `hemisphere` option. */
  hemisphere: HemisphereSchema.optional(),
  approximate: z.literal(true).optional(),
  uncertain: z.literal(true).optional(),
});

/**
 * A season of a year: `2024-23` (autumn 2024), `2024-27` (northern autumn 2024).
 *
 * @example
 * SeasonPeriodSchema.parse({ kind: "season", year: 2024, season: "autumn" });
 * //=> { kind: "season", year: 2024, season: "autumn" }
 */
export const SeasonPeriodSchema = seasonShape.superRefine(canonical);

const subyearShape = z.object({
  kind: z.literal("subyear"),
  year,
  unit: SubyearUnitSchema,
  /** Which one: quarters 1–4, quadrimesters 1–3, semesters 1–2. */
  index: z.number().int().min(1).max(4),
  approximate: z.literal(true).optional(),
  uncertain: z.literal(true).optional(),
});

/**
 * A quarter, quadrimester or semester of a year (EDTF level 2): `2025-33` (first quarter of 2025).
 *
 * @example
 * SubyearPeriodSchema.parse({ kind: "subyear", year: 2025, unit: "quarter", index: 1 });
 * //=> { kind: "subyear", year: 2025, unit: "quarter", index: 1 }
 */
export const SubyearPeriodSchema = subyearShape.superRefine(canonical);

/** An open interval end, `..`: the interval runs on without a stated end (or from no stated start). */
export const OpenEndSchema = z.object({ kind: z.literal("open") });

/** An unknown interval end, written as nothing: `1985/`. */
export const UnknownEndSchema = z.object({ kind: z.literal("unknown") });

/** One end of an interval: a date (without a time of day), a season, a sub-year grouping, open or unknown. */
export const IntervalEndSchema = z.discriminatedUnion("kind", [
  dateShape,
  seasonShape,
  subyearShape,
  OpenEndSchema,
  UnknownEndSchema,
]);

const intervalShape = z.object({
  kind: z.literal("interval"),
  start: IntervalEndSchema,
  end: IntervalEndSchema,
});

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
export const PeriodSchema = z
  .discriminatedUnion("kind", [dateShape, seasonShape, subyearShape, intervalShape])
  .superRefine(canonical);

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
  const read = parsePeriod(text);
  if (!read.ok) ctx.addIssue({ code: "custom", message: read.reason });
});

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`: a reference date, a bound.
 *
 * @example
 * IsoDateSchema.safeParse("2025-02-29").success;
 * //=> false
 */
export const IsoDateSchema = z.string().refine(isIsoDay, { message: "expected an ISO calendar date YYYY-MM-DD" });

/** Which parts of a date a qualifier applies to. */
export type DateParts = z.infer<typeof DatePartsSchema>;
/** The parts of a date left unspecified. */
export type Unspecified = z.infer<typeof UnspecifiedSchema>;
/** A year, month or day. */
export type DatePeriod = z.infer<typeof DatePeriodSchema>;
/** A season of a year. */
export type SeasonPeriod = z.infer<typeof SeasonPeriodSchema>;
/** A quarter, quadrimester or semester of a year. */
export type SubyearPeriod = z.infer<typeof SubyearPeriodSchema>;
/** An open interval end (`..`). */
export type OpenEnd = z.infer<typeof OpenEndSchema>;
/** An unknown interval end (empty). */
export type UnknownEnd = z.infer<typeof UnknownEndSchema>;
/** One end of an interval. */
export type IntervalEnd = z.infer<typeof IntervalEndSchema>;
/** An interval between two ends. */
export type IntervalPeriod = z.infer<typeof IntervalPeriodSchema>;
/** Any period: a date, season, sub-year grouping or interval. */
export type Period = z.infer<typeof PeriodSchema>;
/** A period that is not an interval: a date, season or sub-year grouping. */
export type PeriodPoint = DatePeriod | SeasonPeriod | SubyearPeriod;
/** The `kind` of a period. */
export type PeriodKind = Period["kind"];
