/**
 * A number said twice: "3,000 (three thousand) troops", "3,000 troops (three thousand troops)",
 * "3,000 (approx. three thousand) troops" is one figure; "3,000 (three hundred) troops", "1.5
 * million (1,400,000) troops" and "3,000 (or 4,000) troops", whose two numbers disagree, are none.
 * @internal
 */
import { singularNoun } from "../_lib/nouns.js";
import { leads, noLead } from "./bounds.js";
import { fail, glued, isFail, key, phraseText, tokAt, trie } from "./context.js";
import { converted } from "./conversions.js";
import type { Ctx, Fail, Val } from "./context.js";
import { value } from "./value.js";

/** Words before a second number in brackets that give it as another reading of the figure: "(or 4,000)", "(some say 5,000)". */
const ALTERNATIVES: ReadonlySet<string> = new Set(["or", "some", "others", "say", "says", "said", "perhaps", "possibly", "maybe", "reportedly", "even", "officially"]);
/** How many words may stand before and after the second number inside the brackets. */
const REACH = 4;

/** The token of the number in the brackets that open at `at`, past words that give it as another reading and past a hedge ("(or 4,000)", "(approx. three thousand)"). */
function innerStart(c: Ctx, at: number): number {
  let k = at + 1;
  while (k < at + 1 + REACH && ALTERNATIVES.has(key(c, k))) k++;
  const j = leads(c, k, noLead());
  return j < 0 ? k : j;
}

/** The noun of a figure, as its singular, for the words from `from` to `to`; "" for none. */
function nounOf(c: Ctx, from: number, to: number): string {
  return to > from ? singularNoun(phraseText(c, from, to)) : "";
}

/**
 * The token of the ")" after the number in brackets that ends at `end`, where nothing or the
 * figure's own noun stands between them ("(three thousand troops)" after "3,000 troops"), or -1.
 * `noun` is the figure's noun.
 */
function closeAfter(c: Ctx, end: number, noun: string): number {
  const bare = pastTotal(c, end);
  if (key(c, bare) === ")") return bare;
  if (noun === "" || trie(c, c.t.units, end) === undefined) return -1;
  for (let k = end + 1; k <= end + REACH; k++) {
    const close = pastTotal(c, k);
    if (key(c, close) === ")") return nounOf(c, end, k) === noun ? close : -1;
  }
  return -1;
}

/** The token past words that call a number the whole ("in total", "in all", "altogether", "overall") from `k`, or `k`: "(3,000 in total)" says the figure again. */
function pastTotal(c: Ctx, k: number): number {
  if (key(c, k) === "in" && (key(c, k + 1) === "total" || key(c, k + 1) === "all")) return k + 2;
  return TOTALS.has(key(c, k)) ? k + 1 : k;
}

/** Words after a number that call it the whole. */
const TOTALS: ReadonlySet<string> = new Set(["total", "altogether", "overall"]);

/** How far a number in words may run in its brackets: "(three-and-a-half thousand)". */
const WORDS_REACH = 10;

/**
 * The token after the ")" of a number in words that runs on past its first word with a hyphen,
 * from the number that ends at `end` ("(three-and-a-half thousand)"), which the grammar cannot
 * read; -1 for none.
 */
function pastHyphenedWords(c: Ctx, end: number): number {
  if (key(c, end) !== "-" || !glued(c, end) || !glued(c, end + 1) || tokAt(c, end + 1)?.kind !== "word") return -1;
  for (let k = end + 1; k < end + WORDS_REACH; k++) {
    const w = key(c, k);
    if (w === ")") return k + 1;
    if (w === "(" || w === "") return -1;
  }
  return -1;
}

/**
 * A restatement of the number `a` (which starts at token `first`) in the parentheses that open at
 * `at`, right after it or after its noun: the token after the ")" where it says the same value in
 * the same terms ("3,000 (three thousand)", "three thousand (3,000)", "$5m (five million
 * dollars)", "3,000 troops (three thousand troops)", "3,000 (approx. three thousand)"); a failure
 * that skips both where the two disagree ("3,000 (three hundred)", "1.5 million (1,400,000)",
 * "3,000 (or 4,000)", "3,000 (some say 5,000)", "3,000 (three-and-a-half thousand)"), as the text
 * gives two readings of one figure and does not settle them; -1 for none, as for a conversion
 * of a unit ("300 km (186 miles)"), a part ("12 people (7 civilians)") or the total after a rise
 * ("+150 (400)"). A sum in another currency ("$1.1 billion (€813 million)") is the same sum, read
 * by `converted`.
 * @internal
 */
export function restated(c: Ctx, a: Val, first: number, at: number): number | Fail {
  // "+150 (400)": a rise and the total it comes to
  if (key(c, first - 1) === "+") return -1;
  // "$1.5bn (€1.4bn)": the sum in another currency, said again
  if (a.currency !== undefined) {
    const conv = converted(c, a, at);
    if (conv !== -1) return conv;
  }
  const k = innerStart(c, at);
  const b = value(c, k, true);
  if (b === undefined) return -1;
  if (isFail(b)) return b.fail === "malformed-number" && key(c, b.skip) === ")" ? fail("malformed-number", b.skip + 1) : -1;
  const hyphened = pastHyphenedWords(c, b.end);
  if (hyphened >= 0) return fail("malformed-number", hyphened);
  if (b.currency !== a.currency || b.pct !== a.pct || b.frac !== a.frac) return -1;
  const noun = at > a.end ? nounOf(c, a.end, at) : "";
  const close = closeAfter(c, b.end, noun);
  if (close < 0) return -1;
  if (b.v === a.v) return close + 1;
  // "3,000 troops (4,000 in total)": a part and the whole it belongs to, two figures
  for (let k = b.end; k < close; k++) if (TOTALS.has(key(c, k)) || key(c, k) === "all") return -1;
  return fail("malformed-number", close + 1);
}
