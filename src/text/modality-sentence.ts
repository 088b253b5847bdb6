/**
 * What the sentence around a figure makes of it, beyond the cue words of its clause: a
 * question, a given ("among the 12,000 troops"), a refusal that stops short ("stopped short of
 * confirming 3,000 deaths").
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import { L_DEFINITE, L_PARTITIVE, L_QUESTION, L_REFUSAL } from "./lex-bits.js";
import { hasLex, lexIn } from "./lex.js";
import { isNegation } from "./modality-negation.js";
import { CHANGE, CLAUSE_BREAK } from "./roles.js";
import type { Ctx, Match } from "./context.js";
import { ACT_DETERMINERS, ACTS, CLAUSE_MARKS, DEFINITES, REFUSES, RULES, TURNS, CONTRACTED_IS, NOMINAL_BEFORE, PAST_VERBS, POSSESSIVES, PREPOSITIONS, QUESTION_REACH, REACH, SENTENCE_ENDS, STOPS, TIES } from "./modality-words.js";
import type { Token } from "./tokenize.js";

/**
 * Whether a match is a given of its sentence, named with "the" after a word of part or place
 * ("among the 12,000 troops", "how many of the 11,000", "none of these 300", "any of its 4,000
 * troops"): what the sentence
 * denies or asks is something else, not the figure.
 */
export function isGiven(c: Ctx, m: Match): boolean {
  // the rules of a figure ask this several times: the answer for the last match asked is kept
  if (m !== givenOf) {
    givenOf = m;
    given = partitiveBefore(c, m);
  }
  return given;
}

/** The last match `isGiven` was asked of, and its answer. */
let givenOf: Match | undefined;
let given = false;

/** Whether "the" or a possessive after a word of part or place stands in the words before a match's number (see `isGiven`). */
function partitiveBefore(c: Ctx, m: Match): boolean {
  for (let k = m.first - 1; k < m.head; k++) {
    // "among the 12,000", "any of its 4,000 troops", "none of Russia's 4,000 troops"
    if (!hasLex(c, k - 1, L_PARTITIVE)) continue;
    const w = key(c, k);
    if (DEFINITES.has(w) || isPossessive(w)) return true;
  }
  return false;
}

/** Whether a match is named as a given before its verb: "the 12,000 troops", "its 12,000 troops", "Russia's 12,000 troops". */
export function isOwned(c: Ctx, m: Match): boolean {
  return hasLex(c, m.first, L_DEFINITE) || isPossessive(key(c, m.first - 1));
}

/** Whether a word is a possessive determiner: "its", "their", "Russia's"; not "it's" or "there's". */
function isPossessive(w: string): boolean {
  if (POSSESSIVES.has(w)) return true;
  return (w.endsWith("'s") || w.endsWith("\u2019s")) && !CONTRACTED_IS.has(w.slice(0, -2));
}

/**
 * Whether the sentence of a figure that ends at token `end` is a question: the first mark
 * that ends a sentence after it, a few dozen tokens on at most, is "?".
 */
export function asked(c: Ctx, end: number): boolean {
  if (!lexIn(c, L_QUESTION, end, end + QUESTION_REACH)) return false;
  for (let k = end; k < c.toks.length && k < end + QUESTION_REACH; k++) {
    const tk = c.toks[k] as Token;
    if (tk.kind === "sym" && SENTENCE_ENDS.has(tk.key)) return tk.key === "?";
  }
  return false;
}

/**
 * The last word of a refusal of an act in the clause before token `first`, or -1: "stopped
 * short of" ("stopped short of confirming 3,000 deaths", "stops short of sending the 5,000
 * troops"), and a verb of refusing or blocking whose object is an act or a plan for one
 * ("ruled out sending 100 tanks", "vetoed sending 2,000 troops", "rejected a request to send",
 * "blocked the delivery of 300 tanks", "turned down plans to deploy", "vetoed a bill to send"), and a
 * verb of blocking whose object is a sum that was to be given ("vetoed €50 billion", "blocked €50
 * billion in EU aid"; see `blockedSum`). A refusal that is itself
 * denied ("did not rule out sending") is left to the negation before it; one whose object is no
 * act ("ruled out foul play in 3 deaths") refuses nothing of the figure.
 */
