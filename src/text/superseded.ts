/**
 * Figures that a sentence says were replaced by a later one for the same thing: "The toll is
 * 4,000 (revised from 2,500)", "revised from 3,000 to 4,000", "an earlier estimate of 2,500 has
 * been revised to 4,000", "revised its estimate up to 4,700 from 3,000", "raised its estimate of
 * 10,000 by 2,000", "revised its figure of 4,000, putting the number at 6,000", "scaled back
 * its plan from 5,000 troops to 3,000". Only words of revision or correction (or of a changed
 * plan) make a figure superseded: "up from 2,500 last week" is an earlier value of a series, a
 * figure of another time.
 * @internal
 */
import { hasRole, isFail, key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { leads, noLead } from "./bounds.js";
import { CHANGE } from "./roles.js";
import { value } from "./value.js";
import { AUXILIARY, DIRECTION, EARLIER, ESTIMATE, KINDS, OBJECT, RAISE, REPLACE, REVISE, kindAt } from "./superseded-words.js";
import { isSetOff, levelAfter, revisedAfterAside } from "./superseded-asides.js";
import { endsNow, isEarlierNote, laterAfter } from "./superseded-notes.js";
import { puttingBefore } from "./superseded-put.js";
import { isRevisedEstimateFigure, pastCounted, sizeAfter } from "./superseded-by.js";
import { isPlanChangedFrom, isPlanChangedLevel } from "./superseded-plans.js";
import { NOT, estimateBefore, figureAfter } from "./superseded-replace.js";


/** The kinds of words that may stand right after a figure that a revision follows: "has been revised", "figure was", "revised upward". */
const AFTER = AUXILIARY | DIRECTION | EARLIER | ESTIMATE | REVISE | RAISE;
/** How far back from a figure its revision may stand. */
const REACH = 8;
/** How many other words (nouns of the object: "death", "Hamas", "attack") the look back may pass. */
const FREE_WORDS = 3;

/**
 * The verb of revision whose object or subject ends at `k`, looking back past their words and a
 * passive's auxiliaries; -1 for none. A mark, a number, another verb of change ("the toll rose
 * from"), a word of the stop list that is no object word and a word ending in "-ed" end the look.
 */
function revisionVerbBefore(c: Ctx, k: number): number {
  let estimate = false;
  let free = 0;
  for (let j = k; j >= 0 && j > k - REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind !== "word") return -1;
    const kind = KINDS.get(tk.key) ?? 0;
    if ((kind & REVISE) !== 0) return j;
    if ((kind & RAISE) !== 0) return estimate || estimateSubject(c, j - 1) ? j : -1;
    if ((kind & ESTIMATE) !== 0) estimate = true;
    else if (kind !== 0) continue;
    else if (hasRole(c, j, CHANGE) || c.t.stop.has(tk.key) || tk.key.endsWith("ed") || ++free > FREE_WORDS) return -1;
  }
  return -1;
}

/** Whether a noun of an estimate is the subject of a passive whose auxiliaries end at `k`: "the toll was raised". */
function estimateSubject(c: Ctx, k: number): boolean {
  let j = k;
  while (j > k - 3 && (kindAt(c, j) & AUXILIARY) !== 0) j--;
  return j < k && (kindAt(c, j) & ESTIMATE) !== 0;
}

/** The token before a figure that ends right before `k` ("to 4,700 people", "to around 1,200") past the "to" before it, or -1 where none stands there. */
function pastTarget(c: Ctx, k: number): number {
  let number = false;
  for (let j = k; j >= 0 && j > k - 9; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "num" && tk.kind !== "word")) return -1;
    if (tk.key !== "to") number ||= tk.kind === "num";
    else if (!number) return -1;
    // "revised to 3,000 to 5,000 from 2,000": the "to" of a range, whose first end stands right before it; the revision's "to" is before that end
    else if (tokAt(c, j - 1)?.kind === "num") number = false;
    else return j - 1;
  }
  return -1;
}

/** The token before the run of directions that ends at `k` ("revised sharply upward"). */
function pastDirections(c: Ctx, k: number): number {
  let j = k;
  while ((kindAt(c, j) & DIRECTION) !== 0) j--;
  return j;
}

