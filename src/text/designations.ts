/**
 * Numbers that name or code rather than count: "KN-23", "No. 5", "Leopard 2",
 * "Article 5", a footnote "[12]", a year "'22", a bearing "48°30'", "5x10^6".
 * @internal
 */
import { fail, isCapitalised, key, tokAt, trie } from "./context.js";
import { isVerbOfNamed } from "./casualty-verbs.js";
import { isLocator } from "./locators.js";
import { phoneOrPlace } from "./phones.js";
import type { Ctx, Fail } from "./context.js";
import { BEFORE_FIGURE } from "./roles.js";
import type { Token } from "./tokenize.js";

/** Marks glued before a number that make it part of a code or formula: "x^6", "*5", "A=5". */
const CODE_MARKS = new Set(["^", "*", "@", "&", "=", "_", "\\", "|", "#", "№"]);
/** Dashes that join a word to a code ("KN-23"); an em dash between words is punctuation ("figure—8,000"). */
const PUNCTUATION_DASHES = new Set(["\u2014", "\u2015"]);
/** Marks of degrees, minutes and seconds: a number after one is part of a bearing ("48°30'"). @internal */
export const DEGREE_MARKS: ReadonlySet<string> = new Set(["°", "º", "′", "″"]);

/** Whether a word is one the grammar reads: it may stand before a number without naming it. */
function known(c: Ctx, w: Token): boolean {
  const { t } = c;
  const k = w.key;
  if (t.starters.has(k) || t.stop.has(k) || t.months.has(w.text) || t.codes.has(w.text) || t.labels.has(k)) return true;
  if (t.change.has(k) || t.increase.has(k) || t.cues.has(k) || t.negations.has(k) || t.clauseBreaks.has(k)) return true;
  return t.particleVerbs.has(k) || t.negative.has(k) || t.framing.next.has(k) || t.units.next.has(k);
}

/**
 * A capitalised word the grammar does not read, right before a number: a name
 * ("Leopard 2", "Mirage 2000", "Area 51", "Boeing 747"), not a count. Not
 * before a number of thousands written with its marks ("Meanwhile 4,000
 * soldiers"): no name is numbered so. Nor a place name of the table before a number with a
 * unit noun after it ("sent Ukraine 100 tanks"): the place the count goes to.
 */
function isName(c: Ctx, i: number, prev: Token, tk: Token): boolean {
  if (prev.kind !== "word" || tk.glued || !isCapitalised(prev.text) || isPossessive(prev.text)) return false;
  if (!tk.num.plain && tk.num.digits >= 4 && !tk.num.malformed) return false;
  // "Germany sent Ukraine 100 tanks", "sent Kyiv 31 Abrams tanks": the place the count goes to
  if (c.t.places.has(prev.text) && unitNounNear(c, i + 1)) return false;
  return !known(c, prev);
}

/** Whether a unit noun of the table starts at token `k`, or after the name of a model there ("Abrams tanks", "Challenger 2 tanks"). */
function unitNounNear(c: Ctx, k: number): boolean {
  if (trie(c, c.t.units, k) !== undefined) return true;
  const name = tokAt(c, k);
  if (name?.kind !== "word" || !isCapitalised(name.text)) return false;
  const model = tokAt(c, k + 1)?.kind === "num" ? k + 2 : k + 1;
  return trie(c, c.t.units, model) !== undefined;
}

/** Whether a word ends in "'s" or "’s" ("Russia's"). */
function isPossessive(word: string): boolean {
  const q = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (q === 39 || q === 0x2019);
}

const NUMERAL = /\p{N}/u;
/**
 * Whether the mark `text` (one code point) is a digit of another script or a
 * superscript ("٠", "⁶"); an ASCII mark is none, as ASCII digits make numbers.
 * @internal
 */
export function isNumeral(text: string): boolean {
  return text.charCodeAt(0) >= 128 && NUMERAL.test(text);
}

/** Whether the number at `i`, right after "[", is a footnote's: bare digits closed by "]" ("[12]"), not "[3,000 troops]". */
function isFootnote(c: Ctx, i: number): boolean {
  const tk = tokAt(c, i) as Token;
  const close = tokAt(c, i + 1);
  return tk.num.plain && tk.num.digits <= 3 && close?.key === "]" && close.glued;
}

/** Why what is glued before a number makes it no count: a word, a code mark, a dash after a word. */
function gluedBefore(c: Ctx, i: number, prev: Token, p2: Token | undefined): Fail | undefined {
  if (prev.kind === "word") return fail("designation", i + 1);
  if (prev.kind === "dash" && prev.glued && p2?.kind === "word" && !PUNCTUATION_DASHES.has(prev.text) && !c.t.numberWords.has(p2.key)) {
    return fail("designation", i + 1);
  }
  if (prev.kind === "dash" && prev.glued && p2?.kind === "num") return fail("no-quantity", i + 1);
  if (CODE_MARKS.has(prev.key) || DEGREE_MARKS.has(prev.key)) return fail("designation", i + 1);
  // a footnote: "3,000[12]", and a bare number in brackets after a space: "3,000 troops [12]"
  if (prev.key === "[" && (prev.glued || isFootnote(c, i))) return fail("designation", i + 2);
  if ((prev.key === "." || prev.key === ":" || prev.key === "/") && p2?.kind === "num" && prev.glued) {
    return fail(prev.key === ":" ? "clock-time" : prev.key === "/" ? "date" : "designation", i + 1);
  }
  // a leading decimal point: ".5 million", "$.5bn", ".308"
  if (prev.key === "." && !(p2?.kind === "num" && prev.glued)) return fail("malformed-number", i + 1);
  // a digit of another script or a superscript against the number: "3٠٠٠", "10⁶"
  if (prev.kind === "sym" && isNumeral(prev.text)) return fail("malformed-number", i + 1);
  return undefined;
}

