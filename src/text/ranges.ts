/**
 * Ranges ("10,000–12,000", "between 5 and 10") and proportions ("one in
 * three") at the number of a phrase.
 * @internal
 */
import { fail, glued, isFail, key, times, tokAt, trie } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { Token } from "./tokenize.js";
import type { TrieMatch } from "./trie.js";
import { isDayAfterMonth } from "./numbers.js";
import { unitAfter } from "./units.js";
import { value } from "./value.js";
import { pastVague, vagueEnd } from "./vague-ends.js";
import { boundedEnd, boundedFirstEnd, boundedValue, hedgedEnd } from "./bounded-ends.js";
import { bracketRangeAt, interval, intervalWordsAt } from "./intervals.js";
import { plusMinus, setOffMargin } from "./margins.js";
import { restated } from "./restated.js";
import { afterConversion, exchangeRateEnd, setOffConversion } from "./conversions.js";
import { DASH, TO_OR_DASH, unitRange } from "./unit-ranges.js";
import { hangingFail, isHanging, nounOnFirstEnd, oddSecondEnd, splitsCurrency, withConversion } from "./range-edges.js";

/** The range, proportion or single value at `i`, after the leading words. */
export interface Core {
  readonly low: Val;
  readonly high?: Val;
  readonly end: number;
  readonly dash: boolean;
  /** A best value the figure itself gives: the middle of "300 ± 50". */
  readonly best?: number;
  /** The words before the second end of a range that say it may reach its top: "perhaps", "as many as" (see `hedgedEnd`). */
  readonly hedge?: string;
}

/**
 * Whether a range's low end may lack the thousands or the hundreds of its high
 * end: "8-10,000 troops" is 8,000–10,000 to its writer, "between 10 and
 * 12,000" likewise, and "3-400 tanks" is 300–400. A low end whose hundred is
 * below the high end reads so ("1-100" is 1 to 100). `parseEstimate` and
 * `extractEstimates` both refuse such a range.
 */
export function isShorthand(c: Ctx, a: Val, b: Val): boolean {
  void c;
  if (!a.plainInt || a.mult !== 1 || a.v < 1) return false;
  if (b.mult === 1 && b.v >= 1000) return a.v < 1000 && a.v * 1000 <= b.v;
  // "3-400 million" is 300–400 million as "3-400" is 300–400: the high end as written, before its scale word
  const high = b.mult === 1 ? b.v : b.v / b.mult;
  return high >= 100 && high < 1000 && a.v < 10 && a.v * 100 < high;
}

export function rangeEnds(c: Ctx, a: Val, b: Val): [Val, Val] | undefined {
  let lo = a;
  let hi = b;
  if (lo.frac !== hi.frac) return undefined;
  if (hi.currency !== undefined && lo.currency === undefined) lo = { ...lo, currency: hi.currency };
  if (lo.currency !== undefined && hi.currency === undefined) hi = { ...hi, currency: lo.currency };
  if (lo.currency !== hi.currency) return undefined;
  // "$30 or 40%": money and a share are no range
  if ((lo.currency !== undefined && hi.pct) || (lo.pct && hi.currency !== undefined)) return undefined;
  if (hi.pct && !lo.pct) lo = { ...lo, pct: true };
  // "20% to 30" is 20–30%; "by more than 20% to 15,537" is a change and the level it ends at, no range: a share ends no higher than the whole
  if (lo.pct && !hi.pct && hi.v > 100) return undefined;
  if (lo.pct && !hi.pct) hi = { ...hi, pct: true };
  // "10 to 12 thousand", "$1-2 billion": the multiplier of the high end is shared
  if (hi.mult > 1 && lo.mult === 1 && times(lo.v, hi.mult) <= hi.v) {
    lo = { ...lo, v: times(lo.v, hi.mult), mult: hi.mult, small: false, yearLike: false, plainInt: false };
  }
  void c;
  return [lo, hi];
}

/** The token after a chain of further ends joined by "to", "or" or a dash after a range that ends at `k` ("to 5,000"), or -1 for none. */
function chainEnd(c: Ctx, k: number): number {
  let end = -1;
  for (let j = k; j < k + 8; ) {
    const conn = tokAt(c, j);
    if (conn === undefined || (conn.kind !== "dash" && conn.key !== "to" && conn.key !== "or")) break;
    const v = value(c, j + 1, true);
    if (v === undefined || isFail(v)) break;
    end = v.end;
    j = v.end;
  }
  return end;
}

