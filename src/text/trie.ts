import { tokenize } from "./tokenize.js";
import type { NumberMarks, Token } from "./tokenize.js";

/** A trie over token keys, for the multi-word phrases of a phrase table. @internal */
export interface Trie<T> {
  readonly next: Map<string, Trie<T>>;
  value: T | undefined;
  hasValue: boolean;
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

/** The keys of glued tokens on trie edges, made once per key rather than once per look-up. */
const GLUED = new Map<string, string>();

/**
 * The key of a token on a trie edge. After the first token a phrase's tokens
 * match only as written: glued to the one before or spaced from it, so "a$"
 * (Australian dollars) is not "a $5 billion package" and "billion-dollar" is
 * not "billion - dollar".
 */
function edge(tok: Token, inside: boolean): string {
  if (!inside || !tok.glued) return tok.key;
  let k = GLUED.get(tok.key);
  if (k === undefined) {
    k = `\u0000${tok.key}`;
    if (GLUED.size < 4096) GLUED.set(tok.key, k);
  }
  return k;
}

function node<T>(): Trie<T> {
  return { next: new Map(), value: undefined, hasValue: false, bit: 0 };
}

/**
 * A trie of phrases, each tokenized the way text is, so that "u.s. dollars"
 * or "billion-dollar" match their tokens. Later entries win on equal phrases.
 * @internal
 */
export function trieOf<T>(entries: Iterable<readonly [string, T]>, marks: NumberMarks): Trie<T> {
  const root = node<T>();
  for (const [phrase, value] of entries) {
    const keys = tokenize(phrase.toLowerCase(), marks).map((t, n) => edge(t, n > 0));
    if (keys.length === 0) continue;
    let at = root;
    for (const k of keys) {
      let child = at.next.get(k);
      if (child === undefined) {
        child = node<T>();
        at.next.set(k, child);
      }
      at = child;
    }
    at.value = value;
    at.hasValue = true;
  }
  return root;
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
    if (j >= toks.length || at.next.size === 0) break;
    at = at.next.get(edge(toks[j] as Token, true));
  }
  return best === undefined ? undefined : { value: best.value as T, end };
}
