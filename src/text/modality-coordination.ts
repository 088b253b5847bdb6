/**
 * Whether a figure is joined to the one before it by coordination alone, so it shares that
 * figure's modality: "will send 5,000 troops and 200 tanks" plans both.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { SENTENCE_ENDS } from "./modality-words.js";

/** What may join a figure to the one before it and share its modality: "will send 5,000 troops and 200 tanks". */
const COORDINATION = new Set([",", "and", "or", "plus", "as", "well", "along", "with", "including", "&"]);
/** How far back from the end of a figure the "Of" that opens its sentence may stand: "Of the 300 pledged tanks,". */
const OF_REACH = 6;

/** Whether the figure that ends at token `k` is in an opening "Of" phrase: "Of the 300 pledged tanks, 60 have arrived" (the 60 is a part, not a second figure of the same kind). */
function partOpening(c: Ctx, k: number): boolean {
  for (let j = k; j >= 0 && j >= k - OF_REACH; j--) {
    if (key(c, j) === "of") return j === 0 || SENTENCE_ENDS.has(key(c, j - 1));
  }
  return false;
}

/**
 * Whether the match at token `first` is joined to a figure that ends at
 * character `prevEnd` (in the block's own offsets) by coordination alone
 * ("5,000 troops and 200 tanks"), so it shares that figure's modality.
 */
export function isCoordinated(c: Ctx, first: number, prevEnd: number): boolean {
  let k = first - 1;
  for (let n = 0; n < 4; n++, k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.start < prevEnd) return tk !== undefined && n > 0 && !partOpening(c, k);
    if (!COORDINATION.has(tk.key)) return false;
  }
  return false;
}
