/**
 * The words after a figure: hedges ("or so"), bounds ("or more"), the unit,
 * a rate ("a day") and a best estimate in parentheses.
 * @internal
 */
import { NO_HEDGES } from "./bounds.js";
import type { Bound } from "./bounds.js";
import { fail, glued, hasRole, isFail, key, mayHave, tokAt, trie, words } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import { isAsymmetricAt, marginSign, plusOrMinusAt } from "./margins.js";
import type { Core } from "./ranges.js";
import { rate } from "./rates.js";
import { AFTER_FIGURE, CHANGE } from "./roles.js";
import { OF_DETERMINERS, unitAfter } from "./units.js";
import type { Unit } from "./units.js";
import { value } from "./value.js";

/** What follows a figure. */
export interface After {
  readonly bound: Bound | undefined;
  /** A bound after a range ("300 to 400 or more"): the range is open at that end. */
  readonly rangeBound: Bound | undefined;
  readonly hedges: readonly string[];
  readonly unit: Unit;
  readonly rate: string | undefined;
  readonly best: number | undefined;
  readonly end: number;
  /** An increment word after the figure or on the way to its unit: "3,000 more", "3,000 additional troops". */
  readonly increment: boolean;
  /** The figure is a multiple: "three times as many". */
  readonly multiple: boolean;
}

interface State {
  bound: Bound | undefined;
  rangeBound: Bound | undefined;
  /** `NO_HEDGES` until a hedge is read, replaced (never changed) as each is added. */
  hedges: readonly string[];
  unit: Unit;
  unitDone: boolean;
  rate: string | undefined;
  best: number | undefined;
  j: number;
  /** Where a bound after the figure ends that goes the other way than the one before it ("could reach 3,000 or more"); -1 for none. */
  clash: number;
}

/** Whether a figure of running text starts at `at`: the same whether the caller gave a phrase or a text. */
function startsValue(c: Ctx, at: number): boolean {
  const v = value(c.phrase ? { ...c, phrase: false } : c, at);
  return v !== undefined && !isFail(v);
}

/** Whether the number of a margin starts at `at`: "500" in "plus or minus 500", read as a second number. */
function marginValue(c: Ctx, at: number): boolean {
  const v = value(c.phrase ? { ...c, phrase: false } : c, at, true);
  return v !== undefined && !isFail(v);
}

/** A hedge or bound word after the figure ("or so", "or more"), unless a number follows it. */
function hedgeOrBound(c: Ctx, s: State, ranged: boolean): boolean {
  const { t } = c;
  const dashed = key(c, s.j) === "-" && glued(c, s.j) && glued(c, s.j + 1) ? s.j + 1 : s.j;
  // "3,000 troops, plus or minus a few hundred": a margin not given as a number hedges the figure; it bounds nothing
  if (plusOrMinusAt(c, s.j) && !marginValue(c, s.j + 3)) {
    s.hedges = [...s.hedges, "plus or minus"];
    s.j += 3;
    return true;
  }
  const ha = trie(c, t.hedgesAfter, dashed);
  if (ha !== undefined && !startsValue(c, ha.end)) {
    s.hedges = [...s.hedges, words(c, dashed, ha.end)];
    s.j = ha.end;
    return true;
  }
  return boundAfter(c, s, ranged, dashed, true) || boundAfter(c, s, ranged, dashed, false) || setOffMore(c, s, ranged);
}

/** The words a comma may set off after a figure that leave it open above: "3,000, if not more", "50,000 troops, possibly more". */
const SET_OFF_MORE: readonly (readonly string[])[] = [
  ["if", "not", "more"],
  ["possibly", "more"],
  ["perhaps", "more"],
  ["maybe", "more"],
  ["probably", "more"],
  ["likely", "more"],
  ["or", "more"],
];
const CLAUSE_ENDS: ReadonlySet<string> = new Set(["", ",", ".", ";", ":", ")", "!", "?", "-", "—", "–"]);

