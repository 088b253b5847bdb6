import { rethrow } from "../../_lib/guard.js";
import { fail, isObject, optionsOf } from "../../_lib/assert.js";
import { checkHemisphere } from "../../time/bounds.js";
import { compareDays, isoDay, readIsoDay } from "../../time/calendar.js";
import { quote } from "../../time/edtf-point.js";
import { dayPeriod } from "../../time/edtf.js";
import { writeEdtf } from "../../time/edtf-write.js";
import type { PeriodResult } from "../../time/edtf.js";
import type { IntervalEnd, Period } from "../../time/schema.js";
import type { Hemisphere } from "../../time/seasons.js";
import { readRef } from "./read.js";
import { Reader } from "./reader.js";
import { isAnchored, place } from "./relative.js";
import { PhraseReject, refuse, tokenize } from "./tokens.js";
import type { Context, Placed, Ref } from "./types.js";
import { LEADS, RANGE_JOINS } from "./words.js";

/** Options for {@link resolveTimePhrase}. */
export interface TimePhraseOptions {
  /** The date the text speaks from, as an ISO calendar date (`2025-04-30`): a report's or briefing's date. */
  readonly reference: string;
  /**
   * The hemisphere whose seasons the text means. Without it a season word
   * resolves to a season that names no hemisphere (EDTF `2024-23`), read as
   * northern; with it, to that hemisphere's season (`2024-27` or `2024-31`).
   */
  readonly hemisphere?: Hemisphere;
}