/**
 * Whether "from" at `k` is the from of a revision: "revised from", "revised up from",
 * "revised its estimate from", "corrected to 4,000 from", "revised to 4,000, up from",
 * "revised to 4,700 (up from 3,000)".
 */
function isRevisedFrom(c: Ctx, k: number): boolean {
  // "scaled back its plan from 5,000 troops to 3,000": a changed plan replaces its earlier level
  if (isPlanChangedFrom(c, k)) return true;
  const j = pastDirections(c, k - 1);
  // "revised to 4,000, up from 2,500": the level the revision ends at stands between
  const mark = key(c, j);
  const setOff = mark === "," || mark === "(" || tokAt(c, j)?.kind === "dash";
  // "raised the toll, putting the number at 6,000, up from 4,000": a clause after the revision gives the level it ends at
  const put = setOff ? puttingBefore(c, j - 1) : -1;
  if (put >= 0) return revisionVerbBefore(c, pastDirections(c, put - 1)) >= 0;
  const target = pastTarget(c, setOff ? j - 1 : j);
  // "revised up to 4,000 from 3,000 for soldiers and to 900 from 800 for civilians": the second of a gapped pair
  if (target >= 0 && (key(c, target) === "and" || key(c, target) === ",")) return gappedFrom(c, target);
  // "the upward revision, from 3,000 to 5,000", "revised – from 3,000 – to 5,000": a mark between the revision and its "from"
  return revisionVerbBefore(c, target >= 0 ? target : setOff && mark !== "(" ? pastDirections(c, j - 1) : j) >= 0;
}

/** How many tokens back from the "and" of a gapped pair the first pair's "from" may stand: "from 3,000 for soldiers and". */
const GAP_REACH = 8;

/** Whether the "and" or comma at `k` ends the first pair of a gapped revision, whose "from" is a revision's: "revised up to 4,000 from 3,000 for soldiers and". */
function gappedFrom(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - GAP_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "word" && tk.kind !== "num" && !(tk.key === "," && j === k - 1))) return false;
    if (tk.key === "from") return isRevisedFrom(c, j);
  }
  return false;
}

/**
 * Whether a revision follows the figure that ends at `end`: "an earlier estimate of 2,500 has
 * been revised to 4,000", "The 2,500 figure was later corrected upward". `estimate` says an
 * estimate noun and "of" stand before the figure ("estimate of 2,500 was raised to 4,000").
 */
function revisedAfter(c: Ctx, end: number, estimate: boolean, earlier: boolean): boolean {
  let j = end;
  let kind = kindAt(c, j);
  for (; j < end + 5 && (kind & (AUXILIARY | DIRECTION | EARLIER | ESTIMATE)) !== 0; kind = kindAt(c, ++j)) estimate ||= (kind & ESTIMATE) !== 0;
  // "The earlier estimate of 300 has been replaced by 450", "The earlier 300 was replaced by the revised toll of 450"
  if ((kind & REPLACE) !== 0 && key(c, j + 1) === "by") return (estimate || earlier) && !NOT.has(key(c, j - 1)) && figureAfter(c, j + 2);
  if ((kind & REVISE) === 0 && !((kind & RAISE) !== 0 && estimate)) return false;
  const k = pastDirectionsAfter(c, j + 1);
  // "4,000 revised up from 3,000": the figure a revision ends at, not the one it replaces
  if (key(c, k) !== "to") return k > j + 1 && key(c, k) !== "from" && tokAt(c, k)?.kind !== "num";
  const v = value(c, leads(c, k + 1, noLead()), true);
  return v !== undefined && !isFail(v);
}

/** The token after the run of directions that starts at `k` ("revised sharply upward to"). */
function pastDirectionsAfter(c: Ctx, k: number): number {
  let j = k;
  while ((kindAt(c, j) & DIRECTION) !== 0) j++;
  return j;
}

