/**
 * The quantity matcher: reads quantity phrases out of tokens, driven by a
 * phrase table. It tries a phrase at each token that can start one and looks
 * ahead a bounded number of tokens, so it is linear in the input.
 * @internal
 */
import type { Estimate } from "../estimate/schema.js";
import { trailing } from "./after.js";
import { afterChange, afterDecrease, afterIncrease } from "./changes.js";
import { pluralBeforeUnit } from "./plural-gaps.js";
import type { After } from "./after.js";
import { leads, noLead, qualifiedBound } from "./bounds.js";
import type { Bound, Lead } from "./bounds.js";
import { fail, hasRole, isFail, key, phraseText, tokAt, trie } from "./context.js";
import { CLAUSE_BREAK } from "./roles.js";
import type { Ctx, Fail, Match, MatchOptions } from "./context.js";
import { differenceAt } from "./differences.js";
import { magnitudeAt } from "./magnitudes.js";
import { unlessMarked } from "./marks.js";
import { notCount } from "./not-counts.js";
import { isDateContext } from "./numbers.js";
import { core, openedRange } from "./ranges.js";
import { isLevel, isNamedInterval, pastLevel } from "./intervals.js";
import { distantMargin, marginAfter } from "./margins.js";
import type { Core } from "./ranges.js";
import { unitOf } from "./rates.js";
import { mayValue } from "./value.js";
import { signedPair } from "./signs.js";
import { isAfterRevision, isRevisedUpTo, isSuperseded } from "./superseded.js";
import { thresholdEnd } from "./thresholds.js";
import { isEventYear, isYearOfTime, isYearPastLead } from "./years.js";

/** Whether a figure adds to an earlier one; "3,000 more troops than last year" compares instead; a size ("3,000-strong") never does by its verb. */
function isIncrement(c: Ctx, i: number, lead: Lead, after: After, strong: boolean): boolean {
  if (key(c, after.end) === "than" || (after.increment && thanAhead(c, after.end))) return false;
  return lead.increment || after.increment || (!after.multiple && afterIncrease(c, i, lead, strong));
}

/** How many words a comparison's "than" may stand after "N more" and its noun: "3,000 more troops in Kursk than last year". */
const THAN_REACH = 5;

/** Whether a "than" stands a few words on from `k` in the same clause, past no number or mark: "5 more Patriot batteries than expected". */
function thanAhead(c: Ctx, k: number): boolean {
  for (let j = k; j < k + THAN_REACH; j++) {
    const tk = tokAt(c, j);
    if (tk?.kind !== "word") return false;
    if (tk.key === "than") return true;
    if (hasRole(c, j, CLAUSE_BREAK)) return false;
  }
  return false;
}

/**
 * Verbs of change that take what they move as their object: a figure right after one counts
 * that object ("moved 300 to 400 troops", "raised 300 to 400 troops", "cut 300 to 400 jobs"),
 * so "to" joins the ends of a range, not a change to the level it ends at ("rose 300 to 4,000").
 */
const MOVES_OBJECT: ReadonlySet<string> = new Set([
  "moved", "moves", "moving", "raised", "raises", "raising", "raise", "cut", "cuts", "cutting", "reduced", "reduces", "reducing",
  "lowered", "lowers", "lowering", "boosted", "boosts", "boosting", "slashed", "slashes", "slashing", "hiked", "upped", "shifted",
]);

/** Whether the phrase at `i` is the object of a verb of change right before it: "moved 300 to 400 troops". */
function isObjectOfChange(c: Ctx, i: number): boolean {
  return MOVES_OBJECT.has(key(c, i - 1));
}

/** How far back a "from" may stand before the "to" of a change: "rose from 2,000 troops to". */
const FROM_REACH = 4;

/**
 * Whether the phrase at `i` is the level a change ends at, after its "to" ("revised to 3,000 to
 * 5,000", "rose to 300 to 400"), with no "from" and number before that "to": a "to" after it
 * cannot end the change again, and joins the ends of a range. "Rose from 2,000 to 3,000 to 5,000"
 * is a chain of levels.
 */
function isLevelOfChange(c: Ctx, i: number): boolean {
  if (key(c, i - 1) !== "to" || tokAt(c, i - 2)?.kind !== "word") return false;
  for (let k = i - 2; k >= i - 1 - FROM_REACH; k--) if (key(c, k) === "from" || tokAt(c, k)?.kind === "num") return false;
  return true;
}

