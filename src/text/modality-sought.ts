/**
 * What is sought rather than had: a need ("Ukraine needs 500,000 more soldiers", "would need
 * 3,000 troops"), a request ("Kyiv asked for 300 tanks", "the plan calls for 160,000 troops"),
 * a want ("Ukraine wants 300 tanks"), a target ("the target is 1.5 million soldiers") and the
 * course a figure is on ("Russia is on track to lose 500,000 troops"). What is sought is not
 * there yet, so it is `planned`, as a request is; where a course leads is `projected`.
 * @internal
 */
import { key, tokAt } from "./context.js";
import type { Ctx, Match } from "./context.js";
import type { Modality } from "./modality.js";
import { isNegation } from "./modality-negation.js";
import { nominalAt } from "./modality-sentence.js";
import { ACT_DETERMINERS, ACTS, AUXILIARIES, BETWEEN, DEFINITES, IRREGULAR_PARTICIPLES, NOMINAL_BEFORE, PAST_VERBS } from "./modality-words.js";

/** Words of needing and requiring: "needs 500,000 more soldiers", "required 10,000 troops", "demanded 300 tanks". */
export const NEEDS = new Set([
  "need", "needs", "needed", "needing", "require", "requires", "required", "requiring", "demand", "demands", "demanded",
]);
/** Verbs that ask only with "for": "asked for 300 tanks", "asked Washington for", "calls for 160,000 troops", "pleaded for 300 more". */
const ASKS_FOR = new Set([
  "ask", "asks", "asked", "asking", "call", "calls", "called", "calling", "appeal", "appeals", "appealed", "appealing",
  "pleaded", "pleads", "pleading", "begged", "begs", "lobbied", "lobbies", "lobbying",
  // verbs of urging ask too: "urged Berlin to send 50 tanks", "pressed for 300 more"
  "urge", "urges", "urged", "urging", "pressed", "presses", "pressing", "pressured", "pressures", "pressuring", "implored",
  "implores", "exhorted", "encouraged", "encourages", "pushed", "pushes", "pushing",
]);
/** Nouns of a course after "on" and before "to": "on track to lose", "on course to recruit", "on pace to reach". */
const COURSES = new Set(["track", "course", "pace"]);
/** Words that are a target as a noun, and a verb of attack otherwise ("drones target 300 sites"). */
const TARGETS = new Set(["target", "targets"]);
/** Nouns of a requirement, read as a target that is a noun is: "the requirement is 1,000 shells a day", "requirements for 3,000 troops"; not "the requirements of 300,000 displaced" (theirs). */
const REQUIREMENTS = new Set(["requirement", "requirements"]);
/** Nouns of an aim whose content may follow a colon: "The goal: 1.5 million", "the target: 300 tanks". */
const AIMS = new Set(["goal", "goals", "target", "targets", "objective", "objectives", "aim", "ambition", "requirement", "requirements", "need", "needs"]);
/** Words after "target" that make it the noun: "the target of 1.5 million", "a target for 2025". */
const TARGET_AFTER = new Set(["of", "for"]);
/** Forms of "be" after "target" that give its content when the figure follows: "the recruitment target is 1.5 million"; not "the target was hit by 3 missiles". */
const TARGET_IS = new Set(["is", "was", "are", "were", "remains"]);
/** Verbs of wanting whose object, right after them, is sought: "Ukraine wants 300 tanks", "seeks another 3,000". */
const WANTS = new Set(["want", "wants", "wanted", "wanting", "seek", "seeks", "sought", "seeking"]);
/** How many words may stand between a verb of asking and its "for": "asked the US for 300 tanks". */
const FOR_REACH = 3;

/** Whether a word is read by `soughtAt` when it is a cue. */
export function isSought(w: string): boolean {
  return NEEDS.has(w) || ASKS_FOR.has(w) || COURSES.has(w) || TARGETS.has(w) || REQUIREMENTS.has(w);
}

/** Whether a verb of asking only before "for" is no cue on its own: "300 residents were asked to leave", "3,000 reservists were called up". */
export function asksOnlyFor(w: string): boolean {
  return ASKS_FOR.has(w) || COURSES.has(w);
}

/** Whether the figure is the object of a verb of wanting right before it: "Ukraine wants 300 tanks", "seeks another 3,000 troops". */
export function wantsObject(c: Ctx, k: number, m: Match): boolean {
  return WANTS.has(key(c, k)) && m.first === k + 1;
}

