import { addMonths, lastDayOfMonth } from "date-fns";

import { FogcountError } from "../errors.js";
import { checkHemisphere } from "./bounds.js";
import { calendarDay, compareDays, daysInMonth, isoDay, readIsoDay } from "./calendar.js";
import { quote } from "./edtf-point.js";
import { dayPeriod, formatPeriod } from "./edtf.js";
import type { PeriodResult } from "./edtf.js";
import { pointRange } from "./range.js";
import type { DatePeriod, IntervalEnd, Period, PeriodPoint } from "./schema.js";
import { SUBYEAR_LENGTH } from "./seasons.js";
import type { Hemisphere, SeasonName, SubyearUnit } from "./seasons.js";

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

// ---------------------------------------------------------------------------
// The vocabulary: every word the reader knows is in one of these tables.

/** A word table: a Map, so that only its own words are found ("constructor" is an English word). */
function wordTable<T>(words: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(words));
}

const MONTHS = /* @__PURE__ */ wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

const SEASONS = /* @__PURE__ */ wordTable<SeasonName>({
  spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter",
});

/** Early, mid and late: the first, middle and last third. */
const THIRDS = /* @__PURE__ */ wordTable<0 | 1 | 2>({ early: 0, mid: 1, middle: 1, late: 2 });

type Relation = "this" | "last" | "next";
const RELATIONS = /* @__PURE__ */ wordTable<Relation>({ this: "this", last: "last", previous: "last", next: "next" });

const ORDINALS = /* @__PURE__ */ wordTable({ first: 1, second: 2, third: 3, fourth: 4 });

/** Words for a sub-year grouping after an ordinal: "the first quarter", "the second half". */
const GROUPINGS = /* @__PURE__ */ wordTable<SubyearUnit>({ quarter: "quarter", half: "semester" });

/** Letters that name a grouping before its number: Q1, H2. */
const GROUPING_LETTERS = /* @__PURE__ */ wordTable<SubyearUnit>({ q: "quarter", h: "semester" });

/** Words that introduce a period and add nothing to it. */
const LEADS = new Set(["in", "during", "on", "over", "throughout"]);

/** Words that join the two ends of a range after "from" (and between two periods). */
const RANGE_JOINS = new Set(["to", "until", "till", "through", "thru"]);

/** The grammar's own words, in no table above. */
const GRAMMAR_WORDS = new Set(["the", "of", "and", "between", "from", "since", "by", "end", "year", "month", "as", "quarter"]);

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

/** Words a reader might expect to work, with the reason they do not. */
const REFUSED = /* @__PURE__ */ wordTable({
  week: "weeks are not periods fogcount represents",
  weeks: "weeks are not periods fogcount represents",
  past: '"the past …" is a rolling span, not a calendar period',
  ago: '"… ago" is a rolling span, not a calendar period',
  recent: "recent is not a stated period",
  recently: "recently is not a stated period",
  around: 'a hedged period ("around") is not read; state the period itself',
  about: 'a hedged period ("about") is not read; state the period itself',
  beginning: '"the beginning of" is not one of the documented thirds; use early',
  start: '"the start of" is not one of the documented thirds; use early',
  end: '"the end of" is read only in "by the end of"; use late for the last third',
  before: '"before" gives no start; write "by the end of"',
  after: '"after" gives no end; write "since"',
});

// ---------------------------------------------------------------------------
// Tokens

type Token =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "number"; readonly text: string; readonly value: number; readonly ordinal: boolean }
  | { readonly kind: "dash"; readonly text: string };

class PhraseReject {
  constructor(readonly message: string) {}
}

function refuse(message: string): never {
  throw new PhraseReject(message);
}