/**
 * The quantity phrase that starts at token `i`, a reason it is not one, or
 * undefined when nothing quantity-like starts there. A mark the reader does not
 * know right before the phrase ("± 3,000") makes it a reason (see `unlessMarked`).
 * @internal
 */
export function matchAt(c: Ctx, i: number, options: MatchOptions): Match | Fail | undefined {
  // "revised its estimate up to 4,700": the direction of a revision, no bound; the figure is read from its number
  if (key(c, i) === "up" && isRevisedUpTo(c, i)) return undefined;
  return unlessMarked(c, phraseAt(c, i, options));
}

/** The quantity phrase that starts at token `i`, whatever stands before it. */
function phraseAt(c: Ctx, i: number, options: MatchOptions): Match | Fail | undefined {
  const { t } = c;
  const lead = noLead();
  const j = leads(c, i, lead);
  if (j < 0) return undefined;
  const op = trie(c, t.openers, j);
  let cr: Core | Fail | undefined;
  if (op !== undefined) {
    if (key(c, j) === "from" && (afterChange(c, i) || isAfterRevision(c, j))) return undefined;
    cr = openedRange(c, i, op);
  } else {
    // an order of magnitude: "tens of thousands of troops", "billions of dollars", "billion-dollar"
    const sym = trie(c, t.symbols, j);
    const mg = trie(c, t.magnitudes, sym?.end ?? j);
    if (mg !== undefined) return magnitudeAt(c, i, j, mg, sym?.value, lead, options);
    if (!mayValue(c, j)) return undefined;
    // "updated its count from 3,000 to 3,400": after a verb of revision too, "to" joins two figures
    cr = core(c, j, (afterChange(c, i) || isAfterRevision(c, i)) && !isObjectOfChange(c, i) && !isLevelOfChange(c, i));
  }
  if (cr === undefined || isFail(cr)) return cr;
  let after = trailing(c, cr, lead.bound, i);
  if (isFail(after)) return after;
  // "3,000 troops (±500)": a margin after the unit noun is read with the figure, or skips it
  const margin = marginAfter(c, cr, j, after.end, lead.bound !== undefined || after.bound !== undefined || after.rangeBound !== undefined || after.best !== undefined);
  if (margin !== undefined) {
    if (isFail(margin)) return margin;
    cr = margin;
    after = { ...after, end: margin.end };
  }
  const { low, high } = cr;
  // "45% of voters back the war (±3%)": a share whose margin stands later in its sentence is not read without it
  if (low.pct && margin === undefined && distantMargin(c, after.end)) return fail("incomplete-range", after.end);
  // "(95% CI 2,500–3,500)": a confidence level counts nothing
  if (low.pct && high === undefined && isLevel(c, j)) return fail("designation", pastLevel(c, j));
  const currency = low.currency ?? after.unit.currency;
  const named = low.strong || high?.strong === true ? "person" : after.unit.unit;
  // "In at least 2000 cases troops died": the figure counts the cases, not the troops of the clause after them
  if (after.unit.unit !== undefined && !after.multiple && after.unit.end > cr.end + 1 && pluralBeforeUnit(c, cr.end, after.unit.end)) return fail("no-quantity", after.end);
  // "+3 to -2", "The CI was 2,500–3,500", "37.654321 killed": no figure of its own
  const odd = notOwnFigure(c, i, j, cr, lead, after, named);
  if (odd !== undefined) return odd;
  // "the 2022 invasion killed thousands": a year, whatever unit noun follows the event it names
  if (isEventYear(c, low, high, lead, cr.end)) return fail("date", after.end);
  // "since 2022 soldiers have died", "fighting in 2022 killed 30,000", "until at least 2030 troops": a year of the time phrase before it
  if (i === j ? isYearOfTime(c, low, high, lead, i, cr.end, named === undefined ? cr.end : after.end) : isYearPastLead(c, low, high, lead, i)) return fail("date", after.end);
  // "aged 5 to 12", "passed by 311 votes to 112", "14 Khreshchatyk Street"
  const none = notCount(c, i, cr, lead, currency === undefined && !low.pct && !low.frac && named === undefined, after.end);
  if (none !== undefined) return none;
  // what is not a quantity in running text
  if (!c.phrase && currency === undefined && !low.pct && !low.frac && named === undefined) {
    if (low.yearLike || high?.yearLike === true) return fail("date", after.end);
    if (low.small && (high === undefined || high.small)) return undefined;
  }
  if (isDateContext(c, i, after.end, low, high)) return fail("date", after.end);
  // "passed the 500,000 mark" ends past its noun; "crossed 3 rivers" is read from the figure on
  const end = thresholdEnd(c, lead, low, named, after);
  if (end < 0) return undefined;
  const unit = unitOf(currency ?? (low.pct ? "percent" : low.frac ? "1" : named), after.rate, options.unit);
  const estimate = toEstimate(cr, lead, after, unit, phraseText(c, i, end));
  if (isFail(estimate)) return fail(estimate.fail, after.end);
  // a best value is rare: the estimate's `best` is read only where there is one (estimates come in many shapes, on which a read is slow)
  if ((after.best ?? cr.best) !== undefined && !bestInside(estimate)) return fail("best-outside", after.end);
  // "little less than 300", "not much more than 300": a qualified bound is no bound, and the figure is not read
  if (lead.bound !== undefined && qualifiedBound(c, i)) return fail("no-quantity", after.end);
  // "losses fell 3,000": the size of a fall is a change below zero, and negative figures are not read
  if (afterDecrease(c, i, lead, named)) return fail("negative", after.end);
  // "25,000 fewer soldiers than in 2022" is a change below zero too; "12% higher than" one above it
  const diff = differenceAt(c, cr, after);
  if (diff?.below === true) return fail("negative", diff.end);
  // "raised 300 to 400 troops": a range is the object the verb moves, not the size of a rise
  const moved = high !== undefined && isObjectOfChange(c, i);
  const increment = diff !== undefined || (!moved && isIncrement(c, i, lead, after, low.strong));
  return { estimate, first: i, head: j, end, increment, superseded: isSuperseded(c, i, end) };
}

