/**
 * The number of a quantity written in digits, with its multipliers and
 * fractions ("1.2 million", "2½ million", "5 and a half million", "25 lakh"),
 * and the numbers that are not quantities (calibres, designations, clock
 * times, dates, negative numbers).
 * @internal
 */
import { fail, glued, isFail, isSafeAmount, key, mayHave, mayStart, times, tokAt, trie, val, WORD_MULTIPLIER } from "./context.js";
import { fractionOfScale } from "./number-words.js";
import type { Amount, Ctx, Fail, Val } from "./context.js";
import { DEGREE_MARKS, isNumeral, labelled } from "./designations.js";
import { AFTER_FIGURE, NOT_COUNT } from "./roles.js";
import type { Token } from "./tokenize.js";
import { PLURAL_PEOPLE } from "./units.js";
import { dayMonthEnd, inDayList } from "./day-lists.js";
import { moreGroups, multipliers, tailGroup } from "./scale-groups.js";

/** Marks after a number that make it a measure of arc or a height ("48.5°", "5'11\""); "'" may also close a quotation. */
const DEGREE = new Set([...DEGREE_MARKS, "'"]);
/** Marks after which a glued dash joins, not signs: "80%-90%", "(5)-(6)". */
const CLOSERS = new Set(["%", ")", "]", "}", "”", "’", "»", "°", "′", "″"]);

/** An ASCII apostrophe after a number closes a quotation ('over 100') unless a number follows it (5'11"). */
function closingQuote(c: Ctx, i: number): boolean {
  const next = tokAt(c, i + 1);
  return tokAt(c, i)?.key === "'" && !(next?.kind === "num" && next.glued);
}

/**
 * Whether token `i` is a minus sign: a dash glued to the number after it and
 * not joining that number to a word, a number or a closing mark before it
 * ("−300", "(-5)", "$-300"; not "10-12" or "80%-90%").
 */
export function isSign(c: Ctx, i: number): boolean {
  const d = tokAt(c, i);
  const n = tokAt(c, i + 1);
  if (d?.kind !== "dash" || n?.kind !== "num" || !n.glued) return false;
  const p = tokAt(c, i - 1);
  return p === undefined || !d.glued || (p.kind === "sym" && !CLOSERS.has(p.key));
}

interface Glue {
  readonly mult: number;
  readonly end: number;
  readonly strong: boolean;
}

/** A word glued to the number: a multiplier ("6K", "$5m"), or a calibre, ordinal, decade or clock time. */
function gluedWord(c: Ctx, i: number, tk: Token, money: boolean): Glue | Fail | undefined {
  const { t } = c;
  const n1 = tokAt(c, i + 1) as Token;
  const n2 = tokAt(c, i + 2);
  const s = t.suffixes.get(n1.key);
  if (s !== undefined && (s.money !== true || money || peopleAfter(c, i))) {
    // "9K720", "5bn6": a code, not a multiplied number
    const n2 = tokAt(c, i + 2);
    if (n2 !== undefined && n2.glued && (n2.kind === "num" || n2.kind === "word")) return fail("designation", i + 3);
    return { mult: s.value, end: i + 2, strong: false };
  }
  if (t.calibres.has(n1.key)) return fail("calibre", i + 2);
  if (t.ordinalSuffixes.has(n1.key)) return fail("ordinal", i + 2);
  if (t.decades.has(n1.key) && (tk.num.digits === 2 || tk.num.digits === 4) && !(n2?.glued === true && n2.kind === "num")) return fail("date", i + 2);
  if (trie(c, t.clock, i + 1) !== undefined) return fail("clock-time", i + 2);
  // a unit written against the number: "2,000km"
  if (trie(c, t.units, i + 1) !== undefined) return undefined;
  return fail("designation", i + 2);
}

/** Words before a number that make a letter glued to it a measure of one thing: "a 2m soldier" is two metres tall. */
const ONE_THING = new Set(["a", "an", "one", "each", "every"]);

/**
 * Whether a noun of people follows the letter glued to the number at `i`, with no article
 * before the number: "2m people fled", "1.5m refugees"; a height is of one person ("a 2m
 * soldier"), and a length of things is no count of people ("a 1.5m wall", "1.5m shells" stays
 * unread). A letter that means a multiplier only after a currency ("m", "b") means one here.
 */
