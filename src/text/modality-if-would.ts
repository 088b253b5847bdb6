/**
 * A "would" in the main clause of a sentence that opens with a condition supposes what it
 * says: "If Russia attacks, it would be the deadliest attack, with 3,000 killed", "If Russia
 * attacks, it would kill 3,000 civilians". The figure is supposed, not stated or forecast, as
 * under "If true," (see modality-clause.ts) and as with an "if" after the figure ("would send
 * 3,000 more troops if asked").
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx } from "./context.js";
import { SENTENCE_ENDS } from "./modality-words.js";

/** Words that open a condition at the start of a sentence: "If Russia attacks,", "Unless talks resume,", "Should Russia attack,". */
const CONDITIONS: ReadonlySet<string> = new Set(["if", "unless", "should", "were"]);
/** How many tokens a condition may take before its comma: "If Russian forces cross the river near Kherson next week". */
const CONDITION_REACH = 14;
/** Modals of a supposition in the main clause: "it would be", "that could mean", "it'd be". */
const SUPPOSING: ReadonlySet<string> = new Set(["would", "'d", "could", "might"]);
/** How many tokens before its modal the comma of the condition may stand: "If Russia attacks, the strike would". */
const MAIN_REACH = 4;
/** How far back a figure's clause may look for the modal of the main clause, in tokens. */
const SENTENCE_REACH = 40;
/** Words that open a clause the condition no longer covers: "…, but officials said 300 died". */
const OWN_CLAUSES: ReadonlySet<string> = new Set(["but", "while", "whereas", "although", "though", "yet", "said", "says", "say", "told", "according"]);

/**
 * Whether the comma at `k` ends a condition that opens its sentence: "If Russia attacks,",
 * "Unless talks resume,", "Should Russia attack,". The condition holds only words (no mark, no
 * figure: a figure in it is read by the condition's own rule).
 */
export function conditionOpensAt(c: Ctx, k: number): boolean {
  if (key(c, k) !== ",") return false;
  for (let j = k - 1; j >= 0 && j >= k - CONDITION_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind !== "word") return false;
    if (CONDITIONS.has(tk.key) && (j === 0 || SENTENCE_ENDS.has(key(c, j - 1)))) return true;
  }
  return false;
}

/** Whether the modal at `k` opens the main clause after a condition that opens the sentence: "If Russia attacks, it would". */
export function supposedMain(c: Ctx, k: number): boolean {
  if (!SUPPOSING.has(key(c, k))) return false;
  for (let j = k - 1; j >= 0 && j >= k - MAIN_REACH; j--) {
    if (key(c, j) === ",") return conditionOpensAt(c, j);
    if (tokAt(c, j)?.kind !== "word") return false;
  }
  return false;
}

/**
 * Whether the clause break at `k` comes after such a main clause, with no new sentence, ";",
 * contrast or word of saying between: "If Russia attacks, it would be the deadliest attack,
 * with 3,000 killed". Every figure the supposition covers is supposed.
 */
export function supposedEarlier(c: Ctx, k: number): boolean {
  for (let j = k; j >= 0 && j >= k - SENTENCE_REACH; j--) {
    const w = key(c, j);
    if (SENTENCE_ENDS.has(w) || w === ";" || OWN_CLAUSES.has(w)) return false;
    if (supposedMain(c, j)) return true;
  }
  return false;
}
