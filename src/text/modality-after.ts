/**
 * What the words after a figure make of it, when the figure is the subject of their clause:
 * "5,000 troops would be deployed" (planned), "3,000 more are to be sent" (planned), "losses
 * will exceed 50,000" is read before the figure, "3,000 deaths could not be verified"
 * (potential), "5,000 troops will not be sent" (negated).
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { CHANGE, CLAUSE_BREAK, CUE, NEGATION } from "./roles.js";
import { wouldHaveAt } from "./modality-counterfactual.js";
import { delayedAfter, isPlanVerb } from "./modality-delay.js";
import { confirmedLater } from "./modality-confirmed-later.js";
import { holdsOpenFrom } from "./modality-negation.js";
import { MAYBE } from "./modality-doubt.js";
import { isBreak, isOwned } from "./modality-sentence.js";
import { asksOnlyFor } from "./modality-sought.js";
import { ACTS, BE_TO, FIGURE_EVENTS, NOT_YET, REPORTS } from "./modality-words.js";
import { isProspect } from "./modality-headline.js";
import { likelihoodFrom } from "./modality-likelihood.js";
import type { Modality } from "./modality.js";
import type { Token } from "./tokenize.js";
import { hasLex } from "./lex.js";
import { L_AUXILIARY, L_BETWEEN, L_FIGURE_ADVERB, L_PLACE } from "./lex-bits.js";

/** How many words a phrase of place or part after a figure may take: "5,000 troops from the north would". */
const PHRASE_REACH = 4;
/** How many words the chain of auxiliaries after a figure may take: "would not have been". */
const CHAIN_REACH = 5;



/** Negations that are modals too: "cannot be verified until Monday" leaves the figure open. */
const MODAL_NEGATIONS: ReadonlySet<string> = new Set(["cannot", "can't", "couldn't", "won't", "wouldn't", "mightn't", "mayn't"]);

/** Whether token `k` is a word that may carry a cue or an auxiliary: not a number, a mark or a clause word. */
function isWord(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk !== undefined && tk.kind === "word" && !hasRole(c, k, CLAUSE_BREAK);
}

/** Whether token `k` opens the verb of the figure's clause: an auxiliary, a negation or a cue. */
function opensVerb(c: Ctx, k: number): boolean {
  // "on May 1": the month is no "may"
  return hasLex(c, k, L_AUXILIARY) || (hasRole(c, k, CUE | NEGATION) && !c.t.months.has((tokAt(c, k) as Token).text));
}

/** Nouns of loss that a figure's unit leaves out of its phrase: "700,000 losses could not be verified", "700,000 Russian losses". */
const LOSSES: ReadonlySet<string> = new Set(["losses", "loss", "fatalities", "kills", "dead", "deaths", "casualties", "victims"]);

/** The token after a noun of loss right after a figure, with one word before it ("700,000 Russian losses"); `k` where none stands there. */
function pastLossNoun(c: Ctx, k: number): number {
  if (LOSSES.has(key(c, k))) return k + 1;
  return tokAt(c, k)?.kind === "word" && LOSSES.has(key(c, k + 1)) ? k + 2 : k;
}

/**
 * The first token of the verb after a figure, past adverbs ("reportedly") and one phrase of
 * place or part ("in Kursk", "of them"); -1 when anything else comes first.
 */
/** Participles of expecting or planning that, right after a figure and with no verb before them, say what it is: "with 3,000 more expected", "another 200 due next month" (only before a time: "200 due to fighting" is a cause). */
const BARE_PARTICIPLES: ReadonlyMap<string, Modality> = new Map([
  ["expected", "projected"], ["anticipated", "projected"], ["forecast", "projected"], ["projected", "projected"],
  ["planned", "planned"], ["scheduled", "planned"], ["due", "planned"],
]);
/** Words after such a participle that leave it bare: a time ("next month", "soon", "by March", "in June"). */
const AFTER_BARE: ReadonlySet<string> = new Set(["next", "this", "soon", "later", "by", "in", "on", "for", "before", "within", "shortly", "too", "as", "well"]);

function verbStart(c: Ctx, m: Match): number {
  let k = pastLossNoun(c, m.end);
  while (hasLex(c, k, L_FIGURE_ADVERB)) k++;
  if (!hasLex(c, k, L_PLACE)) return opensVerb(c, k) ? k : -1;
  for (let j = k + 1; j <= k + PHRASE_REACH; j++) {
    if (!isWord(c, j)) return -1;
    if (opensVerb(c, j)) return j;
  }
  return -1;
}