/**
 * Label nouns that name what follows in lower case too ("resolution 2231", "route 14", "page
 * 12", "emergency line 101"), before bare digits with no unit noun after them (see
 * `namesNumber`); the others do only when capitalised, as "no" or "level" before a number may
 * begin a count.
 */
const ANY_CASE_LABELS = new Set([
  "resolution", "resolutions", "article", "articles", "route", "highway", "flight", "section", "chapter", "paragraph", "page", "pages",
  "brigade", "regiment", "battalion", "unit", "building", "house", "apartment", "room", "gate", "platform", "exit", "road", "block",
  "decree", "law", "bill", "line", "channel", "table", "tables", "figure", "fig", "annex", "appendix", "volume", "vol", "para", "art",
  "ch", "pp", "p", "kilometre", "kilometer", "milepost", "square", "hotline", "map", "footnote",
]);

/**
 * Whether a label noun in lower case names the number after it: bare digits with no unit
 * noun after them ("military unit 29155", "building 7"); "the unit 3,000 troops" and "in
 * the house 12 people" count.
 */
function namesNumber(c: Ctx, i: number, tk: Token): boolean {
  if (!tk.num.plain) return false;
  const noun = trie(c, c.t.units, i + 1);
  return noun === undefined || (noun.end === i + 2 && isVerbOfNamed(c, i + 1));
}

/** Nouns of a military formation, which a number and a name before them name: "810 Marine Brigade", "the 155 Mechanized Brigade". */
const FORMATIONS: ReadonlySet<string> = new Set(["Brigade", "Regiment", "Battalion", "Division", "Corps", "Squadron", "Fleet"]);

/**
 * Whether the number at `i` names a formation: bare digits with one or two capitalised words
 * after them, the last a noun of `FORMATIONS` in the singular and capitalised ("810 Marine
 * Brigade lost 200 marines"), or one such noun in any case after "the" ("the 155 brigade").
 * "300 Marine Corps troops", with a unit noun after it, counts, as "the 300 brigades" does.
 */
function isFormation(c: Ctx, i: number, tk: Token): boolean {
  if (!tk.num.plain) return false;
  // "the 155 brigade lost 1,700 soldiers": one formation after "the", in any case
  const next = tokAt(c, i + 1);
  if (key(c, i - 1) === "the" && next?.kind === "word" && FORMATIONS.has(capitalised(next.key)) && !next.key.endsWith("s") && trie(c, c.t.units, i + 2) === undefined) return true;
  for (let k = i + 1; k <= i + 3; k++) {
    const w = tokAt(c, k);
    if (w?.kind !== "word" || !isCapitalised(w.text)) return false;
    if (k > i + 1 && FORMATIONS.has(w.text)) return trie(c, c.t.units, k + 1) === undefined;
  }
  return false;
}

/** "brigade" → "Brigade". */
function capitalised(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Whether a key is a sign of times between two numbers: "x" or "×", as in "4 x 4", "6 × 6". */
function isTimesSign(k: string): boolean {
  return k === "x" || k === "×";
}

/** Why the words before the number at `i` make it a name or code, not a quantity ("KN-23", "No. 5", "Leopard 2"). */
export function labelled(c: Ctx, i: number, tk: Token, money: boolean, second: boolean): Fail | undefined {
  const { t, toks } = c;
  // `tk` is the token at `i`, so only the tokens before it and after it need a bounds check
  const prev = i > 0 ? toks[i - 1] : undefined;
  const p2 = i > 1 ? toks[i - 2] : undefined;
  if (prev !== undefined && tk.glued) {
    const g = !money && !second ? gluedBefore(c, i, prev, p2) : prev.key === "." && !(p2?.kind === "num" && prev.glued) ? fail("malformed-number", i + 1) : undefined;
    if (g !== undefined) return g;
  }
  // "4 x 4 vehicles", "6 × 6": numbers joined by a sign of times the grammar does not read
  if (i + 2 < toks.length && isTimesSign((toks[i + 1] as Token).key) && (toks[i + 2] as Token).kind === "num") return fail("malformed-number", i + 3);
  if (p2?.kind === "num" && isTimesSign((prev as Token).key)) return fail("malformed-number", i + 1);
  // a two-digit year: "'22", "’22"
  const year = tk.num.digits === 2 && tk.num.plain;
  if (year && prev !== undefined && (prev.key === "'" || prev.key === "’") && tk.glued && !prev.glued) return fail("date", i + 1);
  if (money || second || prev === undefined) return undefined;
  const dotted = prev.key === ".";
  const label = dotted ? p2 : prev;
  if (label?.kind === "word" && (label.roles & BEFORE_FIGURE) !== 0 && t.labels.has(label.key)) {
    // "No. 5", "Decree no. 647": "no" with its point names the number after it in any case
    // "Unit number 3057", "flight number 17": "number" after a label; "who number 3 crore" counts
    const at = dotted ? i - 2 : i - 1;
    const named = isCapitalised(label.text) || (label.key === "no" && dotted && prev.glued) || (label.key === "number" && t.labels.has(key(c, at - 1)) && namesNumber(c, i, tk));
    if (named || (ANY_CASE_LABELS.has(label.key) && namesNumber(c, i, tk))) return fail("designation", i + 1);
  }
  // a locator stands before a full stop ("pp. 12"), a formation's number before its words
  if ((tk.num.plain && isFormation(c, i, tk)) || (dotted && isLocator(c, i))) return fail("designation", i + 1);
  const code = phoneOrPlace(c, i, tk, prev);
  if (code !== undefined) return code;
  return isName(c, i, prev, tk) ? fail("designation", i + 1) : undefined;
}
