/**
 * Figures in a list under one negation: "has not sent 3,000 troops, 200 tanks or 50 jets"
 * denies all three; and the figure a denial is corrected to: "will not send 3,000 troops but
 * 5,000" plans the 5,000, as the verb would without the negation.
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import { CUE } from "./roles.js";
import { AUXILIARIES } from "./modality-words.js";
import type { Ctx, Match } from "./context.js";
import { negates } from "./modality-negation.js";
import { ownsVerb } from "./modality-coordination.js";
import type { Modality } from "./modality.js";

/** Words that close a list: "3,000 troops, 200 tanks or 50 jets", "neither 3,000 troops nor 200 tanks". */
const CLOSERS = new Set(["or", "nor", "and"]);
/** How many words of a noun an item of the list may have after its number: "200 main battle tanks". */
const ITEM_WORDS = 4;
/** How many words may stand between a negation and the first item: "has not yet sent the". */
const LEAD_WORDS = 3;
/** How many items back the first one may stand. */
const ITEMS = 8;

/** The token before the join that ends before `k` (a comma, a closer, or both), or -1 when `k - 1` is no join; `closed` says whether a closer was in it. */
function pastJoin(c: Ctx, k: number): { at: number; closed: boolean } {
  let j = k - 1;
  let closed = false;
  if (CLOSERS.has(key(c, j))) {
    closed = true;
    j--;
  }
  if (key(c, j) === ",") j--;
  return j === k - 1 ? { at: -1, closed } : { at: j, closed };
}

/** How many words may lead an item before its number: "some 200 tanks", "about 3,000". */
const ITEM_LEADS = 2;

/** The join before the item whose number is at `num`, past the item's lead words ("or some 200 tanks"); see `pastJoin`. */
function joinBefore(c: Ctx, num: number): { at: number; closed: boolean } {
  for (let s = num; s >= num - ITEM_LEADS; s--) {
    if (s < num && (tokAt(c, s)?.kind !== "word" || CLOSERS.has(key(c, s)))) break;
    const j = pastJoin(c, s);
    if (j.at >= 0) return j;
  }
  return { at: -1, closed: false };
}

/** Words that open a correction of a denied figure rather than a further item: "not 12,000 troops, only 3,000". */
const CORRECTING = new Set(["only", "just", "merely", "but", "rather", "instead", "barely"]);

/** The number token of the item that ends at `k` ("200 tanks", "200 main battle tanks"), or -1. */
function itemNumber(c: Ctx, k: number): number {
  for (let j = k; j >= 0 && j >= k - ITEM_WORDS; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined) return -1;
    if (tk.kind === "num") return j;
    if (tk.kind !== "word" || CLOSERS.has(tk.key)) return -1;
  }
  return -1;
}

/** Whether the list goes on after the figure that ends before `end` and is closed later: ", 200 tanks or 50 jets". */
function closedLater(c: Ctx, end: number): boolean {
  let j = end;
  for (let n = 0; n < ITEMS; n++) {
    if (CLOSERS.has(key(c, j)) || (key(c, j) === "," && CLOSERS.has(key(c, j + 1)))) return true;
    if (key(c, j) !== ",") return false;
    j++;
    // past the next item: a number and the words of its noun
    while (tokAt(c, j)?.kind === "word" && !CLOSERS.has(key(c, j)) && key(c, j) !== ",") j++;
    if (tokAt(c, j)?.kind !== "num") return false;
    j++;
    for (let w = 0; w < ITEM_WORDS && tokAt(c, j)?.kind === "word" && !CLOSERS.has(key(c, j)); w++) j++;
  }
  return false;
}

/** The negation before the item whose number is at `num` ("has not sent 3,000", "did not send the 3,000", "no 3,000"), or -1. */
function negationBefore(c: Ctx, num: number): number {
  for (let k = num - 1; k >= 0 && k >= num - 1 - LEAD_WORDS; k--) {
    // "no fewer than 500", "not more than": the negation belongs to the bound
    if (tokAt(c, k)?.kind !== "word" || key(c, k) === "than" || key(c, k) === "over" || key(c, k) === "under") return -1;
    if (negates(c, k)) return k;
  }
  return -1;
}

