/**
 * A report called false after its figure: "Reports that 3,000 troops were killed are false",
 * "Earlier reports of 3,000 deaths were wrong", "claims that 3,000 died proved untrue". The
 * figure is the content of a word of report that the sentence's own verb denies, so it is
 * `negated`, as "rejected reports that 3,000" is.
 * @internal
 */
import { key, tokAt } from "./context.js";
import { L_REPORT } from "./lex-bits.js";
import { hasLex, lexIn } from "./lex.js";
import type { Ctx, Match } from "./context.js";
import { FALSEHOODS, PAST_VERBS, QUESTION_REACH, REACH, REFUTED, REPORTS, SENTENCE_ENDS } from "./modality-words.js";

/** Verbs that join a report to what it is called: "are false", "were wrong", "proved untrue", "turned out to be false". */
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "proved", "proven", "prove", "proves", "turned", "seem", "seems", "appear", "appears"]);
/** Words that may stand between such a verb and the word of falsehood: "are completely false", "turned out to be wrong". */
const FILLERS = new Set(["completely", "entirely", "simply", "totally", "wholly", "clearly", "plainly", "patently", "demonstrably", "all", "out", "to", "be", "been", "also", "now"]);
/** Words that call a report an error after a verb that joins it, but not before "to", which judges an act: "the figure of 300 was an error"; "it was a mistake to attack". */
const MISTAKES: ReadonlySet<string> = new Set(["error", "errors", "mistake", "mistakes"]);
/** Quotation marks around the word that calls a report false: 'were "propaganda"'. */
const QUOTES: ReadonlySet<string> = new Set(["\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb"]);
/** Adjectives that strengthen the word that calls a report false: "pure propaganda", "an outright lie", "a complete fabrication". */
const INTENSIFIERS: ReadonlySet<string> = new Set(["pure", "outright", "blatant", "utter", "sheer", "complete", "total", "absolute", "obvious", "deliberate", "russian", "ukrainian", "enemy", "just", "merely", "nothing", "but", "more", "another"]);
/** Words that call a report false when they follow a verb that joins it, besides the words of `FALSEHOODS`: "were wrong", "are lies", "were denied by Moscow", "have been debunked". */
export const WRONGS = new Set([
  "wrong", "mistaken", "erroneous", "lies", "propaganda", "disinformation", "misinformation",
  ...REFUTED, "discredited", "withdrawn", "exaggerated", "overstated", "inflated", "overblown",
  "absurd", "fantasy", "fiction", "nonsense", "ridiculous", "preposterous", "fabrication", "fabrications", "lie", "invented",
]);
/** Words of report in the singular that, right after a figure, make it a report's: "the 3,000 figure", "Russia's 12,000 estimate". */
export const FIGURE_REPORTS: ReadonlySet<string> = new Set(["figure", "estimate", "toll", "tally", "count", "claim", "report"]);
/** Adverbs besides those in "-ly" that may stand between such a verb and its participle: "were later denied", "have since been retracted". */
const ADVERBS = new Set(["later", "since", "soon", "then", "already", "long", "subsequently", "swiftly", "officially", "quickly"]);
/** Adverbs in "-ly" that make a denial partial, not a refutation: "were partly exaggerated". */
const PARTLY = new Set(["partly", "partially", "only"]);
/** Verbs that call a report what follows it without a verb of "be": "Kyiv called reports of 1,000 dead fake news", "branded claims of 3,000 deaths propaganda". */
export const NAMES = new Set(["call", "calls", "called", "calling", "branded", "brands", "labelled", "labeled", "labels", "termed"]);
/** Auxiliaries and modals of a "that" clause's own verb: "reports that 3,000 troops had crossed", "claims that 3,000 would arrive". */
const OWN_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might", "can", "'d"]);
/** Words that, denied after such a verb, call a report false: "are not true", "were not accurate". */
export const TRUES = new Set(["true", "accurate", "correct", "right", "credible", "plausible", "believable"]);
/** Words that open a clause of its own after the figure, past which a verb no longer bears on the report: "were confirmed, but claims of 9,000 were false". */
const CONTRASTS = new Set(["but", "while", "whereas", "although", "though", "yet", ";"]);

/**
 * The "of" or "that" after a word of report whose content the match is ("reports of 3,000
 * deaths", "reports that 3,000 troops were killed"), or the word of report right after it
 * ("the 3,000 figure"), or -1.
 */
export function reportedContent(c: Ctx, m: Match): number {
  // "the 3,000 figure was later disputed"; not "the 3,000 claims were rejected", a count of claims
  // each of these carries `L_REPORT` (see lexicon.ts)
  if (hasLex(c, m.end, L_REPORT) && FIGURE_REPORTS.has(key(c, m.end))) return m.end;
  // "the previously reported 300 deaths were a mistake", "the claimed 3,000 dead": a participle of report before the figure
  const said = saidBefore(c, m.first);
  if (said >= 0) return said;
  // the word of report before an "of" or a "that" stands in the reach
  if (!lexIn(c, L_REPORT, m.first - REACH - 1, m.first)) return -1;
  for (let j = m.first - 1; j >= 1 && j >= m.first - REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key))) return -1;
    if ((tk.key === "of" || tk.key === "that") && REPORTS.has(key(c, j - 1))) return j;
  }
  return -1;
}