function peopleAfter(c: Ctx, i: number): boolean {
  if (ONE_THING.has(key(c, i - 1))) return false;
  // "2m to 3m people", "between 2m and 3m people": the first end takes the noun of the second
  const second = RANGE_JOINS.has(key(c, i + 2)) && tokAt(c, i + 3)?.kind === "num" && key(c, i + 4) === key(c, i + 1) && glued(c, i + 4) ? i + 5 : i + 2;
  const noun = tokAt(c, second);
  if (noun === undefined || noun.kind !== "word" || noun.glued || !isPlural(noun.key)) return false;
  return trie(c, c.t.units, second)?.value === "person";
}

/** Words that join the ends of a range: "2m to 3m", "2m-3m", "between 2m and 3m". */
const RANGE_JOINS = new Set(["to", "-", "and", "or"]);

/** Whether a noun of people is plural: "refugees", "people"; not "a 2m soldier", "the 2m soldier". */
function isPlural(noun: string): boolean {
  return PLURAL_PEOPLE.has(noun) || (noun.length > 3 && noun.endsWith("s") && !noun.endsWith("ss"));
}

/** What is glued to the number after it: a suffix, a mark and digits ("14:30", "3/4"), or a hyphen and a word. */
function glue(c: Ctx, i: number, tk: Token, money: boolean): Glue | Fail | undefined {
  const { t } = c;
  const n1 = tokAt(c, i + 1);
  const n2 = tokAt(c, i + 2);
  if (n1 === undefined || !n1.glued) return undefined;
  if (n1.kind === "word") return gluedWord(c, i, tk, money);
  if (n1.kind === "sym" && n2?.kind === "num" && n2.glued) {
    if (n1.key === ":") return fail("clock-time", i + 3);
    if (n1.key === "/") return fail("date", i + 3);
    if (n1.key === ".") return fail("designation", i + 3);
  }
  if (n1.kind === "sym" && DEGREE.has(n1.key) && !closingQuote(c, i + 1)) return fail("designation", i + 2);
  const run = markRunToNumber(c, i + 1);
  if (run !== undefined) return fail("malformed-number", run);
  if (n1.kind !== "dash" || n2 === undefined || !n2.glued) return undefined;
  if (n2.kind === "num" && tokAt(c, i + 3)?.kind === "dash" && glued(c, i + 3) && tokAt(c, i + 4)?.kind === "num" && glued(c, i + 4)) {
    return fail("date", i + 5);
  }
  if (n2.kind !== "word") return undefined;
  // "3,000-to-5,000 troops": a range written as one word is not read as its first end
  // ("3-to-1", a ratio, is read as one)
  const upper = tokAt(c, i + 4);
  if (n2.key === "to" && tokAt(c, i + 3)?.kind === "dash" && glued(c, i + 3) && upper?.kind === "num" && upper.num.value > tk.num.value) return fail("incomplete-range", i + 5);
  const m = t.multipliers.get(n2.key);
  if (m !== undefined && WORD_MULTIPLIER.test(n2.key)) return { mult: m, end: i + 3, strong: false };
  if (t.calibres.has(n2.key)) return fail("calibre", i + 3);
  if (t.time.has(n2.key)) return fail("duration", i + 3);
  if (t.strength.has(n2.key)) return { mult: 1, end: i + 3, strong: true };
  return undefined;
}

/** Marks that may follow a number without joining it to the next: "40%-50%", "5+". */
const ENDING_MARKS = new Set(["%", "+", ")", "]", "[", "”", "»", "'", '"']);

/**
 * The token after a run of marks glued between two numbers that no rule reads
 * ("3’000", "3_000", "1..000", "300,,000", "7.62×39"), or a digit of another
 * script or a superscript against the number ("3٠٠٠", "10⁶"): undefined when there is none.
 */