/**
 * The second end of "a million or two", "3 thousand or 4": a bare number below ten after a
 * number with a scale word, greater than the number before its scale, takes that scale (1–2
 * million); any other second end as read.
 */
function scaledSecond(a: Val, b: Val): Val {
  if (a.mult < 1000 || b.mult !== 1 || !b.plainInt || b.v < 2 || b.v > 9 || b.currency !== undefined || b.pct) return b;
  if (a.v / a.mult >= b.v) return b;
  return { ...b, v: times(b.v, a.mult), mult: a.mult, small: false, yearLike: false, plainInt: false };
}

/**
 * The failure that skips a range whose first end `a` is joined, with no word to open it, to a
 * second end at `k` written with a bound or a hedge: "3,000 to as many as 5,000", "3,000 to
 * more than 5,000", "3,000 to at least 5,000", "3,000 – nearly 5,000". Undefined where no such
 * end follows, or where it is no end of a range from `a`: another currency or a share, or a
 * number below it ("sent 3,000 to more than 40 countries", where "to" is a preposition).
 */
function boundedSecond(c: Ctx, a: Val, k: number): Fail | undefined {
  const b = boundedValue(c, k);
  // "$100 to up to 2,000 volunteers": a sum, and a count of its own
  const ends = b === undefined || splitsCurrency(c, a, b) ? undefined : rangeEnds(c, a, b);
  return b !== undefined && ends !== undefined && ends[0].v <= ends[1].v ? fail("incomplete-range", b.end) : undefined;
}

/**
 * The range of the number `a` and a second end after the connector `conn` right after it ("3,000
 * to 5,000", "10-12,000", "3 or 4"), a failure that skips both, or undefined where the two make
 * no range and `a` is read on.
 */
function connectedRange(c: Ctx, a: Val, conn: Token): Core | Fail | undefined {
  const { t } = c;
  const j = a.end;
  const notBound = trie(c, t.lowerAfter, j) === undefined && trie(c, t.upperAfter, j) === undefined && trie(c, t.hedgesAfter, j) === undefined;
  const read = notBound ? value(c, j + 1, true) : undefined;
  const b = read !== undefined && !isFail(read) && conn.key === "or" ? scaledSecond(a, read) : read;
  if (b !== undefined && !isFail(b)) {
    // "$500 to 3,000 refugees": a sum, and a count of its own; "$500-3,000 refugees" reads neither way
    if (splitsCurrency(c, a, b)) return conn.kind === "dash" ? fail("mixed-range", b.end) : { low: a, end: a.end, dash: false };
    const ends = rangeEnds(c, a, b);
    if (ends !== undefined) {
      if (a.yearLike && b.plainInt && !c.phrase && conn.kind === "dash") return fail("date", b.end);
      if (isShorthand(c, a, b)) return fail("ambiguous-range", b.end);
      // "highs of 220,000 in 1951 and 300,000 in 1969": a year and a figure are no range
      if (a.yearLike && !b.yearLike && !c.phrase) return { low: a, end: a.end, dash: false };
      if (ends[0].v > ends[1].v) {
        if (conn.kind === "dash") return fail("invalid-range", b.end);
        return { low: a, end: a.end, dash: false };
      }
      // "3,000 to 4,000 to 5,000 troops": a chain of ends is no range, and no figure
      const chain = chainEnd(c, b.end);
      if (chain >= 0) return fail("incomplete-range", chain);
      return { low: ends[0], high: ends[1], end: b.end, dash: conn.kind === "dash" };
    }
  } else if (isFail(b) && conn.kind === "dash" && glued(c, j + 1)) {
    // "10-KN" is no range, and "10 -12" is no figure of 10
    return b;
  } else if (b === undefined && (c.phrase || !a.yearLike)) {
    // "3,000 to perhaps 5,000 troops", "2,000 or as many as 4,000": one range, which keeps the hedge of its top
    const hedged = hedgedRange(c, a, j + 1, conn.kind === "dash");
    if (hedged !== undefined) return hedged;
    // "3,000 to more than 5,000": skipped whole, as after "from";
    // "200 or more than 300 shells" gives two figures as alternatives, each read
    const bounded = conn.key === "or" ? undefined : (boundedSecond(c, a, j + 1) ?? oddSecondEnd(c, a, j + 1));
    if (bounded !== undefined) return bounded;
  }
  return undefined;
}

