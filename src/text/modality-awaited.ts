/**
 * Figures that are waited for, offered or promised rather than had: "is awaiting delivery of
 * 300 tanks", "still waiting for the 300 tanks", "is counting on 300 tanks", "is to send 100
 * tanks", "offered 3,000 more troops", "is readying 5,000 more troops", and the promised or
 * needed total beside the part delivered ("60 of the 300 tanks it needs", "of the 300 promised
 * tanks", "more than the 3,000 it had planned", "short of its 1 million goal").
 * @internal
 */
import { key, tokAt } from "./context.js";
import { L_AWAITED } from "./lex-bits.js";
import { lexIn } from "./lex.js";
import type { Ctx, Match } from "./context.js";
import { isPlanVerb } from "./modality-delay.js";
import { pastBefore } from "./modality-sought.js";
import { BE_TO, DEFINITES } from "./modality-words.js";
import type { Modality } from "./modality.js";

/** Words of waiting before the figure, a few words back: "awaiting delivery of 300 tanks". */
const AWAITS = new Set(["awaiting", "awaits", "await"]);
/** Verbs of waiting or relying that take the figure after a preposition: "waiting for", "counting on". */
const WAITS_FOR: Record<string, string> = {
  waiting: "for", wait: "for", waits: "for", counting: "on", count: "on", counts: "on", banking: "on", banks: "on",
};
/** Verbs of offering or readying whose object, right after them, is not yet delivered: "offered 3,000 more troops", "is readying 5,000 troops". */
const OFFERS = new Set(["offered", "offers", "offering", "readying", "readies"]);
/** Nouns of delivery between a word of waiting and the figure: "awaiting delivery of 300 tanks". */
const DELIVERIES = new Set(["delivery", "deliveries", "arrival", "shipment", "shipments", "supply", "of", "the", "a", "first", "rest"]);
/** Words after a named figure, or inside it, that make it promised or sought: "the 300 tanks it was promised", "the 300 promised tanks". */
const PROMISED = new Set(["promised", "pledged", "requested", "needs", "requires", "planned", "sought"]);
/** Words of promise inside a named figure: "the promised 300 tanks", "the 300 pledged tanks"; not "the required 300 signatures". */
const PROMISED_BEFORE = new Set(["promised", "pledged"]);
/** Nouns of an aim right after a figure: "its 1 million goal", "a 300,000 target". */
const AIM_NOUNS = new Set(["goal", "target", "objective", "quota"]);
/** How many words after a named figure its promise may stand: "the 300 tanks it was originally promised". */
const PROMISE_REACH = 4;
/** Words between a named figure and the promise after it: "the 300 tanks it was promised", "the 3,000 it had planned", "pledged by the West". */
const PROMISE_GAP = new Set(["it", "they", "kyiv", "ukraine", "was", "were", "had", "has", "have", "been", "originally", "initially", "the", "by"]);
/** Verbs of having come, after a promised figure: "the 300 tanks promised by Germany arrived in March". */
const ARRIVED = new Set(["arrived", "delivered", "reached", "landed", "came", "handed"]);
/**
 * The words one of which stands near a figure the rules of this module make planned: of
 * waiting, offering, promising or aiming (an "is to send" is told by its "to").
 * @internal
 */
export const AWAITED_WORDS: readonly string[] = [...AWAITS, ...Object.keys(WAITS_FOR), ...OFFERS, ...PROMISED, ...PROMISED_BEFORE, ...AIM_NOUNS];
/** How far after a promised figure its verb may stand: "the 3,000 troops promised in May arrived". */
const ARRIVED_REACH = 8;

/**
 * Whether the promised figure is said to have come, by a verb of arriving after it with no
 * negation between: "the 300 tanks promised by Germany arrived in March", "the 300 tanks it
 * requested were delivered in May"; not "never arrived", "have yet to arrive", "hasn't arrived",
 * nor the whole of a part that came ("60 of the 300 promised tanks have arrived").
 */
export function arrivedAfter(c: Ctx, m: Match): boolean {
  // "Only 60 of the 300 promised tanks have arrived": the verb is the part's, not the whole's
  if (key(c, m.first - 1) === "of" || key(c, m.first - 2) === "of") return false;
  for (let j = m.end; j < m.end + ARRIVED_REACH && j < c.toks.length; j++) {
    const w = key(c, j);
    if (w === "," || w === "." || w === ";" || w === "never" || w === "not" || w === "yet" || w.endsWith("n't")) return false;
    if (ARRIVED.has(w)) return true;
  }
  return false;
}