/**
 * Whether what the verb of asking at `k` asks for comes a few words on and before the figure:
 * after "for" ("asked for", "asked Washington for") or as an act after "to" ("asked Berlin to
 * send", "urged allies to deliver", "called on Germany to provide"); not "asked 300 residents to
 * leave", where the figure is who is asked.
 */
function forAfter(c: Ctx, k: number, m: Match): boolean {
  for (let j = k + 1; j <= k + FOR_REACH + 1 && j < m.first; j++) {
    const w = key(c, j);
    if (w === "for" && j <= k + FOR_REACH) return true;
    if (w === "to" && j > k + 1 && actAt(c, j + 1, m.first)) return true;
  }
  return urgedAct(c, k, m.first);
}

/**
 * Verbs that, asked for after "to", let or hasten an act on the figure rather than do it: "pressed
 * Germany to allow re-export of 14 tanks", "urged the US to sign off on $60 billion", "urged the
 * West to speed up deliveries of 300 tanks".
 */
const LETS = new Set(["allow", "permit", "let", "sign", "clear", "greenlight", "speed", "accelerate", "expedite", "hasten", "unblock", "unfreeze", "step", "ramp"]);

/** Whether a verb of a plan, or one that lets or hastens one, stands at `j`, past adverbs, before the figure at `first`: "send", "quickly deliver", "allow". */
function actAt(c: Ctx, j: number, first: number): boolean {
  let k = j;
  while (k < first && BETWEEN.has(key(c, k))) k++;
  return k < first && (c.t.planVerbs.has(key(c, k)) || LETS.has(key(c, k)));
}

/**
 * Whether the verb of asking at `k` takes a noun of an act on the figure as its object, past
 * determiners and adjectives: "urged faster delivery of 300 tanks", "called for the swift
 * transfer of"; not "urged calm after the delivery of 300 tanks", where a word of the stop list
 * ends the object first.
 */
function urgedAct(c: Ctx, k: number, first: number): boolean {
  for (let j = k + 1; j <= k + FOR_REACH && j < first - 1; j++) {
    const w = key(c, j);
    if (ACTS.has(w) && key(c, j + 1) === "of") return true;
    if (tokAt(c, j)?.kind !== "word" || (c.t.stop.has(w) && !ACT_DETERMINERS.has(w))) return false;
  }
  return false;
}

/** Whether the "target" at `k` is the noun whose content the figure is ("the target is 1.5 million", "a target of 300,000"), or the verb before a number of people ("Russia targets 1.5 million soldiers"); not "drones target 300 sites" nor "the target was hit by 3 missiles". */
function targetAt(c: Ctx, k: number, m: Match): boolean {
  const next = key(c, k + 1);
  // "Russia targets 1.5 million soldiers": a number of people a country targets is one it aims to have
  if (k + 1 === m.first && m.estimate.unit === "person" && !nominalAt(c, k)) return true;
  if (TARGET_IS.has(next)) return k + 2 === m.first;
  return TARGET_AFTER.has(next) || (nominalAt(c, k) && k + 1 === m.first);
}

/**
 * What the cue of seeking at `k` (see `isSought`) makes of the figure `m`: `projected` after
 * "on track to", "on course to" and "on pace to", and after "is on track for"; `planned` for a request with "for", for a
 * target that is a noun ("the target is", "a target of", not "drones target 300 sites"), and
 * for a need ("needs 3,000 more troops", "needed 3,000 stitches", "in need of 300 tonnes");
 * nothing for "the needs of 300,000 displaced people" (theirs), "needs were rising among
 * 300,000" (a noun with a verb of its own) nor "the required 300 signatures" (a given).
 */
export function soughtAt(c: Ctx, k: number, m: Match): Modality | undefined {
  const w = key(c, k);
  const next = key(c, k + 1);
  // "on track to lose 500,000", "on track for 500,000 losses"
  if (COURSES.has(w)) return key(c, k - 1) === "on" && ((next === "to" && k + 2 < m.first) || (next === "for" && AUXILIARIES.has(key(c, k - 2)))) ? "projected" : undefined;
  if (ASKS_FOR.has(w)) return forAfter(c, k, m) ? "planned" : undefined;
  if (TARGETS.has(w)) return targetAt(c, k, m) ? "planned" : undefined;
  if (REQUIREMENTS.has(w)) return next !== "of" && targetAt(c, k, m) ? "planned" : undefined;
  if (next === "of" && key(c, k - 1) !== "in") return undefined;
  // "needs were rising among 300,000 displaced" is the noun with a verb of its own; "what Ukraine needs is 500,000" gives its content
  if ((AUXILIARIES.has(next) || next === "remain" || next === "remained") && k + 2 !== m.first) return undefined;
  return w.endsWith("ed") && NOMINAL_BEFORE.has(key(c, k - 1)) ? undefined : "planned";
}

