/**
 * Numbers that dial or locate rather than count: telephone numbers ("+380 44 123 4567", "Tel.
 * 044 123 45 67") and coordinates ("48.5, 37.9"; see `coordinates.ts`).
 * @internal
 */
import { fail, key, tokAt, trie } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import { coordinatesEnd, gridEnd } from "./coordinates.js";
import type { Token } from "./tokenize.js";

/** Words before a telephone number. */
const PHONE_WORDS: ReadonlySet<string> = new Set(["tel", "telephone", "phone", "phones", "call", "fax", "mobile", "hotline", "hotlines", "helpline", "whatsapp", "ph", "dial", "calling", "called", "contact", "sms", "text"]);
/** How many numbers a run of a telephone number may have. */
const RUN = 6;

/** Whether the token before `k`, past a "." or ":" ("Tel.", "Phone:"), is one of `words`. */
function wordBefore(c: Ctx, k: number, words: ReadonlySet<string>): boolean {
  const p = key(c, k - 1);
  return words.has(p === "." || p === ":" ? key(c, k - 2) : p);
}

/** Whether token `k` is a number spaced from the token before it: one group of a run "044 123 45 67". */
function spacedNumber(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk?.kind === "num" && !tk.glued;
}

/** Words between a word of a telephone and its number: "the hotline at 0800 123 456", "call us on 044". */
const PHONE_LINKS: ReadonlySet<string> = new Set(["at", "on", "number", "no", "is", "us"]);

/** Whether a word of a telephone stands before token `k`, right before it or one or two linking words back. */
function phoneWordBefore(c: Ctx, k: number): boolean {
  if (wordBefore(c, k, PHONE_WORDS)) return true;
  if (!PHONE_LINKS.has(key(c, k - 1))) return false;
  return wordBefore(c, k - 1, PHONE_WORDS) || (PHONE_LINKS.has(key(c, k - 2)) && wordBefore(c, k - 2, PHONE_WORDS));
}

/** Whether the token at `k` is a number with a trunk prefix: three or more digits after a "0" ("0800", "044"). */
function trunk(c: Ctx, k: number): boolean {
  const tk = tokAt(c, k);
  return tk?.kind === "num" && tk.num.plain && tk.num.digits >= 3 && tk.text.charCodeAt(0) === 48;
}

/** Whether the tokens at `k` are a dash and a number glued together: the "-4567" of "123-4567". */
function dashedGroup(c: Ctx, k: number): boolean {
  const d = tokAt(c, k);
  const n = tokAt(c, k + 1);
  return d?.kind === "dash" && d.glued && n?.kind === "num" && n.glued && n.num.plain && n.num.digits === 4;
}

/** The token at `k`, known to be there. */
function first(c: Ctx, k: number): Token {
  return tokAt(c, k) as Token;
}

/** How many groups of digits a number grouped with spaces is written in: 3 for "1 800 273". */
function groupsOf(tk: Token): number {
  let n = 1;
  for (let k = 0; k < tk.text.length; k++) if (tk.text.charCodeAt(k) < 48) n++;
  return n;
}

/**
 * The token after a telephone number that the number at `i` is part of, or -1: a run of three or
 * more numbers split only by spaces ("044 123 45 67"; the groups of a first number grouped with
 * spaces count, "1 800 273 8255"), or of two or more after a "+", a word of
 * a telephone ("+380 44", "Tel. 044 123", "the hotline at 0800 123 456"), an area code in
 * parentheses ("(044) 123-4567") or a trunk prefix ("0800 123"), or one long number after a "+" or
 * a word of a telephone ("+380441234567"). A group of four digits joined by a dash ("123-4567") counts as one
 * more number of the run.
 */
function phoneEnd(c: Ctx, i: number, tk: Token): number {
  let s = i;
  while (s > i - RUN && spacedNumber(c, s) && tokAt(c, s - 1)?.kind === "num") s--;
  let e = i + 1;
  while (e < i + RUN && spacedNumber(c, e)) e++;
  let n = e - s;
  // "1 800 273 8255": the groups of a number grouped with spaces and then another number are numbers of the run
  if (n >= 2 && first(c, s).num.spaceGrouped) n += groupsOf(first(c, s)) - 1;
  if (dashedGroup(c, e)) {
    e += 2;
    n++;
  }
  // an area code in parentheses before the run: "(044) 123-4567"
  const area = key(c, s - 1) === ")" && tokAt(c, s - 2)?.kind === "num" && key(c, s - 3) === "(";
  const from = area ? s - 3 : s;
  // "(044) 123-4567" and "Tel. (44) 123 4567"; not "(300) 200 soldiers"
  const areaCue = area && (trunk(c, s - 2) || phoneWordBefore(c, from));
  // "At 0800 300 troops moved": a unit noun after the run makes its last number a count
  const cue = areaCue || (trunk(c, s) && trie(c, c.t.units, e) === undefined) || (key(c, s - 1) === "+" && first(c, s).glued) || phoneWordBefore(c, from);
  if (n >= 3 || (n === 2 && cue)) return e;
  return n === 1 && cue && tk.num.plain && tk.num.digits >= 7 ? e : -1;
}

/**
 * The token after a telephone number written with its country code and then an area code or a
 * trunk prefix in parentheses ("+7 (495) 123-45-67", "+380 (0) 44 123 4567", "+44 (0)20 7946
 * 0958"), from the country code at `i`; -1 when the number at `i` does not start one. The
 * numbers after the parentheses may be glued, spaced or joined by dashes.
 */
