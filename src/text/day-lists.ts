/**
 * Days in a list that shares one month name: "5 and 6 March", "12, 13 and 14 June", "March 5
 * and 6". Every day of the list is a date, not only the one next to the month.
 * @internal
 */
import { tokAt } from "./context.js";
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
