/**
 * The words before a figure: hedges ("about"), bounds ("more than") and
 * range fillers ("a range of").
 * @internal
 */
import { trie, words } from "./context.js";
import type { Ctx } from "./context.js";

/** A bound a figure is read with: lower or upper, strict or not, and the words that said so. */
export interface Bound {
  readonly lower: boolean;
  readonly strict: boolean;
  readonly words: string;
}

/** The words read before a figure. */
export interface Lead {
  hedges: string[];
  bound: Bound | undefined;
}

/** Reads the hedges, bound and filler words before a figure into `lead`; returns the token after them. */
export function leads(c: Ctx, i: number, lead: Lead): number {
  const { t } = c;
  let j = i;
  for (let k = 0; k < 4; k++) {
    const h = trie(c, t.hedges, j);
    const lo = lead.bound === undefined ? trie(c, t.lower, j) : undefined;
    const up = lead.bound === undefined ? trie(c, t.upper, j) : undefined;
    const fi = trie(c, t.fillers, j);
    const bestEnd = Math.max(h?.end ?? 0, lo?.end ?? 0, up?.end ?? 0, fi?.end ?? 0);
    if (bestEnd === 0) break;
    if (lo !== undefined && lo.end === bestEnd) lead.bound = { lower: true, strict: lo.value, words: words(c, j, lo.end) };
    else if (up !== undefined && up.end === bestEnd) lead.bound = { lower: false, strict: up.value, words: words(c, j, up.end) };
    else if (h !== undefined && h.end === bestEnd) lead.hedges.push(words(c, j, h.end));
    j = bestEnd;
  }
  return j;
}