/** The first word from `k` on that is not "to", "be", "been" or the like: the verb a cue bears on. */
function verbFrom(c: Ctx, k: number): string {
  while (hasLex(c, k, L_BETWEEN)) k++;
  return key(c, k);
}

/**
 * What a negation at `k` in the chain makes of the figure: not confirmed or not ruled out holds it possible; a
 * plan or a prospect denied, or "yet to" and "failed to", deny it.
 */
function negationAt(c: Ctx, k: number, chained: boolean): Modality | undefined {
  // "could not be independently verified", "cannot be ruled out"
  if (holdsOpenFrom(c, k + 1)) return "potential";
  return chained || (NOT_YET.has(key(c, k)) && key(c, k + 1) === "to") ? "negated" : undefined;
}

/**
 * Whether the verb at `j`, the first after the cue at `k` past "to", "be" and adverbs, is one that
 * says what a figure will do rather than what becomes of it: a bare verb ("will weigh") not in
 * `FIGURE_EVENTS`, of growth or of planning. A passive ("will be killed") or a perfect ("may
 * have died") always says what becomes of the figure.
 */
function standsBy(c: Ctx, k: number, j: number): boolean {
  for (let i = k + 1; i < j; i++) if (hasLex(c, i, L_AUXILIARY)) return false;
  const verb = key(c, j);
  return !(FIGURE_EVENTS.has(verb) || c.t.growth.has(verb) || hasRole(c, j, CHANGE) || isPlanVerb(c, verb));
}

/**
 * Verbs of what a force could do that, after a modal, make a figure a capacity rather than a force
 * that is there: "3,000 troops could hold the city", "5,000 men might retake the town"; "12,000
 * troops could weigh on the budget" says what troops that are there may do.
 */
const CAPACITIES: ReadonlySet<string> = new Set([
  "hold", "defend", "take", "capture", "seize", "secure", "storm", "overrun", "break", "encircle", "retake", "repel", "stop",
  "defeat", "overwhelm", "man", "garrison", "protect", "guard", "patrol", "control", "occupy", "deter", "sustain", "fend",
]);

/**
 * What a modal or future cue at `k` makes of the figure: "would be deployed" planned, "will die"
 * projected, "could" potential, "would have died" potential (a counterfactual), "will not be
 * deployed until" planned (a delay, see `delayedAfter`); nothing for a
 * verb that says what a figure already there will do ("12,000 troops will weigh on the budget").
 */
function modalAt(c: Ctx, k: number, cue: string, m: Match): Modality | undefined {
  let j = k + 1;
  while (hasLex(c, j, L_BETWEEN)) j++;
  // "300 tanks may not arrive" holds them possible; "could not be verified until Monday, when officials confirmed them" states them
  if (hasRole(c, j, NEGATION) && holdsOpenFrom(c, j + 1)) return delayedAfter(c, m) && confirmedLater(c, m) ? "asserted" : "potential";
  if (hasRole(c, j, NEGATION) && !delayedAfter(c, m)) return MAYBE.has(key(c, k)) ? "potential" : negationAt(c, j, true);
  // "5,000 reservists will not be deployed until January" plans them for January
  if (hasRole(c, j, NEGATION)) while (hasLex(c, ++j, L_BETWEEN));
  if (wouldHaveAt(c, k)) return "potential";
  // "3,000 troops could hold the city": what a number of troops could do is a capacity, supposed, not there
  if (standsBy(c, k, j)) return cue === "modal" && CAPACITIES.has(key(c, j)) ? "potential" : undefined;
  const verb = verbFrom(c, j);
  if (cue === "modal") return "potential";
  if (c.t.growth.has(verb)) return "projected";
  return isPlanVerb(c, verb) ? "planned" : "projected";
}

/** The first token from `k` on past at most two adverbs of when or how a plan goes ("initially", "eventually"; see `BETWEEN`), not "to", "be" or a cue ("likely"). */
function pastAdverbs(c: Ctx, k: number): number {
  for (let n = 0; n < 2 && hasLex(c, k, L_BETWEEN) && !hasRole(c, k, CUE) && !NOT_ADVERBS.has(key(c, k)); n++) k++;
  return k;
}

/** The words of `BETWEEN` that are no adverbs of a plan, or that make one of a denial ("were yet to arrive"). */
const NOT_ADVERBS: ReadonlySet<string> = new Set(["to", "be", "been", "have", "yet", "ever", "longer"]);

/** Whether token `k` is a verb a plan or a projection may bear on: a verb of doing, of growth or of what becomes of a figure ("due to arrive", "due to be sent"); not "due to fighting". */
function isVerbAt(c: Ctx, k: number): boolean {
  const w = key(c, k);
  return c.t.planVerbs.has(w) || c.t.growth.has(w) || FIGURE_EVENTS.has(w) || hasRole(c, k, CHANGE);
}