function markRunToNumber(c: Ctx, k: number): number | undefined {
  const first = tokAt(c, k);
  if (first?.kind === "sym" && isNumeral(first.text)) return k + 1;
  if (first?.kind !== "sym" || ENDING_MARKS.has(first.key)) return undefined;
  for (let j = k; j < k + 3; j++) {
    const tk = tokAt(c, j);
    if (tk === undefined || !tk.glued) return undefined;
    if (tk.kind === "num") return j + 1;
    if (tk.kind !== "sym") return undefined;
  }
  return undefined;
}

/** A fraction after a whole number: "2 1/2", "2 ½", "5 and a half"; its value and the token after it. */
function fractionAfter(c: Ctx, i: number, tk: Token): { add: number; end: number } | undefined {
  if (!tk.num.plain) return undefined;
  const n = tokAt(c, i + 1);
  if (n?.kind === "num" && !n.glued && n.num.digits === 0) return { add: n.num.value, end: i + 2 };
  const slash = tokAt(c, i + 2);
  const d = tokAt(c, i + 3);
  if (n?.kind === "num" && !n.glued && n.num.plain && slash?.key === "/" && slash.glued && d?.kind === "num" && d.glued && d.num.plain) {
    if (n.num.value >= 1 && n.num.value < d.num.value && d.num.value <= 16 && !glued(c, i + 4)) return { add: n.num.value / d.num.value, end: i + 4 };
  }
  const half = trie(c, c.t.andHalf, i + 1);
  return half === undefined ? undefined : { add: 0.5, end: half.end };
}

/** Whether "minus" at `k` ends "plus or minus", the sign of a margin: the margin's reader (which reads its number as a second one) takes it. */
function isMargin(c: Ctx, k: number): boolean {
  return key(c, k - 1) === "or" && key(c, k - 2) === "plus";
}

/** Whether the dash at `k` ends the sign "+/-" or "+-" of a margin, glued to its number: "3,000 +/-500", "(+-500)". */
function isMarginDash(c: Ctx, k: number): boolean {
  return key(c, k - 1) === "+" || (key(c, k - 1) === "/" && key(c, k - 2) === "+");
}

/** The number written in digits at token `i`, with what is glued to it and the multipliers after it. */
export function digitAmount(c: Ctx, i: number, money: boolean, second: boolean): Amount | Fail | undefined {
  const { t } = c;
  const tk = tokAt(c, i) as Token;
  if (tk.num.malformed) return fail("malformed-number", i + 1);
  if ((isSign(c, i - 1) && !(second && isMarginDash(c, i - 1))) || (mayHave(c, i - 1, NOT_COUNT) && t.negative.has(key(c, i - 1)) && !(second && isMargin(c, i - 1)))) return fail("negative", i + 1);
  const label = labelled(c, i, tk, money, second) ?? tailGroup(c, i);
  if (label !== undefined) return label;
  // "On June 30 500 were killed": a day of the month is no thousands group
  if (tk.num.spaceGrouped && c.t.months.has(tokAt(c, i - 1)?.text ?? "")) return fail("date", i + 1);
  // "as of 12.03", "between 01.03 and 15.03": a day and a month, no decimal
  const dayMonth = tk.num.plain || money ? -1 : dayMonthEnd(c, i);
  if (dayMonth >= 0) return fail("date", dayMonth);
  if (tk.num.leadingZero) return fail("designation", i + 1);
  if (!Number.isFinite(tk.num.value)) return fail("not-finite", i + 1);
  const g = glue(c, i, tk, money);
  if (isFail(g)) return g;
  const fr = g === undefined ? fractionAfter(c, i, tk) : undefined;
  let m = g === undefined ? multipliers(c, fr?.end ?? i + 1, money) : { mult: g.mult, end: g.end };
  // "1 million and a half": a fraction of the scale word, never "1 million" alone
  const part = fr === undefined && m.mult > 1 ? fractionOfScale(c, m.end) : undefined;
  if (part !== undefined) {
    // "1 million and a third", "1.5 million and a half", "5 hundred and a half": no number, skipped whole
    if (Number.isNaN(part.add) || m.mult < 1000 || !tk.num.plain) return fail("malformed-number", part.end);
    m = { mult: m.mult, end: part.end };
  }
  // "5 billions": an order of magnitude after a number reads neither way
  if (mayStart(c, m.end, c.t.magnitudes) && c.t.magnitudes.next.has(key(c, m.end)) && !glued(c, m.end) && c.t.multipliers.has(singular(key(c, m.end)))) return fail("unsupported-magnitude", m.end + 1);
  // "3.500 soldiers": 3.5 or 3,500; with a multiplier ("1.250 million") it is a decimal
  if (tk.num.threeDecimals && m.mult === 1 && fr === undefined) return fail("malformed-number", m.end);
  const whole = fr === undefined ? tk.num.value + (part?.add ?? 0) : tk.num.value + fr.add;
  const grouped = part === undefined ? moreGroups(c, times(whole, m.mult), m, money) : { v: times(whole, m.mult), end: m.end };
  const end = grouped.end;
  const spaced = tokAt(c, end);
  if (spaced?.kind === "word" && !spaced.glued) {
    if ((spaced.roles & AFTER_FIGURE) !== 0 && t.calibres.has(spaced.key)) return fail("calibre", end + 1);
    if (trie(c, t.clock, end) !== undefined) return fail("clock-time", end + 1);
    // "at 3 in the morning": an hour, not a count
    if (spaced.key === "in" && tk.num.plain && grouped.v <= 12 && HOUR_BEFORE.has(key(c, i - 1)) && isPartOfDay(c, end + 1)) return fail("clock-time", end + 3);
    // "by 10 at night": an hour too
    if (spaced.key === "at" && key(c, end + 1) === "night" && tk.num.plain && grouped.v <= 12 && HOUR_BEFORE.has(key(c, i - 1))) return fail("clock-time", end + 2);
  }
  const plain = tk.num.plain && fr === undefined && m.mult === 1;
  const yearLike = plain && tk.num.digits === 4 && tk.num.value >= 1000 && tk.num.value < 2200 && !money;
  const v = grouped.v;
  // "9,000 million billion" as "9,007,199,254,740,993": past 2^53 − 1 a double holds no whole number exactly
  if (!isSafeAmount(v)) return fail("not-finite", end);
  return val(v, end, undefined, false, false, m.mult, false, yearLike, g?.strong === true, plain);
}

