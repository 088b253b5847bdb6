/**
 * What the clause word that opens a figure's clause makes of it: a question ("unclear whether",
 * "no one knows if"), a denial ("denied that", "rejected reports that", "it's false that"), a
 * refused confirmation ("could not confirm that"), a condition, a request ("demanded that"), or
 * a headline's infinitive; a plain clause states its figure.
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { CUE } from "./roles.js";
import { headlineAt } from "./modality-headline.js";
import { openCondition } from "./modality-counterfactual.js";
import { futureTimeClause } from "./modality-when.js";
import { deniesAt } from "./modality-refuted.js";
import { unverifiedBefore } from "./modality-unverified.js";
import { aimColon, soughtClause } from "./modality-sought.js";
import { ASKS, DOUBTS, FALSEHOODS, FALSELY, JUDGES, POSSIBLE, REPORTS, SENTENCE_ENDS } from "./modality-words.js";
import { DOUBTING, untrueBefore } from "./modality-doubt.js";
import { supposedEarlier, supposedMain } from "./modality-if-would.js";
import { holdsOpenAt, isNegation, negates } from "./modality-negation.js";
import { isBreak, isOwned } from "./modality-sentence.js";
import type { Token } from "./tokenize.js";
import { hasLex } from "./lex.js";
import { L_SAYS } from "./lex-bits.js";
import type { Modality } from "./modality.js";

/** How far before the "or" of an alternative the clause that asks may open, in tokens: "whether 15,000 people died in the siege, or 50,000". */
const ASK_REACH = 24;
/** How far before a word of report a denial may stand, past its determiners and adjectives: "denied a Western media report that". */
const REPORT_REACH = 5;

/** Whether token `k` is a denial cue ("rejected", "disputed"). */
function isDenial(c: Ctx, k: number): boolean {
  return hasRole(c, k, CUE) && c.t.cues.get(key(c, k)) === "denial" && deniesAt(c, k);
}

/** Whether a word of report follows the denial at `k`, past a few determiners and adjectives: "rejected the claim", "dismissed media reports". */
export function reportAfter(c: Ctx, k: number): boolean {
  for (let j = k + 1; j <= k + REPORT_REACH && j < c.toks.length && !isBreak(c, j); j++) if (REPORTS.has(key(c, j))) return true;
  return false;
}

/**
 * The denial or negation token `k` is or stands for: itself ("rejected", "no"), or, for a word
 * of report, the denial or negation before it ("rejected the reports", "denied a report"); -1
 * for none.
 */
function denialAt(c: Ctx, k: number): number {
  // a word that calls something false ("the false flag that") denies only a "that" right after it or a word of report
  if ((isDenial(c, k) && !FALSEHOODS.has(key(c, k))) || negates(c, k)) return k;
  if (!REPORTS.has(key(c, k))) return -1;
  // "false reports that", "unfounded claims of"
  if (FALSEHOODS.has(key(c, k - 1))) return k - 1;
  for (let j = k - 1; j >= k - REPORT_REACH && j >= 0 && !isBreak(c, j); j--) if (isDenial(c, j) || negates(c, j)) return j;
  return -1;
}

/** Whether the word of saying at `k` is denied by a negation one or two words before it: "did not say", "never said", "has not yet reported". */
function deniedSay(c: Ctx, k: number): boolean {
  if (!hasLex(c, k, L_SAYS)) return false;
  for (let j = k - 1; j >= k - 2 && j >= 0 && !isBreak(c, j); j--) if (negates(c, j)) return true;
  return false;
}

/** Whether token `j` calls the clause of the "that" at `k` false: right before it ("false that") or before an adverb ("simply false that"), not "the false flag that". */
function isFalsehood(c: Ctx, j: number, k: number): boolean {
  return FALSEHOODS.has(key(c, j)) && (j === k - 1 || key(c, k - 1).endsWith("ly"));
}

/**
 * Whether the clause word at `k` is a "that" whose clause is denied: "denied that", "no
 * evidence that", "rejected reports that", "it is impossible that", "it's false that", "did
 * not say that"; not when the denial is itself denied ("no one disputes that", "did not deny
 * that", "not false that").
 */
