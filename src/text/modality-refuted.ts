/**
 * A report called false after its figure: "Reports that 3,000 troops were killed are false",
 * "Earlier reports of 3,000 deaths were wrong", "claims that 3,000 died proved untrue". The
 * figure is the content of a word of report that the sentence's own verb denies, so it is
 * `negated`, as "rejected reports that 3,000" is.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { FALSEHOODS, QUESTION_REACH, REACH, REPORTS, SENTENCE_ENDS } from "./modality-words.js";

/** Verbs that join a report to what it is called: "are false", "were wrong", "proved untrue", "turned out to be false". */
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "proved", "proven", "prove", "proves", "turned", "seem", "seems", "appear", "appears"]);
/** Words that may stand between such a verb and the word of falsehood: "are completely false", "turned out to be wrong". */
const FILLERS = new Set(["completely", "entirely", "simply", "totally", "wholly", "clearly", "plainly", "patently", "demonstrably", "all", "out", "to", "be", "been", "also", "now"]);
/** Words that call a report false when they follow a verb that joins it, besides the words of `FALSEHOODS`: "were wrong", "are lies", "were denied by Moscow", "have been debunked". */
const WRONGS = new Set([
  "wrong", "mistaken", "erroneous", "lies", "propaganda", "disinformation", "misinformation",
  "debunked", "denied", "rejected", "refuted", "dismissed", "disproved", "discredited",
]);
/** Words that, denied after such a verb, call a report false: "are not true", "were not accurate". */
const TRUES = new Set(["true", "accurate", "correct", "right"]);
/** Words that open a clause of its own after the figure, past which a verb no longer bears on the report: "were confirmed, but claims of 9,000 were false". */
const CONTRASTS = new Set(["but", "while", "whereas", "although", "though", "yet", ";"]);

/**
 * Whether the match is the content of a word of report that opens its sentence's subject: right
 * after "reports of" ("reports of 3,000 deaths") or in a "that" clause after one ("reports
 * that 3,000 troops were killed").
 */
function reportedContent(c: Ctx, m: Match): boolean {
  for (let j = m.first - 1; j >= 1 && j >= m.first - REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key))) return false;
    if ((tk.key === "of" || tk.key === "that") && REPORTS.has(key(c, j - 1))) return true;
  }
  return false;
}

/** Whether the verb at `k` calls its subject false: "are false", "were simply wrong", "turned out to be untrue", "are not true", "are a fabrication"; not "are not false". */
function callsFalse(c: Ctx, k: number): boolean {
  if (!COPULAS.has(key(c, k))) return false;
  const past = (from: number): number => {
    let j = from;
    while (FILLERS.has(key(c, j)) || key(c, j) === "a" || key(c, j) === "an") j++;
    return j;
  };
  let j = past(k + 1);
  const denied = key(c, j) === "not" || key(c, j) === "n't";
  if (denied) j = past(j + 1);
  const w = key(c, j);
  // "wrong-footed" is no "wrong"
  if (tokAt(c, j + 1)?.kind === "dash" && tokAt(c, j + 1)?.glued === true) return false;
  return denied ? TRUES.has(w) : FALSEHOODS.has(w) || WRONGS.has(w);
}

/**
 * Whether the sentence calls false the report whose content the match is: a word of report
 * before the figure ("reports that", "reports of") and, after it in the same sentence, a verb
 * that calls the report false ("are false", "were wrong").
 */
export function refutedAfter(c: Ctx, m: Match): boolean {
  if (!reportedContent(c, m)) return false;
  for (let k = m.end; k < c.toks.length && k < m.end + QUESTION_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key)) || CONTRASTS.has(tk.key)) return false;
    if (callsFalse(c, k)) return true;
  }
  return false;
}