export function refusedAct(c: Ctx, m: Match): number {
  const first = m.first;
  // every refusal ends at a word of `L_REFUSAL`, or has one ("short") right before its last
  if (!lexIn(c, L_REFUSAL, first - REACH - 1, first) && !votedAgainstNear(c, first)) return -1;
  for (let k = first - 1; k >= 1 && k >= first - REACH; k--) {
    const tk = c.toks[k] as Token;
    if (tk.kind !== "word" && !(tk.kind === "sym" && !CLAUSE_MARKS.has(tk.key))) return -1;
    if (opensOwnClause(c, k, first)) return -1;
    if (isStoppedShort(c, k)) return k;
    const verb = refusalVerbAt(c, k);
    // "stopped short of ruling out sending": the refusal is held back, and "stopped short of" is read
    if (verb >= 0 && (actAfter(c, k + 1, first) || blockedSum(c, k, m)) && !isNegation(c, verb - 1) && !isNegation(c, verb - 2) && !isStoppedShort(c, verb - 1)) return k;
  }
  return -1;
}

/** Verbs of blocking a sum: "vetoed €50 billion", "blocked €50 billion in EU aid", "rejected $60 billion in aid", "froze $60 billion in aid". */
const BLOCKS = new Set([
  "veto", "vetoes", "vetoed", "vetoing", "block", "blocks", "blocked", "blocking", "reject", "rejects", "rejected", "rejecting",
  "freeze", "freezes", "froze", "frozen", "freezing",
]);
/** The forms of "veto", which block any sum they take: a veto stops a decision, never money that is there. */
const VETOES = new Set(["veto", "vetoes", "vetoed", "vetoing"]);
/** Nouns of aid after a sum: "€50 billion in EU aid", "$60 billion of assistance", "a €50 billion aid package". */
const AIDS = new Set(["aid", "assistance", "funding", "funds", "loan", "loans", "package", "tranche", "support", "grant", "grants", "financing"]);
/** How many words after a sum may stand before its noun of aid: "in EU military aid". */
const AID_REACH = 4;

/** Whether a unit is a currency: an ISO 4217 code, three capital letters. */
function isMoney(unit: string): boolean {
  if (unit.length !== 3) return false;
  for (let k = 0; k < 3; k++) if (unit.charCodeAt(k) < 65 || unit.charCodeAt(k) > 90) return false;
  return true;
}

/**
 * Whether the verb of blocking at `k` takes the sum `m` right after it (past determiners) as its
 * object: a veto of any sum ("Hungary vetoed €50 billion"), a block of a sum of aid ("blocked
 * €50 billion in EU aid", "rejected $60 billion in aid", "froze $60 billion in aid", "voted
 * down $60 billion in aid", "turned down a $5 billion loan"): money that
 * was to be given and is not, and a veto of people to be sent ("vetoed 5,000 peacekeepers"); not
 * "blocked $300 billion of Russian assets" (money that is there) nor "vetoed 3 resolutions" (a
 * count of vetoes).
 */
function blockedSum(c: Ctx, k: number, m: Match): boolean {
  // "The US vetoed 5,000 peacekeepers": a veto of people to be sent stops their sending
  const vetoedPeople = VETOES.has(key(c, k)) && m.estimate.unit === "person";
  // "voted down $60 billion in aid", "turned down a $5 billion loan": a refusal with "down" blocks as "rejected" does
  const blocks = BLOCKS.has(key(c, k)) || ((key(c, k) === "down" || key(c, k) === "against") && TURNS.has(key(c, k - 1)));
  if (!blocks || !(isMoney(m.estimate.unit) || vetoedPeople)) return false;
  for (let j = k + 1; j < m.first; j++) if (!ACT_DETERMINERS.has(key(c, j))) return false;
  if (VETOES.has(key(c, k))) return true;
  for (let j = m.end; j < m.end + AID_REACH && j < c.toks.length && !isBreak(c, j); j++) if (AIDS.has(key(c, j))) return true;
  return false;
}