/** Participles that, after a determiner and before a figure, give it as what was said: "the reported 300 deaths", "Russia's claimed 3,000 dead". */
const SAID: ReadonlySet<string> = new Set(["reported", "claimed", "alleged", "purported", "rumoured", "rumored", "announced", "cited", "quoted"]);
/** Determiners before such a participle: "the reported", "these claimed"; a possessive ("Russia's") is one too. */
const SAID_DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "their", "his", "her", "this", "that", "these", "those", "'s"]);

/**
 * The participle of report before the figure that starts at `first`, after a determiner and an
 * optional adverb ("the reported 300", "the previously reported 300", "Moscow's claimed 3,000"),
 * or -1; "Russia reported 300 deaths" is a verb of its own.
 */
function saidBefore(c: Ctx, first: number): number {
  const k = first - 1;
  if (!SAID.has(key(c, k))) return -1;
  const det = key(c, k - 1).endsWith("ly") || key(c, k - 1) === "earlier" || key(c, k - 1) === "widely" ? k - 2 : k - 1;
  const d = key(c, det);
  return SAID_DETERMINERS.has(d) || d.endsWith("'s") || d.endsWith("\u2019s") ? k : -1;
}

/** Whether a word is an adverb that may stand inside a verb: "later", "since", "swiftly", "officially"; not "partly". */
function isAdverb(w: string): boolean {
  return ADVERBS.has(w) || (w.length > 4 && w.endsWith("ly") && !PARTLY.has(w));
}

/** Whether token `k` is a past form in lower case: "died", "taken", "withdrawn", "fell"; not "Sweden". */
function isPastForm(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  if (tk === undefined || tk.kind !== "word" || tk.text[0] !== tk.key[0]) return false;
  return PAST_VERBS.has(tk.key) || (tk.key.length > 3 && /(?:ed|wn|en)$/.test(tk.key));
}

/**
 * The token after the own verb of a "that" clause whose subject is the match, so that it is not
 * read as the report's: "reports that 3,000 troops were withdrawn were false" reads on from the
 * second "were", "claims that 1,000 died were exaggerated" from "were"; the match's end when no
 * verb is found.
 */
function pastOwnVerb(c: Ctx, m: Match): number {
  for (let k = m.end; k < c.toks.length && k < m.end + REACH; k++) {
    const w = key(c, k);
    if (SENTENCE_ENDS.has(w)) return m.end;
    if (!OWN_AUX.has(w) && !isPastForm(c, k)) continue;
    while (OWN_AUX.has(key(c, k)) || isAdverb(key(c, k)) || key(c, k) === "not") k++;
    return k + 1;
  }
  return m.end;
}

/** Whether the verb at `k` calls its subject false: "are false", "were simply wrong", "turned out to be untrue", "are not true", "are a fabrication"; not "are not false". */
export function callsFalse(c: Ctx, k: number): boolean {
  if (!COPULAS.has(key(c, k))) return false;
  const past = (from: number): number => {
    let j = from;
    // 'were "propaganda"', "were pure propaganda", "was an outright lie"
    while (FILLERS.has(key(c, j)) || key(c, j) === "a" || key(c, j) === "an" || isAdverb(key(c, j)) || QUOTES.has(key(c, j)) || INTENSIFIERS.has(key(c, j))) j++;
    return j;
  };
  let j = past(k + 1);
  const denied = key(c, j) === "not" || key(c, j) === "n't";
  if (denied) j = past(j + 1);
  // "were in error"
  if (!denied && key(c, j) === "in" && MISTAKES.has(key(c, j + 1))) return true;
  // "were Kremlin propaganda", "was a clerical error", "was an honest mistake": a word or two of its own before the noun
  if (!denied) j = pastModifiers(c, j);
  const w = key(c, j);
  // "wrong-footed" is no "wrong"
  if (tokAt(c, j + 1)?.kind === "dash" && tokAt(c, j + 1)?.glued === true) return false;
  // "were a propaganda coup", "was an error margin": the noun is a modifier of another
  if (FALSE_NOUNS.has(w) && modifies(c, j)) return false;
  return denied ? TRUES.has(w) : FALSEHOODS.has(w) || WRONGS.has(w) || (MISTAKES.has(w) && key(c, j + 1) !== "to") || (w === "walked" && key(c, j + 1) === "back");
}

