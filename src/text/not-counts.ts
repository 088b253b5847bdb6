/**
 * Numbers of running text that count nothing a reader asks for: ages ("aged 14", "The boy, 14,
 * was killed"), the tallies of a vote ("passed by 311 votes to 112") and house numbers ("14
 * Khreshchatyk Street"). Each is refused whole, with the number that goes with it.
 * @internal
 */
import { afterChange } from "./changes.js";
import { fail, glued, isCapitalised, isFail, key, mayHave, phraseText, tokAt, trie } from "./context.js";
import { NOT_COUNT } from "./roles.js";
import type { Ctx, Fail } from "./context.js";
import type { Lead } from "./bounds.js";
import type { Core } from "./ranges.js";
import { value } from "./value.js";
import { everyRatio } from "./every-ratios.js";
import { sizeOfEach } from "./unit-sizes.js";
import { locatorFail } from "./locators.js";
import { quotedRateEnd } from "./conversions.js";
import { rateOnOtherEnd } from "./rates.js";
import { descendingPair } from "./descending.js";
import { daysBeforeMonthFail, fusedGroupFail } from "./fused-groups.js";
import { digitOrderFail } from "./magnitudes.js";

/** Words that join the two numbers of an age range or a tally: "aged 5 to 12", "311 votes to 112", "326-290". */
const JOINS = new Set(["to", "and", "or", "-", "against"]);
/** The oldest age a number set off by commas after a name is taken to be: "Ahmed Hassan, 45, a father of three". */
const OLDEST = 120;
/** How many capitalised words a street's name may have between its number and its noun: "14 Velyka Vasylkivska Street". */
const NAME_WORDS = 3;

/** The token after a second number joined to the one that ends at `k` ("to 112", "and 60"), with a vote word after it; else `k`. */
function pastSecond(c: Ctx, k: number): number {
  if (!JOINS.has(key(c, k)) || tokAt(c, k + 1)?.kind !== "num") return k;
  return c.t.votes.has(key(c, k + 2)) ? k + 3 : k + 2;
}

/**
 * Whether the phrase at `i` is an age: after an age word ("aged 14", "aged under 25", "at the
 * age of 14", "between the ages of 18 and 60"), or a bare whole number below 120 set off by
 * commas after a word ("The boy, 14, was killed", "Ahmed Hassan, 45, a father") or in
 * parentheses after a name ("Yousif (16)"), or bounded right after people of an age
 * ("children under 5", "men over 60"). A list of counts of things ("300 tanks, 14, 15") is no age.
 */
function isAge(c: Ctx, i: number, cr: Core, lead: Lead, plain: boolean): boolean {
  const { ages, stop } = c.t;
  // the role bit first: most words before a figure are no age word
  if (mayHave(c, i - 1, NOT_COUNT) && ages.has(key(c, i - 1))) return true;
  if (key(c, i - 1) === "of" && ages.has(key(c, i - 2))) return true;
  if (!plain || cr.high !== undefined || lead.hedges.length > 0 || lead.increment || cr.low.v >= OLDEST) return false;
  // "children under 5", "men over 60": a bound right after people of an age
  if (lead.bound !== undefined) return lead.boundAt === i && c.t.ageGroups.has(key(c, i - 1));
  const before = tokAt(c, i - 2);
  const open = key(c, i - 1);
  if ((open !== "," && open !== "(") || !closesAge(c, open, cr.end) || before?.kind !== "word") return false;
  // "Khaled Abu Said, 13,": a name may be a word of the stop list; "(16)" follows only a name
  if (stop.has(before.key) ? !isCapitalised(before.text) : open === "(" && !isCapitalised(before.text)) return false;
  // "300 tanks, 14, 15 and 16": a list of counts of things; "the soldier, 23," is an age
  const noun = trie(c, c.t.units, i - 2);
  return noun === undefined || noun.value === "person";
}

/**
 * Whether the token at `k` closes an age set off after a name: a comma or a spaced dash after
 * one opened by a comma ("Basil, 15, was shot", "Mohammed Assatri, 14 – had been"), a closing
 * parenthesis after "(" ("Yousif (16) and Mustafa (16)").
 */
function closesAge(c: Ctx, open: string, k: number): boolean {
  const tk = tokAt(c, k);
  if (open === "(") return tk?.key === ")";
  return tk?.key === "," || (tk?.kind === "dash" && !tk.glued);
}

/**
 * Whether the number at `i`, ending at `end`, is part of a tally: "voted 326 to 290", "by a vote
 * of 400 to 175", "311 votes", "a 316-53 vote", "35 abstentions", and after a verb of
 * `tallyVerbs` before a smaller number ("passed 141 to 5"), or set off by a comma after such a
 * verb and its object ("voted down the bill, 220 to 210").
 */
