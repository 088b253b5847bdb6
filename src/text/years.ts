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