/** How many words back a word of waiting may stand: "awaiting the delivery of 300 tanks". */
const AWAIT_REACH = 4;

/** Whether a word of waiting or relying stands a few words before the figure: "awaiting delivery of", "waiting for the", "counting on". */
function waitedFor(c: Ctx, m: Match): boolean {
  for (let j = m.first - 1; j >= m.first - AWAIT_REACH && j >= 0; j--) {
    const w = key(c, j);
    if (AWAITS.has(w)) return true;
    if (WAITS_FOR[w] !== undefined) return key(c, j + 1) === WAITS_FOR[w];
    if (!DELIVERIES.has(w) && WAITS_FOR[key(c, j - 1)] === undefined) return false;
  }
  return false;
}

/** Whether the figure is the object of "is to" and a plan verb: "Germany is to send 100 tanks". */
function isToSend(c: Ctx, m: Match): boolean {
  // "Germany is to send Ukraine 100 tanks": the place the figure goes to may stand between
  const j = c.t.places.has(tokAt(c, m.first - 1)?.text ?? "") ? m.first - 2 : m.first - 1;
  return isPlanVerb(c, key(c, j)) && key(c, j - 1) === "to" && BE_TO.has(key(c, j - 2));
}

/**
 * Whether a figure named with "the" or a possessive is promised, asked for or needed, not
 * delivered: "the 300 tanks it was promised", "the 300 tanks promised", "the 300 promised
 * tanks", "the promised 300 tanks", "the 300 tanks pledged by the West", "the 3,000 it had
 * planned".
 */
function promisedAfter(c: Ctx, m: Match): boolean {
  const first = key(c, m.first);
  // "The 300 tanks promised by Germany arrived in March": promised, and come
  if (arrivedAfter(c, m)) return false;
  // "The promised 300 tanks never arrived"
  if (PROMISED_BEFORE.has(key(c, m.first - 1)) && DEFINITES.has(key(c, m.first - 2))) return true;
  // "Germany delivered the 300 tanks Ukraine needs": they are there
  if (pastBefore(c, m.first - 1)) return false;
  if (!DEFINITES.has(first) && !DEFINITES.has(key(c, m.first - 1)) && !["its", "their"].includes(key(c, m.first - 1))) return false;
  for (let j = m.head + 1; j < m.end; j++) if (PROMISED_BEFORE.has(key(c, j))) return true;
  for (let j = m.end; j <= m.end + PROMISE_REACH && j < c.toks.length; j++) {
    const w = key(c, j);
    if (PROMISED.has(w)) return true;
    if (!PROMISE_GAP.has(w)) return false;
  }
  return false;
}

/** Whether a noun of an aim follows the figure, with a determiner before it: "short of its 1 million goal", "a 300,000 target". */
function aimAfter(c: Ctx, m: Match): boolean {
  const before = key(c, m.first - 1);
  const named = DEFINITES.has(key(c, m.first)) || ["its", "their", "a", "the", "his", "our"].includes(before);
  return named && AIM_NOUNS.has(key(c, m.end)) && tokAt(c, m.end)?.kind === "word";
}

/**
 * What waiting, offering or promising makes of an otherwise asserted figure: `planned` for a
 * figure waited for, counted on, offered, readied, promised or aimed at (see the helpers);
 * undefined for any other.
 */
export function awaitedModality(c: Ctx, m: Match): Modality | undefined {
  // one of the words of waiting, offering, promising or aiming, from a few words before the figure to a few after it; or the "to" of "is to send"
  if (!lexIn(c, L_AWAITED, m.first - AWAIT_REACH, m.end + PROMISE_REACH + 1) && key(c, m.first - 2) !== "to" && key(c, m.first - 3) !== "to") return undefined;
  if (waitedFor(c, m) || isToSend(c, m) || promisedAfter(c, m) || aimAfter(c, m)) return "planned";
  // "offered 3,000 more troops"; not "offered 3 reasons" (no unit of what is sent)
  return OFFERS.has(key(c, m.first - 1)) && m.estimate.unit !== "unknown" ? "planned" : undefined;
}
