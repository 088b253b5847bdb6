/**
 * Years that name an event: "the 2022 invasion", "the 2024 election".
 * @internal
 */
import { hasRole, key, mayStart, tokAt, trie } from "./context.js";
import { leads, noLead } from "./bounds.js";
import { VALUE } from "./roles.js";
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

/** Words of time after which a year-like number is a year: "since 2022 soldiers have died", "in early 2023 troops", "in spring 2023". */
const TIME_BEFORE: ReadonlySet<string> = new Set([
  "since", "during", "until", "till", "throughout", "early", "late", "mid", "spring", "summer", "autumn", "winter",
  "fiscal", "fy",
]);
/** Nouns of a part of a time before "of" and a year: "by the end of 2024 troops", "the start of 2023", "as of 2024". */
const PART_OF: ReadonlySet<string> = new Set(["end", "start", "beginning", "middle", "course", "spring", "summer", "autumn", "winter", "as"]);
/**
 * Prepositions of time that make a year-like number after them a year where they open their
 * clause: "By 2025 troops will withdraw", "In 2023 casualties rose", "Before 2022 troops were
 * few". Inside a clause they may take a count ("grew by 2000 troops", "killed in 2000 strikes").
 */
const OPENING_TIME: ReadonlySet<string> = new Set(["in", "by", "before", "after", "from", "through", "within", "across", "for"]);
/** Prepositions of time that are prepositions of space too, before a distance: "Within 2000 metres", "Across 1500 km". */
const SPACE_TOO: ReadonlySet<string> = new Set(["through", "within", "across", "for"]);
/** Marks that end the object of a preposition before them: "For 1200 families, aid came". */
const NOUN_PHRASE_ENDS: ReadonlySet<string> = new Set([",", ";", ":", ".", "(", ")", "—", "–", "!", "?"]);
/** Nouns of a length or an area after a number: "2000 metres", "1500 km", "1200 square miles". */
const LENGTHS: ReadonlySet<string> = new Set([
  "m", "metres", "meters", "km", "kilometres", "kilometers", "miles", "mi", "feet", "ft", "yards", "hectares", "ha", "square", "sq", "acres",
]);

/** Prepositions of time in two words, by their last word, that open a clause: "Prior to 2022 soldiers", "Ahead of 2024 troops", "Compared with 2023 casualties". */
const OPENING_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["to", new Set(["prior", "compared"])],
  ["of", new Set(["ahead"])],
  ["in", new Set(["beginning", "starting"])],
  ["with", new Set(["compared"])],
]);
/** Comparatives of time before "than" and a year: "no later than 2030", "not earlier than 2027". */
const LATER_EARLIER: ReadonlySet<string> = new Set(["later", "earlier", "sooner"]);
/** Words of time that take a bounded or hedged year and never a count: "until at least 2030", "till about 2030". */
const UNTIL: ReadonlySet<string> = new Set(["until", "till", "til"]);
/**
 * Bounds that stand between a word of time and its year: "Since at least 2014 soldiers have
 * died", "Until at least 2030 troops will stay".
 */
const TIME_BOUNDS: ReadonlySet<string> = new Set(["at least", "at the very least"]);

/** Marks after which a clause opens: the end of the last sentence, a comma, a bracket, a dash. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([".", ",", ";", ":", "(", "!", "?", "—", "–", "-", '"', "“"]);
/** Participles a count takes as its noun ("300 killed"), which after "in" or "of" and a year are the verb of the sentence: "fighting in 2022 killed 30,000". */
const PARTICIPLES: ReadonlySet<string> = new Set(["killed", "wounded", "injured", "displaced", "dead", "captured", "detained", "evacuated", "arrested", "deported"]);
/** How many years a range of years may span at most, read as years: "between 2011 and 2020 refugees"; "between 2000 and 3000 refugees" is a count. */
const YEAR_SPAN = 60;

/** Whether token `k` opens its clause: nothing before it, or a mark that ends a clause. */
function opensClause(c: Ctx, k: number): boolean {
  const p = tokAt(c, k - 1);
  return p === undefined || (p.kind !== "word" && p.kind !== "num" && CLAUSE_MARKS.has(p.key));
}

/** Whether a month ends at token `k`, written out or abbreviated with or without its point: "October", "Oct", "Oct.", "Sept.". */
function monthAt(c: Ctx, k: number): boolean {
  const { months } = c.t;
  const p = tokAt(c, k);
  if (p === undefined) return false;
  if (p.kind === "word") return months.has(p.text);
  return p.key === "." && p.glued && tokAt(c, k - 1)?.kind === "word" && months.has(tokAt(c, k - 1)?.text ?? "");
}

/**
 * Whether a date without its year ends at token `k`, right before a year: a month, with or
 * without a comma ("October 7, 2023", "Oct. 7, 2023", "Oct 7 2023", "Feb. 2022", "7 October,
 * 2023", "October 7th, 2023").
 */
function dateBefore(c: Ctx, k: number): boolean {
  const at = key(c, k) === "," && tokAt(c, k)?.glued === true ? k - 1 : k;
  if (monthAt(c, at)) return true;
  const p = tokAt(c, at);
  const day = p?.kind === "word" && p.glued && c.t.ordinalSuffixes.has(p.key) ? at - 1 : at;
  const d = tokAt(c, day);
  return d?.kind === "num" && d.num.plain && d.num.value >= 1 && d.num.value <= 31 && monthAt(c, day - 1);
}

