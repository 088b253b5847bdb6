/**
 * Numbers grouped by spaces whose first group is an earlier small number of the sentence: the
 * last day of a period ("From March 1 to 7 900 drones"), the end of an age range ("Aged 18 to
 * 25 300 recruits"), a day's number ("On day 3 500 soldiers"). "7 900" may be 7,900 or the 7th
 * and 900, and a missing comma multiplies the count: the figure is refused, never read fused.
 * Also the last day of a period after a month with no group after it ("From March 1 to 7, 900
 * drones": the 7 is a date), and days before a month ("12-13 March 90 drones", "5 and 6 March 40
 * drones"): a date, which ends at its month, so that the count after it is read.
 * @internal
 */
import { fail, key, tokAt } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { Core } from "./ranges.js";

/** Words that join the first and the last day, or age, of a period: "1 to 7", "1 and 7", "1-7", "1 through 7". */
const PERIOD_JOINS: ReadonlySet<string> = new Set(["to", "and", "-", "through", "thru", "until", "till", "or"]);
/** Words before the number of a day or a stage that count nothing: "day 3", "week 2", "phase 1". */
const STAGE_LABELS: ReadonlySet<string> = new Set(["day", "week", "phase", "stage", "round", "wave", "episode", "part"]);
/** The last day of a month. */
const LAST_DAY = 31;
/** A group below a thousand: the first group of a number grouped by spaces. */
const GROUP = 1000;
const FIRST_GROUP = /^\d+/;

/** The token index of the one number token of an end of a figure, or -1 when it is more ("3 million"). */
function numberToken(c: Ctx, end: Val): number {
  const k = end.end - 1;
  return end.mult === 1 && tokAt(c, k)?.kind === "num" ? k : -1;
}

/** Whether token `k` is a month name, after which a day stands: "March", "Jan", "Jan." ("." at `k`). */
function monthAt(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k)?.key === "." ? tokAt(c, k - 1) : tokAt(c, k);
  return tk !== undefined && c.t.months.has(tk.text);
}

/** Whether token `k` is a plain whole number written without group marks, at most `max`. */
function plainUpTo(c: Ctx, k: number, max: number): number | undefined {
  const tk = tokAt(c, k);
  if (tk?.kind !== "num" || !tk.num.plain || tk.num.spaceGrouped) return undefined;
  return tk.num.value <= max ? tk.num.value : undefined;
}

/**
 * Whether the number grouped by spaces at token `k` has as its first group a number that ends
 * something before it: after a label of a day or a stage ("day 3 500"), or after a joining word
 * and a smaller or equal plain number ("1 to 7 900", "18 to 25 300", "12-13 500"). "900 to 1 200"
 * rises to a larger number and keeps its groups.
 */
function isFused(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (tk?.kind !== "num" || !tk.num.spaceGrouped || tk.glued) return false;
  const group = Number(FIRST_GROUP.exec(tk.text)?.[0] ?? GROUP);
  if (group >= GROUP) return false;
  if (STAGE_LABELS.has(key(c, k - 1))) return true;
  if (!PERIOD_JOINS.has(key(c, k - 1))) return false;
  const first = plainUpTo(c, k - 2, GROUP - 1);
  return first !== undefined && first <= group;
}

/**
 * Whether the plain number at token `k` is the last day of a period after a month name: "March
 * 1 to 7", "Jan 1 to 15", "March 1 and 7".
 */
function isLastDay(c: Ctx, k: number): boolean {
  if (plainUpTo(c, k, LAST_DAY) === undefined || !PERIOD_JOINS.has(key(c, k - 1))) return false;
  return plainUpTo(c, k - 2, LAST_DAY) !== undefined && monthAt(c, k - 3);
}

/**
 * Why the figure `cr` is no count of its own: one of its ends is a number grouped by spaces
 * whose first group ends a period, an age range or a day's label before it (`malformed-number`:
 * it may be read either way), or it is the last day of a period after a month (`date`).
 * Undefined for neither. `end` is where the phrase of the figure ends.
 */
export function fusedGroupFail(c: Ctx, cr: Core, end: number): Fail | undefined {
  const low = numberToken(c, cr.low);
  if (low < 0 || cr.low.currency !== undefined || cr.low.pct || cr.low.frac) return undefined;
  if (isFused(c, low)) return fail("malformed-number", end);
  if (cr.high === undefined) return isLastDay(c, low) ? fail("date", end) : undefined;
  const high = numberToken(c, cr.high);
  return high >= 0 && isFused(c, high) && (monthAt(c, low - 1) || monthAt(c, low - 2)) ? fail("malformed-number", end) : undefined;
}

/** How many further days a list or range of days before a month may have: "5, 6, 7 and 8 March". */
const DAYS_REACH = 6;

/**
 * The token after the month of the days that start with the figure `cr`, or -1: a day or a
 * range or list of days right before a month name ("12-13 March", "5 and 6 March", "1 to 7 of
 * March"). The date ends at its month: "On 12-13 March 90 drones attacked" reads 90 drones.
 */
function daysBeforeMonthEnd(c: Ctx, cr: Core): number {
  if (cr.low.currency !== undefined || cr.low.pct || cr.low.frac || !cr.low.plainInt) return -1;
  const low = numberToken(c, cr.low);
  if (low < 0 || plainUpTo(c, low, LAST_DAY) === undefined || cr.low.v < 1) return -1;
  let k = cr.low.end;
  if (cr.high !== undefined) {
    const high = numberToken(c, cr.high);
    if (high < 0 || plainUpTo(c, high, LAST_DAY) === undefined || cr.high.v < cr.low.v) return -1;
    k = cr.high.end;
  }
  for (let n = 0; n < DAYS_REACH && (PERIOD_JOINS.has(key(c, k)) || key(c, k) === ",") && plainUpTo(c, k + 1, LAST_DAY) !== undefined; n++) k += 2;
  if (key(c, k) === "of") k++;
  const month = tokAt(c, k);
  return month !== undefined && c.t.months.has(month.text) ? k + 1 : -1;
}

/**
 * A \`date\` failure for days before a month name that the figure `cr` starts ("12-13 March",
 * "5 and 6 March"), skipping to the end of the month; undefined for none.
 */
export function daysBeforeMonthFail(c: Ctx, cr: Core): Fail | undefined {
  const end = daysBeforeMonthEnd(c, cr);
  return end < 0 ? undefined : fail("date", end);
}