function isLetter(c: string): boolean {
  return c >= "a" && c <= "z";
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function tokenize(text: string): Token[] {
  const lower = text.toLowerCase();
  const tokens: Token[] = [];
  let i = 0;
  while (i < lower.length) {
    const c = lower[i] as string;
    if (isLetter(c)) {
      let j = i + 1;
      while (j < lower.length && isLetter(lower[j] as string)) j += 1;
      tokens.push({ kind: "word", text: lower.slice(i, j) });
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < lower.length && isDigit(lower[j] as string)) j += 1;
      const digits = lower.slice(i, j);
      let ordinal = false;
      const suffix = lower.slice(j, j + 2);
      if (ORDINAL_SUFFIXES.has(suffix) && !isLetter(lower[j + 2] ?? " ")) {
        ordinal = true;
        j += 2;
      }
      tokens.push({ kind: "number", text: digits, value: digits.length > 6 ? NaN : Number(digits), ordinal });
      i = j;
    } else if (c === "-" || c === "\u2013" || c === "\u2014" || c === "\u2012") {
      tokens.push({ kind: "dash", text: c });
      i += 1;
    } else if (c === "," || c === "." || c === "'" || c === "\u2019" || /\s/.test(c)) {
      i += 1;
    } else {
      refuse(`unexpected character "${c}"`);
    }
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// What a phrase names, before it is placed on the calendar

type Base =
  | { readonly unit: "year"; readonly year?: number }
  | { readonly unit: "month"; readonly month?: number }
  | { readonly unit: "day"; readonly month: number; readonly day: number }
  | { readonly unit: "season"; readonly season: SeasonName }
  | { readonly unit: "subyear"; readonly grouping: SubyearUnit; readonly index?: number };

type YearSpec = { readonly year: number } | { readonly relation: Relation };

interface Ref {
  readonly base: Base;
  readonly relation?: Relation;
  readonly year?: YearSpec;
  readonly third?: 0 | 1 | 2;
  readonly words: string;
}

/** A resolved period with its first and last day. */
interface Placed {
  readonly period: PeriodPoint | (Period & { kind: "interval" });
  readonly first: Date;
  readonly last: Date;
}

class Reader {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.at + offset];
  }

  word(offset = 0): string | undefined {
    const token = this.peek(offset);
    return token?.kind === "word" ? token.text : undefined;
  }

  take(): Token | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }

  accept(word: string): boolean {
    if (this.word() !== word) return false;
    this.at += 1;
    return true;
  }

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  describe(offset = 0): string {
    const token = this.peek(offset);
    return token === undefined ? "the end of the text" : `"${token.text}"`;
  }

  fail(expected: string): never {
    const token = this.peek();
    if (token?.kind === "word") {
      const refused = REFUSED.get(token.text);
      if (refused !== undefined) refuse(refused);
      if (!isKnown(token.text)) refuse(`unknown word "${token.text}"`);
    }
    return refuse(`expected ${expected}, found ${this.describe()}`);
  }

  since(start: number): string {
    return this.tokens
      .slice(start, this.at)
      .map((t) => t.text)
      .join(" ");
  }

  get position(): number {
    return this.at;
  }
}

function isKnown(word: string): boolean {
  return [MONTHS, SEASONS, THIRDS, RELATIONS, ORDINALS, GROUPINGS, GROUPING_LETTERS, LEADS, RANGE_JOINS, GRAMMAR_WORDS].some(
    (table) => table.has(word),
  );
}

function yearNumber(token: Token | undefined): number | undefined {
  return token?.kind === "number" && !token.ordinal && token.text.length === 4 ? token.value : undefined;
}

/** Reads one period: `[the] [early|mid|late] [this|last|previous|next] base [of year]`. */
function readRef(reader: Reader): Ref {
  const start = reader.position;
  reader.accept("the");
  const thirdWord = reader.word();
  const third = thirdWord === undefined ? undefined : THIRDS.get(thirdWord);
  if (third !== undefined) {
    reader.take();
    if (reader.peek()?.kind === "dash") reader.take();
    if (thirdWord === "middle" && !reader.accept("of")) reader.fail('"of" after "middle"');
    reader.accept("the");
  }
  const relationWord = reader.word();
  const relation = relationWord === undefined ? undefined : RELATIONS.get(relationWord);
  if (relation !== undefined) reader.take();
  const base = readBase(reader, relation !== undefined);
  let year: YearSpec | undefined;
  if (base.unit !== "year") year = readYearSpec(reader);
  if (relation !== undefined && year !== undefined) {
    refuse(`"${relationWord}" and a year cannot go together in "${reader.since(start)}"`);
  }
  if (base.unit === "year" && base.year !== undefined && relation !== undefined) {
    refuse(`"${relationWord}" and a year cannot go together in "${reader.since(start)}"`);
  }
  return {
    base,
    words: reader.since(start),
    ...(relation === undefined ? {} : { relation }),
    ...(year === undefined ? {} : { year }),
    ...(third === undefined ? {} : { third }),
  };
}

