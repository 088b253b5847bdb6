/**
 * Counterfactuals: what would have happened had something else been done is neither a fact
 * nor a forecast. "As many as 10,000 civilians would have died" and "Had 5,000 troops been
 * sent" hold their figures possible (`potential`).
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import type { Modality } from "./modality.js";
import { isBreak } from "./modality-sentence.js";
import { ASKS, BETWEEN, COUNTERFACTUAL_AUX, FIGURE_EVENTS, IRREGULAR_PARTICIPLES, PAST_PARTICIPLES, PAST_VERBS, REACH, SAYS, SENTENCE_ENDS, SUBJECT_STARTS, WOULDS } from "./modality-words.js";
import { hasLex } from "./lex.js";
import { L_OPENER } from "./lex-bits.js";

/**
 * Whether the cue at `k` opens a counterfactual "would have" and a participle ("would have
 * died", "would likely have been killed", "could have saved"): not "will have" (a future
 * perfect: "by June 50,000 will have died") nor "would have to" (an obligation).
 */
export function wouldHaveAt(c: Ctx, k: number): boolean {
  if (!WOULDS.has(key(c, k))) return false;
  let j = k + 1;
  while (BETWEEN.has(key(c, j)) && key(c, j) !== "have") j++;
  return key(c, j) === "have" && key(c, j + 1) !== "to";
}

/** Whether token `j` is a past participle or what stands for one in a counterfactual: "been", "not", "sent", "killed", "lost". */
function isParticiple(c: Ctx, j: number): boolean {
  const w = key(c, j);
  return w === "been" || w === "not" || IRREGULAR_PARTICIPLES.has(w) || PAST_PARTICIPLES.has(w) || (w.length > 3 && /(?:ed|en|wn)$/.test(w));
}

/** Whether token `j` can open the subject of an inverted "had": a determiner, a pronoun, a name or a number ("Had Russia sent", "Had 5,000 troops been"). */
function isSubjectStart(c: Ctx, j: number): boolean {
  const tk = tokAt(c, j);
  if (tk === undefined) return false;
  if (tk.kind === "num") return true;
  return tk.kind === "word" && (SUBJECT_STARTS.has(tk.key) || /^\p{Lu}/u.test(tk.text));
}

/**
 * Whether the clause that opens at token `s` is an inverted condition: "Had 5,000 troops been
 * sent, …", "Had Russia sent 5,000 troops, …", "Were 5,000 troops to be sent, …". The subject
 * must follow "had" or "were", and "been", "not" or "to" must follow a figure that is the
 * subject (any participle at the start of a sentence), or a participle or "to" come between
 * the subject and a figure that is the object; so "The brigade, based in Kursk, had 5,000
 * troops stationed there" stays a statement.
 */
function invertedAt(c: Ctx, s: number, m: Match, start: boolean): boolean {
  const w = key(c, s);
  if ((w !== "had" && w !== "were") || !isSubjectStart(c, s + 1)) return false;
  if (s + 1 === m.first) {
    const after = key(c, m.end);
    return after === "been" || after === "not" || after === "to" || (start && isParticiple(c, m.end));
  }
  for (let j = s + 2; j < m.first; j++) if (isParticiple(c, j) || key(c, j) === "to") return true;
  return false;
}

/**
 * Whether the "if" at `k` opens a counterfactual: "had" or "were" in its clause, before the
 * figure or right after it ("If Russia had sent 5,000 troops", "If 5,000 troops had been
 * sent", "if 5,000 troops were sent"). An open condition ("if 5,000 troops are sent") is read
 * by `openCondition`; an "if" that asks ("asked if 5,000 had been sent") is no condition.
 */
function ifCounterfactual(c: Ctx, k: number, m: Match): boolean {
  // "asked if 5,000 had been sent" asks
  if (ASKS.has(key(c, k - 1))) return false;
  for (let j = k + 1; j < m.first; j++) if (COUNTERFACTUAL_AUX.has(key(c, j))) return true;
  // "if 5,000 troops had been sent", "if 5,000 more really had"
  return COUNTERFACTUAL_AUX.has(key(c, m.end)) || (key(c, m.end).endsWith("ly") && COUNTERFACTUAL_AUX.has(key(c, m.end + 1)));
}

/** Words that open a condition, whose clause supposes rather than states: "if 5,000 troops are sent", "unless 3,000 arrive". */
export const CONDITIONS: ReadonlySet<string> = new Set(["if", "unless"]);
/** Words that suppose the clause after them in any tense: "assuming 4,000 were killed", "supposing that 3,000 died". */
export const SUPPOSES: ReadonlySet<string> = new Set(["assuming", "supposing", "suppose"]);
/** Words before "that" that make it open a condition: "provided that", "providing that", "on condition that". */
export const PROVIDED: ReadonlySet<string> = new Set(["provided", "providing"]);
/** How far past a figure the verb of its condition may stand, in tokens: "if 5,000 troops from the north are sent". */
const CONDITION_REACH = 8;
/** Forms of "be" and "get" before a participle that keep a condition open: "if 5,000 troops are sent", "unless 3,000 get deployed". */
const PASSIVE_AUX = new Set(["is", "are", "be", "been", "being", "get", "gets", "'s", "'re"]);

