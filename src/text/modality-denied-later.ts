/**
 * Denials after a figure, read in one pass to the end of its sentence: a relative clause or an
 * apposition of report ("3,000 dead, which Kyiv denied"), and a later denial that refers back
 * to what was said, in a later clause of the figure's sentence
 * ("Russia said it killed 3,000 soldiers, but Kyiv denied this") or opening the next sentence
 * ("Russia said it killed 3,000 soldiers. Kyiv denied this.", "This was denied by Kyiv.",
 * "Kyiv called it propaganda."). The figure is `negated`, as "Kyiv denied reports of 3,000
 * dead" is, only when no other figure stands between it and the denial: "this" refers to what
 * was said last.
 * @internal
 */
import { isNegation } from "./modality-negation.js";
import { key } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { AS_NAMES, NAMES, namesFalse, TRUES, WRONGS } from "./modality-refuted.js";
import { APPOSITIONS, ARTICLES, DENIES, relativeDenies, SUBJECT_REACH } from "./modality-report-after.js";
import type { Token } from "./tokenize.js";
import type { Modality } from "./modality.js";
import { accordingUnverified, unverifiedNoteAt } from "./modality-unverified.js";
import { FALSEHOODS, SAYS } from "./modality-words.js";

/** Words that refer back to what was said: "denied this", "denied it", "rejected the claim". */
const REFERS_BACK = new Set(["this", "it", "that", "them", "these"]);
/** Words that may end the object of such a denial: the clause ends, or says how ("denied this as propaganda"). */
const OBJECT_ENDS = new Set([".", "!", "?", ",", ";", "as", ")", ""]);
/** How many words after the figure a later clause of denial may start. */
const LATER_REACH = 8;
/** How many words after the figure the end of its sentence may stand for the next sentence to deny it. */
const SENTENCE_REACH = 30;
/** Words that may open a sentence before its subject without changing what it says: "But Kyiv denied this", "However, …". */
const OPENERS = new Set(["but", "however", "yet", ",", "and", "\"", "\u201c", "\u201d", "\u2018", "\u201e", "\u00ab"]);
/** Forms of "be" and "have" between a word that refers back and its participle or word of falsehood: "This was denied", "this is untrue", "it has been rejected". */
const BE = new Set(["is", "was", "were", "are", "has", "have", "been", "had", "'s"]);

/** The token after the object that refers back from `k` on ("this", "it", "the claim", "the figure"), or -1. */
function backObject(c: Ctx, k: number): number {
  // "That figure was rejected by Kyiv", "this claim"
  if ((key(c, k) === "that" || key(c, k) === "this") && APPOSITIONS.has(key(c, k + 1))) return k + 2;
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
  for (let k = from; k < from + SUBJECT_REACH && k < c.toks.length; k++) {
    const t = c.toks[k] as Token;
    if (t.kind !== "word") return false;
    // one look for most words: they neither say, deny nor name
    if (!BACK_VERBS.has(t.key)) continue;
    // "the army says this is untrue"
    if (SAYS.has(t.key)) return REFERS_BACK.has(key(c, k + 1)) && calledFalse(c, k + 2);
    if (!DENIES.has(t.key) && !namesFalse(c, k)) continue;
    if (isNegation(c, k - 1) || isNegation(c, k - 2)) return false;
    const end = backObject(c, k + 1);
    return end > 0 && (OBJECT_ENDS.has(key(c, end)) || namesFalse(c, k));
  }
  return false;
}

/** How many words into the next sentence a denial with the subject of its own clause may stand: "Ukraine said 12 were launched and denied this". */
const SHARED_REACH = 16;

/** Whether the "and" at `j` opens a denial that shares the subject of its clause: "Ukraine said 12 were launched and denied this". */
function sharedDenial(c: Ctx, j: number): boolean {
  if (key(c, j) !== "and" || !DENIES.has(key(c, j + 1))) return false;
  const end = backObject(c, j + 2);
  return end > 0 && OBJECT_ENDS.has(key(c, end));
}

/** Whether the sentence from `s` on, before its end, denies the one before it by a denial that shares its subject: "Ukraine said 12 were launched and denied this." */
function laterSharedDenial(c: Ctx, s: number): boolean {
  for (let j = s; j < s + SHARED_REACH && j < c.toks.length; j++) {
    if (SENTENCE_MARKS.has(key(c, j))) return false;
    if (sharedDenial(c, j)) return true;
  }
  return false;
}

/** Marks that end a sentence. */
const SENTENCE_MARKS = new Set([".", "!", "?"]);