function readBase(reader: Reader, relative: boolean): Base {
  const token = reader.peek();
  if (token === undefined) return reader.fail("a month, season, quarter or year");
  if (token.kind === "number") {
    const year = yearNumber(token);
    if (year !== undefined) {
      reader.take();
      return { unit: "year", year };
    }
    if (token.text.length <= 2 && reader.word(1) === "of" && MONTHS.has(reader.word(2) ?? "")) {
      reader.take();
      reader.take();
    } else if (token.text.length <= 2 && MONTHS.has(reader.word(1) ?? "")) {
      reader.take();
    } else if (token.ordinal && GROUPINGS.has(reader.word(1) ?? "")) {
      reader.take();
      return grouping(reader, token.value);
    } else {
      return reader.fail("a four-digit year or a day before a month");
    }
    const month = MONTHS.get(reader.word() as string) as number;
    reader.take();
    return { unit: "day", month, day: token.value };
  }
  if (token.kind === "dash") return reader.fail("a month, season, quarter or year");
  const word = token.text;
  const month = MONTHS.get(word);
  if (month !== undefined) {
    reader.take();
    const next = reader.peek();
    if (next?.kind === "number" && next.text.length <= 2) {
      reader.take();
      return { unit: "day", month, day: next.value };
    }
    return { unit: "month", month };
  }
  const season = SEASONS.get(word);
  if (season !== undefined) {
    reader.take();
    return { unit: "season", season };
  }
  const ordinal = ORDINALS.get(word);
  if (ordinal !== undefined && GROUPINGS.has(reader.word(1) ?? "")) {
    reader.take();
    return grouping(reader, ordinal);
  }
  const letter = GROUPING_LETTERS.get(word);
  if (letter !== undefined && reader.peek(1)?.kind === "number") {
    reader.take();
    const number = reader.take() as Token & { kind: "number" };
    return checkedGrouping(letter, number.value, `${word}${number.text}`);
  }
  if (word === "year" || word === "month" || word === "quarter") {
    if (!relative) refuse(`"${word}" needs this, last, previous or next`);
    reader.take();
    if (word === "year") return { unit: "year" };
    if (word === "month") return { unit: "month" };
    return { unit: "subyear", grouping: "quarter" };
  }
  return reader.fail("a month, season, quarter or year");
}

function grouping(reader: Reader, index: number): Base {
  const word = reader.word() as string;
  reader.take();
  return checkedGrouping(GROUPINGS.get(word) as SubyearUnit, index, `${index} ${word}`);
}

function checkedGrouping(unit: SubyearUnit, index: number, words: string): Base {
  if (!Number.isInteger(index) || index < 1 || index > 12 / SUBYEAR_LENGTH[unit]) refuse(`there is no ${words} in a year`);
  return { unit: "subyear", grouping: unit, index };
}

/** An optional year after a month, day, season or grouping: "2025", "of 2025", "of last year". */
function readYearSpec(reader: Reader): YearSpec | undefined {
  const of = reader.word() === "of";
  const offset = of ? 1 : 0;
  const year = yearNumber(reader.peek(offset));
  if (year !== undefined) {
    if (of) reader.take();
    reader.take();
    return { year };
  }
  if (!of) return undefined;
  reader.take();
  reader.accept("the");
  const relationWord = reader.word();
  const relation = relationWord === undefined ? undefined : RELATIONS.get(relationWord);
  if (relation === undefined || reader.word(1) !== "year") return reader.fail('a year after "of"');
  reader.take();
  reader.take();
  return { relation };
}

// ---------------------------------------------------------------------------
// Placing what was read on the calendar

interface Context {
  readonly reference: Date;
  readonly hemisphere: Hemisphere;
  readonly tagHemisphere: boolean;
}