/** The first year in a period outside -9999 to 9999, if any. */
function yearOutside(value: unknown): number | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  for (const [k, v] of Object.entries(value)) {
    if (k === "year" && typeof v === "number" && Math.abs(v) > 9999) return v;
    const inner = typeof v === "object" ? yearOutside(v) : undefined;
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/**
 * One side of a placed period, as an interval end. A season at an interval
 * end carries the hemisphere it was placed in (EDTF codes 25–32): against a
 * month or a day, a season that names no hemisphere could run either way.
 */
function sideOf(placed: Placed, side: "start" | "end", context: Context): IntervalEnd {
  const point = placed.period.kind === "interval" ? placed.period[side] : placed.period;
  if (point.kind === "season" && point.hemisphere === undefined) return { ...point, hemisphere: context.hemisphere };
  return point;
}

/** The interval from the start of `a` to the end of `b`, a bare one placed against the other. */
function rangeOf(a: Ref, b: Ref, context: Context, words: string): Period {
  let first: Placed;
  let second: Placed;
  if (!isAnchored(a) && isAnchored(b)) {
    second = place(b, context);
    first = place(a, context, "latest-begun", second.first);
  } else {
    first = place(a, context);
    second = place(b, context, "earliest-not-before", first.first);
  }
  if (compareDays(first.first, second.last) > 0) {
    refuse(`"${words}" ends (${writeEdtf(second.period)}) before it starts (${writeEdtf(first.period)})`);
  }
  return { kind: "interval", start: sideOf(first, "start", context), end: sideOf(second, "end", context) };
}

/** Reads a whole phrase: one period, or a range, "since …" or "by the end of …". */
function readPhrase(reader: Reader, context: Context): Period {
  const start = reader.position;
  while (reader.word() !== undefined && LEADS.has(reader.word() as string)) reader.take();
  if (reader.word() === "as" && reader.word(1) === "of") {
    reader.take();
    reader.take();
  }
  let result: Period;
  if (reader.accept("between")) {
    const a = readRef(reader);
    if (!reader.accept("and")) reader.fail('"and" after "between …"');
    const b = readRef(reader);
    result = rangeOf(a, b, context, reader.since(start));
  } else if (reader.accept("from")) {
    const a = readRef(reader);
    if (!acceptJoin(reader)) reader.fail('"to" after "from …"');
    const b = readRef(reader);
    result = rangeOf(a, b, context, reader.since(start));
  } else if (reader.accept("since")) {
    const a = place(readRef(reader), context);
    if (compareDays(a.first, context.reference) > 0) {
      refuse(`the start (${writeEdtf(a.period)}) is after the reference date ${isoDay(context.reference)}`);
    }
    result = { kind: "interval", start: sideOf(a, "start", context), end: dayPeriod(context.reference) };
  } else if (reader.word() === "by") {
    reader.take();
    reader.accept("the");
    if (!reader.accept("end")) reader.fail('"the end of" after "by"');
    if (!reader.accept("of")) reader.fail('"of" after "by the end"');
    const a = place(readRef(reader), context);
    result = { kind: "interval", start: { kind: "open" }, end: sideOf(a, "end", context) };
  } else {
    const a = readRef(reader);
    if (acceptJoin(reader)) {
      const b = readRef(reader);
      result = rangeOf(a, b, context, reader.since(start));
    } else {
      result = place(a, context).period;
    }
  }
  if (!reader.done()) reader.fail(`the end of the phrase after "${reader.since(start)}"`);
  return result;
}

/** Takes a dash or a word that joins the ends of a range, if one is next. */
function acceptJoin(reader: Reader): boolean {
  const token = reader.peek();
  if (token?.kind === "dash" || (token?.kind === "word" && RANGE_JOINS.has(token.text))) {
    reader.take();
    return true;
  }
  return false;
}

/**
 * Reads the words reporting uses for a period and places them on the
 * calendar relative to a reference date, as an EDTF-representable
 * {@link Period}. It reads words from fixed tables (months, seasons,
 * early/mid/late, this/last/previous/next, quarters and halves, between …
 * and, from … to, since, by the end of), in one pass; it never throws on any
 * text and never guesses: what it cannot read it returns as `{ ok: false, reason }`.
 *
 * How a name without a year is placed, relative to the reference date:
 *
 * - bare ("in January", "in the first quarter", "in spring"): the most recent one that has begun;
 * - "last" / "previous" ("last autumn", "the previous fall"): the most recent one that has ended;
 * - "this": the one under way, else the one of the reference's year;
 * - "next": the first one that begins after the reference date.
 *
 * "Between A and B" and "from A to B" run from the start of A to the end of B,
 * a bare B being the first one not before A ("from October to March" crosses
 * the year); "since A" runs from A to the reference date; "by the end of A"
 * is open at the start and ends with A. A season at an interval end carries
 * the hemisphere it was read in (`2024-27/2025-03`). Early, mid and late are the first,
 * middle and last thirds: months 1–4, 5–8 and 9–12 of a year; days 1–10,
 * 11–20 and 21 to the end of a month; one month of a season or quarter.
 *
 * @category Time
 * @throws {FogcountError} `invalid-reference` if `reference` is not an ISO calendar date; `invalid-option` for options that are not an object or a hemisphere other than "north" or "south"; `invalid-argument` for text that is not a string. It never throws on a string.
 * @example
 * resolveTimePhrase("the previous fall", { reference: "2025-04-30" });
 * //=> { ok: true, value: { kind: "season", year: 2024, season: "autumn" } }
 * const range = resolveTimePhrase("between January and March", { reference: "2025-04-30" });
 * range.ok && formatPeriod(range.value);
 * //=> "2025-01/2025-03"
 * resolveTimePhrase("soon", { reference: "2025-04-30" });
 * //=> { ok: false, reason: '"soon": unknown word "soon"' }
 */
export function resolveTimePhrase(text: string, options: TimePhraseOptions): PeriodResult {
  try {
    if (!isObject(options)) fail("resolveTimePhrase", "options", "must be an object with a reference date", options, "invalid-option");
    optionsOf("resolveTimePhrase", options, "options", ["reference", "hemisphere"]);
    const reference = typeof options.reference === "string" ? readIsoDay(options.reference) : undefined;
    if (reference === undefined) fail("resolveTimePhrase", "options.reference", "must be an ISO calendar date YYYY-MM-DD", options.reference, "invalid-reference");
    const hemisphere = checkHemisphere(options.hemisphere, "resolveTimePhrase: ");
    if (typeof text !== "string") fail("resolveTimePhrase", "text", "must be a string", text);
    const context: Context = { reference, hemisphere, tagHemisphere: options.hemisphere !== undefined };
    try {
      const tokens = tokenize(text);
      if (tokens.length === 0) return { ok: false, reason: `${quote(text)}: no words to read` };
      const value = readPhrase(new Reader(tokens), context);
      // "next year" on 9999-12-31 is a year the period functions do not hold
      const year = yearOutside(value);
      return year === undefined ? { ok: true, value } : { ok: false, reason: `${quote(text)}: the year ${year} is outside the years -9999 to 9999 a period holds` };
    } catch (error) {
      if (error instanceof PhraseReject) return { ok: false, reason: `${quote(text)}: ${error.message}` };
      /* c8 ignore next */
      return { ok: false, reason: `${quote(text)}: ${String(error)}` };
    }
  } catch (error) {
    rethrow("resolveTimePhrase", { text, options }, error);
  }
}