/**
 * Whether the sentence that opens at `s` denies the one before it from its start: "Kyiv denied
 * this.", "But Ukraine's army rejected the claim.", "This was denied by Kyiv.", "The claim has
 * since been rejected.", "That is untrue."
 */
function nextDenies(c: Ctx, s: number): boolean {
  while (OPENERS.has(key(c, s))) s++;
  const subject = backObject(c, s);
  if (subject > 0 && calledFalse(c, subject)) return true;
  return deniesBack(c, s) || laterSharedDenial(c, s);
}

/** Verbs a clause that denies back turns on: of denying, of naming, of saying. */
const BACK_VERBS = new Set([...DENIES, ...NAMES, ...AS_NAMES, ...SAYS]);

/** How many words of the figure's own clause may stand before a relative clause on what was said: "600 soldiers were killed in Bakhmut, which Kyiv denied". */
const CLAUSE_REACH = 6;

/** How many words after the figure a note in brackets may stand: "3 soldiers killed (unverified)". */
const NOTE_GAP = 3;
/** How many words after the figure "according to" may stand: "3,000 died in the east on Sunday, according to unconfirmed reports". */
const SOURCE_REACH = 14;

/**
 * What the words after the figure say of what was said, in one pass to the end of its
 * sentence: `negated` by a relative clause or an apposition of report right after it, or past
 * a comma or a dash after a few words of its own clause ("3,000 dead, which Kyiv denied", "600
 * soldiers were killed, a claim Kyiv rejected": see `relativeDenies`), by a later clause that
 * refers back ("Russia said it killed 3,000 soldiers, but Kyiv denied this", "…; Kyiv denied
 * it", "…, but Moscow rejected the claim") or by the next sentence from its start ("…. Kyiv
 * called it propaganda.", "…. This was denied by Kyiv."); `potential` by a note in brackets
 * ("Killed 3 (unverified)") or "according to" an unverified report ("3,000 died, according to
 * unconfirmed reports"). A negated denial ("but Kyiv did not deny it") is none, and what
 * comes after another figure is that figure's.
 */
export function readAfterReport(c: Ctx, m: Match): Modality | undefined {
  const toks = c.toks;
  const first = key(c, m.end);
  if ((first === "which" || ARTICLES.has(first)) && relativeDenies(c, m.end)) return "negated";
  const reach = Math.min(m.end + SOURCE_REACH, toks.length);
  let words = true;
  for (let j = m.end; j < reach; j++) {
    const tk = toks[j] as Token;
    if (tk.kind === "word") {
      // "Ukraine said 12 were launched and denied this": the denier's own figure is what it says, not what it denies
      if (j < m.end + LATER_REACH && (tk.key === "but" || tk.key === "and") && deniesBack(c, j + 1) && !sharedDenial(c, j)) return "negated";
      if (tk.key === "according" && accordingUnverified(c, j)) return "potential";
      continue;
    }
    // another figure between: the denial is of what is said nearer it
    if (tk.kind === "num") return undefined;
    const w = tk.key;
    if (words && j <= m.end + NOTE_GAP && unverifiedNoteAt(c, j)) return "potential";
    // "600 soldiers (Kyiv denies this)"
    if (w === "(" && j <= m.end + NOTE_GAP && deniesBack(c, j + 1)) return "negated";
    if (words && j < m.end + CLAUSE_REACH && (w === "," || tk.kind === "dash") && relativeDenies(c, j + 1)) return "negated";
    words = false;
    if (w === "." || w === "!" || w === "?") return w === "." && j + 1 < toks.length && nextDenies(c, j + 1) ? "negated" : undefined;
    if (w === ";" && j < m.end + LATER_REACH && deniesBack(c, j + 1)) return "negated";
  }
  const end = sentenceEnd(c, reach);
  return end >= 0 && nextDenies(c, end + 1) ? "negated" : undefined;
}

/** The "." that ends the sentence from token `j` on, a few dozen tokens at most, when a sentence follows it; -1 at a figure, another end or the end of the text. */
function sentenceEnd(c: Ctx, j: number): number {
  const toks = c.toks;
  const stop = Math.min(j + SENTENCE_REACH, toks.length - 1);
  for (; j < stop; j++) {
    const tk = toks[j] as Token;
    if (tk.kind === "word") continue;
    if (tk.kind === "num") return -1;
    if (tk.key === ".") return j;
    if (tk.key === "!" || tk.key === "?") return -1;
  }
  return -1;
}