function deniedClause(c: Ctx, k: number): boolean {
  if (key(c, k) !== "that") return false;
  if (deniedSay(c, k - 1) || untrueBefore(c, k)) return true;
  // "it is not surprising that", "no secret that": a negated judgement denies nothing
  if (JUDGES.has(key(c, k - 1))) return false;
  // "falsely claimed that", "claimed falsely that", "was wrongly reported that"
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) if (FALSELY.has(key(c, j))) return true;
  for (let j = k - 1; j >= k - 2 && j >= 0 && !isBreak(c, j); j--) {
    const found = isFalsehood(c, j, k) ? j : denialAt(c, j);
    const d = found >= 0 ? found : isNegation(c, j) && !DOUBTS.has(key(c, j + 1)) ? j : -1;
    // a denial or negation itself denied ("nobody denied that", "not impossible that", "did not deny that") affirms
    if (d >= 0) return !(isNegation(c, d - 1) || isNegation(c, d - 2));
  }
  return false;
}

/** Whether the clause of the negation at `k` opens with a denied "that" (see `deniedClause`): "it is untrue that Russia did not send". */
export function deniedThatBefore(c: Ctx, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && !isBreak(c, j)) j--;
  return j >= 0 && deniedClause(c, j);
}

/** Whether the clause word at `k` opens a question: any "whether" ("whether or not"), an "if" after a word of asking or knowing ("no one knows if"), or a "that" after a doubt ("analysts doubt that"). */
function askedClause(c: Ctx, k: number): boolean {
  const w = key(c, k);
  // "whether or not 5,000 arrive"; "no one knows if 15,000 died or 50,000": the alternative is asked too
  if (w === "whether" || (w === "or" && key(c, k - 1) === "whether")) return true;
  if (w === "or") return askedBefore(c, k);
  if (w === "if") return ASKS.has(key(c, k - 1));
  if (w !== "that") return false;
  const before = key(c, k - 1);
  if ((DOUBTING.has(before) || POSSIBLE.has(before)) && !isNegation(c, k - 2)) return true;
  return unconfirmed(c, k - 1);
}

/**
 * Whether the clause of the cue at `k` opens with a question or a doubt: "It is far from
 * certain whether Russia will send 3,000 troops", "unclear whether", "analysts doubt that", "it
 * is not certain that". A plan or a forecast that is in doubt is held possible, not planned.
 */
export function askedAbove(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - ASK_REACH; j--) if (isBreak(c, j)) return tokAt(c, j)?.kind === "word" && askedClause(c, j);
  return false;
}

/**
 * Whether a clause that asks opens earlier in the sentence of the "or" at `k`, across figures
 * and commas: "No one knows if 15,000 died or 50,000", "It is unclear whether 15,000 people
 * died, or 50,000". A question over alternatives covers every one of them.
 */
function askedBefore(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - ASK_REACH; j--) {
    const tk = tokAt(c, j) as Token;
    if (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key)) return false;
    if (tk.kind === "word" && tk.key !== "or" && isBreak(c, j) && askedClause(c, j)) return true;
  }
  return false;
}

/**
 * Whether the word at `p` (before a clause's "that") is a word of confirming or being sure
 * that is refused or negated: "could not confirm", "declined to confirm", "it is not clear",
 * "far from clear", "could neither confirm nor deny".
 */
function unconfirmed(c: Ctx, p: number): boolean {
  // "neither confirm nor deny that": the denial is part of the refusal
  if ((key(c, p) === "deny" || key(c, p) === "denied") && (key(c, p - 1) === "nor" || key(c, p - 1) === "or")) p -= 2;
  // "declined to confirm reports that", "could not verify claims that"
  if (REPORTS.has(key(c, p))) p = certaintyBefore(c, p);
  if (!holdsOpenAt(c, p)) return false;
  for (let j = p - 1; j >= p - 3 && j >= 0 && !isBreak(c, j); j--) {
    if (isNegation(c, j) || (key(c, j) === "from" && key(c, j - 1) === "far")) return true;
  }
  return false;
}

/** The word of confirming a few words before the word of report at `p` ("confirm the reports"), or `p` itself. */
function certaintyBefore(c: Ctx, p: number): number {
  for (let j = p - 1; j >= p - REPORT_REACH && j >= 0 && !isBreak(c, j); j--) if (holdsOpenAt(c, j)) return j;
  return p;
}

/** Words that end a condition on a report's truth: "If true,", "If the reports are accurate,", "If confirmed,". */
const TRUTHS: ReadonlySet<string> = new Set(["true", "accurate", "correct", "confirmed", "verified", "right", "substantiated", "genuine", "authentic"]);
/** How many tokens such a condition may take before its comma: "If the Ukrainian figures are accurate". */
const IF_REACH = 7;