/** The instance of a named base in the year it is named for (winter 2024 starts in December 2024). */
function instance(base: Base, year: number, context: Context): Placed | undefined {
  switch (base.unit) {
    case "year": {
      const period: DatePeriod = { kind: "date", precision: "year", year };
      return { period, first: calendarDay(year, 1, 1), last: calendarDay(year, 12, 31) };
    }
    case "month": {
      const month = base.month as number;
      const period: DatePeriod = { kind: "date", precision: "month", year, month };
      return { period, first: calendarDay(year, month, 1), last: calendarDay(year, month, daysInMonth(year, month)) };
    }
    case "day": {
      if (base.day < 1 || base.day > daysInMonth(year, base.month)) return undefined;
      const period: DatePeriod = { kind: "date", precision: "day", year, month: base.month, day: base.day };
      const day = calendarDay(year, base.month, base.day);
      return { period, first: day, last: day };
    }
    case "season": {
      const period: PeriodPoint = {
        kind: "season",
        year,
        season: base.season,
        ...(context.tagHemisphere ? { hemisphere: context.hemisphere } : {}),
      };
      const [first, last] = pointRange(period, context.hemisphere);
      return { period, first, last };
    }
    case "subyear": {
      const period: PeriodPoint = { kind: "subyear", year, unit: base.grouping, index: base.index as number };
      const [first, last] = pointRange(period, context.hemisphere);
      return { period, first, last };
    }
  }
}

type Mode = "latest-begun" | "latest-ended" | "containing" | "earliest-after" | "earliest-not-before";

/** The instance of a named base that `mode` picks relative to `anchor`. */
function pick(base: Base, mode: Mode, anchor: Date, context: Context, words: string): Placed {
  const year = anchor.getFullYear();
  // A day such as 29 February may be missing from several years in a row.
  const reach = base.unit === "day" ? 8 : 2;
  const candidates: Placed[] = [];
  for (let y = year - reach; y <= year + reach; y += 1) {
    const placed = instance(base, y, context);
    if (placed !== undefined) candidates.push(placed);
  }
  if (candidates.length === 0) refuse(`"${words}" is not a calendar day`);
  let chosen: Placed | undefined;
  for (const c of candidates) {
    switch (mode) {
      case "latest-begun":
        if (compareDays(c.first, anchor) <= 0) chosen = c;
        break;
      case "latest-ended":
        if (compareDays(c.last, anchor) < 0) chosen = c;
        break;
      case "containing":
        if (compareDays(c.first, anchor) <= 0 && compareDays(anchor, c.last) <= 0) chosen ??= c;
        break;
      case "earliest-after":
        if (compareDays(c.first, anchor) > 0) chosen ??= c;
        break;
      case "earliest-not-before":
        if (compareDays(c.first, anchor) >= 0) chosen ??= c;
        break;
    }
  }
  if (chosen === undefined && mode === "containing") {
    chosen = instance(base, year, context) ?? refuse(`"${words}" is not a day of ${year}`);
  }
  /* c8 ignore next */
  return chosen ?? refuse(`"${words}" has no instance near the reference date`);
}

/** A unit without a name ("last month", "this quarter"), counted from the one holding the reference. */
function stepFrom(base: Base, relation: Relation, context: Context): Placed {
  const step = relation === "this" ? 0 : relation === "last" ? -1 : 1;
  const ref = context.reference;
  if (base.unit === "year") return instance(base, ref.getFullYear() + step, context) as Placed;
  if (base.unit === "month") {
    const month = addMonths(calendarDay(ref.getFullYear(), ref.getMonth() + 1, 1), step);
    return instance({ unit: "month", month: month.getMonth() + 1 }, month.getFullYear(), context) as Placed;
  }
  const quarter = Math.floor(ref.getMonth() / 3) + step;
  const year = ref.getFullYear() + Math.floor(quarter / 4);
  const index = (((quarter % 4) + 4) % 4) + 1;
  return instance({ unit: "subyear", grouping: "quarter", index }, year, context) as Placed;
}

function isGeneric(base: Base): boolean {
  return (
    (base.unit === "year" && base.year === undefined) ||
    (base.unit === "month" && base.month === undefined) ||
    (base.unit === "subyear" && base.index === undefined)
  );
}

/** Whether a reference fixes its own place (a year, a relative word) rather than borrowing one. */
function isAnchored(ref: Ref): boolean {
  return ref.relation !== undefined || ref.year !== undefined || (ref.base.unit === "year" && ref.base.year !== undefined);
}

const RELATION_MODES: Readonly<Record<Relation, Mode>> = {
  this: "containing",
  last: "latest-ended",
  next: "earliest-after",
};