/**
 * "…, if not more" or "…, possibly more" ending a clause: the figure is at least that many, as "or more" says
 * (not "3,000, possibly more troops", where "more" starts another figure).
 */
function setOffMore(c: Ctx, s: State, ranged: boolean): boolean {
  if (key(c, s.j) !== ",") return false;
  const at = s.j + 1;
  const ws = SET_OFF_MORE.find((w) => w.every((k, n) => key(c, at + n) === k));
  if (ws === undefined) return false;
  // "…, probably more than that"
  const end = key(c, at + ws.length) === "than" && key(c, at + ws.length + 1) === "that" ? at + ws.length + 2 : at + ws.length;
  if (!CLAUSE_ENDS.has(key(c, end))) return false;
  const bound: Bound = { lower: true, strict: false, words: words(c, at, end) };
  if (ranged) s.rangeBound ??= bound;
  else if (s.bound !== undefined && !s.bound.lower) s.clash = end;
  else s.bound ??= bound;
  s.j = end;
  return true;
}

/** A lower or upper bound after the figure ("or more", "5,000-plus"), unless a number or "than" follows it. */
function boundAfter(c: Ctx, s: State, ranged: boolean, dashed: number, lower: boolean): boolean {
  const tr = lower ? c.t.lowerAfter : c.t.upperAfter;
  // "5,000-plus", "Rs 2,000 crore-plus"
  const m = trie(c, tr, s.j) ?? (dashed > s.j ? trie(c, tr, dashed) : undefined);
  if (m === undefined) return false;
  // "3,000 troops +/- 500", "+500/-200": the sign of a margin, not a bound
  if (lower && (marginSign(c, s.j) >= 0 || isAsymmetricAt(c, s.j))) return false;
  // "12 dead and more than 30 wounded": "and more" belongs to the next figure
  if (startsValue(c, m.end) || key(c, m.end) === "than") return false;
  // "300 to 400 or more" leaves the range open at one end
  if (ranged) s.rangeBound ??= { lower, strict: false, words: words(c, s.j, m.end) };
  else if (s.bound !== undefined && s.bound.lower !== lower) s.clash = m.end;
  else s.bound ??= { lower, strict: m.value, words: words(c, s.j, m.end) };
  s.j = m.end;
  return true;
}

/** The unit noun, or the whole a share is of ("half of the troops"); a failure for a duration. */
function unitWords(c: Ctx, s: State, cr: Core): boolean | Fail {
  const { low } = cr;
  if (s.unitDone && !((low.frac || low.pct) && key(c, s.j) === "of" && s.unit.end === cr.end)) return false;
  if (s.unitDone) {
    // "half of the troops", "40% of the workers": the whole is named; the unit stays a share
    const skip = OF_DETERMINERS.has(key(c, s.j + 1)) ? s.j + 2 : s.j + 1;
    const whole = unitAfter(c, skip);
    s.unit = { end: whole.unit !== undefined ? whole.end : s.j + 1 };
    if (whole.unit !== undefined) s.j = whole.end;
    return true;
  }
  s.unitDone = true;
  const u = unitAfter(c, s.j);
  if (u.duration === true) return fail("duration", s.j + 1);
  if (u.compound === true) return fail("designation", s.j + 2);
  if (u.end <= s.j) return false;
  s.unit = u;
  if (u.rate !== undefined) s.rate = u.rate;
  s.j = u.end;
  return true;
}

/** A rate ("a day") or a best estimate in parentheses ("(best estimate 4,500)"). */
function rateOrBest(c: Ctx, s: State): boolean {
  const r = s.rate === undefined ? rate(c, s.j) : undefined;
  if (r !== undefined) {
    s.rate = r.rate;
    s.j = r.end;
    return true;
  }
  if (s.best !== undefined || key(c, s.j) !== "(") return false;
  const b = trie(c, c.t.best, s.j + 1);
  const v = b === undefined ? undefined : value(c, b.end);
  if (v === undefined || isFail(v) || key(c, v.end) !== ")") return false;
  s.best = v.v;
  s.j = v.end + 1;
  return true;
}