/** Nouns that call a report false, which may also stand as a modifier of another noun: "propaganda coup", "error margin", "lie detector". */
const FALSE_NOUNS: ReadonlySet<string> = new Set([
  "propaganda", "error", "errors", "mistake", "mistakes", "lie", "lies", "fabrication", "fabrications", "disinformation", "misinformation", "fiction", "fantasy", "nonsense",
]);
/** Words that may follow such a noun in its own phrase, so that it is no modifier: "propaganda by Moscow", "a lie and a provocation". */
const AFTER_NOUN: ReadonlySet<string> = new Set([
  "by", "and", "or", "but", "from", "of", "in", "on", "for", "to", "that", "which", "as", "at", "since", "after", "when", "while", "with", "about",
  "according", "said", "says", "say", "officials", "too", "again", "then", "meant", "intended", "designed", "aimed", "spread", "peddled", "put",
]);
/** Words that never lead the noun as a modifier of it: "was no error", "was not propaganda". */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(["no", "not", "never", "n't", "the", "this", "that", "true", "correct", "accurate", "right"]);

/** Whether the noun at `j` modifies a noun after it ("propaganda coup", "error margin") rather than ending its phrase. */
function modifies(c: Ctx, j: number): boolean {
  const next = tokAt(c, j + 1);
  return next !== undefined && next.kind === "word" && !AFTER_NOUN.has(next.key) && !isAdverb(next.key) && !/(?:ed|ing)$/.test(next.key);
}

/** The token of a noun that calls a report false one or two words on from `j` ("Kremlin propaganda", "a simple clerical error"), else `j`. */
function pastModifiers(c: Ctx, j: number): number {
  if (FALSE_NOUNS.has(key(c, j))) return j;
  for (let k = j; k <= j + 1; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind !== "word" || NOT_MODIFIERS.has(tk.key) || FALSEHOODS.has(tk.key) || WRONGS.has(tk.key)) return j;
    if (FALSE_NOUNS.has(key(c, k + 1))) return k + 1;
  }
  return j;
}

/** Forms of "walk" that deny a report only with "back": "walked back claims of 3,000 dead". */
const WALKS = new Set(["walk", "walks", "walked", "walking"]);

/** Whether the denial cue at `k` denies: any but a form of "walk", which denies only before "back" ("walked back its claim"; not "walked 300 km"). */
export function deniesAt(c: Ctx, k: number): boolean {
  return !WALKS.has(key(c, k)) || key(c, k + 1) === "back";
}

/**
 * Whether the sentence calls false the report whose content the match is: a word of report
 * before the figure ("reports that", "reports of") and, after it in the same sentence, a verb
 * that calls the report false ("are false", "were wrong"). `at` is the match's
 * `reportedContent`, when the caller has it.
 */
export function refutedAfter(c: Ctx, m: Match, at: number = reportedContent(c, m)): boolean {
  if (at < 0) return false;
  // "Kyiv called reports of 1,000 dead fake news": the verb before the report names it
  const named = NAMES.has(key(c, namerAt(c, at - 1)));
  for (let k = key(c, at) === "that" ? pastOwnVerb(c, m) : m.end; k < c.toks.length && k < m.end + QUESTION_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key)) || CONTRASTS.has(tk.key)) return false;
    if (callsFalse(c, k) || (named && (FALSEHOODS.has(tk.key) || WRONGS.has(tk.key)))) return true;
  }
  return false;
}

/** The word before the word of report at `r`, past its determiners and adjectives ("called the media reports"). */
function namerAt(c: Ctx, r: number): number {
  let j = r - 1;
  while (j > r - 4 && j > 0 && tokAt(c, j)?.kind === "word" && !NAMES.has(key(c, j)) && !COPULAS.has(key(c, j))) j--;
  return j;
}

/** Verbs that, with "as", call what they name: "described as propaganda", "dismissed as fake". */
export const AS_NAMES = new Set(["described", "describes", "describing", "portrayed", "characterised", "characterized", "denounced", "decried"]);
/** How far past a verb that names the word of falsehood may stand: "called it another piece of Russian propaganda". */
const NAME_REACH = 6;

/**
 * Whether the verb at `k` names what it refers to false: "called propaganda", "called it a
 * lie", "called the figure propaganda", "branded a fabrication", "described as fake"; a word
 * of falsehood or "propaganda", "lies" and the like a few words on, in the same clause.
 */
export function namesFalse(c: Ctx, k: number): boolean {
  const w = key(c, k);
  if (!NAMES.has(w) && !(AS_NAMES.has(w) && (key(c, k + 1) === "as" || key(c, k + 2) === "as" || key(c, k + 3) === "as"))) return false;
  for (let j = k + 1; j <= k + NAME_REACH && j < c.toks.length; j++) {
    const tk = tokAt(c, j) as { kind: string; key: string };
    if (tk.kind === "num" || (tk.kind === "sym" && CLAUSE_ENDS.has(tk.key))) return false;
    if (FALSEHOODS.has(tk.key) || WRONGS.has(tk.key)) return true;
  }
  return false;
}

/** Marks that end the clause of a verb that names: a verb's object goes no further. */
const CLAUSE_ENDS = new Set([".", "!", "?", ";", ",", ":", "(", ")"]);
