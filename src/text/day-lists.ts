/**
 * Days in a list that shares one month name: "5 and 6 March", "12, 13 and 14 June", "March 5
 * and 6". Every day of the list is a date, not only the one next to the month. Also a day and a
 * month written with a full stop after a word of time ("as of 12.03", "on 24.02", "between 01.03
 * and 15.03").
 * @internal
 */
import { afterChange } from "./changes.js";
import { key, tokAt, trie } from "./context.js";
import type { Ctx } from "./context.js";

/** The words that join the days of a list. */
const JOINS: ReadonlySet<string> = new Set([",", "and", "or", "&"]);
/** How many days a list may hold besides the one read. */
const LIST_REACH = 6;

/** Whether token `k` is a day of a month: bare digits from 1 to 31. */
function isDay(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk !== undefined && tk.kind === "num" && tk.num.plain && !tk.num.leadingZero && tk.num.value >= 1 && tk.num.value <= 31;
}

/** Whether token `k` is a month name of the table, or "of" before one ("5 and 6 of March"). */
function isMonth(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (tk?.key === "of") return isMonth(c, k + 1) && tokAt(c, k + 1)?.key !== "of";
  return tk !== undefined && c.t.months.has(tk.text);
}

/**
 * Whether the day at token `i` (a number that ends before token `end`) is one of a list of days
 * whose month name stands at its end ("5 and 6 March": the 5) or at its start ("March 5 and 6":
 * the 6), the days joined by commas, "and", "or" or "&".
 * @internal
 */
export function inDayList(c: Ctx, i: number, end: number): boolean {
  if (!isDay(c, i) || end !== i + 1) return false;
  let k = end;
  for (let n = 0; n < LIST_REACH && JOINS.has(tokAt(c, k)?.key ?? "") && isDay(c, k + 1); n++) k += 2;
  if (k > end && isMonth(c, k)) return true;
  k = i - 1;
  for (let n = 0; n < LIST_REACH && JOINS.has(tokAt(c, k)?.key ?? "") && isDay(c, k - 1); n++) k -= 2;
  if (k === i - 1) return false;
  const before = tokAt(c, k)?.key === "." ? k - 1 : k;
  return isMonth(c, before);
}

/** A day and a month with a full stop between them, as written in much of Europe: "12.03", "24.02", "1.05". */
const DAY_MONTH = /^(\d{1,2})\.(\d{2})$/;
/** Words after which a day and a month stand: "on 24.02", "by 31.12", "since 01.03", "between 01.03 and 15.03". */
const DATE_BEFORE: ReadonlySet<string> = new Set(["on", "since", "until", "till", "before", "after", "between", "from", "by", "dated", "through"]);
/** Words that join two days and months: "between 01.03 and 15.03", "from 01.03 to 15.03", "01.03-15.03". */
const DATE_JOINS: ReadonlySet<string> = new Set(["and", "to", "-", "–", "until", "till", "through"]);

/** A day and a month with a one-digit month ("12.3"), or an hour and its minutes ("12.30"): a date or a time only after "as of" or "as at". */
const SHORT_DATE = /^(\d{1,2})\.(\d{1,2})$/;
/** Nouns of a report before "of" or "for" and a day and a month: "Report of 12.03", "Data for 12.03". */
const REPORT_NOUNS: ReadonlySet<string> = new Set(["report", "data", "figures", "update", "sitrep", "bulletin", "briefing", "summary", "statement"]);
/** Words before a colon and a day and a month: "Updated: 12.03", "Date: 12.03". */
const LABELS_OF_DATE: ReadonlySet<string> = new Set(["updated", "update", "date", "dated"]);

/** Whether token `k` is written as a day and a month: "12.03" (a day from 1 to 31, a month from 01 to 12). */
function isDayMonth(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (tk?.kind !== "num") return false;
  const m = DAY_MONTH.exec(tk.text);
  if (m === null) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * Whether the words before token `i` make a day and a month after them a date: a word of time
 * ("on", "since", "by"), "as of" or "as at", "of" or "for" after a noun of a report ("Report of
 * 12.03", "Data for 12.03"), or a label and a colon ("Updated: 12.03").
 */
function dateWordBefore(c: Ctx, i: number): boolean {
  const before = key(c, i - 1);
  if (DATE_BEFORE.has(before) || asOf(c, i)) return true;
  if (before === "of" || before === "for") return REPORT_NOUNS.has(key(c, i - 2));
  return before === ":" && LABELS_OF_DATE.has(key(c, i - 2));
}

/** Whether "as of" or "as at" stands right before token `i`. */
function asOf(c: Ctx, i: number): boolean {
  const before = key(c, i - 1);
  return (before === "of" || before === "at") && key(c, i - 2) === "as";
}

/** Whether token `i` is "12.3" or "12.30" right after "as of" or "as at": a day and a month, or a time of day, no decimal. */
function shortDateAfterAsOf(c: Ctx, i: number): boolean {
  const tk = tokAt(c, i);
  return tk?.kind === "num" && asOf(c, i) && SHORT_DATE.test(tk.text) && Number(tk.text.split(".")[0]) <= 31;
}

/** Whether a unit, a currency, a percent or a scale word follows at `k`, which makes the number before it a measure: "from 12.05 to 13.10 percent", "Report of 12.03 million". */
function measureAt(c: Ctx, k: number): boolean {
  const { t } = c;
  return t.multipliers.has(key(c, k)) || trie(c, t.percent, k) !== undefined || trie(c, t.units, k) !== undefined || trie(c, t.names, k) !== undefined;
}

/**
 * The token after a day and a month at token `i` written with a full stop ("12.03") after a word
 * of time ("as of 12.03", "as at 12.03", "on 24.02", "between 01.03 and 15.03", "Report of 12.03",
 * "Data for 12.03", "Updated: 12.03"; after "as of" also "12.3" and the time "12.30"), past the second of a pair joined
 * to it; -1 where there is none, or a unit, a currency or a percent follows ("by 12.05 percent").
 * After a verb of change ("rose from 12.05 to 13.10", "grew by 12.05") the numbers are levels.
 * @internal
 */
export function dayMonthEnd(c: Ctx, i: number): number {
  if (!isDayMonth(c, i)) return shortDateAfterAsOf(c, i) && !measureAt(c, i + 1) ? i + 1 : -1;
  if (!dateWordBefore(c, i)) return -1;
  const end = DATE_JOINS.has(key(c, i + 1)) && isDayMonth(c, i + 2) ? i + 3 : i + 1;
  // "rose from 12.05 to 13.10", "grew by 12.05": the levels or the size of a change
  return measureAt(c, end) || afterChange(c, i) ? -1 : end;
}
