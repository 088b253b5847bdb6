/**
 * Bounds said by denying that a level was reached: "Casualties did not reach 1,000" (fewer
 * than 1,000), "did not quite reach 1,000" (fewer, and close to it), "never exceeded 1,000"
 * (at most 1,000). The phrases are the table's `hedgedBounds`; these rules say when one of
 * them is approximate and when it bounds a figure at all.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { CLAUSE_MARKS } from "./modality-words.js";

/** Verbs of reaching a level whose denial bounds the figure: "did not reach", "never exceeded". */
const REACHES: ReadonlySet<string> = new Set([
  "reach", "reached", "reaches", "exceed", "exceeded", "exceeds", "top", "topped", "tops", "surpass", "surpassed", "surpasses",
]);
/** Words that say how close a denied level came: "did not quite reach", "never quite reached". */
const CLOSE: ReadonlySet<string> = new Set(["quite", "just", "nearly", "almost"]);
/**
 * Nouns of a level or a count that a denial of reaching bounds: "Casualties did not reach
 * 1,000", "the death toll never exceeded 300". Other subjects deny an arrival, not a level:
 * "Aid did not reach 300 villages" says nothing of how many villages there were.
 */
const LEVELS: ReadonlySet<string> = new Set([
  "casualties", "casualty", "deaths", "dead", "toll", "tolls", "losses", "loss", "number", "numbers", "count", "counts",
  "total", "totals", "tally", "figure", "figures", "estimate", "estimates", "strength", "numbered", "fatalities",
  "injuries", "wounded", "killed", "arrivals", "refugees", "turnout", "spending", "cost", "costs", "budget", "damage",
]);
/** How many tokens before the phrase its subject may stand: "Russian losses in the battle did not reach". */
const SUBJECT_REACH = 6;

/** Whether the lead words [j, end) deny a verb of reaching: "did not reach", "never quite reached". */
export function isShortfall(c: Ctx, j: number, end: number): boolean {
  for (let k = j; k < end; k++) if (REACHES.has(key(c, k))) return true;
  return false;
}

/** Whether the shortfall words [j, end) say how close the figure came ("did not quite reach"): only then is the bound approximate. */
export function closeShortfall(c: Ctx, j: number, end: number): boolean {
  for (let k = j; k < end; k++) if (CLOSE.has(key(c, k))) return true;
  return false;
}

/**
 * Whether a noun of a level or a count is the subject of the shortfall at `i`, a few words
 * before it in its clause: "Casualties did not reach 1,000", "the toll in Kharkiv never
 * exceeded 300". A phrase read alone (`parseEstimate`) has no subject and needs none.
 */
export function levelSubject(c: Ctx, i: number): boolean {
  if (c.phrase) return true;
  for (let k = i - 1; k >= 0 && k >= i - SUBJECT_REACH; k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind === "num" || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key))) return false;
    if (LEVELS.has(tk.key)) return true;
  }
  return false;
}
