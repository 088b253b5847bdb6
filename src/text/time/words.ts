import type { SeasonName, SubyearUnit } from "../../time/seasons.js";

// The vocabulary of time phrases: every word the reader knows is in one of
// these tables. Each is a Map or a Set and is read by its own words only:
// "constructor" and "tostring" are English words, not table entries.

/** A word table from an object literal, as a Map (pure, so bundlers can drop an unused one). */
function wordTable<T>(words: Readonly<Record<string, T>>): ReadonlyMap<string, T> {
  return new Map(Object.entries(words));
}

/** Month names and their abbreviations, with the month number. @internal */
export const MONTHS = /* @__PURE__ */ wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

/** Season words; "fall" is autumn. @internal */
export const SEASONS = /* @__PURE__ */ wordTable<SeasonName>({
  spring: "spring", summer: "summer", autumn: "autumn", fall: "autumn", winter: "winter",
});

/** Early, mid and late: the first, middle and last third. @internal */
export const THIRDS = /* @__PURE__ */ wordTable<0 | 1 | 2>({ early: 0, mid: 1, middle: 1, late: 2 });

/** Where a period lies from the one holding the reference date. @internal */
export type Relation = "this" | "last" | "next";

/** This, last, previous and next. @internal */
export const RELATIONS = /* @__PURE__ */ wordTable<Relation>({ this: "this", last: "last", previous: "last", next: "next" });

/** Ordinal words before a grouping: "the first quarter". @internal */
export const ORDINALS = /* @__PURE__ */ wordTable({ first: 1, second: 2, third: 3, fourth: 4 });

/** Words for a sub-year grouping after an ordinal: "the first quarter", "the second half". @internal */
export const GROUPINGS = /* @__PURE__ */ wordTable<SubyearUnit>({ quarter: "quarter", half: "semester" });

/** Letters that name a grouping before its number: Q1, H2. @internal */
export const GROUPING_LETTERS = /* @__PURE__ */ wordTable<SubyearUnit>({ q: "quarter", h: "semester" });

/** Words that introduce a period and add nothing to it. @internal */
export const LEADS: ReadonlySet<string> = new Set(["in", "during", "on", "over", "throughout"]);

/** Words that join the two ends of a range after "from" (and between two periods). @internal */
export const RANGE_JOINS: ReadonlySet<string> = new Set(["to", "until", "till", "through", "thru"]);

/** The grammar's own words, in no table above. */
const GRAMMAR_WORDS = new Set(["the", "of", "and", "between", "from", "since", "by", "end", "year", "month", "as", "quarter"]);

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

/** Why a word a reader might expect to work is not read, if it is such a word. @internal */
export function refusalOf(word: string): string | undefined {
  return REFUSED.get(word);
}

/** Whether a word is in a table or is one of the grammar's own words. @internal */
export function isKnownWord(word: string): boolean {
  return [MONTHS, SEASONS, THIRDS, RELATIONS, ORDINALS, GROUPINGS, GROUPING_LETTERS, LEADS, RANGE_JOINS, GRAMMAR_WORDS].some(
    (table) => table.has(word),
  );
}
