import fc from "fast-check";

import { daysInMonth } from "../time/calendar.js";
import { formatPeriod, parsePeriod } from "../time/edtf.js";
import type {
  DateParts,
  DatePeriod,
  IntervalEnd,
  IntervalPeriod,
  Period,
  PeriodPoint,
  SeasonPeriod,
  SubyearPeriod,
  Unspecified,
} from "../time/schema.js";
import { SEASON_NAMES, SUBYEAR_LENGTH } from "../time/seasons.js";
import type { SubyearUnit } from "../time/seasons.js";

/** Options for the period arbitraries. */
export interface ArbPeriodOptions {
  /** The smallest year drawn; -9999 by default. */
  readonly minYear?: number;
  /** The largest year drawn; 9999 by default. */
  readonly maxYear?: number;
  /** The kinds to draw from; all by default. */
  readonly kinds?: readonly Period["kind"][];
}

const PART_NAMES = ["year", "month", "day"] as const;

function years(options: ArbPeriodOptions): fc.Arbitrary<number> {
  return fc.integer({ min: Math.max(-9999, options.minYear ?? -9999), max: Math.min(9999, options.maxYear ?? 9999) });
}

function partsOf(bits: readonly number[], bit: number): DateParts | undefined {
  const parts: { year?: true; month?: true; day?: true } = {};
  bits.forEach((b, i) => {
    if ((b & bit) !== 0) parts[PART_NAMES[i] as "year"] = true;
  });
  return Object.keys(parts).length > 0 ? parts : undefined;
}

const UNSPECIFIED: Readonly<Record<DatePeriod["precision"], readonly (Unspecified | undefined)[]>> = {
  year: [undefined, "year-last-digit", "year-last-two-digits"],
  month: [undefined, "month"],
  day: [undefined, "day", "month-and-day"],
};

/**
 * A fast-check arbitrary for dates: a year, month or day, with `X` digits,
 * qualifiers on any part, or a time of day, valid by construction.
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbDatePeriod(), (p) => DatePeriodSchema.safeParse(p).success));
 */
export function arbDatePeriod(options: Omit<ArbPeriodOptions, "kinds"> & { readonly time?: boolean } = {}): fc.Arbitrary<DatePeriod> {
  return fc
    .record({
      precision: fc.constantFrom("year", "month", "day") as fc.Arbitrary<DatePeriod["precision"]>,
      year: years(options),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      pick: fc.nat(),
      marks: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })), { minLength: 3, maxLength: 3 }),
      time: options.time === false ? fc.constant(undefined) : fc.option(arbTime(), { nil: undefined, freq: 3 }),
    })
    .map(({ precision, year, month, day, pick, marks, time }): DatePeriod => {
      const choices = UNSPECIFIED[precision];
      let unspecified = choices[pick % choices.length];
      if (year < 0 && (unspecified === "year-last-digit" || unspecified === "year-last-two-digits")) unspecified = undefined;
      const y = unspecified === "year-last-digit" ? year - (year % 10) : unspecified === "year-last-two-digits" ? year - (year % 100) : year;
      const hasMonth = precision !== "year" && unspecified !== "month" && unspecified !== "month-and-day";
      const hasDay = precision === "day" && unspecified === undefined;
      const d = Math.min(day, daysInMonth(y, month));
      const present = precision === "year" ? 1 : precision === "month" ? 2 : 3;
      const withTime = hasDay && time !== undefined;
      const bits = withTime ? [0, 0, 0] : marks.slice(0, present);
      const approximate = partsOf(bits, 2);
      const uncertain = partsOf(bits, 1);
      return {
        kind: "date",
        precision,
        year: y,
        ...(hasMonth ? { month } : {}),
        ...(hasDay ? { day: d } : {}),
        ...(unspecified === undefined ? {} : { unspecified }),
        ...(withTime ? { time } : {}),
        ...(approximate ? { approximate } : {}),
        ...(uncertain ? { uncertain } : {}),
      };
    });
}

function arbTime(): fc.Arbitrary<string> {
  const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
  const offset = fc.oneof(
    fc.constant(""),
    fc.constant("Z"),
    fc.tuple(fc.constantFrom("+", "-"), two(23)).map(([s, h]) => `${s}${h}`),
    fc.tuple(fc.constantFrom("+", "-"), two(23), two(59)).map(([s, h, m]) => `${s}${h}:${m}`),
  );
  return fc.tuple(two(23), two(59), two(59), offset).map(([h, m, s, o]) => `${h}:${m}:${s}${o}`);
}

function flags(approximate: boolean, uncertain: boolean): { approximate?: true; uncertain?: true } {
  return { ...(approximate ? { approximate: true as const } : {}), ...(uncertain ? { uncertain: true as const } : {}) };
}

/**
 * A fast-check arbitrary for seasons, with or without a hemisphere, perhaps qualified.
 *
 * @category Testing
 * @example
 * fc.sample(arbSeasonPeriod(), 1);
 * //=> e.g. [{ kind: "season", year: 1987, season: "winter", hemisphere: "south" }]
 */
