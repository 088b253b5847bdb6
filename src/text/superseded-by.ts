/**
 * What may follow the figure of an estimate that a verb of revision takes as object, before the
 * level or the size of the revision: a participle of what it counts ("corrected its count of 300
 * tanks destroyed to 250"), "by" with the size of the change ("raised its estimate of 10,000
 * by 2,000") and "to" with the level it ends at ("revised its estimate of 10,000 to 12,000").
 * @internal
 */
import { isFail, key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { leads, noLead } from "./bounds.js";
import { value } from "./value.js";
import { DIRECTION, EARLIER, ESTIMATE, OBJECT, RAISE, REVISE, kindAt } from "./superseded-words.js";

/** Participles of what a count of losses counts, which may stand after its figure: "its count of 300 tanks destroyed". */
const COUNTED: ReadonlySet<string> = new Set([
  "destroyed", "killed", "lost", "wounded", "injured", "captured", "downed", "damaged", "dead", "missing", "displaced", "taken",
]);

/** The token after a participle of what is counted at `k` ("destroyed", "killed"), or `k` where none stands there. */
export function pastCounted(c: Ctx, k: number): number {
  return COUNTED.has(key(c, k)) ? k + 1 : k;
}

/** Whether "by" at `k`, past the directions before it, gives the size of a change: "by 2,000", "upward by about 2,000". */
export function sizeAfter(c: Ctx, k: number): boolean {
  while ((kindAt(c, k) & DIRECTION) !== 0) k++;
  if (key(c, k) !== "by") return false;
  const v = value(c, leads(c, k + 1, noLead()), true);
  return v !== undefined && !isFail(v);
}

/** How many tokens the figure of the estimate revised may take before "by": "of 10,000 troops killed". */
const FIGURE_REACH = 5;
/** How many words the object of the verb may take before the noun of the estimate: "its own initial". */
const OBJECT_REACH = 4;

/**
 * The verb of revision whose object, an estimate with its figure, ends right before the "by" at
 * `by` ("raised its estimate of 10,000 by", "cut the toll of 300 dead by"), so that the figure
 * after "by" is the size of the revision, no level; -1 for none. The verb says which way the
 * change went ("raised", "cut") or does not ("revised").
 * @internal
 */
export function revisionVerbOfBy(c: Ctx, by: number): number {
  if (key(c, by) !== "by") return -1;
  let of = -1;
  let number = false;
  for (let j = by - 1; j >= 0 && j >= by - FIGURE_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "num" && tk.kind !== "word")) return -1;
    if (tk.key === "of") {
      of = j;
      break;
    }
    number ||= tk.kind === "num";
  }
  return of >= 0 && number ? verbOfEstimate(c, of) : -1;
}

/**
 * The verb of revision whose object is the estimate before the "of" at `of` ("raised its
 * estimate of", "revised the initial death toll of"); -1 for none. @internal
 */
export function verbOfEstimate(c: Ctx, of: number): number {
  if (key(c, of) !== "of" || (kindAt(c, of - 1) & ESTIMATE) === 0) return -1;
  let free = 0;
  for (let j = of - 2; j >= 0 && j >= of - 1 - OBJECT_REACH; j--) {
    const kind = kindAt(c, j);
    if ((kind & (REVISE | RAISE)) !== 0) return j;
    // "its death toll", "Kyiv's estimate": one word of the object's own
    if ((kind & (OBJECT | ESTIMATE | EARLIER)) === 0 && (tokAt(c, j)?.kind !== "word" || c.t.stop.has(key(c, j)) || ++free > 1)) return -1;
  }
  return -1;
}

/** How many tokens after the second figure a direction or the level of the revision may stand: "12,000 troops downward". */
const TAIL_REACH = 3;

/**
 * Whether the phrase at `i`, after "of" and the estimate a verb of revision takes as object,
 * is the figure replaced, so that "to" after it gives the level the revision ends at ("revised
 * its estimate of 10,000 to 12,000"); a direction, a level or a size after the second figure
 * makes the two the range of the estimate revised ("revised its estimate of 10,000 to 12,000
 * troops downward", "… to 8,000"). @internal
 */
export function isRevisedEstimateFigure(c: Ctx, i: number): boolean {
  return verbOfEstimate(c, i - 1) >= 0 && endsAtLevel(c, i);
}

/**
 * Whether a figure at `i` and one after "to" after it are a figure and the level it changes to,
 * not the ends of a range: true unless a direction, "to", "by" or "from" stands within a few
 * words after the second ("of 10,000 to 12,000 troops downward", "… to 8,000", "… by half").
 * @internal
 */
export function endsAtLevel(c: Ctx, i: number): boolean {
  const v = value(c, leads(c, i, noLead()));
  if (v === undefined || isFail(v) || key(c, v.end) !== "to") return true;
  const w = value(c, leads(c, v.end + 1, noLead()), true);
  if (w === undefined || isFail(w)) return true;
  for (let k = w.end; k < w.end + TAIL_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind !== "word") return true;
    if ((kindAt(c, k) & DIRECTION) !== 0 || tk.key === "to" || tk.key === "by" || tk.key === "from") return false;
  }
  return true;
}
