import { describe, expect, it } from "vitest";

import { compile } from "../../src/text/compile.js";
import { context } from "../../src/text/context.js";
import { GRID_WORDS } from "../../src/text/coordinates.js";
import { hasLex, lexIn } from "../../src/text/lex.js";
import * as bits from "../../src/text/lex-bits.js";
import { lexOf } from "../../src/text/lexicon.js";
import { CONDITIONS, LACKS, PROVIDED, SUPPOSES } from "../../src/text/modality-counterfactual.js";
import { FIGURE_REPORTS } from "../../src/text/modality-refuted.js";
import { OPENERS, TIMES } from "../../src/text/modality-when.js";
import { AUXILIARIES, BETWEEN, DEFINITES, FIGURE_ADVERBS, PARTITIVES, PREPOSITIONS, REFUSES, REPORTS, SAYS } from "../../src/text/modality-words.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";

// A bit test stands for the look-up of a word in its list: every word of the list has the bit.
const LISTS: readonly (readonly [number, Iterable<string>])[] = [
  [bits.L_REPORT, REPORTS],
  [bits.L_REPORT, FIGURE_REPORTS],
  [bits.L_REFUSAL, [...REFUSES, "out", "down", "short"]],
  [bits.L_PARTITIVE, PARTITIVES],
  [bits.L_DEFINITE, DEFINITES],
  [bits.L_AUXILIARY, AUXILIARIES],
  [bits.L_FIGURE_ADVERB, FIGURE_ADVERBS],
  [bits.L_PLACE, PREPOSITIONS],
  [bits.L_SAYS, SAYS],
  [bits.L_BETWEEN, BETWEEN],
  [bits.L_GRID, GRID_WORDS],
  [bits.L_OPENER, [...CONDITIONS, ...SUPPOSES, ...LACKS, ...PROVIDED, ...TIMES, ...OPENERS]],
];

describe("the bits of the word lists a token's key is in", () => {
  it("are one bit each, none the sign bit", () => {
    const values = Object.values(bits) as number[];
    for (const b of values) expect(b > 0 && (b & (b - 1)) === 0).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });

  it("are carried by every word of each list, and by no word of none", () => {
    for (const [bit, words] of LISTS) for (const w of words) expect(lexOf(w) & bit, w).toBe(bit);
    for (const w of ["troops", "killed", "russia", "constructor", "__proto__", ""]) expect(lexOf(w), w).toBe(0);
  });

  it("are the bits of each word token's key in a text, read by position and by span", () => {
    const c = context("Russia said the 300 troops were sent.", EN_PHRASES, false);
    expect(compile(EN_PHRASES)).toBe(c.t);
    for (const [i, tk] of c.toks.entries()) expect(hasLex(c, i, -1 >>> 1)).toBe(tk.kind === "word" && lexOf(tk.key) !== 0);
    expect(hasLex(c, -1, bits.L_SAYS)).toBe(false);
    expect(hasLex(c, 1, bits.L_SAYS)).toBe(true);
    expect(lexIn(c, bits.L_SAYS, 0, 2)).toBe(true);
    expect(lexIn(c, bits.L_SAYS, 2, c.toks.length)).toBe(false);
    expect(lexIn(c, bits.L_GRID, 0, c.toks.length)).toBe(false);
  });
});