/** Places a reference; a bare name is placed by `bare` relative to `anchor`. */
function place(ref: Ref, context: Context, bare: Mode = "latest-begun", anchor = context.reference): Placed {
  const { base } = ref;
  let placed: Placed;
  if (base.unit === "year" && base.year !== undefined) {
    placed = instance(base, base.year, context) as Placed;
  } else if (ref.relation !== undefined && isGeneric(base)) {
    placed = stepFrom(base, ref.relation, context);
  } else if (ref.relation !== undefined) {
    placed = pick(base, RELATION_MODES[ref.relation], context.reference, context, ref.words);
  } else if (ref.year !== undefined) {
    const year =
      "year" in ref.year
        ? ref.year.year
        : context.reference.getFullYear() + (ref.year.relation === "this" ? 0 : ref.year.relation === "last" ? -1 : 1);
    placed = instance(base, year, context) ?? refuse(`"${ref.words}" is not a calendar day`);
  } else {
    placed = pick(base, bare, anchor, context, ref.words);
  }
  return ref.third === undefined ? placed : third(placed, ref.third, ref.words);
}

/**
 * The first, middle or last third: of a year, four months each; of a month,
 * days 1–10, 11–20 and 21 to the end; of a season, quarter or half, a third
 * of its months.
 */
function third(placed: Placed, which: 0 | 1 | 2, words: string): Placed {
  const { period, first, last } = placed;
  if (period.kind === "date" && period.precision === "month") {
    const year = first.getFullYear();
    const month = first.getMonth() + 1;
    const startDay = which * 10 + 1;
    const endDay = which === 2 ? last.getDate() : startDay + 9;
    return span(dayPeriod(calendarDay(year, month, startDay)), dayPeriod(calendarDay(year, month, endDay)));
  }
  const months = (last.getFullYear() - first.getFullYear()) * 12 + last.getMonth() - first.getMonth() + 1;
  if (period.kind === "date" && period.precision === "day") refuse(`"${words}": a single day has no thirds`);
  if (months % 3 !== 0) refuse(`"${words}": a period of ${months} months has no whole-month thirds`);
  const size = months / 3;
  const from = addMonths(first, which * size);
  const to = addMonths(first, which * size + size - 1);
  const monthOf = (d: Date): DatePeriod => ({
    kind: "date",
    precision: "month",
    year: d.getFullYear(),
    month: d.getMonth() + 1,
  });
  if (size === 1) return { period: monthOf(from), first: from, last: lastDayOfMonth(from) };
  return span(monthOf(from), monthOf(to), from, lastDayOfMonth(to));
}

function span(start: DatePeriod, end: DatePeriod, first?: Date, last?: Date): Placed {
  const [from] = pointRange(start, "north");
  const [, to] = pointRange(end, "north");
  return { period: { kind: "interval", start, end }, first: first ?? from, last: last ?? to };
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
    refuse(`"${words}" ends (${formatPeriod(second.period)}) before it starts (${formatPeriod(first.period)})`);
  }
  return { kind: "interval", start: sideOf(first, "start", context), end: sideOf(second, "end", context) };
}

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
      refuse(`the start (${formatPeriod(a.period)}) is after the reference date ${isoDay(context.reference)}`);
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
 * @throws {FogcountError} `invalid-reference` if `reference` is not an ISO calendar date; `invalid-option` for a hemisphere other than "north" or "south". It never throws on `text`.
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
  const reference = typeof options?.reference === "string" ? readIsoDay(options.reference) : undefined;
  if (reference === undefined) {
    throw new FogcountError(
      "invalid-reference",
      `resolveTimePhrase: reference must be an ISO calendar date YYYY-MM-DD, got ${String(options?.reference)}`,
      { reference: options?.reference },
    );
  }
  const hemisphere = checkHemisphere(options.hemisphere, "resolveTimePhrase: ");
  if (typeof text !== "string") return { ok: false, reason: `expected text, got ${typeof text}` };
  const context: Context = { reference, hemisphere, tagHemisphere: options.hemisphere !== undefined };
  try {
    const tokens = tokenize(text);
    if (tokens.length === 0) return { ok: false, reason: `${quote(text)}: no words to read` };
    return { ok: true, value: readPhrase(new Reader(tokens), context) };
  } catch (error) {
    if (error instanceof PhraseReject) return { ok: false, reason: `${quote(text)}: ${error.message}` };
    /* c8 ignore next */
    return { ok: false, reason: `${quote(text)}: ${String(error)}` };
  }
}