function isTally(c: Ctx, i: number, cr: Core): boolean {
  const { votes } = c.t;
  const end = cr.end;
  if ((mayHave(c, end, NOT_COUNT) && votes.has(key(c, end))) || (mayHave(c, i - 1, NOT_COUNT) && votes.has(key(c, i - 1)))) return true;
  const second = tokAt(c, end + 1);
  if (second?.kind === "num" && mayHave(c, i - 1, NOT_COUNT) && c.t.tallyVerbs.has(key(c, i - 1)) && JOINS.has(key(c, end)) && second.num.value < cr.low.v) return true;
  const prev = key(c, i - 1);
  // "The House voted down the bill, 220 to 210": a tally set off after the vote and its object
  if (prev === "," && second?.kind === "num" && second.num.plain && JOINS.has(key(c, end)) && second.num.value < cr.low.v && voteBefore(c, i - 2)) return true;
  return (prev === "by" || prev === "of" || prev === "was" || prev === "were") && votes.has(key(c, i - 2));
}

/** How many tokens back from a comma a verb of voting may stand before a tally set off after it. */
const VOTE_REACH = 6;

/** Whether a verb of voting ("voted", or one of `tallyVerbs`: "passed", "approved") stands in the clause ending at token `k`. */
function voteBefore(c: Ctx, k: number): boolean {
  for (let j = k; j >= Math.max(0, k - VOTE_REACH); j--) {
    const w = key(c, j);
    if (w === "." || w === ";" || w === ",") return false;
    if (w === "voted" || c.t.tallyVerbs.has(w)) return true;
  }
  return false;
}

/** How many tokens before a ratio's first term a word of a ratio may stand: "outnumbered Ukrainian forces 3 to 1". */
const RATIO_BEFORE = 5;
/** How many tokens after a ratio's second term: "3 to 1 in Russia's favour", "a 3-to-1 advantage". */
const RATIO_AFTER = 4;
/** The smaller term of a ratio is at most this: "3 to 1", "10 to 1", "7 to 3"; "300 to 400" is a range. */
const RATIO_TERM = 10;

/** Whether a word of a ratio (`ratioWords`) is among the tokens from `from` on, `step` at a time, up to `reach` of them, before a mark that ends a clause. */
function ratioWordNear(c: Ctx, from: number, step: number, reach: number): boolean {
  for (let k = from, n = 0; n < reach; k += step, n++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind === "num" || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key))) return false;
    if (c.t.ratios.has(tk.key)) return true;
  }
  return false;
}
const CLAUSE_MARKS = new Set([".", ";", ":", "!", "?"]);

/**
 * The second term of a ratio whose first term is the figure `cr`: "3 to 1", "3-to-1", "three
 * to one", and "1 to 3", which the grammar reads as a range; its end and whether the terms
 * fall ("3 to 1"), which no range does. Undefined for none.
 */
function ratioEnd(c: Ctx, cr: Core): { end: number; falling: boolean } | undefined {
  if (cr.high !== undefined) return key(c, cr.low.end) === "to" && Math.min(cr.low.v, cr.high.v) <= RATIO_TERM ? { end: cr.end, falling: false } : undefined;
  let k = cr.end;
  if (key(c, k) === "-" && glued(c, k + 1)) k++;
  if (key(c, k) !== "to") return undefined;
  if (key(c, k + 1) === "-" && glued(c, k + 1)) k++;
  const b = value(c, k + 1, true);
  if (b === undefined || isFail(b) || b.currency !== undefined || b.pct || b.frac) return undefined;
  return Math.min(cr.low.v, b.v) <= RATIO_TERM ? { end: b.end, falling: b.v < cr.low.v } : undefined;
}

/**
 * The token after a ratio that starts at the phrase at `i`, or -1: two numbers joined by "to",
 * the smaller at most ten, with a word of a ratio before them ("a ratio of 3 to 1", "odds of 3
 * to 1", "outnumbered 3 to 1") or after them ("3 to 1 in Russia's favour", "a 3-to-1
 * advantage"), or falling, which no range does ("It was 3 to 1", "a rate of 10 to 1"), unless a
 * verb of change makes the second the level it ends at ("fell from 10 to 1"). Its terms count
 * nothing: they are no range and no two figures.
 */
function ratioAt(c: Ctx, i: number, cr: Core): number {
  if (cr.low.currency !== undefined || cr.low.pct || cr.low.frac) return -1;
  const r = ratioEnd(c, cr);
  if (r === undefined) return -1;
  if (r.falling && !afterChange(c, i)) return r.end;
  return ratioWordNear(c, i - 1, -1, RATIO_BEFORE) || ratioWordNear(c, r.end, 1, RATIO_AFTER) || ratioSubject(c, i - 1) ? r.end : -1;
}