/** Quarters and halves of a year written as a letter glued to a number, before a year: "Q1 2023", "H2 2024". */
const PERIOD_LETTERS: ReadonlySet<string> = new Set(["q", "h"]);

/** Whether a quarter or a half of a year ends at token `k`: "Q1", "H2" ("Since Q1 2023 refugees returned"). */
function quarterBefore(c: Ctx, k: number): boolean {
  const p = tokAt(c, k);
  return p?.kind === "num" && p.glued && p.num.plain && p.num.value >= 1 && p.num.value <= 4 && PERIOD_LETTERS.has(key(c, k - 1));
}

/** Whether a preposition of time in two words ends at token `k` and opens its clause: "Prior to", "Ahead of", "Beginning in", "Compared with". */
function openingPair(c: Ctx, k: number): boolean {
  const first = OPENING_PAIRS.get(key(c, k));
  return first !== undefined && first.has(key(c, k - 1)) && opensClause(c, k - 1);
}

/** Whether a figure follows the participle at `k`, which makes it a verb: "of 2023 killed 50,000", "killed millions", "killed at least 300". */
function figureAfter(c: Ctx, k: number): boolean {
  const j = leads(c, k + 1, noLead());
  const tk = tokAt(c, j < 0 ? k + 1 : j);
  return tk !== undefined && (tk.kind === "num" || hasRole(c, j < 0 ? k + 1 : j, VALUE) || mayStart(c, j < 0 ? k + 1 : j, c.t.magnitudes));
}

/**
 * Whether the figure `low` (to `high`) that starts at token `i` (its number ending before
 * token `at`) is a year of the time phrase before it: after a month ("February 2022
 * soldiers", "Feb. 2022") or a day and a month ("October 7, 2023 killed", "Oct. 7, 2023", "Oct 7
 * 2023"), after a word of time ("since 2022", "during 2023", "in early 2023", "in fiscal 2024",
 * "Q1 2023", "by the end of 2024", "as of 2024"), after a preposition of time that opens its
 * clause ("By 2025 troops", "In 2023 casualties", "Through 2023", "Prior to 2022", "Ahead of
 * 2024", "Compared with 2023"), after "in" with a participle next ("fighting in 2022 killed 30,000")
 * or "of" with a participle that takes a figure ("the earthquake of 2023 killed 50,000"). Two
 * year-like numbers a few decades apart are years too: "between 2011 and 2020 refugees". A
 * count with words before it ("since about 2000 troops") is left alone, and so is a figure with
 * its unit noun (which ends before token `nounEnd`) that is the whole object of a preposition of
 * space or time ("For 1200 families, aid came too late", "Across 1800 villages, people fled"):
 * "For 2024 troops will get a rise" and "In 1200 families, ..." are still years.
 */
export function isYearOfTime(c: Ctx, low: Val, high: Val | undefined, lead: Lead, i: number, at: number, nounEnd: number): boolean {
  if (!low.yearLike || lead.hedges.length > 0 || lead.bound !== undefined || lead.increment) return false;
  if (high !== undefined) return high.yearLike && high.v > low.v && high.v - low.v <= YEAR_SPAN;
  const before = tokAt(c, i - 1);
  if (before === undefined) return false;
  if (dateBefore(c, i - 1) || quarterBefore(c, i - 1)) return true;
  if (before.kind !== "word") return false;
  if (TIME_BEFORE.has(before.key) || (before.key === "of" && PART_OF.has(key(c, i - 2)))) return true;
  // "By no later than 2030 troops will leave", "no earlier than 2027": a comparison of times
  if (before.key === "than" && LATER_EARLIER.has(key(c, i - 2))) return true;
  // "Within 2000 metres of the line", "Across 1500 km of front": a distance, no year
  if (SPACE_TOO.has(before.key) && LENGTHS.has(key(c, at))) return false;
  // "For 1200 families, aid came too late": the figure and its noun are the whole object of the preposition
  if (SPACE_TOO.has(before.key) && nounEnd > at && NOUN_PHRASE_ENDS.has(key(c, nounEnd))) return false;
  if ((OPENING_TIME.has(before.key) && opensClause(c, i - 1)) || openingPair(c, i - 1)) return true;
  if (!PARTICIPLES.has(key(c, at))) return false;
  return before.key === "in" || (before.key === "of" && figureAfter(c, at));
}

/**
 * Whether the figure `low` after the words `lead` (which start at token `i`) is a year of the
 * word of time before those words: "Until at least 2030 troops will stay", "until about 2030",
 * "Since at least 2014 soldiers have died". After "until" or "till" any bound or hedge may stand
 * (neither takes a count); after "since", which may give a reason ("since at least 2000 troops
 * were killed"), only "at least" and its like, and the figure is then refused, not read as a
 * count. "Since about 2000 troops" and "At least 2030 troops were killed" are left alone.
 */
export function isYearPastLead(c: Ctx, low: Val, high: Val | undefined, lead: Lead, i: number): boolean {
  if (!low.yearLike || high !== undefined || lead.increment) return false;
  const before = tokAt(c, i - 1);
  if (before?.kind !== "word") return false;
  if (UNTIL.has(before.key)) return lead.bound !== undefined || lead.hedges.length > 0;
  return before.key === "since" && lead.hedges.length === 0 && lead.bound !== undefined && TIME_BOUNDS.has(lead.bound.words);
}
