/**
 * Future time clauses: "When another 5,000 troops arrive next month, the offensive will
 * start", "Once an additional 3,000 arrive, …", "Until 2,000 more troops come, the line will
 * hold". A clause of time in the present tense whose sentence looks ahead supposes its figure,
 * as "if 5,000 troops arrive" does, so it is `potential`; a past one ("When 5,000 troops
 * arrived, the town fell") states it, and so does a habitual present in a sentence with no
 * future ("When 5,000 troops arrive, they are housed in tents").
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import { CUE } from "./roles.js";
import type { Ctx, Match } from "./context.js";
import { isBreak } from "./modality-sentence.js";
import { FIGURE_EVENTS, PAST_PARTICIPLES, PAST_VERBS, SENTENCE_ENDS } from "./modality-words.js";
import { hasLex } from "./lex.js";
import { L_OPENER } from "./lex-bits.js";

/** Clause words of time that, before a present tense, look ahead: "when", "after", "until", "before". */
export const TIMES: ReadonlySet<string> = new Set(["when", "after", "until", "till", "til", "before"]);
/** Words of time that open a clause without being clause words themselves: "once 3,000 arrive", "whenever 300 enlist". */
export const OPENERS: ReadonlySet<string> = new Set(["once", "whenever"]);
/** Verbs of the past in a clause of time: "when 5,000 troops arrived", "after 3,000 had come", "once 3,000 were deployed". */
const PAST = new Set(["was", "were", "had", "did", "'d"]);
/** Past participles that are also present forms: "until 2,000 more troops come", "when 3,000 put in for leave". */
const PRESENTS = new Set(["come", "become", "run", "put", "cut", "hit", "set", "let", "shut", "spread"]);
/** Words that make a sentence look ahead: "the offensive will start", "next month", "tomorrow". */
const FUTURES = new Set(["will", "'ll", "shall", "won't", "tomorrow", "next", "soon", "upcoming", "coming"]);
/** Forms of "be" that, before "to" and a verb, make a plan: "the offensive is to start". */
const BE = new Set(["is", "are", "'s", "'re"]);
/** How far past a figure the verb of its clause may stand, in tokens: "when 5,000 troops from the north arrive". */
const VERB_REACH = 8;

/**
 * The token after the words that open a clause of time at the break `k` (-1 at the start of
 * the text), or -1: "when", "after", "until", "before" at `k`, "as soon as" ending at `k`, or
 * "once" right after `k`.
 */
function timeOpener(c: Ctx, k: number): number {
  const w = key(c, k);
  if (hasLex(c, k, L_OPENER) && TIMES.has(w) && !(w === "after" && key(c, k + 1) === "the")) return k + 1;
  if (w === "as" && key(c, k - 1) === "soon" && key(c, k - 2) === "as") return k + 1;
  if (hasLex(c, k + 1, L_OPENER) && OPENERS.has(key(c, k + 1)) && (k < 0 || isBreak(c, k))) return k + 2;
  return -1;
}

/** Whether token `j` is a verb in the past: "arrived", "came", "were", "had"; not "deployed" after "are" or "get". */
function pastAt(c: Ctx, j: number): boolean {
  const w = key(c, j);
  if (PAST.has(w) || PAST_VERBS.has(w)) return true;
  const aux = key(c, j - 1);
  if (aux === "are" || aux === "is" || aux === "be" || aux === "get" || aux === "gets" || aux === "been" || aux === "have" || aux === "has") return false;
  return (PAST_PARTICIPLES.has(w) && !PRESENTS.has(w)) || (w.length > 3 && w.endsWith("ed"));
}

/** Forms of "be", "have" and "get" that make a present clause: "as soon as 3,000 are deployed", "when 5,000 have arrived". */
const PRESENT_AUX = new Set(["is", "are", "be", "have", "has", "get", "gets", "'re", "'s"]);

/** Whether token `j` is a verb in the present: "arrive", "come", "are", "sends", "lands"; a word of `FIGURE_EVENTS`, a plan verb or a verb of growth, or one with an "-s". */
function presentAt(c: Ctx, j: number): boolean {
  const w = key(c, j);
  const verb = (v: string): boolean => FIGURE_EVENTS.has(v) || c.t.planVerbs.has(v) || c.t.growth.has(v);
  return PRESENT_AUX.has(w) || verb(w) || (w.endsWith("s") && verb(w.slice(0, -1))) || (w.endsWith("es") && verb(w.slice(0, -2)));
}

/**
 * The tense of the clause of time from `from` on, through the match and a few words past it:
 * "past" at its first verb in the past, "present" at its first verb in the present, else
 * undefined: "after 300 days of fighting" is no clause.
 */
