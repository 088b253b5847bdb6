/**
 * A denied confirmation that a later one ends: "The 700,000 losses could not be verified until
 * Monday, when officials confirmed them" states the figure, confirmed on Monday; "could not be
 * verified until an investigation is complete" and "could not be verified" leave it possible.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { SENTENCE_ENDS, UNTILS } from "./modality-words.js";

/** Past forms of confirming that, after "until", say the figure was confirmed: "until officials confirmed them". */
const CONFIRMED: ReadonlySet<string> = new Set(["confirmed", "verified", "established", "proved", "proven", "corroborated", "substantiated"]);
/** Words before such a form that make it a present or a future, not a confirmation that came: "until it is confirmed", "until they can be verified". */
const NOT_YET_DONE: ReadonlySet<string> = new Set(["is", "are", "be", "being", "been", "'s", "'re", "get", "gets", "has", "have"]);
/** How far after a figure the sentence is read for "until" and a confirmation, in tokens. */
const LATER_REACH = 30;

/**
 * Whether, after the figure `m`, its sentence says with "until" that a confirmation came:
 * "until Monday, when officials confirmed them", "until the UN verified them", "until it was
 * confirmed"; not "until it is confirmed" nor "until an investigation is complete".
 */
export function confirmedLater(c: Ctx, m: Match): boolean {
  let until = false;
  for (let k = m.end; k < c.toks.length && k < m.end + LATER_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key))) return false;
    if (UNTILS.has(tk.key)) until = true;
    else if (until && CONFIRMED.has(tk.key) && !NOT_YET_DONE.has(key(c, k - 1))) return true;
  }
  return false;
}