/**
 * Whether the comma at `k` ends a condition on the truth of what the sentence reports, which
 * opens the sentence: "If true, 3,000 soldiers were killed", "If the reports are accurate,
 * 3,000 died", "If confirmed, it would be the deadliest attack".
 */
function ifTrueBefore(c: Ctx, k: number): boolean {
  // "If true, 3,000 …", "If it is true that 3,000 died, …"
  if ((key(c, k) !== "," && key(c, k) !== "that") || !TRUTHS.has(key(c, k - 1))) return false;
  for (let j = k - 2; j >= 0 && j >= k - IF_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind !== "word") return false;
    if ((tk.key === "if" || tk.key === "assuming") && (j === 0 || SENTENCE_ENDS.has(key(c, j - 1)) || (key(c, j - 1) === "even" && (j === 1 || SENTENCE_ENDS.has(key(c, j - 2)))))) return true;
  }
  return false;
}

/** How far back a figure's clause may look for the condition on the truth of its sentence, in tokens. */
const SENTENCE_REACH = 40;
/** Words that open a clause a condition on the truth of the report no longer covers: "…, but officials said 300 died". */
const OWN_CLAUSES: ReadonlySet<string> = new Set(["but", "while", "whereas", "although", "though", "yet", "said", "says", "say", "told", "according"]);

/**
 * Whether the clause break at `k` stands in a sentence that opens with a condition on the truth
 * of what it reports, with no new sentence, ";", contrast or word of saying between: "If true,
 * it would be the deadliest attack of the war, with 3,000 killed", "If true, the strike killed
 * 3,000 and wounded 500". Every figure the condition covers is supposed.
 */
function ifTrueEarlier(c: Ctx, k: number): boolean {
  for (let j = k; j >= 0 && j >= k - SENTENCE_REACH; j--) {
    const w = key(c, j);
    if (SENTENCE_ENDS.has(w) || w === ";" || OWN_CLAUSES.has(w)) return false;
    if ((w === "," || w === "that") && ifTrueBefore(c, j)) return true;
  }
  return false;
}

/** How many tokens before a modal the comma of a condition on the truth of the report may stand: "If true, it would mean". */
const MAIN_REACH = 4;

/**
 * Whether the modal at `k` is in the main clause of a sentence that opens with a condition on
 * the truth of the report: "If true, it would mean 3,000 soldiers were killed", "If confirmed,
 * that would be 3,000". The figure is supposed, as in "If true, 3,000 soldiers were killed",
 * not forecast.
 */
export function ifTrueMain(c: Ctx, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAIN_REACH; j--) {
    if (key(c, j) === ",") return ifTrueBefore(c, j);
    if (tokAt(c, j)?.kind !== "word") return false;
  }
  return false;
}

/** Whether the modal at `k` is in the main clause of a condition on the truth of the report ("If true, it would mean") or of any condition that opens the sentence ("If Russia attacks, it would kill 3,000"; see modality-if-would.ts). */
export function supposedAt(c: Ctx, k: number): boolean {
  return (key(c, k) === "would" && ifTrueMain(c, k)) || supposedMain(c, k);
}

/**
 * What the clause word at `k` makes of the figure `m` of its clause: "unclear whether" and
 * "could not confirm that" hold possible, and so does an open condition ("if 5,000 troops are
 * sent", "unless 3,000 arrive": supposed, not stated; see `openCondition`), unless the figure is named as a given ("if the
 * 12,000 troops in Kursk are withdrawn"); "denied that" negates; any other states.
 */
export function clauseModality(c: Ctx, k: number, m: Match): Modality {
  // "US to deploy 3,000 troops": a headline's infinitive announces a plan
  const headline = headlineAt(c, k, m);
  if (headline !== undefined) return headline;
  if (askedClause(c, k) || ((openCondition(c, k, m) || futureTimeClause(c, k, m)) && !isOwned(c, m)) || ifTrueEarlier(c, k) || supposedEarlier(c, k)) return "potential";
  // "demanded that Ukraine withdraw 3,000 troops": what is demanded is sought
  if (soughtClause(c, k) || aimColon(c, k, m)) return "planned";
  if (deniedClause(c, k) || deniedSay(c, k)) return "negated";
  // "Unconfirmed reports said 3,000 soldiers died", "According to unconfirmed reports, 3,000 died"
  return unverifiedBefore(c, k, m) ? "potential" : "asserted";
}
