/**
 * What the words after a figure say of it as a report: denied by a relative clause (read with
 * the later denials of modality-denied-later.ts: "3,000
 * dead, which Kyiv denied", "3,000 dead, a claim Kyiv rejected", "a toll the ministry has
 * denied") is `negated`, as "Kyiv denied reports of 3,000 dead" is; unverified ("Unconfirmed
 * reports of 3,000 dead", "claims of 3,000 dead remain unverified", "were never
 * substantiated", "has been questioned") is `potential`, as "could not be verified" is: a report nobody has confirmed
 * is not false, but not confirmed either.
 * @internal
 */
import { isNegation } from "./modality-negation.js";
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { callsFalse, namesFalse, reportedContent } from "./modality-refuted.js";
import { unverifiedAt, UNVERIFIED, VERIFIED } from "./modality-unverified.js";
import { REFUTED, SAYS, SENTENCE_ENDS } from "./modality-words.js";

/** Verbs that deny what a relative clause refers to: "which Kyiv denied", "a claim Moscow rejected". */
export const DENIES = new Set([...REFUTED, "denies", "deny", "rejects", "disputes", "dismisses", "refutes", "contests"]);
/** Verbs of a decision against something, which in the past perfect precede what the sentence reports rather than deny it: "which Congress had rejected". */
const DECIDED: ReadonlySet<string> = new Set(["rejected", "blocked", "vetoed", "opposed", "refused", "declined"]);
/** Nouns of report that may stand in apposition after a figure: "3,000 dead, a claim Kyiv rejected", "a figure Moscow denied". */
export const APPOSITIONS = new Set(["claim", "claims", "figure", "figures", "toll", "tally", "number", "estimate", "count", "report", "reports", "assertion", "allegation"]);
/** Appositions that need no article: "…, claims Kyiv rejected", "…, something Kyiv denied". */
const PLURAL_APPOSITIONS = new Set(["claims", "figures", "reports", "allegations", "assertions", "something"]);
/** Words that open such an apposition: "a claim", "the figure", "an estimate". */
export const ARTICLES = new Set(["a", "an", "the"]);
/** Words that open a relative clause. */
const RELATIVES = new Set(["which", "that"]);
/** How many words the subject and auxiliaries of a relative clause may take: "which the defence ministry has since denied". */
export const SUBJECT_REACH = 5;
/** Participles that, after a verb that joins a report, doubt it: "has been questioned", "were widely doubted". */
const QUESTIONED = new Set(["questioned", "doubted", "challenged"]);
/** Verbs that join a report to what it remains: "remain unverified", "are unconfirmed", "were never substantiated". */
const JOINS = new Set(["is", "are", "was", "were", "remain", "remains", "remained", "be", "been", "have", "has", "had"]);

/** The token after an apposition of report that starts at `j` ("a claim", "a figure", "the toll that"), or -1. */
function appositionEnd(c: Ctx, j: number): number {
  // "…, claims Kyiv rejected as fabricated", "…, something Kyiv flatly denied"
  if (PLURAL_APPOSITIONS.has(key(c, j))) return RELATIVES.has(key(c, j + 1)) ? j + 2 : j + 1;
  if (!ARTICLES.has(key(c, j))) return -1;
  for (let k = j + 1; k <= j + 2; k++) if (APPOSITIONS.has(key(c, k))) return RELATIVES.has(key(c, k + 1)) ? k + 2 : k + 1;
  return -1;
}

/**
 * Whether a relative clause or an apposition of report that opens at token `j` (right after the
 * figure, or past a comma or a dash after it: see `deniedAfter`) denies what was said: "3,000
 * dead, which Kyiv denied", "3,000 dead, a claim Kyiv rejected", "3,000 dead — a figure Moscow
 * denied", "which was later denied", "which Kyiv called propaganda"; not "which Kyiv did not
 * deny" nor "which Kyiv confirmed".
 */
export function relativeDenies(c: Ctx, j: number): boolean {
  const from = key(c, j) === "which" ? j + 1 : appositionEnd(c, j);
  if (from < 0) return false;
  for (let k = from; k < from + SUBJECT_REACH && k < c.toks.length; k++) {
    const t = tokAt(c, k);
    if (t === undefined || t.kind !== "word" || SAYS.has(t.key)) return false;
    // "which Kyiv called propaganda", "a claim Ukraine described as fabricated"
    // "Ukraine received $60 billion, which Congress had rejected": a decision taken before what the sentence reports denies none of it
    if (DECIDED.has(t.key) && (key(c, k - 1) === "had" || key(c, k - 2) === "had")) return false;
    if (DENIES.has(t.key) || (t.key === "walked" && key(c, k + 1) === "back") || namesFalse(c, k)) return !isNegation(c, k - 1) && !isNegation(c, k - 2);
    // "…, which was an error", "which proved false"
    if (k === from && callsFalse(c, k)) return true;
    if (isNegation(c, k) && !DENIES.has(key(c, k + 1))) return false;
  }
  return false;
}

/**
 * Whether the report whose content the match is goes unverified: a word of it before the
 * report ("Unconfirmed reports of 3,000 dead", "unverified claims that 3,000 died"), or after
 * the figure a verb that leaves it so ("remain unverified", "are unconfirmed", "were never
 * substantiated", "have not been corroborated"). `at` is the match's `reportedContent`, when
 * the caller has it.
 */
export function unverifiedReport(c: Ctx, m: Match, at: number = reportedContent(c, m)): boolean {
  if (at < 0) return false;
  // "Unconfirmed reports of", "rumours of 3,000 dead"
  if (UNVERIFIED.has(key(c, at - 2)) || UNVERIFIED.has(key(c, at - 3)) || unverifiedAt(c, at - 1)) return true;
  for (let k = m.end; k < m.end + SUBJECT_REACH * 2 && k < c.toks.length; k++) {
    if (SENTENCE_ENDS.has(key(c, k))) return false;
    if (JOINS.has(key(c, k)) && leavesUnverified(c, k + 1)) return true;
  }
  return false;
}

/** Whether the words from `j` on, past auxiliaries and adverbs, leave a report unverified: "unverified", "never substantiated", "not been corroborated". */
function leavesUnverified(c: Ctx, j: number): boolean {
  const skip = (w: string): boolean => JOINS.has(w) || (w.length > 4 && w.endsWith("ly"));
  while (skip(key(c, j))) j++;
  // "has been questioned by analysts": a doubted report is not confirmed either
  if (UNVERIFIED.has(key(c, j)) || QUESTIONED.has(key(c, j))) return true;
  if (key(c, j) !== "never" && key(c, j) !== "not") return false;
  j++;
  while (skip(key(c, j)) || key(c, j) === "yet") j++;
  return VERIFIED.has(key(c, j));
}
