/**
 * Where the words that gated rules turn on stand in a text (see lex-bits.ts): the tokens with
 * `lex` bits, found once per text on first use, so that a rule can ask in a few steps whether
 * one of its words stands in a span of tokens and, where none does, not be read at all.
 * @internal
 */
import type { Ctx } from "./context.js";
import type { Token } from "./tokenize.js";

/** The text whose tokens with `lex` bits are held below: one at a time, as texts are read one at a time. */
let owner: Ctx | undefined;
/** The indices of its tokens with `lex` bits, in order, and their bits; `count` of them are in use. */
let at = new Int32Array(64);
let bits = new Int32Array(64);
let count = 0;
/** The bits of all its tokens together: a rule none of whose words stands anywhere in the text is passed over in one test. */
let all = 0;

/** Finds the tokens of `c` with `lex` bits. */
function index(c: Ctx): void {
  const toks = c.toks;
  count = 0;
  all = 0;
  for (let i = 0; i < toks.length; i++) {
    const lex = (toks[i] as { lex: number }).lex;
    if (lex === 0) continue;
    if (count === at.length) {
      const [a, b] = [new Int32Array(2 * count), new Int32Array(2 * count)];
      a.set(at);
      b.set(bits);
      [at, bits] = [a, b];
    }
    at[count] = i;
    bits[count++] = lex;
    all |= lex;
  }
  owner = c;
}

/**
 * Whether a token with one of the `lex` bits `want` stands in tokens [a, b) of `c`. A rule
 * that is true only where one of its words stands in a span asks this first.
 * @internal
 */
export function lexIn(c: Ctx, want: number, a: number, b: number): boolean {
  if (c !== owner) index(c);
  if ((all & want) === 0) return false;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < a) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < count && (at[k] as number) < b; k++) if (((bits[k] as number) & want) !== 0) return true;
  return false;
}

/**
 * Whether token `i` is there and has one of the `lex` bits `bit`: a bit test in place of the
 * look-up of its key in the word list the bit stands for (see lexicon.ts).
 * @internal
 */
export function hasLex(c: Ctx, i: number, bit: number): boolean {
  return i >= 0 && i < c.toks.length && ((c.toks[i] as Token).lex & bit) !== 0;
}
