/**
 * What every part of the quantity grammar shares: the tokens of one input
 * with its compiled table, the shape of a read value, and small readers.
 * @internal
 */
import type { Estimate } from "../estimate/schema.js";
import { compile } from "./compile.js";
import { STARTER } from "./roles.js";
import type { Compiled } from "./compile.js";
import type { ParseEstimateFailure } from "./parse.js";
import type { PhraseTable } from "./phrases/types.js";
import { matchTrie } from "./trie.js";
import type { Trie, TrieMatch } from "./trie.js";
import { tokenize } from "./tokenize.js";
import type { Token } from "./tokenize.js";

/** Why a phrase is not a quantity, as the matcher finds it. @internal */
export type MatchFailure = Exclude<ParseEstimateFailure, "empty" | "trailing-text" | "unsupported-locale">;
export interface Ctx {
  readonly toks: readonly Token[];
  readonly src: string;
  readonly t: Compiled;
  /** parseEstimate: the whole input is one phrase, so year-like numbers and bare small numbers count. */
  readonly phrase: boolean;
}

/** One end of a quantity. */
export interface Val {
  readonly v: number;
  readonly end: number;
  readonly currency: string | undefined;
  readonly pct: boolean;
  readonly frac: boolean;
  readonly mult: number;
  readonly small: boolean;
  readonly yearLike: boolean;
  readonly strong: boolean;
  readonly plainInt: boolean;
}

/** A value; every one is built here, so that all share one shape and the grammar reads them fast. */
export function val(v: number, end: number, currency: string | undefined, pct: boolean, frac: boolean, mult: number, small: boolean, yearLike: boolean, strong: boolean, plainInt: boolean): Val {
  return { v, end, currency, pct, frac, mult, small, yearLike, strong, plainInt };
}

/** The number of one end, before its currency and percent sign are read. */
export type Amount = Omit<Val, "currency" | "pct">;

/** A phrase that is not a quantity, and the token to resume at. */
export interface Fail {
  readonly fail: MatchFailure;
  readonly skip: number;
}

/** A matched phrase: the estimate and its token span. @internal */
/** Options the matcher needs. @internal */
export interface MatchOptions {
  readonly unit: string;
}

export interface Match {
  /** The estimate, with `text` set to the phrase as written. */
  readonly estimate: Estimate;
  /** The first token of the phrase. */
  readonly first: number;
  /** The first token after the words before the figure ("about", "the", "another"). */
  readonly head: number;
  /** The token after the phrase. */
  readonly end: number;
  /** The figure adds to an earlier one: "another 1,000", "3,000 more". */
  readonly increment: boolean;
  /** The figure was replaced by a later one for the same thing: "revised from 3,000", "4,000 (revised from 2,500)". */
  readonly superseded: boolean;
}

/** A failure, as `fail` makes every one: a class of its own, so that telling one apart takes no property look-up. */
class Failure implements Fail {
  constructor(
    readonly fail: MatchFailure,
    readonly skip: number,
  ) {}
}
// `instanceof`, not a read of `fail` or `"fail" in x`: the call sites see many shapes, on which a property look-up is slow
export const isFail = (x: unknown): x is Fail => x instanceof Failure;
export const fail = (reason: MatchFailure, skip: number): Fail => new Failure(reason, skip);

// A negative index is no array index but a property name ("-1") looked up the prototype chain: slow, so tested first.
// An index past the end is tested too: a read out of an array's bounds costs more than the test.
export function tokAt(c: Ctx, i: number): Token | undefined {
  return i >= 0 && i < c.toks.length ? c.toks[i] : undefined;
}
export function key(c: Ctx, i: number): string {
  return i >= 0 && i < c.toks.length ? (c.toks[i] as Token).key : "";
}
export function trie<T>(c: Ctx, t: Trie<T>, i: number): TrieMatch<T> | undefined {
  if (i >= c.toks.length || (t.bit !== 0 && ((c.toks[i] as Token).roles & t.bit) === 0)) return undefined;
  return matchTrie(t, c.toks, i);
}
/** Whether token `i` exists and has the role `bit` (see `rolesOf`): a bit test in place of a set look-up of its key. */
export function hasRole(c: Ctx, i: number, bit: number): boolean {
  return i >= 0 && i < c.toks.length && ((c.toks[i] as Token).roles & bit) !== 0;
}
/**
 * Whether the key of token `i` may be in a set every key of which has the role `bit` (see
 * `keyRoles`): false only where the token is there without the bit, so that the look-up of
 * the set can be passed over. Past either end, where `key` reads "", it may.
 */
