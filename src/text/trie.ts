import { tokenize } from "./tokenize.js";
import type { NumberMarks, Token } from "./tokenize.js";

/**
 * A trie over token keys, for the multi-word phrases of a phrase table. After
 * the first token a phrase's tokens match only as written: glued to the one
 * before or spaced from it, so "a$" (Australian dollars) is not "a $5 billion
 * package" and "billion-dollar" is not "billion - dollar". The edges of each
 * are kept apart, `next` and `glued`, so that a step is one look-up by the key.
 * @internal
 */
export interface Trie<T> {
  /** The edges of the first token, and of a token spaced from the one before. */
  readonly next: Map<string, Trie<T>>;
  /** The edges of a token glued to the one before (never the first token). */
  readonly glued: Map<string, Trie<T>>;
  value: T | undefined;
  hasValue: boolean;
  /** Whether no phrase goes on from here. */
  leaf: boolean;
  /**
   * On the root of a compiled table's trie, the bit of the trie in each token's
   * roles: a token without it starts no phrase of the trie. 0 where unknown.
   */
  bit: number;
}

/** A match of a trie: the value and the index after the last token. @internal */
export interface TrieMatch<T> {
  readonly value: T;
  readonly end: number;
}

function node<T>(): Trie<T> {
  return { next: new Map(), glued: new Map(), value: undefined, hasValue: false, leaf: true, bit: 0 };
}

/**
 * A trie of phrases, each tokenized the way text is, so that "u.s. dollars"
 * or "billion-dollar" match their tokens. Later entries win on equal phrases.
 * @internal
 */
export function trieOf<T>(entries: Iterable<readonly [string, T]>, marks: NumberMarks): Trie<T> {
  const root = node<T>();
  for (const [phrase, value] of entries) {
    const toks = tokenize(phrase.toLowerCase(), marks);
    if (toks.length === 0) continue;
    let at = root;
    for (const [n, tk] of toks.entries()) {
      const edges = n > 0 && tk.glued ? at.glued : at.next;
      let child = edges.get(tk.key);
      if (child === undefined) {
        child = node<T>();
        edges.set(tk.key, child);
        at.leaf = false;
      }
      at = child;
    }
    at.value = value;
    at.hasValue = true;
  }
  return root;
}

/**
 * One trie for several: the value of a node is the bits (`1 << n` for
 * `tries[n]`) of those with a phrase that ends there, so that one walk tells
 * which of them have a phrase at a token.
 * @internal
 */
export function unionOf(tries: readonly Trie<unknown>[]): Trie<number> {
  const root = node<number>();
  tries.forEach((t, n) => addPaths(root, t, 1 << n));
  return root;
}

/** Adds the phrases of `from` to `into`, with `bit` in the value of every node where one ends. */
function addPaths(into: Trie<number>, from: Trie<unknown>, bit: number): void {
  if (from.hasValue) {
    into.value = (into.value ?? 0) | bit;
    into.hasValue = true;
  }
  for (const glued of [false, true]) {
    const edges = glued ? into.glued : into.next;
    for (const [k, child] of glued ? from.glued : from.next) {
      let to = edges.get(k);
      if (to === undefined) {
        to = node<number>();
        edges.set(k, to);
        into.leaf = false;
      }
      addPaths(to, child, bit);
    }
  }
}

/** The bits of the tries of `union` (see `unionOf`) that have a phrase starting at token `i`. @internal */
export function matchedIn(union: Trie<number>, toks: readonly Token[], i: number): number {
  const first = toks[i];
  let at = first === undefined ? undefined : union.next.get(first.key);
  let bits = 0;
  for (let j = i + 1; at !== undefined; j++) {
    if (at.hasValue) bits |= at.value as number;
    if (j >= toks.length || at.leaf) break;
    const tk = toks[j] as Token;
    at = (tk.glued ? at.glued : at.next).get(tk.key);
  }
  return bits;
}

/**
 * The longest phrase of `trie` that starts at token `i`, its tokens glued or
 * spaced as in the phrase. Bounded by the depth of the trie.
 * @internal
 */
export function matchTrie<T>(trie: Trie<T>, toks: readonly Token[], i: number): TrieMatch<T> | undefined {
  const first = toks[i];
  let at = first === undefined ? undefined : trie.next.get(first.key);
  let best: Trie<T> | undefined;
  let end = 0;
  for (let j = i + 1; at !== undefined; j++) {
    if (at.hasValue) {
      best = at;
      end = j;
    }
    if (j >= toks.length || at.leaf) break;
    const tk = toks[j] as Token;
    at = (tk.glued ? at.glued : at.next).get(tk.key);
  }
  return best === undefined ? undefined : { value: best.value as T, end };
}