/**
 * Whether the figure of tokens [first, end) is said to have been replaced by a later one for the
 * same thing: after "from" with a verb of revision or correction before it ("revised from
 * 3,000", "(revised up from 2,500)", "corrected from an earlier 2,500", "revised its estimate
 * up to 4,700 from 3,000", "revised to around 1,200 from a previous estimate of 1,400"), as the
 * object of one with a word of an earlier estimate ("correcting the earlier reported toll of
 * 72"), or before one ("an earlier estimate of 2,500 has been revised to 4,000"). "up from 2,500
 * last week" with no such verb is an earlier value of a series, not superseded. @internal
 */
export function isSuperseded(c: Ctx, first: number, end: number): boolean {
  if (c.phrase) return false;
  const before = key(c, first - 1);
  // "deaths of about 300" names no estimate: only "estimate of", "toll of" may follow a revision
  const of = before === "of" && (kindAt(c, first - 2) & ESTIMATE) !== 0;
  if ((before === "from" || of || (kindAt(c, first - 1) & EARLIER) !== 0) && isRevisedBefore(c, first, end)) return true;
  if ((before === "and" || (before === "," && listGoesOn(c, end))) && isListAfterRevisedFrom(c, first - 1)) return true;
  // "4,000 (was 3,000)"; "revised from 3,000 to 4,000 to 5,000", "3,000, then 4,000, now 5,000": replaced by the next of its chain
  if (isEarlierNote(c, first, end) || (laterAfter(c, end) >= 0 && chainAnchored(c, first, end))) return true;
  // "scaled back plans to send 5,000 troops to 3,000": the earlier level of a changed plan
  if (isPlanChangedLevel(c, first, end)) return true;
  // one look at the token after most figures, which no revision follows
  if ((kindAt(c, end) & AFTER) !== 0) return revisedAfter(c, end, of, (kindAt(c, first - 1) & EARLIER) !== 0 || (kindAt(c, first - 3) & EARLIER) !== 0) || revisedEstimate(c, first, end);
  // "The death toll, initially 300, was revised to 400", "put the toll at 300, later raising it to 400"
  return isSetOff(c, end) && revisedAfterAside(c, first, end, of);
}

/** Whether a list goes on after the figure that ends at `end`, within a few words: "3,500 in June and 4,000", "3,500, 4,000". */
function listGoesOn(c: Ctx, end: number): boolean {
  for (let k = end; k < end + 4; k++) if ((key(c, k) === "and" || key(c, k) === "," || key(c, k) === "to") && tokAt(c, k + 1)?.kind === "num") return true;
  return false;
}


/** How far a chain may run back to its anchor. */
const CHAIN_REACH = 16;

/**
 * Whether the chain that the figure of tokens [first, end) belongs to replaces its figures one by
 * one: it runs back, past figures, commas and words of the chain, to the "from" of a revision
 * ("revised from 3,000 to 4,000 to 5,000"), or to a noun of an estimate when "now" gives its
 * last figure ("The estimate went 3,000, then 4,000, now 5,000"). "Russia lost 3,000 in May,
 * then 4,000 in June" is a series, whose figures are of other times.
 */
function chainAnchored(c: Ctx, first: number, end: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - CHAIN_REACH; k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || !(tk.kind === "num" || tk.kind === "word" || tk.key === ",")) return false;
    // "The UN's tally went from 3,000, then 4,000, now 5,000": a "from" of no revision leaves the noun of an estimate to anchor the chain
    if (tk.key === "from" && isRevisedFrom(c, k)) return true;
    if ((kindAt(c, k) & ESTIMATE) !== 0) return endsNow(c, end);
  }
  return false;
}

/**
 * Whether a revision stands before the figure that starts at `first`, back to its "from" ("from
 * an earlier estimate of 2,500") or to a verb of revision whose object names an earlier estimate
 * ("correcting the earlier reported toll of 72", "revised its initial estimate of 10,000").
 */