/** Whether the clause word at `k` is a "that" after a word of needing, demanding or urging, whose clause is sought: "demanded that Ukraine withdraw 3,000 troops", "requires that 3,000 troops remain", "urged that 300 tanks be sent"; not "never demanded that". */
export function soughtClause(c: Ctx, k: number): boolean {
  const verb = key(c, k - 1);
  return key(c, k) === "that" && (NEEDS.has(verb) || ASKS_FOR.has(verb)) && !isNegation(c, k - 2) && !isNegation(c, k - 3);
}

/** Words of a list of wishes, whose content is sought: "Kyiv's wish list includes 300 tanks", "a wishlist of 300 tanks". */
const WISHES = new Set(["wishlist", "wishlists", "wish"]);

/** Whether a word is read by `wishedAt` when it is a cue. */
export function isWish(w: string): boolean {
  return WISHES.has(w);
}

/** What the word of wishes at `k` makes of its figure: a list of wishes ("wish list", "wish-list", "wishlist") seeks it; a wish alone says nothing. */
export function wishedAt(c: Ctx, k: number): Modality | undefined {
  if (key(c, k) !== "wish") return "planned";
  const next = key(c, k + 1) === "-" ? key(c, k + 2) : key(c, k + 1);
  return next === "list" || next === "lists" ? "planned" : undefined;
}

/** Whether the clause mark at `k` is a colon after a noun of an aim, right before the figure that is its content: "The goal: 1.5 million", "Kyiv's target: 300 tanks". */
export function aimColon(c: Ctx, k: number, m: Match): boolean {
  return key(c, k) === ":" && m.first === k + 1 && AIMS.has(key(c, k - 1));
}

/** Verbs of needing and wanting in the present, which after a figure and a subject seek it: "the 300 tanks Ukraine needs". */
const NEEDS_NOW = new Set(["need", "needs", "require", "requires", "want", "wants", "seek", "seeks", "lacks", "lack"]);
/** Words that may open the subject of such a clause besides a name: "the 3,000 troops it needs", "the 300 tanks the army wants". */
const SUBJECTS = new Set(["it", "they", "we", "he", "she", "the", "its", "their", "our", "his", "her", "you", "i"]);
/** How many words the subject of such a clause may take: "the 300 tanks Ukraine's army needs". */
const NEED_SUBJECT_REACH = 3;

/** Whether the word before the figure at `k` is a verb in the past, whose object the figure is: "delivered the 300 tanks", "received", "got", "sent". */
export function pastBefore(c: Ctx, k: number): boolean {
  const w = key(c, k);
  return (w.length > 3 && w.endsWith("ed")) || PAST_VERBS.has(w) || IRREGULAR_PARTICIPLES.has(w);
}

/**
 * Whether a clause of need without "that" follows a figure named with "the": "the 300 tanks
 * Ukraine needs", "the 3,000 troops it requires", "the 300 tanks Ukraine's army wants" seek
 * the figure, which is not there yet; not after a verb in the past ("Germany delivered the 300
 * tanks Ukraine needs": they are there) nor "the 300 tanks Ukraine needed".
 */
export function neededAfter(c: Ctx, m: Match): boolean {
  const the = key(c, m.first);
  if ((the !== "the" && !DEFINITES.has(the)) || pastBefore(c, m.first - 1)) return false;
  for (let j = m.end; j <= m.end + NEED_SUBJECT_REACH && j < c.toks.length; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || tk.kind !== "word") return false;
    if (j > m.end && NEEDS_NOW.has(tk.key)) return true;
    const named = tk.text[0] !== tk.key[0] || SUBJECTS.has(tk.key);
    if (!named && !(j > m.end && SUBJECTS.has(key(c, j - 1)))) return false;
  }
  return false;
}