/** Words of a ratio that, as the subject of a clause, make its "N to M" a ratio wherever it stands. */
const RATIO_SUBJECTS: ReadonlySet<string> = new Set(["ratio", "ratios", "proportion", "proportions"]);
/** How far back a clause's subject may stand: "The ratio of killed to wounded in the east was 1 to 3". */
const SUBJECT_REACH = 24;

/** Whether a word of `RATIO_SUBJECTS` stands before token `k` in its clause ("The ratio of killed to wounded was"). */
function ratioSubject(c: Ctx, k: number): boolean {
  for (let j = k; j >= 0 && j > k - SUBJECT_REACH; j--) {
    const tk = tokAt(c, j);
    if (tk === undefined || (tk.kind === "sym" && CLAUSE_MARKS.has(tk.key))) return false;
    if (RATIO_SUBJECTS.has(tk.key)) return true;
  }
  return false;
}

/**
 * Whether the figure `cr` at `i` is the second term of a falling ratio whose first term was not
 * read as a figure: "outnumbered Ukraine 3 to 1", where "Ukraine 3" reads as a name.
 */
function secondTerm(c: Ctx, i: number, cr: Core): boolean {
  const first = tokAt(c, i - 2);
  if (key(c, i - 1) !== "to" || first?.kind !== "num" || cr.high !== undefined || cr.low.currency !== undefined || cr.low.pct || cr.low.frac) return false;
  const a = first.num.value;
  return a > cr.low.v && cr.low.v <= RATIO_TERM && !afterChange(c, i - 2);
}

/** Whether a house number ends at `end`: a few capitalised words and a noun of a street follow it ("14 Khreshchatyk Street"). */
function isAddress(c: Ctx, end: number): boolean {
  let k = end;
  while (k < end + NAME_WORDS && tokAt(c, k)?.kind === "word" && isCapitalised(tokAt(c, k)?.text ?? "") && !c.t.addresses.has(key(c, k))) k++;
  return k > end && c.t.addresses.has(key(c, k));
}

/** How many further house numbers a list of them may have: "5, 6 and 7 Kherson Street". */
const LIST_REACH = 6;
/** Words and marks between the house numbers of a list. */
const LIST_JOINS: ReadonlySet<string> = new Set([",", "and", "or", "&"]);

/**
 * The token after a list of house numbers whose first ends at `end` and whose last is followed by
 * the name of a street ("5, 6 and 7 Kherson Street"), or -1 for none.
 */
function addressListEnd(c: Ctx, end: number): number {
  let k = end;
  for (let n = 0; n < LIST_REACH && LIST_JOINS.has(key(c, k)); n++) {
    const tk = tokAt(c, k + 1);
    if (tk?.kind !== "num" || !tk.num.plain) break;
    k += 2;
  }
  return k > end && isAddress(c, k) ? k : -1;
}

/** Notes after a zero that make it no figure on their own: "0 (n/a)", "0 [unknown]", "0 (pending)". */
const UNKNOWN_NOTES: ReadonlySet<string> = new Set([
  "unreported", "n/a", "na", "n.a.", "unknown", "unavailable", "undisclosed", "unconfirmed", "unverified", "tbc", "tbd", "?",
  "pending", "awaited", "unclear", "uncounted", "unspecified", "nd", "n.d.", "classified", "withheld", "redacted", "tba",
  "to be confirmed", "to be determined", "to be announced", "to be verified",
]);
/** Words of data in a note: "no data", "not reported", "data not available". */
const DATA_WORDS: ReadonlySet<string> = new Set([
  "data", "info", "information", "figures", "figure", "reported", "report", "reports", "available", "given", "disclosed",
  "known", "confirmed", "verified", "released", "published", "recorded", "counted", "provided", "specified", "confirmation",
]);
/** Words that deny the data of a note: "not reported", "no data", "yet to be confirmed". */
const NOTE_NEGATIONS: ReadonlySet<string> = new Set(["not", "no", "without", "yet", "awaiting", "never", "none"]);
/** Marks that open a note after a zero: "0 (n/a)", "0, not reported", "0 - data pending". */
const NOTE_OPENS: ReadonlySet<string> = new Set(["(", "[", ",", "-"]);
/** The most tokens a note may have. */
const NOTE_TOKENS = 6;
/** Marks that end a note after a comma: "0, not reported." */
const NOTE_ENDS: ReadonlySet<string> = new Set([".", ";", ",", ")", "]", ""]);

/**
 * The token after a note of missing or unverified data at `k`, or -1: in parentheses or brackets
 * ("(n/a)", "[unknown]", "(no data available)", "(not yet reported)", "(data not available)"), or
 * after a comma up to the end of its clause ("0, not reported"). A note of missing data has a word
 * of `UNKNOWN_NOTES`, or a negation and a word of data; "0 (no deaths)" is a zero.
 */
