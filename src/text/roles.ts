/**
 * What each token can do in a compiled table, as bits, and the words already
 * seen with theirs: a word read before is found again from its characters,
 * without cutting it out of the text or hashing a new string.
 * @internal
 */
import { lexOf } from "./lexicon.js";
import type { Trie } from "./trie.js";

/** A word seen before: its text as written, its match key and its roles. @internal */
export interface Word {
  readonly text: string;
  readonly key: string;
  readonly roles: number;
  /** The bits of the gated rules' words the key is (see lex-bits.ts). */
  readonly lex: number;
}

/**
 * What a token's key can do, as bits: the tries whose phrases it can start
 * (each trie's `bit`) and `STARTER`, worked out once per key and kept; and
 * the words seen, in an open-addressing table of their text.
 * @internal
 */
export interface Roles {
  readonly tries: readonly Trie<unknown>[];
  readonly starters: ReadonlySet<string>;
  /** Currency codes, as written: a word that is one ("USD", "RMB") can start a phrase. */
  readonly codes: ReadonlySet<string>;
  readonly keyRoles: readonly KeyRole[];
  readonly known: Map<string, number>;
  /** The roles of one-character ASCII keys by their code ("#", "-", ","), -1 where not yet known. */
  readonly ascii: Int32Array;
  /** Each slot holds 1 + the index of a word in `words`, or 0 when empty; the table grows to keep half of it empty. */
  slots: Int32Array;
  readonly words: Word[];
}

/** A role a key has by a test of the key alone, such as being in one of the table's sets: its bit and the test. @internal */
export interface KeyRole {
  readonly bit: number;
  readonly has: (key: string) => boolean;
}

/** Tries get the bits below this one, so many at most (a compiled table has 22); the bits from it up are roles of other kinds. */
const TRIE_BITS = 22;
/**
 * The role bit of a word that gives a number right before it another reading: a scale word
 * ("million", "bn", "quadrillion"), a comparative ("fewer", "higher"), a calibre ("mm"), a
 * noun of time ("days") or a multiple ("times"). @internal
 */
export const AFTER_FIGURE = 1 << 22;
/** The role bit of a word that gives a number right after it another reading: a label ("No.", "Flight", "Resolution") or a verb of a rise or fall ("rose", "fell"). @internal */
export const BEFORE_FIGURE = 1 << 23;
/** The role bit of a key that may start a value without a number next to it: a number word, an article, a fraction, a currency symbol. @internal */
export const VALUE = 1 << 24;
/** The role bit of a negation ("not", "no", "didn't"). @internal */
export const NEGATION = 1 << 25;
/** The role bit of a modality cue ("will", "could", "plans"). @internal */
export const CUE = 1 << 26;
/** The role bit of a verb of change ("rose", "fell"). @internal */
export const CHANGE = 1 << 27;
/** The role bit of a word that ends the clause a modality cue reaches across ("but", "while"). @internal */
export const CLAUSE_BREAK = 1 << 28;
/** The role bit of a word that makes a number no count or a negative one: an age word, a people of an age, a vote, a verb of a tally, a negative word ("minus"). @internal */
export const NOT_COUNT = 1 << 29;
/** The role bit of a key that can start a quantity phrase. @internal */
export const STARTER = 1 << 30;
/** Keys and words whose roles are kept, at most: text with ever new words costs a look-up per trie, never unbounded memory. */
const KEEP = 1 << 16;

/** The roles of `key`. @internal */
export function rolesOf(r: Roles, key: string): number {
  const known = r.known.get(key);
  if (known !== undefined) return known;
  let bits = r.starters.has(key) ? STARTER : 0;
  for (const t of r.tries) if (t.next.has(key)) bits |= t.bit;
  for (const k of r.keyRoles) if (k.has(key)) bits |= k.bit;
  if (r.known.size < KEEP) r.known.set(key, bits);
  return bits;
}

/** The roles of a key of one ASCII character, such as "#" (every number), "-" (every dash) or ",": a table look-up by its code. @internal */
export function asciiRoles(r: Roles, code: number): number {
  const bits = r.ascii[code] as number;
  return bits >= 0 ? bits : (r.ascii[code] = rolesOf(r, String.fromCharCode(code)));
}

/** Gives each trie of `parts` a bit of its own (up to `TRIE_BITS` of them). @internal */
export function rolesFor(parts: object, starters: ReadonlySet<string>, codes: ReadonlySet<string>, keyRoles: readonly KeyRole[]): Roles {
  const tries: Trie<unknown>[] = [];
  for (const v of Object.values(parts) as unknown[]) {
    if (typeof v !== "object" || v === null || !("hasValue" in v) || tries.length >= TRIE_BITS) continue;
    const t = v as Trie<unknown>;
    t.bit = 1 << tries.length;
    tries.push(t);
  }
  return { tries, starters, codes, keyRoles, known: new Map(), ascii: new Int32Array(128).fill(-1), slots: new Int32Array(1 << 10), words: [] };
}

/** A hash of the code units of `text` in [start, end), the one the tokenizer computes as it reads a word. @internal */
export function hashOf(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** Whether the code units `units` of a text hold `word` at [start, end). */
function holds(units: Uint16Array, start: number, end: number, word: string): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== units[start + k]) return false;
  return true;
}

/**
 * The first slot of a word with the hash `hash` in `slots`: the top bits of the hash
 * times the golden ratio. The low bits of `hashOf` alone are poor (31 is -1 modulo 32),
 * and words of ever new letters crowd together in long runs of slots.
 */
function slotOf(slots: Int32Array, hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> Math.clz32(slots.length - 1);
}

/** The word at [start, end) of the text whose code units are `units`, and whose `hashOf` is `hash`, if it was seen before. @internal */
export function seen(r: Roles, units: Uint16Array, start: number, end: number, hash: number): Word | undefined {
  const { slots, words } = r;
  const mask = slots.length - 1;
  for (let s = slotOf(slots, hash); slots[s] !== 0; s = (s + 1) & mask) {
    const w = words[(slots[s] as number) - 1] as Word;
    if (holds(units, start, end, w.text)) return w;
  }
  return undefined;
}

/** Puts word number `n` of `r.words` in the first empty slot after its hash. */
function place(slots: Int32Array, w: Word, n: number): void {
  const mask = slots.length - 1;
  let s = slotOf(slots, hashOf(w.text, 0, w.text.length));
  while (slots[s] !== 0) s = (s + 1) & mask;
  slots[s] = n + 1;
}

/**
 * A word not seen before, with its key; kept while fewer than `KEEP` are. A
 * currency code ("USD") is a `STARTER` as written, not by its key, so that
 * telling whether a phrase may start at a word takes one bit.
 * @internal
 */
export function remember(r: Roles, text: string, key: string): Word {
  const w: Word = { text, key, roles: rolesOf(r, key) | (r.codes.has(text) ? STARTER : 0), lex: lexOf(key) };
  if (r.words.length >= KEEP) return w;
  if (2 * (r.words.length + 1) > r.slots.length) {
    r.slots = new Int32Array(r.slots.length * 2);
    r.words.forEach((x, n) => place(r.slots, x, n));
  }
  place(r.slots, w, r.words.length);
  r.words.push(w);
  return w;
}