/** Words that open a clause of their own after a refusal: "ruled out sending troops but delivered 100 tanks". */
const CONTRASTS: ReadonlySet<string> = new Set(["but", "while", "whereas", "although", "though", "yet"]);

/**
 * Whether the word at `k`, before the figure at `first`, opens a clause of its own, so that a
 * refusal before it refuses nothing after it: a word of contrast ("but delivered 100 tanks",
 * "while 300 instructors trained"), or "and" or "or" before a verb in the past ("and delivered
 * 100 tanks"). "and" before a gerund ("ruled out sending and deploying
 * 5,000 troops") and right before the figure ("sending tanks and 300 troops") joins the act.
 */
function opensOwnClause(c: Ctx, k: number, first: number): boolean {
  const w = key(c, k);
  if (CONTRASTS.has(w)) return true;
  if (k + 1 >= first || (w !== "and" && w !== "or")) return false;
  const next = key(c, k + 1);
  return PAST_VERBS.has(next) || (next.length > 3 && next.endsWith("ed"));
}

/** Forms of "vote" that refuse with "against": "voted against $60 billion in aid". */
const VOTED = new Set(["vote", "votes", "voted", "voting"]);

/** Whether "voted against" stands a few words before the figure at `first`. */
function votedAgainstNear(c: Ctx, first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - REACH; k--) if (key(c, k) === "against" && VOTED.has(key(c, k - 1))) return true;
  return false;
}

/** Whether token `k` is the "of" of "stopped short of". */
function isStoppedShort(c: Ctx, k: number): boolean {
  return key(c, k) === "of" && key(c, k - 1) === "short" && STOPS.has(key(c, k - 2));
}

/** The first word of a verb of refusing that ends at `k` ("vetoed", "ruled out", "turned down"), or -1. */
function refusalVerbAt(c: Ctx, k: number): number {
  const w = key(c, k);
  if (REFUSES.has(w)) return k;
  if (w === "out" && RULES.has(key(c, k - 1))) return k - 1;
  // "voted against $60 billion in aid", "voted against sending"
  if (w === "against" && VOTED.has(key(c, k - 1))) return k - 1;
  return w === "down" && TURNS.has(key(c, k - 1)) ? k - 1 : -1;
}

/** Whether an act or a plan for one starts at `k`, past determiners, before the figure at `first`: "sending", "a request to", "the delivery of". */
function actAfter(c: Ctx, k: number, first: number): boolean {
  let j = k;
  while (j < first && ACT_DETERMINERS.has(key(c, j))) j++;
  // one word may describe the act: "a large deployment of", "the planned delivery of"
  if (j + 1 < first && j > k && tokAt(c, j)?.kind === "word" && ACTS.has(key(c, j + 1))) return true;
  return j < first && (ACTS.has(key(c, j)) || isPlanGerund(c, key(c, j)));
}

/**
 * Whether the cue at `k` is a noun or an adjective (after "the", "a", "its", "Russia's", at the
 * start of a sentence, or in a compound such as "long-planned") of a phrase the figure is not
 * part of: "the planned offensive killed 300", "Plans for the offensive cost 300 lives", "the
 * will of 3,000 soldiers", "the long-planned counteroffensive began in June with 60,000
 * troops"; not "the planned 5,000 troops", "the projected losses of 300,000", "plans to send
 * 3,000", "a request for 300 tanks" nor "the plan calls for sending 160,000", where a word that
 * ties the figure to the phrase stands right before it and no verb of its own comes between.
 */