/** What the chain of auxiliaries and cues from token `k` on makes of the figure, if anything. */
function chainFrom(c: Ctx, k: number, m: Match): Modality | undefined {
  const definite = isOwned(c, m);
  let be = false;
  let modal = false;
  for (let n = 0; n < CHAIN_REACH && isWord(c, k); n++, k++) {
    const w = key(c, k);
    // "the 700,000 losses could not be verified until Monday, when officials confirmed them": confirmed later;
    // "could not be verified until an investigation ends" is still open, "were not confirmed until Monday" a delay
    if (hasRole(c, k, NEGATION) && delayedAfter(c, m) && holdsOpenFrom(c, k + 1)) {
      if (confirmedLater(c, m)) return "asserted";
      if (modal || MODAL_NEGATIONS.has(w)) return "potential";
    }
    // "won't be sent", "couldn't be confirmed": a negation that is also a cue denies a plan or a prospect
    if (hasRole(c, k, NEGATION) && !delayedAfter(c, m)) return negationAt(c, k, hasRole(c, k, CUE));
    // "won't arrive until March" looks ahead; "did not arrive until March", "are not expected until" read on
    if (hasRole(c, k, NEGATION) && (definite || !hasRole(c, k, CUE))) continue;
    if (hasLex(c, k, L_AUXILIARY)) {
      // "5,000 troops are to be deployed", "3,000 more were to arrive", "are initially to be provided"; "is to reach" looks ahead
      const to = pastAdverbs(c, k + 1);
      if (BE_TO.has(w) && key(c, to) === "to" && !definite) return c.t.growth.has(verbFrom(c, to + 1)) ? "projected" : "planned";
      be = true;
      continue;
    }
    // "3,000 troops were likely killed", "3,000 troops probably died": a judgment of likelihood (see modality-likelihood.ts)
    if (likelihoodFrom(c, k)) {
      if (definite) return undefined;
      return "potential";
    }
    const cue = hasRole(c, k, CUE) ? c.t.cues.get(w) : undefined;
    // "the 5,000 troops would arrive": a given's verb is read only for a negation of confirming
    if (definite && (cue === "future" || cue === "modal")) {
      modal = true;
      continue;
    }
    // "300 residents were asked to leave", "3,000 reservists were called up": asked without "for" seeks nothing
    if (definite || cue === undefined || cue === "denial" || asksOnlyFor(w) || isProspect(w)) return undefined;
    if (cue === "future" || cue === "modal") return modalAt(c, k, cue, m);
    // "are expected to", "are scheduled", "are set to arrive", "expected to reach"; "311 votes to 112" is a tally
    if (!be && key(c, k + 1) !== "to") return undefined;
    if (key(c, k + 1) === "to" && tokAt(c, k + 2)?.kind !== "word") return undefined;
    // "About 200 due to fighting": "due to" before no verb gives a cause
    if (w === "due" && !isVerbAt(c, k + 2)) return undefined;
    if (cue !== "intent") return cue;
    return c.t.growth.has(verbFrom(c, k + 1)) ? "projected" : "planned";
  }
  return undefined;
}

/**
 * The modality the words after a figure give it when the figure is the subject of their clause:
 * "5,000 troops would be deployed" is planned, "3,000 deaths could not be verified" potential;
 * undefined when they say nothing of it. A figure after "of" is part of a larger subject ("the
 * loss of 900 tanks will weigh"), and a figure with "the", "its" or "Russia's" is a given whose verb says when or how,
 * not how many, unless it goes unconfirmed ("the 3,000 deaths could not be verified").
 */
export function cueAfter(c: Ctx, m: Match): Modality | undefined {
  // "the loss of 900 tanks will weigh" is about the loss; "the figure of 4,000 could not be verified" about the figure,
  // "deliveries of 40 tanks are scheduled for March" about the act of which the figure is the object
  if (key(c, m.first - 1) === "of" && !REPORTS.has(key(c, m.first - 2)) && !ACTS.has(key(c, m.first - 2))) return undefined;
  // "with 3,000 more expected", "another 3,000 due next month": a participle of expecting or planning with no verb before it
  const bare = BARE_PARTICIPLES.get(key(c, m.end));
  if (bare !== undefined && (m.end + 1 >= c.toks.length || isBreak(c, m.end + 1) || AFTER_BARE.has(key(c, m.end + 1)))) return bare;
  const k = verbStart(c, m);
  return k < 0 ? undefined : chainFrom(c, k, m);
}
