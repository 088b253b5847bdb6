/**
 * A later denial that refers back to what was said: in a later clause of the figure's sentence
 * ("Russia said it killed 3,000 soldiers, but Kyiv denied this") or opening the next sentence
 * ("Russia said it killed 3,000 soldiers. Kyiv denied this.", "This was denied by Kyiv.",
 * "Kyiv called it propaganda."). The figure is `negated`, as "Kyiv denied reports of 3,000
 * dead" is, only when no other figure stands between it and the denial: "this" refers to what
 * was said last.
 * @internal
 */
import { isNegation } from "./modality-negation.js";
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { namesFalse, TRUES, WRONGS } from "./modality-refuted.js";
import { APPOSITIONS, ARTICLES, DENIES, SUBJECT_REACH } from "./modality-report-after.js";
import { gate, wordsPattern } from "./modality-gate.js";
import { FALSEHOODS, SAYS } from "./modality-words.js";

/** Words that refer back to what was said: "denied this", "denied it", "rejected the claim". */
const REFERS_BACK = new Set(["this", "it", "that", "them", "these"]);
/** Words that may end the object of such a denial: the clause ends, or says how ("denied this as propaganda"). */
const OBJECT_ENDS = new Set([".", "!", "?", ",", ";", "as", ""]);
/** How many words after the figure a later clause of denial may start. */
const LATER_REACH = 8;
/** How many words after the figure the end of its sentence may stand for the next sentence to deny it. */
const SENTENCE_REACH = 30;
/** Words that may open a sentence before its subject without changing what it says: "But Kyiv denied this", "However, …". */
const OPENERS = new Set(["but", "however", "yet", ",", "and"]);
/** Forms of "be" and "have" between a word that refers back and its participle or word of falsehood: "This was denied", "this is untrue", "it has been rejected". */
const BE = new Set(["is", "was", "were", "are", "has", "have", "been", "had", "'s"]);

/** Whether the text holds any word that denies or calls false: only then is a later denial looked for. */
export const mentionsDenial = gate(wordsPattern([...DENIES, ...FALSEHOODS, ...WRONGS, "walked back", "not true", "not accurate"]));

/** The token after the object that refers back from `k` on ("this", "it", "the claim", "the figure"), or -1. */
function backObject(c: Ctx, k: number): number {
  if (REFERS_BACK.has(key(c, k))) return k + 1;
  return ARTICLES.has(key(c, k)) && APPOSITIONS.has(key(c, k + 1)) ? k + 2 : -1;
}

/**
 * Whether the words from `k` on, after an object that refers back, call it false: "was
 * denied", "has since been rejected", "is untrue", "is a lie", "is not true", "is propaganda".
 */
function calledFalse(c: Ctx, k: number): boolean {
  if (!BE.has(key(c, k))) return false;
  let j = k;
  while (BE.has(key(c, j)) || key(c, j) === "a" || key(c, j) === "an" || (key(c, j).length > 4 && key(c, j).endsWith("ly")) || key(c, j) === "later" || key(c, j) === "since") j++;
  const w = key(c, j);
  if (w === "not" || w === "n't") return TRUES.has(key(c, j + 1));
  return (DENIES.has(w) && !ACTIVE.has(w)) || FALSEHOODS.has(w) || WRONGS.has(w);
}

/** Forms of a denial that are no participle: "this denies", not "this was denied". */
const ACTIVE = new Set(["denies", "deny", "rejects", "disputes", "dismisses", "refutes", "contests"]);

/**
 * Whether the clause that opens at `from` (past its subject, a few words) denies what was said
 * before it: "Kyiv denied this", "Moscow rejected the claim", "Kyiv dismissed it as
 * propaganda", "Kyiv called this propaganda", "the army says this is untrue"; not "Kyiv did
 * not deny it" nor "Kyiv denied it had any role" (the object goes on).
 */
function deniesBack(c: Ctx, from: number): boolean {
  for (let k = from; k < from + SUBJECT_REACH; k++) {
    const t = tokAt(c, k);
    if (t === undefined || t.kind !== "word") return false;
    // "the army says this is untrue"
    if (SAYS.has(t.key)) return REFERS_BACK.has(key(c, k + 1)) && calledFalse(c, k + 2);
    if (!DENIES.has(t.key) && !namesFalse(c, k)) continue;
    if (isNegation(c, k - 1) || isNegation(c, k - 2)) return false;
    const end = backObject(c, k + 1);
    return end > 0 && (OBJECT_ENDS.has(key(c, end)) || namesFalse(c, k));
  }
  return false;
}

/**
 * Whether the sentence that opens at `s` denies the one before it from its start: "Kyiv denied
 * this.", "But Ukraine's army rejected the claim.", "This was denied by Kyiv.", "The claim has
 * since been rejected.", "That is untrue."
 */
function nextDenies(c: Ctx, s: number): boolean {
  while (OPENERS.has(key(c, s))) s++;
  const subject = backObject(c, s);
  if (subject > 0 && calledFalse(c, subject)) return true;
  return deniesBack(c, s);
}

/**
 * Whether a later clause of the figure's sentence, or the next sentence from its start,
 * denies what was said, referring back to it: "Russia said it killed 3,000 soldiers, but Kyiv
 * denied this", "…; Kyiv denied it", "…, but Moscow rejected the claim", "…. Kyiv called it
 * propaganda.", "…. This was denied by Kyiv." A negated denial ("but Kyiv did not deny it") is
 * none, and a denial after another figure is that figure's.
 */
export function deniedLater(c: Ctx, m: Match): boolean {
  if (!mentionsDenial(c)) return false;
  const stop = Math.min(m.end + SENTENCE_REACH, c.toks.length);
  for (let j = m.end; j < stop; j++) {
    const w = (c.toks[j] as { key: string }).key;
    // another figure between: the denial is of what is said nearer it (compared as strings: this runs after every figure)
    if (w === "#") return false;
    if (w === "." || w === "!" || w === "?") return w === "." && nextDenies(c, j + 1);
    if (j < m.end + LATER_REACH && (w === "but" || w === "and" || w === ";") && deniesBack(c, j + 1)) return true;
  }
  return false;
}
