import fc from "fast-check";

import { daysInMonth } from "../time/calendar.js";
import { readEdtf } from "../time/edtf-read.js";
import { writeEdtf } from "../time/edtf-write.js";
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
import { periodSettings as settings } from "./options.js";
import type { Span } from "./options.js";

/** Options for the period arbitraries. */
export interface ArbPeriodOptions {
  /** The smallest year drawn, a whole number from -9999 to 9999; -9999 by default. */
  readonly minYear?: number;
  /** The largest year drawn, a whole number from -9999 to 9999; 9999 by default. */
  readonly maxYear?: number;
  /** The kinds to draw from; all by default. */
  readonly kinds?: readonly Period["kind"][];
}

const PART_NAMES = ["year", "month", "day"] as const;
const YEARS = ["minYear", "maxYear"] as const;

const years = ([min, max]: Span): fc.Arbitrary<number> => fc.integer({ min, max });

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
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`, or a `time` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbDatePeriod(), 100).every((p) => DatePeriodSchema.safeParse(p).success);
 * //=> true
 */
export function arbDatePeriod(options?: Omit<ArbPeriodOptions, "kinds"> & { readonly time?: boolean }): fc.Arbitrary<DatePeriod> {
  const { span, time } = settings("arbDatePeriod", options, ["minYear", "maxYear", "time"]);
  return datePeriods(span, time);
}

function datePeriods(span: Span, withTime: boolean): fc.Arbitrary<DatePeriod> {
  return fc
    .record({
      precision: fc.constantFrom("year", "month", "day") as fc.Arbitrary<DatePeriod["precision"]>,
      year: years(span),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      pick: fc.nat(),
      marks: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 })), { minLength: 3, maxLength: 3 }),
      time: withTime ? fc.option(arbTime(), { nil: undefined, freq: 3 }) : fc.constant(undefined),
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
  const hours = (h: number) => `${h < 0 ? "-" : "+"}${String(Math.abs(h)).padStart(2, "0")}`;
  // the offsets time zones use, −12:00 to +14:00
  const offset = fc.oneof(
    fc.constant(""),
    fc.constant("Z"),
    fc.integer({ min: -12, max: 14 }).map(hours),
    fc.tuple(fc.integer({ min: -11, max: 13 }), two(59)).map(([h, m]) => `${hours(h)}:${m}`),
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
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, or years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbSeasonPeriod(), 1);
 * //=> e.g. [{ kind: "season", year: 1987, season: "winter", hemisphere: "south" }]
 */
export function arbSeasonPeriod(options?: Omit<ArbPeriodOptions, "kinds">): fc.Arbitrary<SeasonPeriod> {
  return seasons(settings("arbSeasonPeriod", options, YEARS).span);
}

function seasons(span: Span): fc.Arbitrary<SeasonPeriod> {
  return fc
    .record({
      year: years(span),
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
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, or years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbSubyearPeriod(), 1);
 * //=> e.g. [{ kind: "subyear", year: 2025, unit: "quarter", index: 1 }]
 */
export function arbSubyearPeriod(options?: Omit<ArbPeriodOptions, "kinds">): fc.Arbitrary<SubyearPeriod> {
  return subyears(settings("arbSubyearPeriod", options, YEARS).span);
}

function subyears(span: Span): fc.Arbitrary<SubyearPeriod> {
  return fc
    .record({
      year: years(span),
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
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`, or a `time` that is not a boolean; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbPeriodPoint(), 100).every((p) => p.kind !== "interval");
 * //=> true
 */
export function arbPeriodPoint(options?: Omit<ArbPeriodOptions, "kinds"> & { readonly time?: boolean }): fc.Arbitrary<PeriodPoint> {
  const { span, time } = settings("arbPeriodPoint", options, ["minYear", "maxYear", "time"]);
  return points(span, time);
}

function points(span: Span, time: boolean): fc.Arbitrary<PeriodPoint> {
  return fc.oneof(
    { weight: 3, arbitrary: datePeriods(span, time) as fc.Arbitrary<PeriodPoint> },
    { weight: 1, arbitrary: seasons(span) },
    { weight: 1, arbitrary: subyears(span) },
  );
}

/**
 * A fast-check arbitrary for intervals: two ends, each a date, season,
 * sub-year grouping, open (`..`) or unknown (empty); at least one dated, and
 * the start not after the end.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, or years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbIntervalPeriod(), 100).every((p) => IntervalPeriodSchema.safeParse(p).success);
 * //=> true
 */
export function arbIntervalPeriod(options?: Omit<ArbPeriodOptions, "kinds">): fc.Arbitrary<IntervalPeriod> {
  return intervals(settings("arbIntervalPeriod", options, YEARS).span);
}

function intervals(span: Span): fc.Arbitrary<IntervalPeriod> {
  const point = points(span, false) as fc.Arbitrary<IntervalEnd>;
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
      // A candidate may start after it ends: the writer writes it, and the reader says so.
      if (readEdtf(writeEdtf(candidate)).ok) return candidate;
      return { kind: "interval", start: candidate.end, end: candidate.start };
    })
    .filter((candidate) => readEdtf(writeEdtf(candidate)).ok);
}

/**
 * A fast-check arbitrary for periods of every kind, valid by construction
 * (`PeriodSchema` accepts each one, and `parsePeriod(formatPeriod(p))` gives it back).
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`, or `kinds` that is not a non-empty list of period kinds; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbPeriod(), 100).every((p) => PeriodSchema.safeParse(p).success);
 * //=> true
 */
export function arbPeriod(options?: ArbPeriodOptions): fc.Arbitrary<Period> {
  return periods("arbPeriod", options);
}

function periods(where: string, options: ArbPeriodOptions | undefined): fc.Arbitrary<Period> {
  const { span, kinds } = settings(where, options, ["minYear", "maxYear", "kinds"]);
  const all: Record<Period["kind"], () => fc.Arbitrary<Period>> = {
    date: () => datePeriods(span, true),
    season: () => seasons(span),
    subyear: () => subyears(span),
    interval: () => intervals(span),
  };
  return fc.oneof(...kinds.map((kind) => all[kind]()));
}

/**
 * A fast-check arbitrary for canonical EDTF strings of supported periods.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, years that are not whole numbers from -9999 to 9999, or a `minYear` above `maxYear`, or `kinds` that is not a non-empty list of period kinds; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbEdtf(), 100).every((s) => parsePeriod(s).ok);
 * //=> true
 */
export function arbEdtf(options?: ArbPeriodOptions): fc.Arbitrary<string> {
  return periods("arbEdtf", options).map(writeEdtf);
}

/**
 * A fast-check arbitrary for ISO calendar dates `YYYY-MM-DD` between two years (1900–2100 by default),
 * for reference dates.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, or years that are not whole numbers from 0 to 9999, or a `minYear` above `maxYear`; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbIsoDate(), 1);
 * //=> e.g. ["2031-07-14"]
 */
export function arbIsoDate(options?: { readonly minYear?: number; readonly maxYear?: number }): fc.Arbitrary<string> {
  return fc
    .record({
      year: years(settings("arbIsoDate", options, YEARS, [0, 9999, [1900, 2100]]).span),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => {
      const d = Math.min(day, daysInMonth(year, month));
      return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    });
}