function isRevisedBefore(c: Ctx, first: number, end: number): boolean {
  let seen = 0;
  for (let k = first - 1; k >= 0 && k > first - REACH; k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind !== "word") return false;
    if (tk.key === "from") return isRevisedFrom(c, k);
    const kind = KINDS.get(tk.key) ?? 0;
    // "updated its first 300 tanks" modernised them: only an earlier estimate is revised so;
    // "revised its estimate of 10,000 down to 6,000": the level it ends at names the estimate of the figure an earlier one
    if ((kind & (REVISE | RAISE)) !== 0) return (seen & (EARLIER | ESTIMATE)) === (EARLIER | ESTIMATE) || ((seen & ESTIMATE) !== 0 && key(c, first - 1) === "of" && revisionEndsAfter(c, end));
    // "The revised toll of 450 replaces the earlier 300", "the new figure replaces the old figure of 300"
    // "The new figure of 450 does not replace the earlier 300": the 300 stands
    if ((kind & REPLACE) !== 0) return (seen & EARLIER) !== 0 && !NOT.has(key(c, k - 1)) && !NOT.has(key(c, k - 2)) && ((seen & ESTIMATE) !== 0 || estimateBefore(c, k - 1));
    seen |= kind;
  }
  return false;
}

/**
 * Whether the level or the size of a revision follows the figure of its object that ends at
 * `end`, past a participle of what it counts: "of 10,000 down to 6,000", "of 300 tanks destroyed
 * to 250", "of 10,000 by 2,000".
 */
function revisionEndsAfter(c: Ctx, end: number): boolean {
  const k = pastCounted(c, end);
  return levelAfter(c, k) || sizeAfter(c, k);
}

/**
 * Whether the figure of tokens [first, end) names an estimate ("its 10,000 estimate") that the
 * verb of revision right before it takes as object, with the level it ends at after: "revised
 * its 10,000 estimate down to 6,000", "raised the 300 toll to 400".
 */
function revisedEstimate(c: Ctx, first: number, end: number): boolean {
  if ((kindAt(c, end) & ESTIMATE) === 0) return false;
  let j = first - 1;
  while (j > first - 3 && (kindAt(c, j) & OBJECT) !== 0) j--;
  return (kindAt(c, j) & (REVISE | RAISE)) !== 0 && levelAfter(c, end + 1);
}

/** How many tokens the figures of a list after "from" may run before its "and" or comma: "from 3,000 in January, 3,500 in February and". */
const LIST_REACH = 10;

/**
 * Whether "and" or a comma at `k` joins a figure to one that a revision replaced, with no "to"
 * between: "revised up from 3,000 in January and 4,000 in March", "revised from 300 dead and
 * 2,700 wounded", "revised from 3,000 in May, 3,500 in June and 4,000 in July to 5,000".
 */
function isListAfterRevisedFrom(c: Ctx, k: number): boolean {
  let number = false;
  for (let j = k - 1; j >= 0 && j >= k - LIST_REACH; j--) {
    const tk = tokAt(c, j);
    // a comma joins figures of the list only before a number: "from 3,000 in May, 3,500 in June and"
    if (tk === undefined || (tk.kind !== "num" && tk.kind !== "word" && (tk.key !== "," || tokAt(c, j + 1)?.kind !== "num")) || tk.key === "to") return false;
    if (tk.key === "from") return number && isRevisedFrom(c, j);
    number ||= tk.kind === "num";
  }
  return false;
}

/**
 * Whether the phrase at `i` is the "from" of a revision or follows one ("updated its count from
 * 3,000 to 3,400", "corrected from 72 to 45") or the figure of an estimate a revision takes as
 * object ("revised its estimate of 10,000 to 12,000"), so that "to" joins two figures, the one
 * replaced and the one it was replaced by, and no range. @internal
 */
export function isAfterRevision(c: Ctx, i: number): boolean {
  if (c.phrase) return false;
  // "revised its estimate of 10,000 to 12,000": the estimate revised, and the level it ends at
  if (key(c, i - 1) === "of" && isRevisedEstimateFigure(c, i)) return true;
  const k = key(c, i) === "from" ? i : key(c, i - 1) === "from" ? i - 1 : -1;
  return k >= 0 && isRevisedFrom(c, k);
}

/**
 * Whether "up" at `i`, before "to", is the direction of a revision before it, not a bound: "The
 * NIS revised its estimate up to 4,700", "was revised up to 4,700" give 4,700, no "at most
 * 4,700". @internal
 */
export function isRevisedUpTo(c: Ctx, i: number): boolean {
  return !c.phrase && key(c, i + 1) === "to" && revisionVerbBefore(c, i - 1) >= 0;
}