function unknownNote(c: Ctx, k: number): number {
  const open = key(c, k);
  const close = open === "(" ? ")" : open === "[" ? "]" : "";
  let unknown = false;
  let negated = false;
  let data = false;
  for (let j = k + 1; j < k + 2 + NOTE_TOKENS; j++) {
    const w = key(c, j);
    const ends = close === "" ? NOTE_ENDS.has(w) : w === close;
    if (ends) return j > k + 1 && (unknown || (negated && data) || UNKNOWN_NOTES.has(phraseText(c, k + 1, j).toLowerCase())) ? (close === "" ? j : j + 1) : -1;
    if (w === "" || w === "(" || w === "#") return -1;
    unknown ||= UNKNOWN_NOTES.has(w);
    negated ||= NOTE_NEGATIONS.has(w);
    data ||= DATA_WORDS.has(w);
  }
  return -1;
}

/**
 * Why the figure `cr` of the phrase at `i`, read with the words `lead` before it, counts
 * nothing: an age (a `duration`), a tally of votes or a house number (a `designation`), the
 * terms of a ratio (a `ratio`, with "for every" too: see `everyRatio`);
 * undefined for a figure that may be a count. `unnamed` says no unit, currency or share
 * was read with it. The failure skips the second number of an age range or a tally.
 */
export function notCount(c: Ctx, i: number, cr: Core, lead: Lead, unnamed: boolean, end: number): Fail | undefined {
  const plain = unnamed && cr.low.plainInt;
  // "killed 0 (not reported)": a zero that stands for no figure is unknown, not zero
  if (cr.low.v === 0 && cr.high === undefined && NOTE_OPENS.has(key(c, end))) {
    const note = unknownNote(c, end);
    if (note >= 0) return fail("no-quantity", note);
  }
  // "From March 1 to 7 900 drones", "On day 3 500 soldiers": a day fused into a count by its spaces
  const fused = fusedGroupFail(c, cr, end);
  if (fused !== undefined) return fused;
  // "On the night of 12-13 March 90 drones": the days are a date that ends at its month
  const days = daysBeforeMonthFail(c, cr);
  if (days !== undefined) return days;
  // "100's of thousands": an order in digits, no count of 100
  const order = cr.high === undefined && cr.low.plainInt ? digitOrderFail(c, cr.low.end) : undefined;
  if (order !== undefined) return order;
  if (isAge(c, i, cr, lead, plain)) return fail("duration", pastSecond(c, end));
  // the unit look-ahead may pass a street's name to a noun after it: "5 Velyka Vasylkivska street wounded 12"
  if (cr.high === undefined && cr.low.plainInt && cr.low.currency === undefined && isAddress(c, cr.end)) return fail("designation", end);
  // "at 5, 6 and 7 Kherson Street": a list of house numbers before the name of their street
  if (cr.high === undefined && cr.low.plainInt && LIST_JOINS.has(key(c, cr.end))) {
    const list = addressListEnd(c, cr.end);
    if (list >= 0) return fail("designation", list);
  }
  // "At 90 roubles to the dollar": an exchange rate, no sum
  const rate = cr.high === undefined ? quotedRateEnd(c, cr.low, cr.end) : -1;
  if (rate >= 0) return fail("ratio", Math.max(end, rate));
  // "See paras 12-14", "fn 12", "See note 12": a place in a document
  const locator = locatorFail(c, i, cr, unnamed, end);
  if (locator !== undefined) return locator;
  // "10 shells for every 1 fired", "For every Ukrainian killed, 3 Russians died"
  const every = everyRatio(c, i, end);
  if (every !== undefined) return every;
  // "two 4,000-man divisions", "3,000-man brigades": the size of each unit counts none of them
  const each = sizeOfEach(c, i, cr, end);
  if (each !== undefined) return each;
  // "fell to 800 a day from 1,200": an end of a change without the rate of the other is no total
  if (rateOnOtherEnd(c, i, cr, end)) return fail("unsupported-rate", end);
  // "220 to 210 men": two ends in falling order, as "220–210 men" is
  const falling = descendingPair(c, i, cr, unnamed);
  if (falling !== undefined) return falling;
  const ratio = unnamed ? ratioAt(c, i, cr) : -1;
  if (ratio >= 0) return fail("ratio", Math.max(end, ratio));
  if (unnamed && secondTerm(c, i, cr)) return fail("ratio", end);
  if (!unnamed || !isTally(c, i, cr)) return undefined;
  const k = c.t.votes.has(key(c, cr.end)) ? cr.end + 1 : cr.end;
  return fail("designation", Math.max(end, pastSecond(c, k)));
}
