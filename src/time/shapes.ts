import { z } from "zod";

// The shapes of a period, field by field. A shape checks fields only;
// schema.ts adds the one check that holds a period to its EDTF reading. The
// EDTF reader and writer sit between the two, so that imports in the time
// room run one way: shapes, then the reader and writer, then the schema, then
// the functions that use it.

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

/** The fields of a date period. @internal */
export const dateShape = z.object({
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

/** The fields of a season period. @internal */
export const seasonShape = z.object({
  kind: z.literal("season"),
  year,
  season: SeasonNameSchema,
  /** Set for the hemisphere-specific EDTF codes 25–32; absent for 21–24, read with the `hemisphere` option. */
  hemisphere: HemisphereSchema.optional(),
  approximate: z.literal(true).optional(),
  uncertain: z.literal(true).optional(),
});

/** The fields of a sub-year period. @internal */
export const subyearShape = z.object({
  kind: z.literal("subyear"),
  year,
  unit: SubyearUnitSchema,
  /** Which one: quarters 1–4, quadrimesters 1–3, semesters 1–2. */
  index: z.number().int().min(1).max(4),
  approximate: z.literal(true).optional(),
  uncertain: z.literal(true).optional(),
});

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

/** The fields of an interval period. @internal */
export const intervalShape = z.object({
  kind: z.literal("interval"),
  start: IntervalEndSchema,
  end: IntervalEndSchema,
});

/** The fields of any period. @internal */
export const periodShape = z.discriminatedUnion("kind", [dateShape, seasonShape, subyearShape, intervalShape]);

/** Which parts of a date a qualifier applies to. */
export type DateParts = z.infer<typeof DatePartsSchema>;
/** The parts of a date left unspecified. */
export type Unspecified = z.infer<typeof UnspecifiedSchema>;
/** An open interval end (`..`). */
export type OpenEnd = z.infer<typeof OpenEndSchema>;
/** An unknown interval end (empty). */
export type UnknownEnd = z.infer<typeof UnknownEndSchema>;
/** One end of an interval. */
export type IntervalEnd = z.infer<typeof IntervalEndSchema>;

/**
 * The period types by kind, for the modules below the schema (the EDTF reader
 * and writer, the calendar range of a point). Every other module takes the
 * named types (`DatePeriod`, `Period`, …) from schema.ts, which infers the
 * same types from the refined schemas and documents them; a type test holds
 * the two equal. @internal
 */
export interface PeriodTypes {
  readonly date: z.infer<typeof dateShape>;
  readonly season: z.infer<typeof seasonShape>;
  readonly subyear: z.infer<typeof subyearShape>;
  /** A period that is not an interval. */
  readonly point: z.infer<typeof dateShape> | z.infer<typeof seasonShape> | z.infer<typeof subyearShape>;
  readonly period: z.infer<typeof periodShape>;
}
