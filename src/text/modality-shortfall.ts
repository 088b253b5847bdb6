/**
 * Bounds said by denying that a level was reached: "Casualties did not reach 1,000" (fewer
 * than 1,000), "did not quite reach 1,000" (fewer, and close to it), "never exceeded 1,000"
 * (at most 1,000), and ahead of time "Casualties will not reach 1,000" (a forecast, `projected`).
 * The phrases are the table's `hedgedBounds`; these rules say when one of
 * them is approximate and when it bounds a figure at all.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { CLAUSE_MARKS, UNTILS } from "./modality-words.js";

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

/** Negated futures that look ahead to a shortfall: "Casualties won't reach 1,000", "wouldn't exceed". */
const NOT_AHEAD: ReadonlySet<string> = new Set(["won't", "won\u2019t", "wouldn't", "wouldn\u2019t"]);

/**
 * Whether token `k`, among the lead words of the match, is a negated future of a shortfall
 * ("Casualties won't reach 1,000"): a forecast that the level will stay below the figure, read
 * `projected` as "will not reach 1,000" is, not a denial.
 */
export function forecastShortfall(c: Ctx, k: number, m: Match): boolean {
  return NOT_AHEAD.has(key(c, k)) && isShortfall(c, k, m.head);
}

/** How many tokens after the words of a shortfall its "until" may stand: "did not reach 1,000 dead until March". */
const UNTIL_REACH = 8;

/**
 * Whether an "until" follows the words of a shortfall that end at `end` (the figure, its unit
 * and a few words on, in its clause, with no mark between):
 * "Casualties did not reach 1,000 until March" says they did reach it, later, and "The toll
 * will not reach 10,000 until next year" that it will: a delay, not a bound.
 */
export function delayedShortfall(c: Ctx, end: number): boolean {
  for (let j = end; j < end + UNTIL_REACH; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind !== "word" && tk.kind !== "num")) return false;
    if (UNTILS.has(tk.key)) return true;
  }
  return false;
}