/** The negation that bears on the first item of a list the figure `m` is a later item of, with the word that joins `m` to the item before it; or undefined. */
function listNegation(c: Ctx, m: Match): { neg: number; join: string } | undefined {
  const first = pastJoin(c, m.first);
  if (first.at < 0 || CORRECTING.has(key(c, m.first))) return undefined;
  const join = key(c, m.first - 1);
  let closed = first.closed || closedLater(c, m.end);
  let at = first.at;
  for (let n = 0; n < ITEMS; n++) {
    const num = itemNumber(c, at);
    // "not 12,000 troops, only 3,000 troops and 200 tanks": the list is of the correction
    if (num < 0 || CORRECTING.has(key(c, num - 1)) || CORRECTING.has(key(c, num - 2))) return undefined;
    const neg = negationBefore(c, num);
    if (neg >= 0) return closed ? { neg, join } : undefined;
    const next = joinBefore(c, num);
    if (next.at < 0) return undefined;
    closed ||= next.closed;
    at = next.at;
  }
  return undefined;
}

/**
 * Whether the figure `m` is a later item of a list under one negation: "has not sent 3,000
 * troops, 200 tanks or 50 jets", "did not lose 300 tanks or 40 jets". The list must be closed
 * by "or", "nor" or "and"; a figure with a verb of its own ("and 200 tanks arrived") opens a
 * clause of its own, and a correction ("not 12,000 troops, only 3,000") is no list.
 */
export function negatedList(c: Ctx, m: Match): boolean {
  return listNegation(c, m) !== undefined && !ownsVerb(c, m.end);
}

/** Words that join a correction to a denied figure: "will not send 3,000 troops but 5,000". */
const CORRECTIONS = new Set(["but", "rather"]);

/**
 * The last token of the denied figure a correction follows, or -1: before "but" or "rather"
 * ("will not send 3,000 troops but 5,000", "…, but only 500"), or before a comma when the
 * correction's own lead words correct ("will not send 3,000 troops, only barely 500", "…, just
 * 500", "…, merely 500").
 */
function deniedItemEnd(c: Ctx, m: Match): number {
  const j = m.first - 1;
  if (CORRECTIONS.has(key(c, j))) return key(c, j - 1) === "," ? j - 2 : j - 1;
  if (key(c, j) !== ",") return -1;
  for (let k = m.first; k < m.head; k++) if (CORRECTING.has(key(c, k))) return j - 1;
  return -1;
}

/**
 * The modality of the figure a denial is corrected to: "Russia will not send 3,000 troops but
 * 5,000" and "…, only barely 500" plan the corrected figure, as "will send 5,000" would; "did not send 3,000 but 5,000" asserts
 * it. Only the future cue right before the negation is read ("will not", "would not").
 */
export function correctedModality(c: Ctx, m: Match): Modality | undefined {
  const item = deniedItemEnd(c, m);
  // "…, only 500 will arrive": a figure with a verb of its own, a cue or an auxiliary, is read by it
  if (item < 0 || ownsVerb(c, m.end) || hasRole(c, m.end, CUE) || AUXILIARIES.has(key(c, m.end))) return undefined;
  const num = itemNumber(c, item);
  if (num < 0) return undefined;
  const neg = negationBefore(c, num);
  if (neg < 0) return undefined;
  const cue = c.t.cues.get(key(c, neg - 1));
  if (cue !== "future" && key(c, neg) !== "won't") return cleftModality(c, neg, m);
  return c.t.planVerbs.has(key(c, neg + 1)) ? "planned" : "projected";
}

/** How many words after the "that" of a cleft its future cue may stand: "that Russia's army will send". */
const CLEFT_REACH = 4;

/**
 * What the clause of a cleft makes of the figure a denial is corrected to: "It is not 3,000 but
 * 5,000 troops that Russia will send" plans the 5,000, as "Russia will send 5,000" would.
 */
function cleftModality(c: Ctx, neg: number, m: Match): Modality | undefined {
  if ((key(c, neg - 1) !== "is" && key(c, neg - 1) !== "was") || key(c, neg - 2) !== "it" || key(c, m.end) !== "that") return undefined;
  for (let j = m.end + 1; j <= m.end + CLEFT_REACH && j < c.toks.length; j++) {
    if (tokAt(c, j)?.kind !== "word") return undefined;
    if (c.t.cues.get(key(c, j)) === "future") return c.t.planVerbs.has(key(c, j + 1)) ? "planned" : "projected";
  }
  return undefined;
}
