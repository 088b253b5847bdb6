/**
 * Years that name an event: "the 2022 invasion", "the 2024 election".
 * @internal
 */
import { key, tokAt, trie } from "./context.js";
import type { Ctx, Val } from "./context.js";
import type { Lead } from "./bounds.js";

/** How many words may stand between a year and the event it names: "the 2022 full-scale Russian invasion". */
const EVENT_REACH = 4;

/**
 * Whether the figure `low` that ends at token `at` is a year naming the event after it: a
 * four-digit number with no words before it that make it a count ("about", "more than",
 * "another"), then at most a few adjectives and an event noun ("the 2022 invasion killed
 * thousands", "the 2014 Minsk agreement"). The unit noun the matcher finds further on
 * ("killed") belongs to the event, not to the year. A unit noun or a word of the stop list
 * before any event noun ends the look: "2000 troops", "2000 of them".
 */
export function isEventYear(c: Ctx, low: Val, high: Val | undefined, lead: Lead, at: number): boolean {
  if (!low.yearLike || high !== undefined || lead.hedges.length > 0 || lead.bound !== undefined || lead.increment) return false;
  const { t } = c;
  for (let k = at; k < at + EVENT_REACH; k++) {
    const tk = tokAt(c, k);
    // "full-scale", "counter-offensive": a word joined by a dash
    if (tk?.kind === "dash" && tk.glued && tokAt(c, k + 1)?.glued === true) continue;
    if (tk?.kind !== "word") return false;
    if (t.events.has(tk.key)) return true;
    if (t.stop.has(key(c, k)) || trie(c, t.units, k) !== undefined) return false;
  }
  return false;
}

/** Words of time after which a year-like number is a year: "since 2022 soldiers have died". */
const TIME_BEFORE: ReadonlySet<string> = new Set(["since", "during", "until", "till", "throughout"]);
/** Participles a count takes as its noun ("300 killed"), which after "in" and a year are the verb of the sentence: "fighting in 2022 killed 30,000". */
const PARTICIPLES: ReadonlySet<string> = new Set(["killed", "wounded", "injured", "displaced", "dead", "captured", "detained", "evacuated", "arrested", "deported"]);

/**
 * Whether the figure `low` that starts at token `i` (its number ending before token `at`)
 * is a year of the time phrase before it: after a month ("February 2022 soldiers"), after a
 * word of time ("since 2022", "during 2023"), or after "in" with a participle next ("fighting
 * in 2022 killed 30,000"). A count with words before it ("since about 2000 troops") is left
 * alone.
 */
export function isYearOfTime(c: Ctx, low: Val, high: Val | undefined, lead: Lead, i: number, at: number): boolean {
  if (!low.yearLike || high !== undefined || lead.hedges.length > 0 || lead.bound !== undefined || lead.increment) return false;
  const before = tokAt(c, i - 1);
  if (before?.kind !== "word") return false;
  if (c.t.months.has(before.text) || TIME_BEFORE.has(before.key)) return true;
  return before.key === "in" && PARTICIPLES.has(key(c, at));
}
