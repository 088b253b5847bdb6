/**
 * Negation words and what they bear on: "not", "never", "failed to", "declined to confirm";
 * negations that affirm ("no doubt") or set aside ("not counting"); and denials that hold a
 * figure possible rather than deny it: not confirming ("could not independently verify") and
 * not ruling out ("did not rule out sending 2,000 troops", "would not exclude").
 * @internal
 */
import { hasRole, key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import { NEGATION } from "./roles.js";
import { ASIDES, BETWEEN, CERTAINTIES, DECLINES, DOUBTS, EXCLUDES, RULES, SAYS } from "./modality-words.js";

/** Verbs of refusing that take what is refused as their object: "denied entry to 200 refugees". */
const REFUSALS = new Set(["denied", "denies", "denying", "refused", "refuses"]);

/** What is refused to people, rather than a figure denied: after a verb of refusing, the figure that follows is real. */
const REFUSED_THINGS = new Set(["entry", "access", "admission", "passage", "permission", "visas", "visa", "asylum", "bail", "exit", "transit", "parole"]);

/** Words between "not" and "one of" that leave the whole counted: "not a single one of 300 drones", "not even one of 300". */
const ONE_OF = new Set(["a", "even"]);
/** Words after "not" that make the figure a floor, as "only" does: "not just 300 but 500". */
const JUST = new Set(["just", "merely", "simply"]);

/** Negation words that negate only before "to": "failed to send", "has yet to send", "unable to send". */
const BEFORE_TO = new Set(["fail", "fails", "failed", "failing", "unable", "yet"]);

/**
 * Whether token `j` is a word that, denied, leaves a figure open rather than denying it: a
 * word of confirming or being sure ("could not confirm", "it is not clear"), or of ruling out
 * ("did not rule out", "has not ruled out", "would not exclude"): a statement that something
 * is not excluded keeps it possible, as reporters use it of troop deployments and death tolls.
 */
export function holdsOpenAt(c: Ctx, j: number): boolean {
  const w = key(c, j);
  if (CERTAINTIES.has(w) || EXCLUDES.has(w)) return true;
  return (RULES.has(w) && key(c, j + 1) === "out") || (w === "out" && RULES.has(key(c, j - 1)));
}

/**
 * Whether the verb from token `k` on, past "to", "be", "been" and adverbs ("could not be
 * independently verified", "has not yet ruled out"), holds a figure open when denied (see
 * `holdsOpenAt`); "able" is passed over too ("have not been able to verify").
 */
export function holdsOpenFrom(c: Ctx, k: number): boolean {
  while (BETWEEN.has(key(c, k)) || key(c, k) === "able") k++;
  return holdsOpenAt(c, k);
}

/**
 * Whether token `k` is a negation word: "not", "never", "didn't" (see `keyRoles`); "failed",
 * "yet" and "unable" only before "to"; "declined" only before "to" and a word of saying,
 * confirming, ruling out or doing ("declined to confirm", "declined to rule out", "declined to
 * send"; "casualties declined to 300" is no negation).
 */
export function isNegation(c: Ctx, k: number): boolean {
  if (!hasRole(c, k, NEGATION) || c.toks[k]?.kind !== "word") return false;
  const w = key(c, k);
  if (DECLINES.has(w)) return key(c, k + 1) === "to" && (SAYS.has(key(c, k + 2)) || holdsOpenAt(c, k + 2) || c.t.planVerbs.has(key(c, k + 2)));
  return !BEFORE_TO.has(w) || key(c, k + 1) === "to";
}

/**
 * A negation at `k` that bears on what follows: not "not only", "not until", "if not"
 * ("thousands, if not tens of thousands"), a negation that affirms ("no doubt", "did not
 * hesitate", "no denying") or one in a compound ("no-fly zone").
 */
export function negates(c: Ctx, k: number): boolean {
  // "no denying", "not impossible", "never denied": a negation of a negation affirms; "whether or not" asks
  const before = key(c, k - 1);
  if (!isNegation(c, k) || before === "if" || before === "or" || isNegation(c, k - 1) || isNegation(c, k + 1)) return false;
  const next = tokAt(c, k + 1);
  if (next !== undefined && next.kind === "dash" && next.glued) return false;
  const word = key(c, k + 1);
  // "not counting 200 captured", "not to mention 200": the figure is set aside, not denied
  if (ASIDES.has(word) || (word === "to" && key(c, k + 2) === "mention")) return false;
  // "not far from 7,000" comes near it
  if (word === "far" && key(c, k + 2) === "from") return false;
  // "denied entry to 200 refugees", "refused visas to 40 diplomats": what was refused is the object, the people are real
  if (REFUSALS.has(key(c, k)) && REFUSED_THINGS.has(word)) return false;
  // "offered no explanation for the 300 dead": what is not given is the explanation
  if (key(c, k) === "no" && UNGIVEN.has(word)) return false;
  // "Not all 300 drones were shot down", "Not one of 300 drones hit its target": the 300 are there
  if (word === "all" || word === "every" || (word === "one" && key(c, k + 2) === "of")) return false;
  // "not a single one of 300 drones", "not even one of 300": the 300 are there
  if (ONE_OF.has(word) && (key(c, k + 2) === "one" || key(c, k + 3) === "one") && (key(c, k + 3) === "of" || key(c, k + 4) === "of")) return false;
  // "not just 300 but 500": the 300 is a floor, not denied
  return word !== "only" && word !== "until" && !JUST.has(word) && !DOUBTS.has(word);
}

/** Nouns that "no" denies rather than the figure after them: "no explanation for the 300 dead", "no apology for". */
const UNGIVEN = new Set(["explanation", "explanations", "reason", "apology", "comment", "condolences", "justification"]);

/** Subjects that, negated, make a verb of expecting one of surprise: "Nobody expected 40 people to die". */
const NOBODY = new Set(["nobody", "noone"]);
/** Verbs of expecting or imagining whose object a surprise takes as what happened. */
const EXPECTING = new Set(["expected", "predicted", "anticipated", "foresaw"]);

/**
 * Whether the verb at `k` is one of expecting after a subject that nobody is ("Nobody expected
 * 40 people to die", "no one predicted"): a surprise at what happened, which states its figure,
 * where "did not expect" only denies a forecast.
 */
export function surpriseAt(c: Ctx, k: number): boolean {
  if (!EXPECTING.has(key(c, k))) return false;
  return NOBODY.has(key(c, k - 1)) || (key(c, k - 1) === "one" && key(c, k - 2) === "no");
}

/** Prepositions that take the whole a part is of: "not one of 300", "not a single soldier among the 3,000", "not one in 3,000". */
const WHOLE_OF = new Set(["of", "among", "in", "from"]);
/** Words that may stand between such a preposition and the figure of the whole: "not one of the 300", "not one of its 300 tanks". */
const WHOLE_DETERMINERS = new Set(["the", "its", "their", "these", "those", "his", "her", "our"]);

/** The token after a preposition of the whole at `j` ("of", "among", "out of"), or -1. */
function pastWholeOf(c: Ctx, j: number): number {
  if (WHOLE_OF.has(key(c, j))) return j + 1;
  return key(c, j) === "out" && key(c, j + 1) === "of" ? j + 2 : -1;
}

/**
 * Whether the negation at `k` denies a part of the figure `m`, not the figure: "Not a single
 * soldier of 3,000 survived", "Not one in 3,000 survived", "not one soldier among the 3,000",
 * "not even one of 300 drones", "Not a single tank out of 300 reached the front". The whole is
 * there; what is denied is that any of it did what the sentence says. Only "one" or "a single"
 * and a noun make the part: "no evidence of 3,000 deaths" denies the figure.
 */
export function partOfWhole(c: Ctx, k: number, m: Match): boolean {
  let j = k + 1;
  // "There were no deaths among 300 soldiers": "among" takes the whole after any noun
  if (key(c, j + 1) === "among" && tokAt(c, j)?.kind === "word") return wholeAt(c, j + 2, m);
  if (key(c, j) === "even") j++;
  const single = key(c, j) === "a" && key(c, j + 1) === "single";
  if (!single && key(c, j) !== "one") return false;
  j += single ? 2 : 1;
  // "one soldier of", "a single soldier of", "a single one of"
  let past = pastWholeOf(c, j);
  if (past < 0 && tokAt(c, j)?.kind === "word") past = pastWholeOf(c, j + 1);
  return past >= 0 && wholeAt(c, past, m);
}

/** Whether the figure `m` starts at token `k`, or after a determiner there: "of 300", "of the 300". */
function wholeAt(c: Ctx, k: number, m: Match): boolean {
  return k === m.first || (WHOLE_DETERMINERS.has(key(c, k)) && k + 1 === m.first);
}