export function mayHave(c: Ctx, i: number, bit: number): boolean {
  return i < 0 || i >= c.toks.length || ((c.toks[i] as Token).roles & bit) !== 0;
}
/** Whether a phrase of `t` may start at token `i`: false only where the token is there without the trie's bit. */
export function mayStart(c: Ctx, i: number, t: Trie<unknown>): boolean {
  return t.bit === 0 || mayHave(c, i, t.bit);
}
/** The words of tokens [a, b) as written, lower case, single spaces, without soft hyphens. */
export function words(c: Ctx, a: number, b: number): string {
  const first = c.toks[a] as Token;
  // a word or a mark holds no whitespace ("10 000" does)
  if (b === a + 1 && first.kind !== "num") return unhyphened(first.text.toLowerCase());
  const last = c.toks[b - 1] as Token;
  const text = unhyphened(c.src.slice(first.start, last.end).toLowerCase());
  return singleSpaced(c, a, b) ? text : text.replace(/\s+/g, " ");
}

/** `text` without the soft hyphens that may stand inside its words ("ap\u00adprox\u00adi\u00admate\u00adly"). */
function unhyphened(text: string): string {
  return text.includes("\u00ad") ? text.replaceAll("\u00ad", "") : text;
}

/**
 * Whether tokens [a, b) are glued or one space apart, none of them a number (which may
 * hold whitespace: "10 000"), so that their text needs no regex to be single-spaced ("more than").
 */
function singleSpaced(c: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const tk = c.toks[k] as Token;
    if (tk.kind === "num") return false;
    const gap = k === a ? 0 : tk.start - (c.toks[k - 1] as Token).end;
    if (gap > 1 || (gap === 1 && c.src.charCodeAt(tk.start - 1) !== 32)) return false;
  }
  return true;
}
export function glued(c: Ctx, i: number): boolean {
  return i >= 0 && i < c.toks.length && (c.toks[i] as Token).glued;
}
/**
 * Multiply without binary noise: 4.35 × 1e6 is 4,350,000. A product that is
 * already a whole number below 10^15 ("5.5bn") is what rounding it to 15
 * digits gives, so it is kept without the slow rounding.
 */
export function times(v: number, m: number): number {
  if (m === 1) return v;
  const p = v * m;
  return Number.isInteger(p) && p > 0 && p < 1e15 ? p : Number(p.toPrecision(15));
}

/**
 * Whether a number's value is one a double holds as written: finite and at most 2^53 − 1
 * (`Number.MAX_SAFE_INTEGER`), whether written in digits, with scale words ("$999 trillion
 * trillion") or in words ("a million million million"). @internal
 */
export function isSafeAmount(v: number): boolean {
  return v <= Number.MAX_SAFE_INTEGER;
}

export const WORD_MULTIPLIER = /^[a-z]{3,}$/;

const UPPER_FIRST = /^\p{Lu}/u;
/** Whether `text` starts with a capital letter; ASCII without a regex. @internal */
export function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(text);
}
/** Tokens and context for one input. @internal */
export function context(src: string, table: PhraseTable, phrase: boolean): Ctx {
  const t = compile(table);
  const toks = tokenize(src, t.marks, t.roles);
  return { toks, src, t, phrase };
}

/** Whether a phrase could start at token `i` (a cheap test before `matchAt`). @internal */
export function canStart(c: Ctx, i: number): boolean {
  // a word that is a currency code has the bit too: see `remember`
  return ((c.toks[i] as Token).roles & STARTER) !== 0;
}

/** The phrase of tokens [first, end) as written. @internal */
export function phraseText(c: Ctx, first: number, end: number): string {
  return c.src.slice((c.toks[first] as Token).start, (c.toks[end - 1] as Token).end);
}

/** A match with its offsets and verbatim text; `offset` is where `c.src` starts in the whole input. @internal */
export function withText(c: Ctx, m: Match, offset = 0): { estimate: Estimate; start: number; end: number; text: string } {
  const start = (c.toks[m.first] as Token).start;
  const end = (c.toks[m.end - 1] as Token).end;
  return { estimate: m.estimate, start: start + offset, end: end + offset, text: m.estimate.text as string };
}