/** Parts of a day after "in the": "3 in the morning", "2 in the night"; "at night" is read on its own ("by 10 at night"). */
const DAY_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);

/** Words before an hour: "at 3 in the morning", "until 11 in the evening"; "killed 5 in the morning attack" is a count. */
const HOUR_BEFORE: ReadonlySet<string> = new Set(["at", "by", "until", "till", "around", "about", "after", "before", "from", "since", "past", "to"]);

/** Whether "the morning", "the afternoon" or "the evening" starts at `k`: an hour before it is a clock time. */
function isPartOfDay(c: Ctx, k: number): boolean {
  return key(c, k) === "the" && DAY_PARTS.has(key(c, k + 1));
}

/** Whether the figure `low` at token `i` is a day after a month name: "May 1", "Jan. 5". */
export function isDayAfterMonth(c: Ctx, i: number, low: Val): boolean {
  if (low.currency !== undefined || low.pct || low.frac || !low.plainInt || low.v > 31 || low.v < 1) return false;
  const before = tokAt(c, i - 1)?.key === "." ? tokAt(c, i - 2) : tokAt(c, i - 1);
  return before !== undefined && c.t.months.has(before.text);
}

/** "billions" → "billion": a plural multiplier word. */
function singular(w: string): string {
  return w.endsWith("s") ? w.slice(0, -1) : w;
}

/** A day next to a month name: "January 5", "5 January", or in a list of days with one: "5 and 6 March". */
export function isDateContext(c: Ctx, i: number, j: number, low: Val, high: Val | undefined): boolean {
  if (isDayAfterMonth(c, i, low) || (high === undefined && inDayList(c, i, low.end))) return true;
  if (low.currency !== undefined || low.pct || low.frac || !low.plainInt || low.v > 31 || low.v < 1) return false;
  if (high !== undefined && (!high.plainInt || high.v > 31)) return false;
  const after = tokAt(c, high === undefined ? low.end : j);
  const nx = after?.key === "of" ? tokAt(c, (high === undefined ? low.end : j) + 1) : after;
  return nx !== undefined && c.t.months.has(nx.text);
}