/**
 * Why the number at `j` (its phrase from `i`) is no figure of its own:
 * one of a signed pair ("+3 to -2", "-3 to +5"), which is no rise and no count; an interval named
 * with no figure ("The CI was 2,500–3,500"); or a count of people that is no whole number, with
 * nothing to say why ("a strike at 48.9, 37.654321 killed 12").
 */
function notOwnFigure(c: Ctx, i: number, j: number, cr: Core, lead: Lead, after: After, named: string | undefined): Fail | undefined {
  if (key(c, j - 1) === "+") {
    const pair = signedPair(c, j, cr.end);
    if (pair !== undefined) return pair;
  }
  if (isNamedInterval(c, i)) return fail("designation", cr.end);
  return named === "person" && !c.phrase && isPartPeople(cr, lead, after) ? fail("designation", after.end) : undefined;
}

/** Whether `v` is written with at most two decimal places. */
function twoPlaces(v: number): boolean {
  return Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;
}

/**
 * Whether a count of people is no whole number with nothing to say why: "37.9 killed", "Some
 * 37.654321 troops". An average or a rate may be one ("an average of 3.5 killed", "2.5 killed per
 * day"), written with two decimal places at most.
 */
function isPartPeople(cr: Core, lead: Lead, after: After): boolean {
  const { low, high } = cr;
  if (Number.isInteger(low.v) && (high === undefined || Number.isInteger(high.v))) return false;
  const why = after.rate !== undefined || lead.hedges.length > 0 || lead.approx || after.hedges.length > 0;
  return !why || !twoPlaces(low.v) || (high !== undefined && !twoPlaces(high.v));
}

/** Whether a best value the text gives lies inside the figure: "4,000 (best estimate 4,200)" does not. */
function bestInside(e: Estimate): boolean {
  // a property read, not `"best" in e`: estimates come in many shapes, and `in` on many shapes is a slow look-up
  const b = (e as { best?: number }).best;
  if (b === undefined) return true;
  switch (e.kind) {
    case "exact":
    case "approx":
      return b === e.value;
    case "range":
      return b >= e.low && b <= e.high;
    case "atLeast":
      return e.strict ? b > e.value : b >= e.value;
    case "atMost":
      return b >= 0 && (e.strict ? b < e.value : b <= e.value);
    default:
      return true;
  }
}

