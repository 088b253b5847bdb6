/**
 * Ranges with an end that is no number: "from a few hundred to 3,000", "between dozens and
 * 300", "from 300 to several thousand". The grammar reads none, and skips each whole.
 * @internal
 */
import { fail, isFail, key, tokAt, trie } from "./context.js";
import type { Ctx, Fail } from "./context.js";
import type { TrieMatch } from "./trie.js";
import { value } from "./value.js";

/** How many words a vague first end may take before the connector: "from a few hundred to", "from dozens of people to". */
const VAGUE_REACH = 5;

/** Whether token `k` is an order of magnitude or a scale word: "dozens", "hundreds", "hundred" of "a few hundred". */
function isScale(c: Ctx, k: number): boolean {
  return c.t.multipliers.has(key(c, k)) || trie(c, c.t.magnitudes, k) !== undefined;
}

/** The token after the end of a range at `k` that is no number: an order and its noun ("several thousand", "thousands of troops"), or `k`. @internal */
export function pastVague(c: Ctx, k: number): number {
  let j = k;
  while (j < k + VAGUE_REACH && tokAt(c, j)?.kind === "word" && (isScale(c, j) || !c.t.stop.has(key(c, j)) || key(c, j) === "of" || key(c, j) === "a")) j++;
  return j;
}

/**
 * The failure that skips a range opened by a word whose first end is no number but an order of
 * magnitude or a vague count: "from a few hundred to 3,000", "between dozens and 300", "between
 * hundreds and thousands of troops". The grammar reads no such range, and neither end is read
 * alone, as the other would say more than the text (an exact 3,000). Undefined where no scale
 * word and connector follow the opener. @internal
 */
export function vagueEnd(c: Ctx, op: TrieMatch<ReadonlySet<string>>): Fail | undefined {
  let scaled = false;
  for (let k = op.end; k < op.end + VAGUE_REACH; k++) {
    const tk = tokAt(c, k);
    if (tk === undefined || tk.kind !== "word") return undefined;
    if (scaled && op.value.has(tk.key)) {
      const b = value(c, k + 1, true);
      return fail("incomplete-range", b === undefined ? pastVague(c, k + 1) : isFail(b) ? k + 1 : b.end);
    }
    scaled ||= isScale(c, k);
  }
  return undefined;
}
