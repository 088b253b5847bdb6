/**
 * A report said to be unverified after its figure's clause: an apposition ("…, a figure that
 * could not be verified"), a later clause ("…, though this could not be confirmed", "…; this
 * has not been verified") or the next sentence ("…. The claim could not be independently
 * verified.", "…. Reuters could not independently verify the figure.", "…. The figure is
 * impossible to verify.", "…. Analysts doubt this."). A report nobody could confirm is held
 * possible, `potential`, as "could not be verified" after the figure is.
 * @internal
 */
import { key, tokAt } from "./context.js";
import { L_UNVERIFIED } from "./lex-bits.js";
import { lexIn } from "./lex.js";
import type { Ctx, Match } from "./context.js";
import { DOUBTING } from "./modality-doubt.js";
import { APPOSITIONS, ARTICLES } from "./modality-report-after.js";

/** Words that refer back to what was said: "this could not be confirmed", "verify it". */
const REFERS_BACK = new Set(["this", "it", "that", "these", "them", "which"]);
/** Forms of confirming that a negation leaves a report unverified with. */
const CONFIRMS = new Set([
  "verify", "verified", "confirm", "confirmed", "corroborate", "corroborated", "substantiate", "substantiated",
  "verifiable", "confirmable",
]);
/** The words one of which a clause that leaves a report unverified holds (see `unverifiedClause`). @internal */
export const UNVERIFIED_WORDS: readonly string[] = [...CONFIRMS, ...DOUBTING];
/** Words of negation before a word of confirming: "could not", "unable to", "impossible to", "never". */
const NOT_WORDS = new Set(["not", "n't", "unable", "impossible", "never", "cannot", "no"]);
/** Words that may open such a clause before its subject: "though this", "but the claim", "However, …". */
const OPENERS = new Set(["though", "although", "but", "however", "yet", ",", "and", "\"", "\u201d"]);
/** How many tokens the clause may take from its start to the word of confirming: "Reuters was not able to independently verify". */
const CLAUSE_REACH = 9;
/** How many tokens after the figure the end of its sentence may stand. */
const SENTENCE_REACH = 30;

/** The token after a subject that refers back at `k` ("this", "the claim", "a figure that"), or -1. */
function backSubject(c: Ctx, k: number): number {
  if (REFERS_BACK.has(key(c, k))) return k + 1;
  if (!ARTICLES.has(key(c, k))) return -1;
  // "the claim", "the battlefield reports": one word may describe the word of report
  const noun = APPOSITIONS.has(key(c, k + 1)) ? k + 1 : tokAt(c, k + 1)?.kind === "word" && APPOSITIONS.has(key(c, k + 2)) ? k + 2 : -1;
  if (noun < 0) return -1;
  return key(c, noun + 1) === "that" || key(c, noun + 1) === "which" ? noun + 2 : noun + 1;
}

/** Words after a word of confirming that end what it says: "could not be verified.", "… verified by Reuters", "… confirmed independently". */
const AFTER_CONFIRMS = new Set(["by", "independently", "immediately", "yet", "either"]);

/** Whether the clause ends at `k`, past words that add no object: "could not be confirmed.", "…, but", "… by Reuters". */
function endsHere(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk === undefined || tk.kind !== "word" || AFTER_CONFIRMS.has(tk.key) || tk.key === "but" || tk.key === "and";
}

/** Whether the clause that opens at `s` says what was said is unverified or doubted (see the module). */
function unverifiedClause(c: Ctx, s: number): boolean {
  while (OPENERS.has(key(c, s))) s++;
  const subject = backSubject(c, s);
  let negated = false;
  for (let k = Math.max(s, subject); k < s + CLAUSE_REACH && k < c.toks.length; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind !== "word") return false;
    if (NOT_WORDS.has(tk.key) || tk.key.endsWith("n't")) negated = true;
    // "Analysts doubt this."
    if (DOUBTING.has(tk.key) && subject < 0) return REFERS_BACK.has(key(c, k + 1)) || backSubject(c, k + 1) > 0;
    if (!CONFIRMS.has(tk.key)) continue;
    if (!negated) return false;
    // "The claim could not be verified", "Reuters could not verify the figure", "… unable to verify this"
    // "It has not confirmed its own losses": a subject that refers back takes no object of its own
    return subject > 0 ? endsHere(c, k + 1) : backSubject(c, k + 1) > 0;
  }
  return false;
}

/**
 * Whether a report is said to be unverified after its figure: past a comma, a semicolon or a
 * dash later in its sentence, or at the start of the next sentence, with no other figure
 * between (see the module).
 */
export function unverifiedLater(c: Ctx, m: Match): boolean {
  if (!lexIn(c, L_UNVERIFIED, m.end, c.toks.length)) return false;
  const stop = Math.min(m.end + SENTENCE_REACH, c.toks.length);
  for (let j = m.end; j < stop; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind === "num") return false;
    if (tk.kind === "word" && tk.key !== "though" && tk.key !== "although") continue;
    if (tk.key === "!" || tk.key === "?") return false;
    if (unverifiedClause(c, tk.kind === "word" ? j : j + 1)) return true;
    if (tk.key === ".") return false;
  }
  return false;
}