function countryCodeEnd(c: Ctx, i: number, prev: Token, tk: Token): number {
  if (prev.key !== "+" || !tk.glued || key(c, i + 1) !== "(" || tokAt(c, i + 2)?.kind !== "num" || key(c, i + 3) !== ")") return -1;
  let e = i + 4;
  for (let n = 0; n < RUN; n++) {
    const t = tokAt(c, e);
    const after = tokAt(c, e + 1);
    if (t?.kind === "num") e++;
    else if (t?.kind === "dash" && t.glued && after?.kind === "num" && after.glued) e += 2;
    else break;
  }
  return e > i + 4 ? e : -1;
}

/** Emergency numbers, dialled rather than counted: "called 911", "dial 112". */
const EMERGENCY: ReadonlySet<string> = new Set(["911", "999", "112", "000"]);
/** Verbs of calling before an emergency number. */
const CALLING: ReadonlySet<string> = new Set(["call", "calls", "called", "calling", "dial", "dials", "dialled", "dialed", "dialling", "dialing", "ring", "rang"]);

/** Nouns of a telephone, after which a short number is one to dial: "Hotline: 1548", "Tel. 102", "the helpline at 15 45". */
const PHONE_NOUNS: ReadonlySet<string> = new Set(["tel", "telephone", "phone", "hotline", "hotlines", "helpline", "helplines", "fax", "mobile", "whatsapp", "ph"]);
/** Words that join two numbers to dial: "Call 911 or 112", "112/911". */
const DIAL_JOINS: ReadonlySet<string> = new Set(["or", "and", "/", ","]);

/**
 * Whether the number at `i` is dialled rather than counted: an emergency number after a verb of
 * calling ("called 911", "dial 112") or after another one ("Call 911 or 112"), or a short
 * number of three to five digits after a noun of a telephone, past a "." or ":" or a linking
 * word ("Hotline: 112", "Tel. 1548", "the hotline at 102"), after "emergency number" ("Emergency
 * number: 112"), an SMS short code ("Text HELP to 7726"), or a number after another dialled one
 * ("Call the hotline 1548 or 112").
 */
function isDialled(c: Ctx, i: number, tk: Token, prev: Token, depth = 0): boolean {
  const { digits, plain } = tk.num;
  if (!plain || digits < 3 || digits > 5) return false;
  if (digits === 3 && EMERGENCY.has(tk.text) && (CALLING.has(prev.key) || (DIAL_JOINS.has(prev.key) && EMERGENCY.has(tokAt(c, i - 2)?.text ?? "")))) return true;
  if (wordBefore(c, i, PHONE_NOUNS) || (PHONE_LINKS.has(prev.key) && wordBefore(c, i - 1, PHONE_NOUNS))) return true;
  // "Emergency number: 112", "the emergency line 101"
  const noun = prev.key === "." || prev.key === ":" ? i - 2 : i - 1;
  if (NUMBER_NOUNS.has(key(c, noun)) && NUMBER_KINDS.has(key(c, noun - 1))) return true;
  // "Text HELP to 7726": an SMS short code after a keyword in capitals
  const word = tokAt(c, i - 2);
  if (prev.key === "to" && word?.kind === "word" && word.text.length > 1 && word.text === word.text.toUpperCase() && SENDING.has(key(c, i - 3))) return true;
  // "Call the hotline 1548 or 112": a number after another one dialled
  const before = tokAt(c, i - 2);
  const p2 = tokAt(c, i - 3);
  return depth < 3 && DIAL_JOINS.has(prev.key) && before?.kind === "num" && p2 !== undefined && isDialled(c, i - 2, before, p2, depth + 1);
}

/** Nouns of a number to dial after a word of its kind: "Emergency number: 112", "the emergency line 101". */
const NUMBER_NOUNS: ReadonlySet<string> = new Set(["number", "numbers", "line", "lines"]);
/** Words of the kind of a number to dial, before "number" or "line". */
const NUMBER_KINDS: ReadonlySet<string> = new Set(["emergency", "contact", "phone", "telephone", "hotline", "helpline", "sos", "toll-free", "free", "short"]);
/** Verbs of sending a text message before a keyword and "to" and a short code: "Text HELP to 7726", "SMS STOP to 80800". */
const SENDING: ReadonlySet<string> = new Set(["text", "sms", "send", "texting"]);

/**
 * Why the number at `i` is no count: part of a telephone number or of coordinates (a
 * `designation` that skips the whole of it); undefined for neither. Looks further only next to
 * another number or a "+", so most figures cost a token test or two.
 * @internal
 */
export function phoneOrPlace(c: Ctx, i: number, tk: Token, prev: Token): Fail | undefined {
  const next = tokAt(c, i + 1);
  // "called 911", "Hotline: 112", "Call 911 or 112": a number dialled, with no unit noun after it
  if (isDialled(c, i, tk, prev) && (next === undefined || next.kind !== "word" || trie(c, c.t.units, i + 1) === undefined)) return fail("designation", i + 1);
  const dashed = next?.kind === "dash" && tk.num.plain && tk.num.digits === 3;
  if (prev.kind === "num" || next?.kind === "num" || prev.key === "+" || prev.key === ")" || dashed || (tk.num.plain && tk.num.digits >= 7)) {
    const withCountry = countryCodeEnd(c, i, prev, tk);
    if (withCountry >= 0) return fail("designation", withCountry);
    const end = phoneEnd(c, i, tk);
    if (end >= 0) return fail("designation", end);
  }
  if (next?.key === "," || prev.key === "," || next?.kind === "num" || prev.kind === "num" || !Number.isInteger(tk.num.value)) {
    const end = coordinatesEnd(c, i, tk);
    if (end >= 0) return fail("designation", end);
  }
  // "grid 37U DQ 12345 67890": the digits of a grid reference
  if (prev.kind === "word" || prev.kind === "num") {
    const grid = gridEnd(c, i);
    if (grid >= 0) return fail("designation", grid);
  }
  return undefined;
}
