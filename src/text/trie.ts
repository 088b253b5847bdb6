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
 * A node of a union of tries (see `unionOf`): its `value` holds the bits of
 * the tries with a phrase that ends there, and `values[n]` the value of that
 * phrase in `tries[n]`.
 * @internal
 */
export interface UnionTrie {
  readonly next: Map<string, UnionTrie>;
  readonly glued: Map<string, UnionTrie>;
  value: number;
  readonly values: unknown[];
  leaf: boolean;
}

/**
 * One trie for several: the value of a node is the bits (`1 << n` for
 * `tries[n]`) of those with a phrase that ends there, with the value of each,
 * so that one walk finds the longest phrase of each of them at a token.
 * @internal
 */
export function unionOf(tries: readonly Trie<unknown>[]): UnionTrie {
  const root = unionNode();
  tries.forEach((t, n) => addPaths(root, t, n));
  return root;
}

function unionNode(): UnionTrie {
  return { next: new Map(), glued: new Map(), value: 0, values: [], leaf: true };
}

/** Adds the phrases of `from`, which is `tries[n]`, to `into`, with bit `n` and the value in every node where one ends. */
function addPaths(into: UnionTrie, from: Trie<unknown>, n: number): void {
  if (from.hasValue) {
    into.value |= 1 << n;
    into.values[n] = from.value;
  }
  for (const glued of [false, true]) {
    const edges = glued ? into.glued : into.next;
    for (const [k, child] of glued ? from.glued : from.next) {
      let to = edges.get(k);
      if (to === undefined) {
        to = unionNode();
        edges.set(k, to);
        into.leaf = false;
      }
      addPaths(to, child, n);
    }
  }
}

/**
 * The longest phrase of each trie of `union` (see `unionOf`) that starts at
 * token `i`, as `matchTrie` on that trie finds it, in one walk: for each trie
 * `n` with one, `ends[n]` is the index after its last token and `values[n]`
 * its value. Returns the bits of the tries with one; the other entries are left as they were.
 * @internal
 */
export function matchUnion(union: UnionTrie, toks: readonly Token[], i: number, ends: Int32Array, values: unknown[]): number {
  // no read past the end of `toks`, which costs more than the test
  let at = i >= 0 && i < toks.length ? union.next.get((toks[i] as Token).key) : undefined;
  let bits = 0;
  for (let j = i + 1; at !== undefined; j++) {
    for (let v = at.value; v !== 0; v &= v - 1) {
      const n = 31 - Math.clz32(v & -v);
      ends[n] = j;
      values[n] = at.values[n];
    }
    bits |= at.value;
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
  let at = i >= 0 && i < toks.length ? trie.next.get((toks[i] as Token).key) : undefined;
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