function clauseTense(c: Ctx, from: number, m: Match): "past" | "present" | undefined {
  for (let j = from; j < m.end + VERB_REACH && j < c.toks.length; j++) {
    if (j >= m.end && isBreak(c, j)) return undefined;
    if (j >= m.first && j < m.end) continue;
    if (pastAt(c, j)) return "past";
    if (presentAt(c, j)) return "present";
  }
  return undefined;
}

/** Whether token `j` looks ahead: "will", "they'll", "next", "tomorrow", or "is to" before a verb ("the offensive is to start"). */
function futureAt(c: Ctx, j: number): boolean {
  const w = key(c, j);
  if (w.endsWith("'ll") || w.endsWith("\u2019ll")) return true;
  // "next month", not "next to the river"; "the coming days"
  if (FUTURES.has(w)) return w === "next" ? key(c, j + 1) !== "to" : w !== "coming" || key(c, j - 1) === "the";
  // "Russia is going to attack"
  if (w === "going") return key(c, j + 1) === "to" && BE.has(key(c, j - 1));
  return BE.has(w) && key(c, j + 1) === "to" && tokAt(c, j + 2)?.kind === "word";
}

/** Whether the sentence around token `k` looks ahead somewhere outside the match (see `futureAt`). */
function sentenceLooksAhead(c: Ctx, k: number, m: Match): boolean {
  let s = k;
  while (s > 0 && !SENTENCE_ENDS.has(key(c, s - 1))) s--;
  for (let j = s; j < c.toks.length && !SENTENCE_ENDS.has(key(c, j)); j++) if ((j < m.first || j >= m.end) && futureAt(c, j)) return true;
  return false;
}

/** Verbs of a state that "while" or "as" before them takes as a present fact: "While 3,000 troops remain in Kursk, …", "As 3,000 troops are in Kursk". */
const STATES = new Set(["remain", "remains", "stay", "stays", "is", "are", "'re", "'s", "hold", "holds", "have", "has", "sit", "sits", "live", "lives"]);

/**
 * Whether the first verb in the present after the figure is one of a state (see `STATES`),
 * with no cue between ("While 3,000 troops remain in Kursk"): "while" and "as" then state a
 * present fact, not a supposition ("While 3,000 more troops arrive, the front will hold").
 */
function stateAfter(c: Ctx, m: Match): boolean {
  for (let j = m.end; j < m.end + VERB_REACH && j < c.toks.length && !isBreak(c, j); j++) {
    if (STATES.has(key(c, j))) return true;
    if (presentAt(c, j) || pastAt(c, j) || hasRole(c, j, CUE)) return false;
  }
  return false;
}

/** Words before "as" that make it no clause word of time: "such as", "as well as", "the same as", "so as". */
const AS_KIN = new Set(["such", "well", "same", "so", "just", "soon", "much", "many"]);

/**
 * Whether words of time right before the figure open a clause of time that supposes it,
 * wherever the clause stands: "Russia will attack once another 5,000 troops are in place", "It
 * will be over by the time 5,000 more troops arrive", "As 5,000 more troops arrive next month,
 * the front will shift", "While 3,000 more troops arrive, the front will hold"; the clause needs a verb in the present and its sentence to look ahead
 * (see `futureTimeClause`). "As 5,000 more troops arrived, the front shifted" states them.
 */
export function timeClauseBefore(c: Ctx, m: Match): boolean {
  const w = key(c, m.first - 1);
  if (w !== "once" && w !== "whenever" && w !== "as" && w !== "time" && w !== "while") return false;
  // "While 3,000 more troops arrive, the front will hold"
  const opens = OPENERS.has(w) || w === "while" || (w === "as" && !AS_KIN.has(key(c, m.first - 2))) || (w === "time" && key(c, m.first - 2) === "the" && key(c, m.first - 3) === "by");
  // "While 3,000 troops remain in Kursk, Russia will attack Sumy": a state now, not supposed
  if ((w === "while" || w === "as") && !m.increment && stateAfter(c, m)) return false;
  // "Once 3,000 troops arrive, the offensive begins": "once" with a verb in the present supposes its figure in any sentence
  return opens && clauseTense(c, m.first, m) === "present" && (w === "once" || sentenceLooksAhead(c, m.first - 1, m));
}

/**
 * Whether the break at `k` opens a clause of time that supposes the match: "when", "whenever",
 * "after", "until", "till", "before", "as soon as" or "once", with a verb in the present
 * tense (see `clauseTense`), in a sentence that looks ahead ("will", "is to", "next month",
 * "tomorrow"), or of a figure that adds to what is there ("When 3,000 more troops arrive, the
 * offensive begins"): troops yet to come are supposed even in a habitual present.
 */
export function futureTimeClause(c: Ctx, k: number, m: Match): boolean {
  const from = timeOpener(c, k);
  // "When 3,000 more troops arrive, the offensive begins": more troops yet to come are supposed whatever the main clause's tense
  return from >= 0 && clauseTense(c, from, m) === "present" && (m.increment || sentenceLooksAhead(c, k, m));
}
