/**
 * Adverbs of likelihood: an analytic judgment that something probably happened is not a plain
 * assertion of it. "Kyiv likely lost 500 soldiers", "Russia probably lost 3,000 troops",
 * "Presumably 3,000 troops were killed" and "Russia almost certainly lost 3,000 troops" hold
 * their figure possible (`potential`). The words follow the estimative language of US
 * Intelligence Community Directive 203 (Analytic Standards, 2015), where "likely" and
 * "probable" name one band (55–80%), "very likely" and "highly probable" the next (80–95%) and
 * "almost certain(ly)" and "nearly certain" the top one (95–99%): the same judgment, however
 * it is worded, is read one way.
 * @internal
 */
import { key } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { isBreak } from "./modality-sentence.js";
import type { Modality } from "./modality.js";

/** Adverbs of likelihood that judge their clause on their own: "likely", "probably", "presumably". */
const LIKELY: ReadonlySet<string> = new Set(["likely", "probably", "presumably"]);
/** Adverbs of certainty that judge a clause only after a word of degree: "almost certainly", "nearly certainly". */
const CERTAINLY: ReadonlySet<string> = new Set(["certainly"]);
/** Words of degree before "certainly" that make it a judgment of likelihood: "almost certainly", "near certainly". */
const ALMOST: ReadonlySet<string> = new Set(["almost", "nearly", "near", "all-but", "virtually"]);
/** Words of degree before "likely" and "probably": "most likely", "very probably", "highly likely", "quite possibly". */
const DEGREES: ReadonlySet<string> = new Set(["most", "very", "highly", "quite", "more", "much"]);
/** Words between an adverb of likelihood placed after its verb and the figure it hedges: "There are probably another two million". */
const BEFORE_FIGURE: ReadonlySet<string> = new Set(["another", "some", "about", "around", "over", "nearly", "almost", "roughly", "a", "an", "the", "more", "at", "least", "up", "to"]);

/** Whether a word may end an adverb of likelihood: "likely", "probably", "presumably", "certainly" (of "almost certainly"). */
export function isLikelihoodWord(w: string): boolean {
  return LIKELY.has(w) || CERTAINLY.has(w);
}

/**
 * Whether an adverb of likelihood starts at token `k`, after a figure that is the subject of its
 * verb, and judges that verb: "3,000 troops were likely killed", "3,000 troops probably died",
 * "were almost certainly killed"; not "are likely to cross", a forecast.
 */
export function likelihoodFrom(c: Ctx, k: number): boolean {
  const end = likelihoodAt(c, k) === k ? k : likelihoodAt(c, k + 1) === k ? k + 1 : -1;
  return end >= 0 && key(c, end + 1) !== "to";
}

/**
 * The first token of the adverb of likelihood that ends at token `k`, or -1 where none does:
 * "likely", "probably", "presumably", "most likely", "almost certainly".
 */
export function likelihoodAt(c: Ctx, k: number): number {
  const w = key(c, k);
  const judged = LIKELY.has(w) || (CERTAINLY.has(w) && ALMOST.has(key(c, k - 1)));
  if (!judged) return -1;
  return DEGREES.has(key(c, k - 1)) || ALMOST.has(key(c, k - 1)) ? k - 1 : k;
}

/**
 * What the adverb of likelihood at token `k` (see `likelihoodAt`), in the clause of the match,
 * makes of it: undefined where it says nothing of its own, so that the look back goes on:
 * - after a modal, which gives the reading ("will likely reach 10,000" is `projected`, "will
 *   probably send 3,000" `planned`, "would likely have been killed" `potential`);
 * - after its verb and right before the figure, past determiners, which it hedges rather than
 *   the clause ("There are probably another two million displaced", "Russia lost probably
 *   3,000 troops": the event is stated, the number a best estimate);
 * and "projected" for the adjective before "to" ("is likely to reach", "are likely to cross"),
 * `potential` before any other verb, past or present ("Kyiv likely lost 500 soldiers",
 * "Russia has probably lost 3,000 troops", "Presumably 3,000 troops were killed").
 */
export function likelihoodModality(c: Ctx, k: number, m: Match): Modality | undefined {
  if (key(c, k + 1) === "to") return key(c, k) === "likely" ? "projected" : undefined;
  // "certainly" alone affirms: "Russia certainly lost 3,000 troops"
  const first = likelihoodAt(c, k);
  if (first < 0) return undefined;
  if (afterModal(c, first)) return undefined;
  return hedgesFigure(c, first, k, m) ? undefined : "potential";
}

/** Modals and futures before an adverb of likelihood, which give their own reading: "will likely", "could probably", "'ll almost certainly". */
const MODALS: ReadonlySet<string> = new Set([
  "will", "'ll", "shall", "would", "'d", "could", "may", "might", "can", "should", "must", "won't", "wouldn't", "cannot", "can't", "couldn't",
]);

/** Whether a modal stands right before the adverb that starts at `first`, or before "also", "not" and the like: "will likely", "would also probably". */
function afterModal(c: Ctx, first: number): boolean {
  let j = first - 1;
  if (key(c, j) === "also" || key(c, j) === "still") j--;
  return MODALS.has(key(c, j));
}

/**
 * Whether the adverb [first, k] stands right before the figure, past determiners and hedges,
 * after a word of its clause: it then hedges the figure, not the clause. At the start of its
 * clause ("Presumably 3,000 troops were killed", "officials said probably 3,000 died") it judges
 * the whole.
 */
function hedgesFigure(c: Ctx, first: number, k: number, m: Match): boolean {
  if (first === 0 || isBreak(c, first - 1)) return false;
  for (let j = k + 1; j < m.first; j++) if (!BEFORE_FIGURE.has(key(c, j))) return false;
  return true;
}