/**
 * The kind of a condition: "if" for "if" and "unless"; "condition" for the other words of a
 * condition ("in case", "provided", "on condition that", "in the event that"), where "were" or
 * "had" supposes as "if … were" does; "suppose" for words that suppose in any tense
 * ("assuming", "supposing"); "while" for "as long as", "so long as", where "had" and "were"
 * state a past that lasted ("as long as Russia had 5,000 troops there, it held"); "lack" for
 * "without", "absent" and "but for" right before the figure at the start of its clause, which
 * suppose it away ("Without 5,000 more troops, the front will collapse").
 */
type ConditionKind = "if" | "condition" | "suppose" | "while" | "lack";

/** Words that, right before a figure at the start of its clause, name what is lacking: "Without 5,000 more troops, the front will collapse", "Absent 2,000 more troops, …". */
export const LACKS: ReadonlySet<string> = new Set(["without", "absent"]);

/** A condition that opens the clause after the break at `k`: its kind and the token after its words. */
interface Opener {
  readonly kind: ConditionKind;
  readonly from: number;
}

/** The condition a "that" at `k` closes: "provided that", "assuming that", "on (the) condition that", "in the event that". */
function thatCondition(c: Ctx, k: number): Opener | undefined {
  const w = key(c, k - 1);
  if (PROVIDED.has(w)) return { kind: "condition", from: k + 1 };
  if (SUPPOSES.has(w)) return { kind: "suppose", from: k + 1 };
  const on = key(c, k - 2) === "the" ? k - 3 : k - 2;
  if ((w === "condition" && key(c, on) === "on") || (w === "event" && key(c, k - 2) === "the" && key(c, k - 3) === "in")) return { kind: "condition", from: k + 1 };
  return undefined;
}

/**
 * The condition that opens the clause of the match after the break at `k` (-1 at the start of
 * the text), if any: "if" and "unless" at `k` (not after a word of asking: "asked if"); a
 * "that" after "provided", "assuming" or "on condition"; "as long as" at the start of a
 * sentence or after a mark, and "so long as" anywhere (not "a column as long as 3 km"); and,
 * opening the clause, "in case", "in the event", "provided" (after a mark, not "which
 * provided 3,000 shells"), and "assuming" or "supposing" right before the figure (not
 * "assuming command of 3,000 troops", the verb).
 */
function conditionAt(c: Ctx, k: number, m: Match): Opener | undefined {
  const w = key(c, k);
  if (hasLex(c, k, L_OPENER) && CONDITIONS.has(w)) return ASKS.has(key(c, k - 1)) ? undefined : { kind: "if", from: k + 1 };
  // "provided that 3,000 arrive"; "warned that without 5,000 more troops, …" reads on
  const that = w === "that" ? thatCondition(c, k) : undefined;
  if (that !== undefined) return that;
  if (w === "as" && key(c, k - 1) === "long") {
    const before = key(c, k - 2);
    const opens = before === "so" || (before === "as" && (k < 3 || tokAt(c, k - 3)?.kind === "sym"));
    return opens ? { kind: "while", from: k + 1 } : undefined;
  }
  const a = key(c, k + 1);
  if (a === "in" && key(c, k + 2) === "case") return { kind: "condition", from: k + 3 };
  if (a === "in" && key(c, k + 2) === "the" && key(c, k + 3) === "event") return { kind: "condition", from: k + 4 };
  if (a === "provided" && (k < 0 || tokAt(c, k)?.kind === "sym")) return { kind: "condition", from: k + 2 };
  // "Without 5,000 more troops, …", "Absent 2,000 more troops, …", "But for 3,000 reinforcements, …"
  if (hasLex(c, k + 1, L_OPENER) && LACKS.has(a) && m.first === k + 2) return { kind: "lack", from: k + 2 };
  if (w === "but" && a === "for" && m.first === k + 2 && (k === 0 || SENTENCE_ENDS.has(key(c, k - 1)))) return { kind: "lack", from: k + 2 };
  return hasLex(c, k + 1, L_OPENER) && SUPPOSES.has(a) && m.first === k + 2 ? { kind: "suppose", from: k + 2 } : undefined;
}

/** Verbs right after a figure that make it the subject of a clause: "provided 5,000 remain", "providing 3,000 more troops are sent". */
const SUBJECT_VERBS = new Set(["remain", "remains", "stay", "stays", "are", "is", "were", "be", "get", "gets", "hold", "holds", "do", "does", "can", "keep"]);

/**
 * Whether "provided" or "providing" right before the figure opens a condition anywhere in a
 * sentence, because a verb of its own follows the figure: "The line will hold provided 5,000
 * remain", "providing 3,000 more troops arrive"; not the verb with an object ("which provided
 * 3,000 shells to Kyiv", "Russia provided 3,000 troops last year").
 */