export function nominalElsewhere(c: Ctx, k: number, m: Match, cue: string): boolean {
  // "the will of", "a must": a modal after a determiner is a noun
  if ((cue === "future" || cue === "modal") && NOMINAL_BEFORE.has(key(c, k - 1))) return true;
  if (!nominalAt(c, k)) return false;
  // "the target is 1.5 million", "the plan was 3,000 troops": the noun's own "is" gives its content
  if (k + 1 >= m.first || (k + 2 === m.first && COPULAS.has(key(c, k + 1)))) return false;
  for (let j = k + 1; j < m.first - 1; j++) if (isFiniteVerb(c, j)) return true;
  const last = key(c, m.first - 1);
  return !(TIES.has(last) || c.t.planVerbs.has(last) || c.t.growth.has(last) || isPlanGerund(c, last));
}

/** Forms of "be" after a noun of a plan or an aim that give its content: "the target is 1.5 million". */
const COPULAS = new Set(["is", "was", "are", "were", "remains", "'s"]);

/**
 * Whether the cue at `k` stands where a noun or an adjective does: at the start of a sentence,
 * after "the", "a", "its", "Russia's" and the like, or in a compound ("long-planned").
 */
export function nominalAt(c: Ctx, k: number): boolean {
  const before = key(c, k - 1);
  const compound = tokAt(c, k - 1)?.kind === "dash" && tokAt(c, k - 1)?.glued === true;
  return k === 0 || compound || NOMINAL_BEFORE.has(before) || isPossessive(before) || SENTENCE_ENDS.has(before);
}

/**
 * Whether token `j`, between a nominal cue and its figure, is a verb of a clause of its own: a
 * verb of change ("requests for aid rose to 300"), a past form that is only a verb ("began",
 * "came"), or a word in "-ed" before a preposition ("launched in June with").
 */
function isFiniteVerb(c: Ctx, j: number): boolean {
  const w = key(c, j);
  if (hasRole(c, j, CHANGE) || PAST_VERBS.has(w)) return true;
  return w.endsWith("ed") && PREPOSITIONS.has(key(c, j + 1));
}

/** Whether a word is the "-ing" form of a plan verb: "sending", "deploying", "mobilising", "supplying". */
export function isPlanGerund(c: Ctx, w: string): boolean {
  if (!w.endsWith("ing")) return false;
  const stem = w.slice(0, -3);
  const plans = c.t.planVerbs;
  return plans.has(stem) || plans.has(`${stem}e`) || plans.has(stem.slice(0, -1));
}

/** Whether the token at `k` ends the clause a cue can reach across. */
export function isBreak(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k) as Token;
  if (tk.kind === "num" || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key))) return true;
  if (tk.kind === "dash" && !tk.glued) return true;
  return tk.kind === "word" && (tk.roles & CLAUSE_BREAK) !== 0;
}

/**
 * Whether words right before token `first` deny the figure by its distance or set it aside
 * ("rather than 3,000", "instead of 3,000 troops"): "nowhere near
 * 7,000", "far from 7,000", "nowhere close to 7,000"; not "not far from 7,000", which comes
 * near it, nor "far from the 3,000 troops", a place.
 */
export function farFrom(c: Ctx, first: number): boolean {
  if (hasLex(c, first, L_DEFINITE)) return false;
  const before = key(c, first - 1);
  if (before === "nowhere") return true;
  // "rather than 3,000, only 300 died", "instead of 3,000 troops, Russia sent 300": the figure set aside
  if ((before === "than" && key(c, first - 2) === "rather") || (before === "of" && key(c, first - 2) === "instead")) return true;
  const far = before === "from" ? "far" : before === "near" ? "nowhere" : undefined;
  return far !== undefined && key(c, first - 2) === far && !isNegation(c, first - 3);
}
