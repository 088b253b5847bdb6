/**
 * Orders of magnitude in place of a number: "tens of thousands of troops",
 * "billions of dollars", "billion-dollar"; with a bound before them ("at
 * least several million shells") they read as that bound of the order's interval.
 * @internal
 */
import { magnitudeInterval } from "../estimate/magnitude.js";
import type { MagnitudeOrder } from "../estimate/magnitude.js";
import type { Estimate } from "../estimate/schema.js";
import type { Lead } from "./bounds.js";
import { fail, glued, isFail, key, phraseText, tokAt, trie } from "./context.js";
import type { Ctx, Fail, Match, MatchOptions } from "./context.js";
import { rate, unitOf } from "./rates.js";
import { isSuperseded } from "./superseded.js";
import type { TrieMatch } from "./trie.js";
import { unitAfter } from "./units.js";
import type { Unit } from "./units.js";
import { value } from "./value.js";

type Order = TrieMatch<{ readonly order: MagnitudeOrder; readonly currency?: string }>;

/**
 * Whether the order goes on into a multiplier or another order the table has
 * no reading for: "thousands of millions", "several hundred thousand" where
 * the table lacks it, "millions of billions".
 */
function goesOn(c: Ctx, end: number): boolean {
  const { t } = c;
  const next = key(c, end);
  if (t.multipliers.has(next) || t.unknownMultipliers.has(next)) return true;
  // "thousands to millions": a range of orders the table does not read
  if ((next === "to" || next === "or" || next === "-") && t.magnitudes.next.has(key(c, end + 1))) return true;
  if (next !== "of") return false;
  const after = key(c, end + 1);
  return t.multipliers.has(after) || t.unknownMultipliers.has(after) || trie(c, t.magnitudes, end + 1) !== undefined;
}

/**
 * Whether the order at `j` ends a longer phrase the table does not have:
 * "tens of quadrillions", or the second order of "tens to hundreds of thousands".
 */
function endsLonger(c: Ctx, j: number): boolean {
  const before = key(c, j - 1);
  if (before === "of" && countedInDigits(c, j - 2)) return true;
  return (before === "of" || before === "to" || before === "or" || before === "-") && c.t.magnitudes.next.has(key(c, j - 2));
}

/** Marks of a plural glued between a number and its "s": "100's", "10’s". */
const PLURAL_MARKS: ReadonlySet<string> = new Set(["'", "\u2019"]);

/**
 * Whether an order written in digits with a plural "s" ends at token `k`: "10s", "100s", "100's"
 * in "10s of thousands", "100s of thousands", which the table does not read: the order after
 * them is never read alone ("thousands" is 10 to 100 times too low).
 */
function countedInDigits(c: Ctx, k: number): boolean {
  if (key(c, k) !== "s" || !glued(c, k)) return false;
  const mark = PLURAL_MARKS.has(key(c, k - 1)) && glued(c, k - 1) ? k - 2 : k - 1;
  return tokAt(c, mark)?.kind === "num";
}

/** Words that join an order to itself said twice for emphasis: "thousands upon thousands", "hundreds and hundreds". */
const REPEATS: ReadonlySet<string> = new Set(["upon", "and", "on"]);

/** The token after an order said again after the one ending at `end` ("hundreds and hundreds of tanks"), or `end`: one figure, not two. */
function pastRepeat(c: Ctx, end: number, order: MagnitudeOrder): number {
  if (!REPEATS.has(key(c, end))) return end;
  const again = trie(c, c.t.magnitudes, end + 1);
  return again !== undefined && again.value.order === order && again.value.currency === undefined ? again.end : end;
}

/**
 * The token after a number that an order joins as the first end of a range ("hundreds to 5,000",
 * "thousands – 20,000"), which the grammar does not read and skips whole; -1 where none follows,
 * or the number is below the order ("sent hundreds to 3 villages").
 */
function numberTop(c: Ctx, end: number, order: MagnitudeOrder): number {
  const conn = key(c, end);
  if (conn !== "to" && conn !== "-") return -1;
  const v = value(c, end + 1, true);
  return v !== undefined && !isFail(v) && v.currency === undefined && !v.pct && v.v >= magnitudeInterval(order).low ? v.end : -1;
}

/** The unit or currency after an order: "of dollars", "of troops", "troops". */
function orderUnit(c: Ctx, j: number): Unit | Fail {
  const of = key(c, j) === "of" ? j + 1 : j;
  const name = of > j ? trie(c, c.t.names, of) : undefined;
  if (name !== undefined) return { currency: name.value, end: name.end };
  const u = unitAfter(c, of);
  if (u.duration === true) return fail("duration", of + 1);
  return u.unit !== undefined || u.currency !== undefined ? u : { end: j, ...(u.increment === true ? { increment: true } : {}) };
}

/** The estimate of an order with a bound before it: the bound of the order's interval, approximate. */
function bounded(order: MagnitudeOrder, lead: Lead, unit: string, text: string): Estimate {
  const { low, high } = magnitudeInterval(order);
  const b = lead.bound as NonNullable<Lead["bound"]>;
  // "at least thousands" allows 2,000 and up; "up to thousands" stays below 10,000
  if (b.lower) return { kind: "atLeast", value: low, strict: b.strict, unit, approx: true, text };
  return { kind: "atMost", value: high, strict: true, unit, approx: true, text };
}

/** The order of magnitude at `mg`, for the phrase that starts at token `i` with the words `lead` before the figure at `head`. */
export function magnitudeAt(c: Ctx, i: number, head: number, mg: Order, symbol: string | undefined, lead: Lead, options: MatchOptions): Match | Fail | undefined {
  if (goesOn(c, mg.end) || endsLonger(c, head)) return fail("unsupported-magnitude", mg.end + 2);
  const top = numberTop(c, mg.end, mg.value.order);
  if (top >= 0) return fail("incomplete-range", top);
  let j = mg.value.currency === undefined ? pastRepeat(c, mg.end, mg.value.order) : mg.end;
  let currency = symbol ?? mg.value.currency;
  let noun: string | undefined;
  let increment = lead.increment;
  if (currency === undefined) {
    const u = orderUnit(c, j);
    if ("fail" in u) return u;
    noun = u.unit;
    currency = u.currency;
    increment ||= u.increment === true;
    j = u.end;
  }
  const more = key(c, j) === "more" && key(c, j + 1) !== "than";
  if (more) j++;
  const r = rate(c, j);
  if (r !== undefined) j = r.end;
  const unit = unitOf(currency ?? noun, r?.rate, options.unit);
  const order = mg.value.order;
  const text = phraseText(c, i, j);
  const estimate: Estimate = lead.bound === undefined ? { kind: "magnitude", order, unit, text } : bounded(order, lead, unit, text);
  return { estimate, first: i, head, end: j, increment: increment || more, superseded: isSuperseded(c, i, j) };
}

/**
 * An `unsupported-magnitude` failure for a number at whose end `end` an order written in digits
 * goes on ("100's of thousands", "10's of millions", "100's of tanks": hundreds), skipping past
 * the order; undefined for none.
 */
export function digitOrderFail(c: Ctx, end: number): Fail | undefined {
  const s = PLURAL_MARKS.has(key(c, end)) && glued(c, end) ? end + 1 : end;
  if (!countedInDigits(c, s) || s - 1 < 0 || key(c, s + 1) !== "of") return undefined;
  return fail("unsupported-magnitude", trie(c, c.t.magnitudes, s + 2)?.end ?? s + 1);
}