export function providedBefore(c: Ctx, m: Match): boolean {
  if (!hasLex(c, m.first - 1, L_OPENER) || !PROVIDED.has(key(c, m.first - 1))) return false;
  const after = key(c, m.end);
  return SUBJECT_VERBS.has(after) || FIGURE_EVENTS.has(after);
}

/** Whether token `j` is a verb in the simple past: "handed", "died", "lost", "was"; not a participle after "are" or "get" ("are sent"). */
function simplePastAt(c: Ctx, j: number): boolean {
  const w = key(c, j);
  if (w === "was" || w === "did") return true;
  if (PASSIVE_AUX.has(key(c, j - 1)) || PASSIVE_AUX.has(key(c, j - 2))) return false;
  return PAST_VERBS.has(w) || PAST_PARTICIPLES.has(w) || (w.length > 3 && w.endsWith("ed"));
}

/**
 * Whether the break at `k` opens an open condition on the match: one that supposes its figure
 * ("if 5,000 troops are sent", "unless 3,000 arrive", "in case 5,000 troops are sent",
 * "provided that 3,000 arrive", "as long as 2,000 troops remain", "assuming 4,000 were
 * killed"; see `conditionAt`), not one that asks ("asked if"), nor one in the simple past,
 * which grants what it names ("if we handed over 500,000 shells, …", "as long as 2,000 troops
 * remained, the town held"), unless a "would have" answers it ("if 5,000 soldiers died, the
 * army would have retreated"). "Assuming" and "supposing" suppose in any tense.
 */
export function openCondition(c: Ctx, k: number, m: Match): boolean {
  const op = conditionAt(c, k, m);
  if (op === undefined) return false;
  // "Hundreds if not thousands died": the higher figure of an "if not" is held possible, whatever verb follows
  if (key(c, k) === "if" && key(c, k + 1) === "not" && m.first <= k + 3) return true;
  if (op.kind === "suppose") return true;
  // "Without 3,000 reinforcements, the town would have fallen": they came
  if (op.kind === "lack") return !wouldHaveLater(c, m.end);
  for (let j = op.from; j < m.end + CONDITION_REACH && j < c.toks.length; j++) {
    if (j >= m.end && isBreak(c, j)) break;
    const w = key(c, j);
    // "provided 3,000 were sent, …" supposes, as "if 3,000 were sent" does; "as long as Russia had 5,000 troops there" states
    if (op.kind === "condition" && COUNTERFACTUAL_AUX.has(w)) return true;
    const past = simplePastAt(c, j) || (op.kind === "while" && COUNTERFACTUAL_AUX.has(w));
    // "if 5,000 soldiers died, the army would have retreated": a simple past that a "would have" answers supposes
    if ((j < m.first || j >= m.end) && past) return wouldHaveLater(c, j);
  }
  return true;
}

/** Whether a counterfactual "would have" follows token `j` in its sentence: "…, the army would have retreated". */
function wouldHaveLater(c: Ctx, j: number): boolean {
  for (let k = j + 1; k < c.toks.length && k < j + REACH * 2; k++) {
    if (SENTENCE_ENDS.has(key(c, k))) return false;
    if (wouldHaveAt(c, k)) return true;
  }
  return false;
}

/**
 * Whether the clause of a match, which opens after the break at token `k` (-1 at the start of
 * the text), states a counterfactual condition: an inverted "Had …" or "Were …" at the start of
 * a sentence, after a mark or after "said that", or an "if" with "had" or "were".
 */
export function counterfactualClause(c: Ctx, k: number, m: Match): boolean {
  const tk = k < 0 ? undefined : tokAt(c, k);
  if (tk === undefined || tk.kind !== "word") return invertedAt(c, k + 1, m, tk === undefined || SENTENCE_ENDS.has(tk.key));
  if (tk.key === "if") return ifCounterfactual(c, k, m);
  // "He said that had 300 more tanks arrived, …"; not a relative "that had"
  return tk.key === "that" && SAYS.has(key(c, k - 1)) && invertedAt(c, k + 1, m, true);
}

/**
 * Whether the clause around the negation at `k`, read back to its break, is a counterfactual
 * condition (see `counterfactualClause`): then the negation says what did happen ("Had the
 * army not lost 3,000 men, …", "Had it not been for the 3,000 troops, …").
 */
export function counterfactualBefore(c: Ctx, k: number, m: Match): boolean {
  let j = k - 1;
  while (j >= 0 && j > k - REACH && !isBreak(c, j)) j--;
  return (j < 0 || isBreak(c, j)) && counterfactualClause(c, j, m);
}

/**
 * What a counterfactual condition makes of its figure: possible ("Had 5,000 troops been sent"),
 * or, with "not" after the figure, asserted ("Had 5,000 troops not arrived, the line would have
 * broken": they arrived).
 */
export function counterfactualModality(c: Ctx, m: Match): Modality {
  const after = key(c, m.end);
  return after === "not" || (COUNTERFACTUAL_AUX.has(after) && key(c, m.end + 1) === "not") ? "asserted" : "potential";
}