/** The token after the run of "per" phrases at `j`: "per gun per day", "per 1,000 per month". */
function pastRates(c: Ctx, j: number): number {
  while (key(c, j) === "per" && j + 1 < c.toks.length) j += 2;
  return j;
}

/** An increment word after the figure, unless "than" or a number follows it: "3,000 more", not "3,000 more than". */
function incrementAfter(c: Ctx, j: number): number | undefined {
  const m = trie(c, c.t.incrementsAfter, j);
  return m === undefined || key(c, m.end) === "than" || startsValue(c, m.end) ? undefined : m.end;
}

/**
 * A multiple: "three times as many", "more than four times higher", "a
 * 3-fold rise"; the token after it. In running text "N times" alone counts
 * occasions, so it is a multiple only before a comparison or after a verb of change.
 */
function multipleAt(c: Ctx, cr: Core, first: number): number | undefined {
  const { t } = c;
  const j = cr.end;
  const fold = key(c, j) === "-" && glued(c, j) && glued(c, j + 1) ? j + 1 : j;
  if (!mayHave(c, fold, AFTER_FIGURE) || !t.multiples.has(key(c, fold)) || (fold > j && key(c, fold) !== "fold")) return undefined;
  const cmp = trie(c, t.comparisons, fold + 1);
  const changed = hasRole(c, first - 1, CHANGE) || hasRole(c, first - 2, CHANGE);
  if (!c.phrase && cmp === undefined && !changed && fold === j) return undefined;
  // "as many", "as much" belong to the multiple; "higher", "the" go on to what is compared
  return cmp !== undefined && key(c, fold + 1) === "as" ? cmp.end : fold + 1;
}

/** Reads the words after the figure `cr` that starts at token `first`; `bound` is the bound read before it, if any. */
export function trailing(c: Ctx, cr: Core, bound: Bound | undefined, first: number): After | Fail {
  const { low, high } = cr;
  const multiple = low.currency === undefined && !low.pct && !low.frac ? multipleAt(c, cr, first) : undefined;
  const unit: Unit = multiple === undefined ? { end: cr.end } : { unit: "1", end: multiple };
  const unitDone = low.currency !== undefined || low.pct || low.frac || multiple !== undefined;
  const s: State = { bound, rangeBound: undefined, hedges: NO_HEDGES, unit, unitDone, rate: undefined, best: undefined, j: unit.end, clash: -1 };
  const plus = tokAt(c, s.j);
  if (plus?.key === "+" && plus.glued && high === undefined && marginSign(c, s.j) < 0 && !isAsymmetricAt(c, s.j)) {
    s.bound ??= { lower: true, strict: false, words: "+" };
    s.j++;
  }
  for (let k = 0; k < 6; k++) {
    if (hedgeOrBound(c, s, high !== undefined)) continue;
    const u = unitWords(c, s, cr);
    if (isFail(u)) return u;
    if (u || rateOrBest(c, s)) continue;
    break;
  }
  // "could reach 3,000 or more", "up to 300 or more": a ceiling and a floor on one figure say nothing of it
  if (s.clash >= 0) return fail("no-quantity", Math.max(s.j, s.clash));
  // "1,000 shells per gun per day", "30 per 1,000": a rate over something other than a period is not read, nor the figure without it
  if (key(c, s.j) === "per") return fail("unsupported-rate", pastRates(c, s.j));
  const more = multiple === undefined ? incrementAfter(c, s.j) : undefined;
  if (more !== undefined) s.j = more;
  const increment = more !== undefined || s.unit.increment === true;
  return { bound: s.bound, rangeBound: s.rangeBound, hedges: s.hedges, unit: s.unit, rate: s.rate, best: s.best, end: s.j, increment, multiple: multiple !== undefined };
}