/** The estimate a figure reads as, from its number, the words around it and its unit; `text` is the phrase. */
function toEstimate(cr: Core, lead: Lead, after: After, unit: string, text: string): Estimate | Fail {
  const { low, high } = cr;
  const bound: Bound | undefined = lead.bound ?? after.bound;
  // one hedge is kept, the first: a second ("about about 3,000", "3,000-odd troops or so") says no more, and two would be written as one
  const hedgeWords = lead.hedges[0] ?? after.hedges[0];
  const hedged = hedgeWords !== undefined || lead.approx;
  const best = after.best ?? cr.best;
  // "300 to 400 or more" is at least 300; "300 to 400 or fewer" at most 400
  const open = after.rangeBound;
  if (high !== undefined && open !== undefined) return bounded(open.lower ? "atLeast" : "atMost", open.lower ? low.v : high.v, false, unit, true, kept(hedgeWords), best, text);
  if (high !== undefined && cr.hedge !== undefined) {
    // "3,000 to perhaps 5,000": the hedge of the top is the range's; "about 3,000 to perhaps 5,000" has two, and is not read
    if (bound !== undefined || hedged || cr.best !== undefined) return fail("incomplete-range", 0);
    return ranged(low.v, high.v, unit, true, kept(cr.hedge), best, text);
  }
  if (high !== undefined) {
    // "more than 3,000 (±500) troops": a bound on a figure with its margin says neither
    if (bound !== undefined && cr.best !== undefined) return fail("incomplete-range", 0);
    const words = bound === undefined ? (hedgeWords ?? "") : hedgeWords === undefined ? bound.words : `${bound.words} ${hedgeWords}`;
    return ranged(low.v, high.v, unit, hedged || bound !== undefined, words === "" ? undefined : kept(words), best, text);
  }
  if (bound !== undefined) {
    // "fewer than 0" of a quantity that cannot be negative allows no value.
    if (!bound.lower && bound.strict && low.v === 0) return fail("invalid-range", 0);
    return bounded(bound.lower ? "atLeast" : "atMost", low.v, bound.strict, unit, hedged, kept(hedgeWords), best, text);
  }
  if (hedged) return best !== undefined ? tail({ kind: "approx", value: low.v, unit }, false, kept(hedgeWords), best, text) : valued("approx", low.v, unit, kept(hedgeWords), text);
  return best !== undefined ? tail({ kind: "exact", value: low.v, unit }, false, undefined, best, text) : valued("exact", low.v, unit, undefined, text);
}

// Each estimate is built by one object literal in its final shape, its fields in the order
// `kind`, the figure, `unit`, `approx` (when true), `hedge`, `best` (when given) and `text`:
// adding fields one at a time gives an object a chain of shapes and its fields a second store.

/** The hedge kept: "about" is the one formatEstimate writes when none is kept, so it is not stored. */
function kept(hedge: string | undefined): string | undefined {
  return hedge === "about" ? undefined : hedge;
}

/** An exact or approximate figure without a best value. */
function valued(kind: "exact" | "approx", value: number, unit: string, hedge: string | undefined, text: string): Estimate {
  return hedge === undefined ? { kind, value, unit, text } : ({ kind, value, unit, hedge, text } as Estimate);
}

/** A bound. */
function bounded(kind: "atLeast" | "atMost", value: number, strict: boolean, unit: string, approx: boolean, hedge: string | undefined, best: number | undefined, text: string): Estimate {
  if (best !== undefined) return tail({ kind, value, strict, unit }, approx, hedge, best, text);
  if (approx) return hedge === undefined ? { kind, value, strict, unit, approx, text } : { kind, value, strict, unit, approx, hedge, text };
  return hedge === undefined ? { kind, value, strict, unit, text } : { kind, value, strict, unit, hedge, text };
}

/** A range. */
function ranged(low: number, high: number, unit: string, approx: boolean, hedge: string | undefined, best: number | undefined, text: string): Estimate {
  if (best !== undefined) return tail({ kind: "range", low, high, unit }, approx, hedge, best, text);
  if (approx) return hedge === undefined ? { kind: "range", low, high, unit, approx, text } : { kind: "range", low, high, unit, approx, hedge, text };
  return hedge === undefined ? { kind: "range", low, high, unit, text } : { kind: "range", low, high, unit, hedge, text };
}

/** An estimate with a best value, its last fields added to `e` in order: as rare as figures with a best estimate are. */
function tail(e: Record<string, unknown>, approx: boolean, hedge: string | undefined, best: number, text: string): Estimate {
  if (approx) e["approx"] = true;
  if (hedge !== undefined) e["hedge"] = hedge;
  e["best"] = best;
  e["text"] = text;
  return e as Estimate;
}