export function arbSeasonPeriod(options: Omit<ArbPeriodOptions, "kinds"> = {}): fc.Arbitrary<SeasonPeriod> {
  return fc
    .record({
      year: years(options),
      season: fc.constantFrom(...SEASON_NAMES),
      hemisphere: fc.constantFrom(undefined, "north", "south"),
      approximate: fc.boolean(),
      uncertain: fc.boolean(),
    })
    .map(({ year, season, hemisphere, approximate, uncertain }) => ({
      kind: "season" as const,
      year,
      season,
      ...(hemisphere === undefined ? {} : { hemisphere }),
      ...flags(approximate, uncertain),
    }));
}

/**
 * A fast-check arbitrary for quarters, quadrimesters and semesters, perhaps qualified.
 *
 * @category Testing
 * @example
 * fc.sample(arbSubyearPeriod(), 1);
 * //=> e.g. [{ kind: "subyear", year: 2025, unit: "quarter", index: 1 }]
 */
export function arbSubyearPeriod(options: Omit<ArbPeriodOptions, "kinds"> = {}): fc.Arbitrary<SubyearPeriod> {
  return fc
    .record({
      year: years(options),
      unit: fc.constantFrom("quarter", "quadrimester", "semester") as fc.Arbitrary<SubyearUnit>,
      index: fc.nat(),
      approximate: fc.boolean(),
      uncertain: fc.boolean(),
    })
    .map(({ year, unit, index, approximate, uncertain }) => ({
      kind: "subyear" as const,
      year,
      unit,
      index: (index % (12 / SUBYEAR_LENGTH[unit])) + 1,
      ...flags(approximate, uncertain),
    }));
}

/**
 * A fast-check arbitrary for periods that are not intervals: dates, seasons and sub-year groupings.
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbPeriodPoint(), (p) => p.kind !== "interval"));
 */
export function arbPeriodPoint(options: Omit<ArbPeriodOptions, "kinds"> & { readonly time?: boolean } = {}): fc.Arbitrary<PeriodPoint> {
  return fc.oneof(
    { weight: 3, arbitrary: arbDatePeriod(options) as fc.Arbitrary<PeriodPoint> },
    { weight: 1, arbitrary: arbSeasonPeriod(options) },
    { weight: 1, arbitrary: arbSubyearPeriod(options) },
  );
}

/**
 * A fast-check arbitrary for intervals: two ends, each a date, season,
 * sub-year grouping, open (`..`) or unknown (empty); at least one dated, and
 * the start not after the end.
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbIntervalPeriod(), (p) => IntervalPeriodSchema.safeParse(p).success));
 */
export function arbIntervalPeriod(options: Omit<ArbPeriodOptions, "kinds"> = {}): fc.Arbitrary<IntervalPeriod> {
  const point = arbPeriodPoint({ ...options, time: false }) as fc.Arbitrary<IntervalEnd>;
  const end = fc.oneof(
    { weight: 4, arbitrary: point },
    { weight: 1, arbitrary: fc.constant<IntervalEnd>({ kind: "open" }) },
    { weight: 1, arbitrary: fc.constant<IntervalEnd>({ kind: "unknown" }) },
  );
  return fc
    .tuple(point, end, fc.boolean())
    .map(([dated, other, datedFirst]): IntervalPeriod => {
      const candidate: IntervalPeriod = datedFirst
        ? { kind: "interval", start: dated, end: other }
        : { kind: "interval", start: other, end: dated };
      if (parsePeriod(formatPeriod(candidate)).ok) return candidate;
      return { kind: "interval", start: candidate.end, end: candidate.start };
    })
    .filter((candidate) => parsePeriod(formatPeriod(candidate)).ok);
}

/**
 * A fast-check arbitrary for periods of every kind, valid by construction
 * (`PeriodSchema` accepts each one, and `parsePeriod(formatPeriod(p))` gives it back).
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbPeriod(), (p) => PeriodSchema.safeParse(p).success));
 */
export function arbPeriod(options: ArbPeriodOptions = {}): fc.Arbitrary<Period> {
  const all: Record<Period["kind"], fc.Arbitrary<Period>> = {
    date: arbDatePeriod(options),
    season: arbSeasonPeriod(options),
    subyear: arbSubyearPeriod(options),
    interval: arbIntervalPeriod(options),
  };
  const kinds = options.kinds ?? (["date", "season", "subyear", "interval"] as const);
  return fc.oneof(...kinds.map((kind) => all[kind]));
}

/**
 * A fast-check arbitrary for canonical EDTF strings of supported periods.
 *
 * @category Testing
 * @example
 * fc.assert(fc.property(arbEdtf(), (s) => parsePeriod(s).ok));
 */
export function arbEdtf(options: ArbPeriodOptions = {}): fc.Arbitrary<string> {
  return arbPeriod(options).map(formatPeriod);
}

/**
 * A fast-check arbitrary for ISO calendar dates `YYYY-MM-DD` between two years (1900–2100 by default),
 * for reference dates.
 *
 * @category Testing
 * @example
 * fc.sample(arbIsoDate(), 1);
 * //=> e.g. ["2031-07-14"]
 */
export function arbIsoDate(options: { readonly minYear?: number; readonly maxYear?: number } = {}): fc.Arbitrary<string> {
  return fc
    .record({
      year: fc.integer({ min: Math.max(0, options.minYear ?? 1900), max: Math.min(9999, options.maxYear ?? 2100) }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      const d = Math.min(day, daysInMonth(year, month));
      return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    });
}