/**
 * The range from `a` to a hedged top at `k` ("perhaps 5,000", "as many as 5,000"; see `hedgedEnd`),
 * which keeps the hedge; a failure for ends that read no one way ("3-perhaps 400", a chain); undefined
 * where no such end follows or it is below `a` ("sent 3,000 to perhaps 40 countries").
 */
function hedgedRange(c: Ctx, a: Val, k: number, dash: boolean): Core | Fail | undefined {
  const h = hedgedEnd(c, k);
  const ends = h === undefined || splitsCurrency(c, a, h.v) ? undefined : rangeEnds(c, a, h.v);
  if (h === undefined || ends === undefined || ends[0].v > ends[1].v) return undefined;
  if (isShorthand(c, a, h.v)) return fail("ambiguous-range", h.v.end);
  if (chainEnd(c, h.v.end) >= 0) return fail("incomplete-range", chainEnd(c, h.v.end));
  return { low: ends[0], high: ends[1], end: h.v.end, dash, hedge: h.words };
}

/**
 * The figure whose number starts at token `i`: a range after a connector, a margin, an interval
 * or a restatement in brackets, a range whose ends both name their unit, a proportion, or the
 * number alone; a failure that skips it whole. After a verb of change (`changed`), "to" joins the
 * level a change ends at, no second end. @internal
 */
export function core(c: Ctx, i: number, changed: boolean): Core | Fail | undefined {
  const { t } = c;
  const a = value(c, i);
  if (a === undefined || isFail(a)) return a;
  // "from 210 on May 1 to 157": a day of the month ends no range
  if (!c.phrase && isDayAfterMonth(c, i, a)) return fail("date", a.end);
  const j = a.end;
  const conn = tokAt(c, j);
  // "a 10,000- to 12,000-strong force": one range, or skipped whole; never the first end alone
  if (isHanging(c, j) && !a.strong) {
    const hung = connectedRange(c, { ...a, end: j + 1 }, tokAt(c, j + 1) as Token);
    return hung !== undefined && !isFail(hung) && hung.high !== undefined ? hung : hangingFail(c, j);
  }
  if (conn !== undefined && !a.strong && (conn.kind === "dash" || (c.t.connectors.has(conn.key) && !(changed && conn.key === "to")))) {
    const ranged = connectedRange(c, a, conn);
    // "$1bn to $2bn (€0.9bn to €1.8bn)": the range's conversion is no figure of its own
    if (ranged !== undefined) return isFail(ranged) ? ranged : withConversion(c, ranged);
  }
  // "($1 = 0.92 euros)": an exchange rate, no sum
  const rate = conn?.key === "=" ? exchangeRateEnd(c, a) : -1;
  if (rate >= 0) return fail("ratio", rate);
  const pm = plusMinus(c, a);
  if (pm !== undefined) return pm;
  // "3,000, give or take 500", "3,000 — ±500": a margin set off from its figure skips both
  const off = conn?.key === "," || conn?.kind === "dash" ? setOffMargin(c, j + 1) : undefined;
  if (off !== undefined) return off;
  // "3,000 (95% CI 2,500–3,500) deaths": an interval right after the number, before its noun
  const ci = conn?.key === "(" ? intervalWordsAt(c, j + 1) : -1;
  if (ci >= 0) return interval(c, { low: a, end: j, dash: false }, ci, false, ")");
  // "3,000 (range 2,500–3,500) deaths", "3,000 (2,500–3,500)": a range in brackets holds the figure
  const br = conn?.key === "(" ? bracketRangeAt(c, j + 1, ")") : -1;
  if (br >= 0) return interval(c, { low: a, end: j, dash: false }, br, false, ")", false);
  // "3,000 (three thousand) troops": one figure, said twice; "$1.5bn – about €1.4bn –", "$1.5bn, or €1.4bn,": one sum, converted
  const again = key(c, a.end) === "(" ? restated(c, a, i, a.end) : setOffConversion(c, a, a.end);
  if (isFail(again)) return again;
  // "$1.1 billion (€813 million) to $1.2 billion": a conversion after the first end stays inside the range
  if (again >= 0) return a.currency === undefined || key(c, a.end) !== "(" ? { low: a, end: again, dash: false } : afterConversion(c, a, again, changed);
  // "rose from 3,000 troops to 4,000 troops": after a verb of change, "to" joins two figures here too
  const unitEnds = conn?.kind === "word" ? unitRange(c, a, changed ? DASH : TO_OR_DASH) : undefined;
  if (unitEnds !== undefined) {
    if (isFail(unitEnds)) return unitEnds;
    const ends = rangeEnds(c, a, unitEnds);
    if (ends !== undefined && ends[0].v <= ends[1].v) return { low: ends[0], high: ends[1], end: unitEnds.end, dash: false };
  }
  const prop = !a.frac && !a.pct && a.currency === undefined && a.plainInt ? trie(c, t.proportion, j) : undefined;
  return (prop === undefined ? undefined : proportion(c, a, prop.end)) ?? { low: a, end: a.end, dash: false };
}

