/**
 * Whether a figure is joined to the one before it by coordination alone, so it shares that
 * figure's modality: "will send 5,000 troops and 200 tanks" plans both.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { SENTENCE_ENDS } from "./modality-words.js";
import { isDateNumber } from "./modality-asides.js";
import type { Token } from "./tokenize.js";

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

/** Adverbs of sequence after a join: "will send 5,000 troops and later 3,000 more", "then another 3,000", "and eventually 30,000". */
const SEQUENCE = new Set(["later", "then", "eventually", "subsequently", "afterwards", "thereafter", "ultimately", "finally", "soon"]);
/** Words of a time phrase the first figure may carry: "40 tanks in March and a further 60", "40 tanks this year and 60". */
const TIME_WORDS = new Set([
  "in", "on", "by", "during", "this", "next", "last", "early", "late", "mid", "the", "spring", "summer", "autumn", "winter",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow",
]);
/** How many tokens may stand between two coordinated figures: "in early March and then". */
const JOIN_REACH = 8;

/** Whether token `k` may stand between two coordinated figures besides a join: an adverb of sequence or a word or date of a time phrase. */
function betweenFigures(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k) as Token;
  if (tk.kind === "num") return isDateNumber(c, k);
  return SEQUENCE.has(tk.key) || TIME_WORDS.has(tk.key) || c.t.time.has(tk.key) || c.t.months.has(tk.text);
}

/** The first token of a designation that ends at `k` ("F-16s", "Su-35"): a run of glued tokens with a dash or a number in it; else `k` + 1. */
function designationStart(c: Ctx, k: number): number {
  let j = k;
  let inner = false;
  while (j > 0 && j > k - 5 && (c.toks[j] as Token).glued) {
    j--;
    inner ||= tokAt(c, j)?.kind === "dash" || tokAt(c, j)?.kind === "num";
  }
  return inner ? j : k + 1;
}

/**
 * Whether the match at token `first` is joined to a figure that ends at
 * character `prevEnd` (in the block's own offsets) by coordination alone
 * ("5,000 troops and 200 tanks"), so it shares that figure's modality; an adverb of sequence
 * ("and later 3,000 more", ", then another 3,000"), a time phrase ("40 tanks in March and a
 * further 60") and a designation after the first figure ("40 F-16s and 300 tanks") may stand
 * with the join.
 */
export function isCoordinated(c: Ctx, first: number, prevEnd: number): boolean {
  let k = first - 1;
  let joined = false;
  for (let n = 0; n < JOIN_REACH; n++, k--) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.start < prevEnd) return tk !== undefined && n > 0 && joined && !partOpening(c, k);
    // "as well as" joins; "as" alone opens a clause of its own ("to receive 300 tanks as 3,000 troops train")
    if (COORDINATION.has(tk.key) && (tk.key !== "as" || key(c, k - 1) === "well" || key(c, k + 1) === "well")) joined = true;
    else if (joined && (tk.glued || tokAt(c, k + 1)?.glued === true) && tk.kind !== "sym") k = designationStart(c, k);
    else if (!betweenFigures(c, k)) return false;
  }
  return false;
}

/**
 * Finite verbs a figure may be the subject of, in a clause of its own after "and": "will send
 * 5,000 troops and 3,000 troops died", "…, and 300 were killed last week".
 */
const OWN_VERBS = new Set([
  "was", "were", "is", "are", "has", "have", "had", "died", "fled", "arrived", "deserted", "surrendered", "perished", "drowned",
  "remained", "remain", "returned", "crossed", "left", "went", "came", "fell", "defected", "escaped", "survived",
]);
/** Adverbs between such a figure and its verb: "and 3,000 reportedly died", "and 500 had already arrived". */
const OWN_ADVERBS = new Set(["reportedly", "allegedly", "already", "also", "later", "since", "subsequently", "apparently"]);

/**
 * Whether the figure whose phrase ends before token `end` is the subject of a finite verb of
 * its own ("and 3,000 troops died", "and 500 had already arrived"): it opens a clause of its
 * own and shares no plan or projection of the figure before it.
 */
export function ownsVerb(c: Ctx, end: number): boolean {
  const k = OWN_ADVERBS.has(key(c, end)) ? end + 1 : end;
  return tokAt(c, k)?.kind === "word" && OWN_VERBS.has(key(c, k));
}