/** The proportion of `a` in the number at `k` after its connector ("one in three", "3 out of 10"), or undefined for none. */
function proportion(c: Ctx, a: Val, k: number): Core | undefined {
  const b = value(c, k, true);
  if (b === undefined || isFail(b) || !b.plainInt || b.yearLike || b.pct || b.currency !== undefined || b.v <= 0 || a.v > b.v) return undefined;
  if (unitAfter(c, b.end).duration === true) return undefined;
  return { low: { ...b, v: a.v / b.v, frac: true, small: false, yearLike: false, mult: 1 }, end: b.end, dash: false };
}

/** The token after the ")" that closes the "(" at `k`, within a few tokens. */
function closing(c: Ctx, k: number): number | undefined {
  for (let j = k + 1; j < k + 12; j++) {
    const w = key(c, j);
    if (w === ")") return j + 1;
    if (w === "(" || w === "") return undefined;
  }
  return undefined;
}

/** The token after a second end that is no number: past its bound and number ("as many as 5,000"), else past its vague words. */
function pastEnd(c: Ctx, k: number): number {
  const b = boundedEnd(c, k);
  return b >= 0 ? b : pastVague(c, k);
}

/** A range opened by a word: "between 5 and 10", "from 300 to 400"; `op` is the opener's match. */
export function openedRange(c: Ctx, i: number, op: TrieMatch<ReadonlySet<string>>): Core | Fail | undefined {
  const a = value(c, op.end);
  // "from about 300 to nearly 500": a range with a hedge or a bound on its first end is skipped whole
  if (a === undefined) return vagueEnd(c, op) ?? boundedFirstEnd(c, op);
  if (isFail(a)) return fail(a.fail, Math.max(a.skip, i + 1));
  // a conversion in parentheses after the first end: "between $1.1 billion (€813 million) and $1.2 billion"
  // "between 10,000- and 12,000-strong forces": the hyphen left hanging on the first end is passed over
  const at = key(c, a.end) === "(" ? (closing(c, a.end) ?? a.end) : isHanging(c, a.end) ? a.end + 1 : a.end;
  // "from 3,000 up to 5,000": "up" before the connector changes nothing
  const k = key(c, at) === "up" && key(c, at + 1) === "to" && op.value.has("to") ? at + 1 : at;
  const joined = op.value.has(key(c, k));
  const b = joined ? value(c, k + 1, true) : k === a.end ? unitRange(c, a, op.value) : undefined;
  // "between 3,000 and perhaps 5,000", "from 3,000 to as many as 5,000": the range keeps the hedge of its top
  const hedged = joined && b === undefined ? hedgedRange(c, a, k + 1, false) : undefined;
  if (hedged !== undefined) return isFail(hedged) ? hedged : withConversion(c, hedged);
  // "between 300 soldiers and 500": a noun on the first end only reads no one way
  if (b === undefined && !joined && k === a.end) return nounOnFirstEnd(c, a, op.value);
  // "between 5 and" something that is no figure ("from 300 to several thousand", "to as many as 5,000",
  // "and, perhaps, 5,000"): half a range is not a figure
  if (b === undefined) return joined || k > a.end ? (joined ? (oddSecondEnd(c, a, k + 1) ?? fail("incomplete-range", pastEnd(c, k + 1))) : fail("incomplete-range", k + 1)) : undefined;
  if (isFail(b)) return b;
  if (isShorthand(c, a, b)) return fail("ambiguous-range", b.end);
  const ends = rangeEnds(c, a, b);
  if (ends === undefined) return undefined;
  if (ends[0].v > ends[1].v) return fail("invalid-range", b.end);
  return withConversion(c, { low: ends[0], high: ends[1], end: b.end, dash: false });
}
